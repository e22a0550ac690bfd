import { coreMigrations } from './core';
import { identityMigrations } from './identity';
import { pointsMigrations } from './points';
import { registryMigrations } from './registry';
import { shopMigrations } from './shop';
import { checklistsMigrations } from './checklists';

/** Timestamp at the end of a migration class name, e.g. `CreateAuditLog1763900000000`. */
const stamp = (m: { name: string }) => Number(/(\d{13})$/.exec(m.name)?.[1] ?? 0);

/** Every migration, ordered by timestamp across domains. Never edit a landed migration: add a new one. */
export const allMigrations = [
  ...coreMigrations,
  ...identityMigrations,
  ...registryMigrations,
  ...pointsMigrations,
  ...shopMigrations,
  ...checklistsMigrations,
].sort((a, b) => stamp(a) - stamp(b));
