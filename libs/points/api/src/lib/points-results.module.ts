import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PointsModule } from './points.module';
import { pointsResultsEntities } from './results-entities';
import { pointsResultsControllers, pointsResultsProviders } from './results-wiring';

/**
 * What comes of the ledger: the quarterly boards with their hash chain and printable notice, objections and the
 * reversals they lead to, red and black lists, year close and the resident's own view on the portal.
 */
@Module({
  imports: [TypeOrmModule.forFeature(pointsResultsEntities), PointsModule],
  controllers: pointsResultsControllers,
  providers: pointsResultsProviders,
  exports: pointsResultsProviders,
})
export class PointsResultsModule {}
