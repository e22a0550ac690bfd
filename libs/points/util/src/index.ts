export * from './lib/types';
