export default {
  displayName: 'shared-util',
  preset: '../../../jest.preset.server.js',
  coverageDirectory: '../../../coverage/libs/shared/util',
};
