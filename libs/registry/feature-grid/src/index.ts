export * from './lib/card-payload';
export * from './lib/find-household.component';
export * from './lib/grid-household.component';
export * from './lib/grid-households.component';
export * from './lib/grid-scope';
export * from './lib/grid.routes';
export * from './lib/my-grids.component';
export * from './lib/qr-scanner.component';
