export * from './lib/checklist-flow-chart.component';
export * from './lib/checklist-item.component';
export * from './lib/checklist-lists-page.component';
export * from './lib/checklists-portal-scope';
export * from './lib/checklists-portal.routes';
export * from './lib/portal-format';
