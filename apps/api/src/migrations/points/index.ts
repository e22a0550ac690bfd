import { CreatePoints1796287697089 } from './1796287697089-create-points';

/** Migrations of the points domain, oldest first. */
export const pointsMigrations: Array<new () => unknown> = [CreatePoints1796287697089];
