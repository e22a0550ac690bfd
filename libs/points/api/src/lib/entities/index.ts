import { PointsEntryEventEntity } from './entry-event.entity';
import { PointsEntryStateEntity } from './entry-state.entity';
import { PointsEntryEntity } from './entry.entity';
import { PointsSchemeVersionEntity } from './scheme-version.entity';
import { PointsRedemptionEntity } from '../redemptions/redemption.entity';

export {
  PointsEntryEventEntity,
  PointsEntryStateEntity,
  PointsEntryEntity,
  PointsSchemeVersionEntity,
  PointsRedemptionEntity,
};

/** Entities of the points domain. */
export const pointsEntities = [
  PointsSchemeVersionEntity,
  PointsEntryEntity,
  PointsEntryEventEntity,
  PointsEntryStateEntity,
  PointsRedemptionEntity,
];
