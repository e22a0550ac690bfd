export * from './lib/household-card.component';
export * from './lib/region-breadcrumb.component';
export * from './lib/registry-scope';
