export * from './listings.facade';
export * from './objections.facade';
export * from './points-permissions';
export * from './publications.facade';
export * from './rankings.facade';
export * from './year-close.facade';
