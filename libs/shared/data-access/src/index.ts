export * from './lib/api-error';
export * from './lib/api-call';
export * from './lib/apollo';
export * from './lib/file-api.service';
export * from './lib/session-refresh.service';
export * from './lib/session-store';
