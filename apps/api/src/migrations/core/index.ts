import { CreatePlatform1763884800000 } from './1763884800000-create-platform';

/** Migrations of the platform (audit log, files), oldest first. */
export const coreMigrations: Array<new () => unknown> = [CreatePlatform1763884800000];
