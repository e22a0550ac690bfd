import { computed, inject, Injectable, signal } from '@angular/core';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ApiError, runApi } from '@xiangzhi/shared/data-access';
import { firstValueFrom } from 'rxjs';
import {
  AdaptPointsSchemeGQL,
  ApprovePointsSchemeGQL,
  CreatePointsSchemeGQL,
  PointsPresetKey,
  RejectPointsSchemeGQL,
  SchemeDiffGQL,
  SchemeDiffQuery,
  SchemeInForceGQL,
  SchemeVersionFullFragment,
  SchemeVersionGQL,
  SchemeVersionRowFragment,
  SchemeVersionsGQL,
  SubmitPointsSchemeGQL,
  UpdatePointsSchemeDraftGQL,
  UpdatePointsSchemeDraftInput,
} from '../generated/graphql';

export type SchemeVersionSummary = SchemeVersionRowFragment;
export type SchemeVersionDetail = SchemeVersionFullFragment;
export type SchemeVersionDiff = SchemeDiffQuery['pointsSchemeDiff'];
export type SchemeDraftUpdate = UpdatePointsSchemeDraftInput;

/** Versions per page of the list (a region has few per year). */
const VERSIONS_PAGE = 100;

/**
 * Points schemes (积分方案): a region's versions per year, one version in full, drafts from a preset or a copy of the
 * version in force, a village's adaptation, edits, submission, the town's decision and the diff of two versions.
 */
@Injectable({ providedIn: 'root' })
export class SchemesFacade {
  private readonly versionsGql = inject(SchemeVersionsGQL);
  private readonly versionGql = inject(SchemeVersionGQL);
  private readonly inForceGql = inject(SchemeInForceGQL);
  private readonly diffGql = inject(SchemeDiffGQL);
  private readonly createGql = inject(CreatePointsSchemeGQL);
  private readonly adaptGql = inject(AdaptPointsSchemeGQL);
  private readonly updateGql = inject(UpdatePointsSchemeDraftGQL);
  private readonly submitGql = inject(SubmitPointsSchemeGQL);
  private readonly approveGql = inject(ApprovePointsSchemeGQL);
  private readonly rejectGql = inject(RejectPointsSchemeGQL);

  private readonly listState = signal({
    regionCode: null as string | null,
    year: null as number | null,
    items: [] as SchemeVersionSummary[],
    loading: false,
    error: null as ApiError | null,
  });
  private listRequest = 0;

  readonly versions = computed(() => this.listState().items);
  readonly versionsLoading = computed(() => this.listState().loading);
  readonly versionsError = computed(() => this.listState().error);

  /** Loads the versions of a region (town or village) for a year, newest first. */
  async loadVersions(regionCode: string, year: number): Promise<void> {
    const id = ++this.listRequest;
    this.listState.update((s) => ({ ...s, regionCode, year, loading: true, error: null }));
    try {
      const result = await runApi(() =>
        firstValueFrom(this.versionsGql.fetch({ variables: { regionCode, year, first: VERSIONS_PAGE, offset: 0 } })),
      );
      if (id !== this.listRequest) return;
      this.listState.update((s) => ({ ...s, items: result.data?.pointsSchemeVersions.items ?? [], loading: false }));
    } catch (error) {
      if (id !== this.listRequest) return;
      this.listState.update((s) => ({ ...s, items: [], loading: false, error: error as ApiError }));
    }
  }

  /** The versions of a region for a year (no page state: e.g. the town's versions beside a village's). */
  async listVersions(regionCode: string, year: number): Promise<SchemeVersionSummary[]> {
    const result = await runApi(() =>
      firstValueFrom(this.versionsGql.fetch({ variables: { regionCode, year, first: VERSIONS_PAGE, offset: 0 } })),
    );
    return result.data?.pointsSchemeVersions.items ?? [];
  }

  /** Reloads the list last loaded. */
  async reloadVersions(): Promise<void> {
    const { regionCode, year } = this.listState();
    if (regionCode && year) await this.loadVersions(regionCode, year);
  }

  async version(id: string): Promise<SchemeVersionDetail> {
    const result = await runApi(() => firstValueFrom(this.versionGql.fetch({ variables: { id }, errorPolicy: 'all' })));
    const version = result.data?.pointsScheme;
    if (!version) throw result.error ? ApiError.from(result.error) : new ApiError('SCHEME_NOT_FOUND', 'NOT_FOUND');
    return version;
  }

  /** The version in force for a village (its adaptation, else the town's), or null. */
  async inForce(villageCode: string, year: number): Promise<SchemeVersionSummary | null> {
    const result = await runApi(() => firstValueFrom(this.inForceGql.fetch({ variables: { villageCode, year } })));
    return result.data?.pointsSchemeInForce ?? null;
  }

  async diff(fromId: string, toId: string): Promise<SchemeVersionDiff> {
    const result = await runApi(() => firstValueFrom(this.diffGql.fetch({ variables: { fromId, toId } })));
    const diff = result.data?.pointsSchemeDiff;
    if (!diff) throw new ApiError('SCHEME_NOT_FOUND', 'NOT_FOUND');
    return diff;
  }

  /** A town's new draft: from a preset, or (no preset) a copy of the version in force. */
  async create(
    townCode: string,
    year: number,
    presetKey: PointsPresetKey | null,
    changeReason: string | null,
  ): Promise<SchemeVersionDetail> {
    const result = await runApi(() =>
      firstValueFrom(
        this.createGql.mutate({
          errorPolicy: 'all',
          variables: { input: { townCode, year, presetKey, changeReason: changeReason?.trim() || null } },
        }),
      ),
    );
    return this.written(result.error, result.data?.createPointsScheme);
  }

  /** A village's draft adapting the town's version in force. */
  async adapt(villageCode: string, year: number, changeReason: string | null): Promise<SchemeVersionDetail> {
    const result = await runApi(() =>
      firstValueFrom(
        this.adaptGql.mutate({
          errorPolicy: 'all',
          variables: { input: { villageCode, year, changeReason: changeReason?.trim() || null } },
        }),
      ),
    );
    return this.written(result.error, result.data?.adaptPointsScheme);
  }

  async updateDraft(input: UpdatePointsSchemeDraftInput): Promise<SchemeVersionDetail> {
    const result = await runApi(() =>
      firstValueFrom(
        this.updateGql.mutate({
          errorPolicy: 'all',
          variables: { input },
        }),
      ),
    );
    return this.written(result.error, result.data?.updatePointsSchemeDraft, false);
  }

  async submit(id: string, changeReason: string | null): Promise<SchemeVersionDetail> {
    const result = await runApi(() =>
      firstValueFrom(
        this.submitGql.mutate({
          errorPolicy: 'all',
          variables: { id, changeReason: changeReason?.trim() || null },
        }),
      ),
    );
    return this.written(result.error, result.data?.submitPointsScheme);
  }

  async approve(id: string, reason: string | null): Promise<SchemeVersionDetail> {
    const result = await runApi(() =>
      firstValueFrom(
        this.approveGql.mutate({
          errorPolicy: 'all',
          variables: { id, reason: reason?.trim() || null },
        }),
      ),
    );
    return this.written(result.error, result.data?.approvePointsScheme);
  }

  /** Sends a submitted version back; the reason is required. */
  async reject(id: string, reason: string): Promise<SchemeVersionDetail> {
    const why = reason.trim();
    if (!why) throw new ApiError('SCHEME_REASON_REQUIRED', 'BAD_USER_INPUT');
    const result = await runApi(() =>
      firstValueFrom(
        this.rejectGql.mutate({
          errorPolicy: 'all',
          variables: { id, reason: why },
        }),
      ),
    );
    return this.written(result.error, result.data?.rejectPointsScheme);
  }

  /**
   * The version a write returned. Errors are read with `errorPolicy: 'all'`: a field the API cannot serialize
   * (e.g. a fractional exchange value) must not hide a write that was done; a refused write has no data.
   */
  private async written(
    error: unknown,
    version: SchemeVersionDetail | null | undefined,
    reload = true,
  ): Promise<SchemeVersionDetail> {
    if (!version) throw error ? schemeError(error) : new ApiError('UNKNOWN');
    if (reload) await this.reloadVersions();
    return version;
  }
}

/**
 * The `ApiError` of a refused scheme write. The API puts details such as `itemCode` beside `code` in the
 * extensions (not under `fields`): they are kept as fields so the editor can mark the refused item.
 */
export function schemeError(error: unknown): ApiError {
  const apiError = ApiError.from(error);
  if (!CombinedGraphQLErrors.is(error)) return apiError;
  const extensions = error.errors[0]?.extensions ?? {};
  const extra = Object.fromEntries(
    Object.entries(extensions).filter(([key]) => key !== 'code' && key !== 'kind' && key !== 'fields'),
  );
  return Object.keys(extra).length
    ? new ApiError(apiError.code, apiError.kind, { ...extra, ...apiError.fields }, apiError.message)
    : apiError;
}
