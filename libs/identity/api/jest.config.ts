export default {
  displayName: 'identity-api',
  preset: '../../../jest.preset.server.js',
  coverageDirectory: '../../../coverage/libs/identity/api',
};
