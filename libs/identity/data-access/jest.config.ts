export default {
  displayName: 'identity-data-access',
  preset: '../../../jest.preset.web.js',
  setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
  coverageDirectory: '../../../coverage/libs/identity/data-access',
};
