import { PointsObjectionEntity } from './objections/objection.entity';
import { PointsPublicationEntity, PointsPublicationLineEntity } from './publications/publication.entity';
import { PointsListingEntity, PointsYearCloseEntity, PointsYearOpeningEntity } from './results/results.entities';

/** Entities of publications, objections, red and black lists and year close. */
export const pointsResultsEntities = [
  PointsPublicationEntity,
  PointsPublicationLineEntity,
  PointsObjectionEntity,
  PointsListingEntity,
  PointsYearCloseEntity,
  PointsYearOpeningEntity,
];
