export default {
  displayName: 'points-util',
  preset: '../../../jest.preset.server.js',
  coverageDirectory: '../../../coverage/libs/points/util',
};
