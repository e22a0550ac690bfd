export * from './lib/shop-scope';
export * from './lib/shop.routes';
