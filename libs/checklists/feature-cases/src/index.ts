export * from './lib/cases-scope';
export * from './lib/cases.routes';
