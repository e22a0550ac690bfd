export * from './lib/checklists.routes';
export * from './lib/flow-chart.component';
export * from './lib/flow-editor.component';
