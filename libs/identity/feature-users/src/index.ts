export * from './lib/region-picker.component';
export * from './lib/user-form.component';
export * from './lib/users-page.component';
export * from './lib/users-scope';
