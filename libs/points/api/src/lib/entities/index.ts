import { PointsEntryEventEntity } from './entry-event.entity';
import { PointsEntryStateEntity } from './entry-state.entity';
import { PointsEntryEntity } from './entry.entity';
import { PointsSchemeVersionEntity } from './scheme-version.entity';

export { PointsEntryEventEntity, PointsEntryStateEntity, PointsEntryEntity, PointsSchemeVersionEntity };

/** Entities of the points domain. */
export const pointsEntities = [
  PointsSchemeVersionEntity,
  PointsEntryEntity,
  PointsEntryEventEntity,
  PointsEntryStateEntity,
];
