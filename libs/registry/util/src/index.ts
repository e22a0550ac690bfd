export * from './lib/check-digit';
export * from './lib/id-number';
export * from './lib/masking';
export * from './lib/card-number';
export * from './lib/vocabulary';
export * from './lib/import-columns';
