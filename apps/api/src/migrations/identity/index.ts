import { CreateIdentity1763971200000 } from './1763971200000-create-identity';

/** Migrations of the identity domain, oldest first. */
export const identityMigrations: Array<new () => unknown> = [CreateIdentity1763971200000];
