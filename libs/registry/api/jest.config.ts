export default {
  displayName: 'registry-api',
  preset: '../../../jest.preset.server.js',
  coverageDirectory: '../../../coverage/libs/registry/api',
};
