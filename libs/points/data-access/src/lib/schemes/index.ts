export * from './scheme-rules';
export * from './schemes.facade';
