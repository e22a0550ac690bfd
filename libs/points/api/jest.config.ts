export default {
  displayName: 'points-api',
  preset: '../../../jest.preset.server.js',
  coverageDirectory: '../../../coverage/libs/points/api',
};
