export * from './lib/household-points-panel.component';
export * from './lib/points-grid-household.component';
export * from './lib/points-grid-scope';
export * from './lib/points-grid.routes';
export * from './lib/record-entry.component';
export * from './lib/record-form';
