export {};
export * from './lib/console/checklists-console-api';
export * from './lib/console/checklists-console.facade';
export * from './lib/portal/portal-checklists.facade';
