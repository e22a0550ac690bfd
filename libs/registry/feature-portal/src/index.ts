export * from './lib/portal-home.component';
export * from './lib/portal-scope';
export * from './lib/portal.routes';
export * from './lib/region-chooser.component';
export * from './lib/village-page.component';
