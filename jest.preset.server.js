// Jest preset for server and shared libraries: SWC keeps decorator metadata (NestJS, TypeORM, GraphQL code-first).
const { pathsToModuleNameMapper } = require('ts-jest');
const { compilerOptions } = require('./tsconfig.base.json');

module.exports = {
  testEnvironment: 'node',
  testMatch: ['**/?(*.)+(spec|integration-spec).ts'],
  transform: {
    '^.+\\.(t|j|mj)s$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
          keepClassNames: true,
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  // ESM-only packages (and mercurius's dynamic imports) are compiled to CommonJS for Jest on Node 20
  transformIgnorePatterns: ['/node_modules/(?!(content-disposition|mercurius|quick-lru)/)'],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  moduleNameMapper: pathsToModuleNameMapper(compilerOptions.paths, { prefix: '<rootDir>/../../../' }),
  globalSetup: require.resolve('./libs/server/testing/src/jest-global-setup.mjs'),
  globalTeardown: require.resolve('./libs/server/testing/src/jest-global-teardown.mjs'),
  testTimeout: 60000,
};
