export * from './lib/auth.guard';
export * from './lib/permissions';
export * from './lib/provide-identity';
export * from './lib/session.facade';
export * from './lib/users.facade';
export type { CreateUserInput, Role, UpdateUserInput } from './lib/generated/graphql';
