export * from './lib/parameter-summary.component';
export * from './lib/scheme-diff.component';
export * from './lib/scheme-editor.component';
export * from './lib/schemes-list.component';
export * from './lib/schemes-scope';
export * from './lib/schemes.routes';
