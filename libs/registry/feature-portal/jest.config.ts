export default {
  displayName: 'registry-feature-portal',
  preset: '../../../jest.preset.web.js',
  setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
  coverageDirectory: '../../../coverage/libs/registry/feature-portal',
};
