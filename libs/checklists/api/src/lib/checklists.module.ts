import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ChecklistLoaders } from './checklist.loaders';
import { checklistEntities } from './entities';
import { ChecklistVersionResolver } from './resolvers/checklist-version.resolver';
import { PublicChecklistResolver } from './resolvers/public-checklist.resolver';
import { ChecklistReadsService } from './services/checklist-reads.service';
import { ChecklistVersionsService } from './services/checklist-versions.service';

/** Resolvers of the checklist domain (also used to emit the schema). */
export const checklistsResolvers = [ChecklistVersionResolver, PublicChecklistResolver];

/** The checklist system (清单制): list types, town templates, village lists and their versions, the public wall. */
@Module({
  imports: [TypeOrmModule.forFeature(checklistEntities)],
  providers: [...checklistsResolvers, ChecklistLoaders, ChecklistReadsService, ChecklistVersionsService],
  exports: [ChecklistReadsService, ChecklistVersionsService],
})
export class ChecklistsModule {}
