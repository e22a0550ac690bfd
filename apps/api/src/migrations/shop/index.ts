import { CreateShop1796311558726 } from './1796311558726-create-shop';

/** Migrations of the shop domain, oldest first. */
export const shopMigrations: Array<new () => unknown> = [CreateShop1796311558726];
