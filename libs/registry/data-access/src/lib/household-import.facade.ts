import { computed, inject, Injectable, OnDestroy, signal } from '@angular/core';
import { ApiError, FileApi, runApi } from '@xiangzhi/shared/data-access';
import { firstValueFrom } from 'rxjs';
import { HouseholdImportFieldsFragment, HouseholdImportGQL, StartHouseholdImportGQL } from './generated/graphql';
import { HouseholdsFacade } from './households.facade';

export type HouseholdImportJob = HouseholdImportFieldsFragment;

/** Where an import stands in the page's eyes. */
export type ImportPhase = 'idle' | 'uploading' | 'running' | 'done' | 'failed';

/** How often the job is polled while it runs. */
export const IMPORT_POLL_INTERVAL_MS = 500;

/**
 * Excel import of households: upload the file, start the job, poll `householdImport` every 500 ms until DONE or
 * FAILED; the error report (per-row errors) can then be downloaded.
 */
@Injectable({ providedIn: 'root' })
export class HouseholdImportFacade implements OnDestroy {
  private readonly files = inject(FileApi);
  private readonly startGql = inject(StartHouseholdImportGQL);
  private readonly importGql = inject(HouseholdImportGQL);
  private readonly households = inject(HouseholdsFacade);

  private readonly state = signal({
    phase: 'idle' as ImportPhase,
    job: null as HouseholdImportJob | null,
    fileName: null as string | null,
    error: null as ApiError | null,
  });
  private timer: ReturnType<typeof setTimeout> | null = null;
  private run = 0;

  readonly phase = computed(() => this.state().phase);
  readonly job = computed(() => this.state().job);
  readonly fileName = computed(() => this.state().fileName);
  readonly error = computed(() => this.state().error);
  readonly busy = computed(() => this.state().phase === 'uploading' || this.state().phase === 'running');
  /** Progress in percent (0–100), from processed / total. */
  readonly percent = computed(() => importPercent(this.state().job));

  /** Uploads the workbook and starts the import into `villageCode`. */
  async start(file: File, villageCode: string): Promise<void> {
    this.stopPolling();
    const run = ++this.run;
    this.state.set({ phase: 'uploading', job: null, fileName: file.name, error: null });
    try {
      const uploaded = await this.files.upload(file);
      const result = await runApi(() =>
        firstValueFrom(this.startGql.mutate({ variables: { input: { fileId: uploaded.id, villageCode } } })),
      );
      if (run !== this.run) return;
      const job = result.data?.startHouseholdImport ?? null;
      if (!job) throw new ApiError('UNKNOWN');
      this.accept(job);
    } catch (error) {
      if (run !== this.run) return;
      this.state.update((s) => ({ ...s, phase: 'failed', error: ApiError.from(error) }));
    }
  }

  /** Follows an import already started (e.g. after reloading the page). */
  follow(importId: string): void {
    this.stopPolling();
    ++this.run;
    this.state.set({ phase: 'running', job: null, fileName: null, error: null });
    this.schedule(importId, this.run, 0);
  }

  /** Downloads the per-row error report of a failed (or partly failed) import. */
  async downloadErrorReport(): Promise<void> {
    const fileId = this.state().job?.errorReportFileId;
    if (!fileId) return;
    const blob = await this.files.download(fileId);
    this.files.saveBlob(blob, `household-import-errors-${this.state().job?.id ?? fileId}.xlsx`);
  }

  /** Back to the empty form. */
  reset(): void {
    this.stopPolling();
    ++this.run;
    this.state.set({ phase: 'idle', job: null, fileName: null, error: null });
  }

  ngOnDestroy(): void {
    this.stopPolling();
  }

  private accept(job: HouseholdImportJob): void {
    const phase = phaseOf(job);
    const error =
      phase === 'failed' ? new ApiError(failureCode(job), 'BAD_USER_INPUT', {}, job.message ?? undefined) : null;
    this.state.update((s) => ({ ...s, job, phase, error }));
    if (phase === 'running') this.schedule(job.id, this.run, IMPORT_POLL_INTERVAL_MS);
    else {
      this.stopPolling();
      if (phase === 'done') this.households.evictLists();
    }
  }

  private schedule(importId: string, run: number, delay: number): void {
    this.timer = setTimeout(() => void this.poll(importId, run), delay);
  }

  private async poll(importId: string, run: number): Promise<void> {
    this.timer = null;
    try {
      const result = await runApi(() => firstValueFrom(this.importGql.fetch({ variables: { id: importId } })));
      if (run !== this.run) return;
      const job = result.data?.householdImport;
      if (job) this.accept(job);
    } catch (error) {
      if (run !== this.run) return;
      const apiError = error as ApiError;
      // a network hiccup should not end the watch of a job that keeps running on the server
      if (apiError.code === 'NETWORK_ERROR' || apiError.kind === 'UNAVAILABLE') {
        this.schedule(importId, run, IMPORT_POLL_INTERVAL_MS * 4);
      } else {
        this.state.update((s) => ({ ...s, phase: 'failed', error: apiError }));
      }
    }
  }

  private stopPolling(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}

/** The page phase of a job status (QUEUED, VALIDATING and IMPORTING are all still running). */
export function phaseOf(job: HouseholdImportJob): ImportPhase {
  if (job.status === 'DONE') return 'done';
  if (job.status === 'FAILED') return 'failed';
  return 'running';
}

/** Progress in whole percent; 0 until the total is known, 100 when done. */
export function importPercent(job: HouseholdImportJob | null): number {
  if (!job) return 0;
  if (job.status === 'DONE') return 100;
  if (!job.total) return 0;
  return Math.min(100, Math.floor((job.processed / job.total) * 100));
}

/** Why a job failed: the code the server gave for a refused file (`message`), else rows were refused. */
export function failureCode(job: HouseholdImportJob): string {
  return job.message && /^[A-Z][A-Z0-9_]*$/.test(job.message) ? job.message : 'REGISTRY_IMPORT_FAILED';
}
