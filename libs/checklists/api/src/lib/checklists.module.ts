import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JobsModule } from '@xiangzhi/server/core';
import { caseControllers, caseProviders, caseResolvers, caseServices } from './cases/cases.providers';
import { ChecklistLoaders } from './checklist.loaders';
import { checklistEntities } from './entities';
import { oversightProviders, oversightResolvers } from './oversight/oversight.providers';
import { ChecklistPostersController } from './posters/posters.controller';
import { PostersService } from './posters/posters.service';
import { ChecklistVersionResolver } from './resolvers/checklist-version.resolver';
import { PublicChecklistResolver } from './resolvers/public-checklist.resolver';
import { ChecklistReadsService } from './services/checklist-reads.service';
import { ChecklistVersionsService } from './services/checklist-versions.service';
import { ChecklistListTypesService } from './list-types/list-types.service';

/** Resolvers of the checklist domain (also used to emit the schema). */
export const checklistsResolvers = [
  ChecklistVersionResolver,
  PublicChecklistResolver,
  ...oversightResolvers,
  ...caseResolvers,
];

/** The checklist system (清单制): list types, town templates, village lists and their versions, the public wall. */
@Module({
  imports: [TypeOrmModule.forFeature(checklistEntities), JobsModule],
  controllers: [ChecklistPostersController, ...caseControllers],
  providers: [
    ...checklistsResolvers,
    ChecklistLoaders,
    ChecklistReadsService,
    ChecklistVersionsService,
    ChecklistListTypesService,
    PostersService,
    ...oversightProviders,
    ...caseProviders,
  ],
  exports: [ChecklistReadsService, ChecklistVersionsService, ...caseServices],
})
export class ChecklistsModule {}
