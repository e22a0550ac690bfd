export * from './lib/periods';
export * from './lib/results-scope';
export * from './lib/results.routes';
