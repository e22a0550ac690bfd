/* eslint-disable */
const { pathsToModuleNameMapper } = require('ts-jest');
const { compilerOptions } = require('../../tsconfig.base.json');

export default {
  displayName: 'api',
  preset: '../../jest.preset.server.js',
  moduleNameMapper: pathsToModuleNameMapper(compilerOptions.paths, { prefix: '<rootDir>/../../' }),
  coverageDirectory: '../../coverage/apps/api',
};
