import nx from '@nx/eslint-plugin';
import angular from 'angular-eslint';
import prettier from 'eslint-config-prettier';

const depConstraints = [
  // platforms: web never imports server and the reverse; shared imports only shared
  { sourceTag: 'platform:web', onlyDependOnLibsWithTags: ['platform:web', 'platform:shared'] },
  { sourceTag: 'platform:server', onlyDependOnLibsWithTags: ['platform:server', 'platform:shared'] },
  { sourceTag: 'platform:shared', onlyDependOnLibsWithTags: ['platform:shared'] },
  // layers
  {
    sourceTag: 'type:app',
    onlyDependOnLibsWithTags: ['type:api', 'type:feature', 'type:data-access', 'type:ui', 'type:util'],
  },
  { sourceTag: 'type:feature', onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:ui', 'type:util'] },
  { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'type:util'] },
  { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:data-access', 'type:util'] },
  { sourceTag: 'type:api', onlyDependOnLibsWithTags: ['type:api', 'type:util'] },
  { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
  // domains: itself, shared, and declared dependencies
  { sourceTag: 'domain:shared', onlyDependOnLibsWithTags: ['domain:shared'] },
  { sourceTag: 'domain:identity', onlyDependOnLibsWithTags: ['domain:identity', 'domain:shared'] },
  { sourceTag: 'domain:registry', onlyDependOnLibsWithTags: ['domain:registry', 'domain:identity', 'domain:shared'] },
  {
    sourceTag: 'domain:points',
    onlyDependOnLibsWithTags: ['domain:points', 'domain:registry', 'domain:identity', 'domain:shared'],
  },
  {
    sourceTag: 'domain:shop',
    onlyDependOnLibsWithTags: ['domain:shop', 'domain:points', 'domain:registry', 'domain:identity', 'domain:shared'],
  },
  {
    sourceTag: 'domain:checklists',
    onlyDependOnLibsWithTags: ['domain:checklists', 'domain:registry', 'domain:identity', 'domain:shared'],
  },
  { sourceTag: 'domain:app', onlyDependOnLibsWithTags: ['domain:*'] },
];

export default [
  {
    ignores: [
      '**/dist',
      '**/node_modules',
      '**/.nx',
      '**/generated/**',
      'tmp',
      '.data',
      '**/jest.config.ts',
      'tools/scaffold',
    ],
  },
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    files: ['**/*.ts', '**/*.js', '**/*.mjs'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: [],
          depConstraints,
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='process'][property.name='env']",
          message: 'Read configuration through AppConfig (libs/server/core), not process.env.',
        },
      ],
    },
  },
  {
    // tools, scripts, e2e and the config loader itself may read the environment
    files: [
      'tools/**',
      'apps/e2e/**',
      'libs/server/core/src/lib/config/**',
      'libs/server/testing/**',
      '**/*.spec.ts',
      '**/*.integration-spec.ts',
      '**/jest.*.js',
    ],
    rules: { 'no-restricted-syntax': 'off' },
  },
  ...angular.configs.tsRecommended.map((c) => ({
    ...c,
    files: ['apps/{console,grid,portal}/**/*.ts', 'libs/**/{data-access,feature-*,ui,i18n}/**/*.ts'],
  })),
  {
    files: ['apps/{console,grid,portal}/**/*.ts', 'libs/**/{data-access,feature-*,ui,i18n}/**/*.ts'],
    rules: {
      '@angular-eslint/directive-selector': ['error', { type: 'attribute', prefix: 'xz', style: 'camelCase' }],
      '@angular-eslint/component-selector': ['error', { type: 'element', prefix: 'xz', style: 'kebab-case' }],
    },
  },
  ...angular.configs.templateRecommended.map((c) => ({ ...c, files: ['**/*.html'] })),
  prettier,
];
