import { CreatePoints1796287697089 } from './1796287697089-create-points';
import { CreatePointsResults1796287937775 } from './1796287937775-create-points-results';
import { CreatePointsRedemption1796311558700 } from './1796311558700-create-points-redemption';

/** Migrations of the points domain, oldest first. */
export const pointsMigrations: Array<new () => unknown> = [
  CreatePoints1796287697089,
  CreatePointsResults1796287937775,
  CreatePointsRedemption1796311558700,
];
