export * from './lib/shop-card.component';
export * from './lib/shop-format';
export * from './lib/shop-portal-page.component';
export * from './lib/shop-portal-scope';
export * from './lib/shop-portal.routes';
export * from './lib/shop-village-picker.component';
export * from './lib/village-funds.component';
