import { CreateRegistry1795426136421 } from './1795426136421-create-registry';

/** Migrations of the registry domain, oldest first. */
export const registryMigrations: Array<new () => unknown> = [CreateRegistry1795426136421];
