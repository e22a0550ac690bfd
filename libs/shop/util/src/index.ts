export * from './lib/shop-policy';
export * from './lib/rounds';
export * from './lib/ledgers';
export * from './lib/redemption-check';
export * from './lib/six-haves';
