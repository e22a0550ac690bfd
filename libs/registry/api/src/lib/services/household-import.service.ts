import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import {
  countyCodeOf,
  FilesService,
  inTransaction,
  Permission,
  RequestContext,
  XLSX_TYPE,
} from '@xiangzhi/server/core';
import { HouseholdImportEntity } from '../entities/household-import.entity';
import { StartHouseholdImportInput } from '../dto/household-import.input';
import { readImportSheet } from '../excel/workbook';
import { toHouseholdImportModel } from '../mappers/registry.mappers';
import { HouseholdImportModel } from '../models/household-import.model';
import { HouseholdImportStatus } from '../registry.enums';
import { RegistryErrors } from '../registry.errors';
import { afterCommit } from './after-commit';
import { HouseholdImportRunner } from './household-import.runner';
import { RegionService } from './region.service';

/** Starting and following Excel imports of a village's households. */
@Injectable()
export class HouseholdImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly files: FilesService,
    private readonly regions: RegionService,
    private readonly runner: HouseholdImportRunner,
  ) {}

  /**
   * Checks the file (an .xlsx with the template's header row) and queues the import; it runs once this
   * mutation has committed. Poll `householdImport(id)` for progress.
   */
  async start(ctx: RequestContext, input: StartHouseholdImportInput): Promise<HouseholdImportModel> {
    const actor = ctx.requirePermission(Permission.HOUSEHOLD_IMPORT);
    ctx.assertInScope(input.villageCode);
    return inTransaction(this.dataSource, ctx, async (em) => {
      // the village row lock serializes imports of one village
      const village = await this.regions.requireVillage(em, input.villageCode, true);
      const running = await em.findOne(HouseholdImportEntity, {
        select: { id: true },
        where: {
          regionCode: village.code,
          status: In([HouseholdImportStatus.QUEUED, HouseholdImportStatus.VALIDATING, HouseholdImportStatus.IMPORTING]),
        },
      });
      if (running) throw RegistryErrors.importInProgress(running.id);
      const file = await this.files.find(ctx, input.fileId);
      if (file.contentType !== XLSX_TYPE) throw RegistryErrors.importNotExcel();
      await readImportSheet(await this.files.read(ctx, file.id), () => undefined, { maxRows: 0, headerOnly: true });
      const job = em.create(HouseholdImportEntity, {
        regionCode: village.code,
        countyCode: countyCodeOf(village.code),
        fileId: file.id,
        status: HouseholdImportStatus.QUEUED,
        createdBy: actor.username === 'system' ? null : actor.userId,
        actor: { ...actor },
      });
      await em.save(job);
      ctx.note({
        targetType: 'household_import',
        targetId: job.id,
        regionCode: village.code,
        summary: { fileId: file.id, fileName: file.name },
      });
      afterCommit(em, () => this.runner.enqueue(job.id));
      return toHouseholdImportModel(job);
    });
  }

  async get(ctx: RequestContext, id: string): Promise<HouseholdImportModel> {
    ctx.requirePermission(Permission.HOUSEHOLD_IMPORT);
    const job = await this.dataSource.manager.findOneBy(HouseholdImportEntity, { id });
    if (!job) throw RegistryErrors.importNotFound();
    if (!ctx.inScope(job.regionCode)) throw RegistryErrors.targetOutOfScope();
    return toHouseholdImportModel(job);
  }
}
