export * from './lib/empty-state.component';
export * from './lib/error-message.component';
export * from './lib/language-switch.component';
export * from './lib/console-page-styles';
