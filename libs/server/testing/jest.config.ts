export default {
  displayName: 'server-testing',
  preset: '../../../jest.preset.server.js',
  coverageDirectory: '../../../coverage/libs/server/testing',
};
