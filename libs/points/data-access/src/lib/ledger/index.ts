export * from './entry.facade';
export * from './household-points.facade';
export * from './ledger-rules';
export * from './points-grants';
export * from './record.facade';
export * from './review.facade';
