export default {
  displayName: 'registry-util',
  preset: '../../../jest.preset.server.js',
  coverageDirectory: '../../../coverage/libs/registry/util',
};
