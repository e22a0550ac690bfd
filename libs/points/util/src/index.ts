export * from './lib/types';
export * from './lib/engine';
export * from './lib/rules';
export * from './lib/publication-hash';
export * from './lib/presets';
