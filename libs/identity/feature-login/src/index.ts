export * from './lib/change-password.component';
export * from './lib/console-login.component';
export * from './lib/grid-login.component';
export * from './lib/login-scope';
export * from './lib/return-url';
