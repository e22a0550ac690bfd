export default {
  displayName: 'identity-feature-login',
  preset: '../../../jest.preset.web.js',
  setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
  coverageDirectory: '../../../coverage/libs/identity/feature-login',
};
