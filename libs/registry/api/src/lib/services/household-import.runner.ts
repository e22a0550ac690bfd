import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  Actor,
  AppConfig,
  AuditService,
  DomainError,
  FilesService,
  RequestContext,
  XLSX_TYPE,
} from '@xiangzhi/server/core';
import { IMPORT_COLUMNS, IMPORT_ERROR_COLUMN, todayIso } from '@xiangzhi/registry/util';
import { GridEntity } from '../entities/grid.entity';
import { HouseholdImportEntity } from '../entities/household-import.entity';
import { groupHouseholds, ImportRow, markDuplicateIds, parseImportRow } from '../excel/import-rows';
import { cellText, readImportSheet, workbookBuffer } from '../excel/workbook';
import { EXAMPLE_KEY } from './household-export.service';
import { HouseholdImportStatus } from '../registry.enums';
import { RegistryErrors } from '../registry.errors';
import { updateReturning } from './bulk-insert';
import { HouseholdImportWriter } from './household-import.writer';
import { HouseholdStore } from './household-store';

/** Most data rows one import takes (P5: 60,000 members). */
export const IMPORT_MAX_ROWS = 100_000;
/** Progress is written at least every this many rows. */
const PROGRESS_EVERY = 200;
/** An unfinished import whose progress has not moved for this long is taken up again. */
const STALE_SECONDS = 60;
const MAX_ATTEMPTS = 3;

type ImportUpdate = Partial<Omit<HouseholdImportEntity, 'actor'>>;

/**
 * Runs imports in the background, one at a time, after the starting mutation has committed: read and check every
 * row (progress every 200 rows), then either FAILED with an error report, or everything inserted in one
 * transaction (DONE). Imports interrupted by a crash are taken up again (the insert is all or nothing).
 */
@Injectable()
export class HouseholdImportRunner implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('HouseholdImport');
  private tail: Promise<void> = Promise.resolve();
  private pending = 0;
  private sweeper?: NodeJS.Timeout;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly files: FilesService,
    private readonly audit: AuditService,
    private readonly writer: HouseholdImportWriter,
    private readonly store: HouseholdStore,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.values.JOBS_ENABLED) return;
    void this.resumeStale(STALE_SECONDS);
    this.sweeper = setInterval(() => void this.resumeStale(STALE_SECONDS), (STALE_SECONDS / 2) * 1000);
    this.sweeper.unref();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.sweeper) clearInterval(this.sweeper);
    await this.whenIdle();
  }

  /** Queues an import (called after the starting transaction has committed). */
  enqueue(id: string, staleSeconds: number | null = null): void {
    this.pending++;
    this.tail = this.tail
      .then(() => this.process(id, staleSeconds))
      .catch((err) => this.logger.error(err))
      .finally(() => this.pending--);
  }

  /** Resolves once no import is queued or running (tests, shutdown). */
  async whenIdle(): Promise<void> {
    while (this.pending > 0) await this.tail;
  }

  /** Takes up imports left unfinished (crash, restart) whose progress is older than `seconds`. */
  async resumeStale(seconds: number): Promise<number> {
    try {
      const rows: Array<{ id: string }> = await this.dataSource.query(
        `SELECT id FROM household_import
          WHERE status IN ('QUEUED', 'VALIDATING', 'IMPORTING') AND updated_at < now() - make_interval(secs => $1)`,
        [seconds],
      );
      for (const r of rows) this.enqueue(r.id, seconds);
      return rows.length;
    } catch (err) {
      this.logger.warn(`resuming imports failed: ${(err as Error).message}`);
      return 0;
    }
  }

  private async process(id: string, staleSeconds: number | null): Promise<void> {
    const job = await this.claim(id, staleSeconds);
    if (!job) return;
    const ctx = new RequestContext(`import-${id}`, job.actor as unknown as Actor);
    try {
      await this.run(ctx, job);
    } catch (err) {
      const code = err instanceof DomainError ? err.code : 'INTERNAL_ERROR';
      if (!(err instanceof DomainError)) this.logger.error(err);
      await this.finish(id, { status: HouseholdImportStatus.FAILED, message: code });
    }
  }

  /** Marks the import as ours (QUEUED, or stale) or gives up after MAX_ATTEMPTS. */
  private async claim(id: string, staleSeconds: number | null): Promise<HouseholdImportEntity | null> {
    const rows = await updateReturning<{ id: string; attempts: number }>(
      this.dataSource.manager,
      `UPDATE household_import SET status = 'VALIDATING', attempts = attempts + 1, updated_at = now()
        WHERE id = $1 AND (status = 'QUEUED' OR ($2::int IS NOT NULL AND status IN ('VALIDATING', 'IMPORTING')
              AND updated_at < now() - make_interval(secs => $2::int)))
        RETURNING id, attempts`,
      [id, staleSeconds],
    );
    if (!rows[0]) return null;
    if (rows[0].attempts > MAX_ATTEMPTS) {
      await this.finish(id, { status: HouseholdImportStatus.FAILED, message: 'IMPORT_ABANDONED' });
      return null;
    }
    return this.dataSource.manager.findOneByOrFail(HouseholdImportEntity, { id });
  }

  private async run(ctx: RequestContext, job: HouseholdImportEntity): Promise<void> {
    const village = job.regionCode;
    const today = todayIso();
    const data = await this.files.read(ctx, job.fileId);
    const rows: ImportRow[] = [];
    await readImportSheet(
      data,
      async (row) => {
        if (cellText(row.values[0]) === EXAMPLE_KEY) return; // the template's example household
        rows.push(parseImportRow(row, village, today));
        if (rows.length % PROGRESS_EVERY === 0)
          await this.progress(job.id, { total: rows.length, processed: rows.length });
      },
      { maxRows: IMPORT_MAX_ROWS },
    );
    if (rows.length === 0) throw RegistryErrors.importEmpty();
    await this.progress(job.id, { total: rows.length, processed: rows.length });

    const grids = await this.dataSource.manager.find(GridEntity, {
      select: { code: true },
      where: { villageCode: village },
    });
    const hashes = rows.flatMap((r) => (r.member ? [this.store.hash(r.member.idNumber)] : []));
    const registered = await this.store.registeredHashes(this.dataSource.manager, hashes);
    markDuplicateIds(rows, (idNumber) => this.store.hash(idNumber), registered);
    const households = groupHouseholds(rows, new Set(grids.map((g) => g.code)));
    const bad = rows.filter((r) => r.errors.length > 0);
    if (bad.length > 0) {
      await this.failWithReport(ctx, job, rows, bad.length);
      return;
    }

    await this.progress(job.id, { status: HouseholdImportStatus.IMPORTING, processed: 0 });
    await this.dataSource.transaction(async (em) => {
      const members = await this.writer.insert(em, ctx, village, households, (done) =>
        this.progress(job.id, { processed: done }),
      );
      await this.audit.record(
        em,
        ctx,
        'householdImport',
        { importId: job.id, fileId: job.fileId, villageCode: village },
        [
          {
            targetType: 'household_import',
            targetId: job.id,
            regionCode: village,
            summary: { households: households.length, members, rows: rows.length },
          },
        ],
      );
      await em.update(
        HouseholdImportEntity,
        { id: job.id },
        {
          status: HouseholdImportStatus.DONE,
          processed: rows.length,
          total: rows.length,
          created: households.length,
          errorCount: 0,
          message: null,
          finishedAt: new Date(),
        },
      );
    });
  }

  /** FAILED, with the workbook of every row plus the 错误 column saved as a generated file. */
  private async failWithReport(ctx: RequestContext, job: HouseholdImportEntity, rows: ImportRow[], errorCount: number) {
    const report = await workbookBuffer([
      {
        name: '导入错误',
        headers: [...IMPORT_COLUMNS, IMPORT_ERROR_COLUMN],
        widths: [10, 8, 10, 22, 6, 12, 10, 14, 18, 28, 12, 12, 8, 50],
        rows: rows.map((r) => [...r.cells, r.errors.join('；')]),
      },
    ]);
    await this.dataSource.transaction(async (em) => {
      const file = await this.files.saveGenerated(
        em,
        ctx,
        `导入错误报告-${job.regionCode}-${todayIso()}.xlsx`,
        XLSX_TYPE,
        report,
        job.regionCode,
      );
      await em.update(
        HouseholdImportEntity,
        { id: job.id },
        {
          status: HouseholdImportStatus.FAILED,
          errorCount,
          errorReportFileId: file.id,
          message: 'IMPORT_ROWS_INVALID',
          finishedAt: new Date(),
        },
      );
    });
  }

  private async progress(id: string, set: ImportUpdate): Promise<void> {
    await this.dataSource.manager.update(HouseholdImportEntity, { id }, set);
  }

  private async finish(id: string, set: ImportUpdate): Promise<void> {
    try {
      await this.dataSource.manager.update(HouseholdImportEntity, { id }, { ...set, finishedAt: new Date() });
    } catch (err) {
      this.logger.error(err);
    }
  }
}
