export * from './lib/basket';
export * from './lib/redeem-receipt.component';
export * from './lib/redeem-scope';
export * from './lib/shop-redeem.component';
export * from './lib/shop-redeem.routes';
