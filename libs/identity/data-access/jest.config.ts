export default {
  displayName: 'identity-data-access',
  preset: '../../../jest.preset.web.js',
  setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
  // @jsverse/utils (a Transloco dependency) ships ES modules as .js: let Jest transform it too
  transformIgnorePatterns: ['node_modules/(?!(.*\\.mjs$|@jsverse/utils/))'],
  coverageDirectory: '../../../coverage/libs/identity/data-access',
};
