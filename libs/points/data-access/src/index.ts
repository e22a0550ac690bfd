export {};
export * from './lib/results';
export * from './lib/portal/board-chain';
export * from './lib/portal/public-points.facade';
export * from './lib/grid/grid-points.facade';
export * from './lib/ledger';
export * from './lib/schemes';
