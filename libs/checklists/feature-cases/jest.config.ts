export default {
  displayName: 'checklists-feature-cases',
  preset: '../../../jest.preset.web.js',
  setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
  coverageDirectory: '../../../coverage/libs/checklists/feature-cases',
};
