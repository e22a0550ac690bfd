export default {
  displayName: 'registry-data-access',
  preset: '../../../jest.preset.web.js',
  setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
  coverageDirectory: '../../../coverage/libs/registry/data-access',
};
