export default {
  displayName: 'checklists-util',
  preset: '../../../jest.preset.server.js',
  coverageDirectory: '../../../coverage/libs/checklists/util',
};
