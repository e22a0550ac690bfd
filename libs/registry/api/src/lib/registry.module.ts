import { Module, OnModuleInit } from '@nestjs/common';
import { InjectDataSource, TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { registryEntities } from './entities';
import { HouseholdFilesController } from './household-files.controller';
import { RegistryLoaders } from './loaders/registry.loaders';
import { RegionDirectoryModule } from './region-directory.provider';
import { HouseholdImportResolver } from './resolvers/household-import.resolver';
import { HouseholdResolver } from './resolvers/household.resolver';
import { MemberResolver } from './resolvers/member.resolver';
import { RegionResolver } from './resolvers/region.resolver';
import { UserRegionResolver } from './resolvers/user-region.resolver';
import { AfterCommitSubscriber } from './services/after-commit';
import { HouseholdCardService } from './services/household-card.service';
import { HouseholdExportService } from './services/household-export.service';
import { HouseholdHistoryService } from './services/household-history.service';
import { HouseholdImportRunner } from './services/household-import.runner';
import { HouseholdImportService } from './services/household-import.service';
import { HouseholdImportWriter } from './services/household-import.writer';
import { HouseholdStore } from './services/household-store';
import { HouseholdService } from './services/household.service';
import { IdNumberCipher } from './services/id-number-cipher';
import { MemberService } from './services/member.service';
import { RegionService } from './services/region.service';

/** Resolvers of the registry domain (also used to emit the schema). */
export const registryResolvers = [
  RegionResolver,
  HouseholdResolver,
  MemberResolver,
  HouseholdImportResolver,
  UserRegionResolver,
];

/** Regions, grids, households and members: the register, its Excel import/export and the points cards. */
@Module({
  imports: [TypeOrmModule.forFeature(registryEntities), RegionDirectoryModule],
  controllers: [HouseholdFilesController],
  providers: [
    ...registryResolvers,
    RegistryLoaders,
    IdNumberCipher,
    RegionService,
    HouseholdStore,
    HouseholdHistoryService,
    HouseholdService,
    MemberService,
    HouseholdImportWriter,
    HouseholdImportRunner,
    HouseholdImportService,
    HouseholdExportService,
    HouseholdCardService,
  ],
  exports: [RegionService, HouseholdService, RegistryLoaders, IdNumberCipher, HouseholdImportRunner],
})
export class RegistryModule implements OnModuleInit {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  onModuleInit(): void {
    if (!this.dataSource.subscribers.some((s) => s instanceof AfterCommitSubscriber)) {
      this.dataSource.subscribers.push(new AfterCommitSubscriber());
    }
  }
}
