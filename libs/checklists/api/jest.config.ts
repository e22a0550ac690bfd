export default {
  displayName: 'checklists-api',
  preset: '../../../jest.preset.server.js',
  coverageDirectory: '../../../coverage/libs/checklists/api',
};
