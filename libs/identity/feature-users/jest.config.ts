export default {
  displayName: 'identity-feature-users',
  preset: '../../../jest.preset.web.js',
  setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
  coverageDirectory: '../../../coverage/libs/identity/feature-users',
};
