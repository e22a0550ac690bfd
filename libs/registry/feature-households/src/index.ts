export * from './lib/household-detail.component';
export * from './lib/household-form.component';
export * from './lib/household-import.component';
export * from './lib/households-list.component';
export * from './lib/households-scope';
export * from './lib/households.routes';
