export default {
  displayName: 'server-core',
  preset: '../../../jest.preset.server.js',
  coverageDirectory: '../../../coverage/libs/server/core',
};
