export * from './lib/regions-page.component';
export * from './lib/regions.routes';
export * from './lib/regions-scope';
