export {};
export * from './lib/results';
