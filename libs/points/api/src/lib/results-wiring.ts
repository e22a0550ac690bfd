import { NoticeController } from './publications/notice.controller';
import { ObjectionResolver } from './objections/objection.resolver';
import { ObjectionsService } from './objections/objections.service';
import { PublicationLoaders } from './publications/publication.loaders';
import { PublicationResolver } from './publications/publication.resolver';
import { PublicationsService } from './publications/publications.service';
import { PublicHouseholdService } from './results/public-household.service';
import { ResultsResolver } from './results/results.resolver';
import { RankingsController } from './results/rankings.controller';
import { ResultsService } from './results/results.service';

/** Resolvers of publications, objections, red and black lists and year close (also listed for schema emission). */
export const pointsResultsResolvers = [PublicationResolver, ObjectionResolver, ResultsResolver];

/** Providers of publications, objections, red and black lists and year close (part of the points module). */
export const pointsResultsProviders = [
  PublicationsService,
  PublicationLoaders,
  ObjectionsService,
  ResultsService,
  PublicHouseholdService,
  ...pointsResultsResolvers,
];

export const pointsResultsControllers = [NoticeController, RankingsController];
