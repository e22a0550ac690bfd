import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { pointsEntities } from './entities';
import { PointsLoaders } from './loaders/points.loaders';
import { EntryResolver } from './resolvers/entry.resolver';
import { SchemeResolver } from './resolvers/scheme.resolver';
import { EntriesService } from './services/entries.service';
import { SchemeService } from './services/scheme.service';

/** Resolvers of the points domain (also used to emit the schema). */
export const pointsResolvers = [SchemeResolver, EntryResolver];

/** The points system: schemes and their versions, the ledger of entries, review, approval, reversal. */
@Module({
  imports: [TypeOrmModule.forFeature(pointsEntities)],
  providers: [...pointsResolvers, PointsLoaders, SchemeService, EntriesService],
  exports: [SchemeService, EntriesService, PointsLoaders],
})
export class PointsModule {}
