import { inject, Injectable } from '@angular/core';
import { ApiError, FileApi, runApi, UploadedFile } from '@xiangzhi/shared/data-access';
import { firstValueFrom } from 'rxjs';
import {
  GridHouseholdPointsEntriesGQL,
  GridHouseholdPointsStandingGQL,
  GridHouseholdPointsStandingQuery,
  GridPointsEntryFragment,
  GridPointsSchemeInForceGQL,
  GridPointsSchemeInForceQuery,
  GridRecordPointsEntryGQL,
  GridSchemeItemFragment,
  PointsEntryChannel,
  PointsEntryStatus,
  PointsItemKind,
  PointsItemSubject,
  RecordPointsEntryInput,
} from '../generated/graphql';

export type GridScheme = NonNullable<GridPointsSchemeInForceQuery['pointsSchemeInForce']>;
export type GridSchemeItem = GridSchemeItemFragment;
export type GridStanding = GridHouseholdPointsStandingQuery['householdPointsStanding'];
export type GridEntry = GridPointsEntryFragment;
export type GridRecordInput = RecordPointsEntryInput;
export type { PointsEntryChannel, PointsEntryStatus, PointsItemKind, PointsItemSubject, UploadedFile };

/** Every channel an entry can come through, in the order the form offers them (扫码 first in the grid app). */
export const ENTRY_CHANNELS: readonly PointsEntryChannel[] = [
  'QR_SCAN',
  'ON_SITE',
  'ORAL',
  'PHONE',
  'SMS',
  'QQ',
  'WECHAT',
  'DOCUMENT',
];

/** Recent entries shown on the household page. */
export const RECENT_ENTRIES = 10;

/**
 * Whether a failure means the phone cannot reach the server (no network): the form is kept and a clear message shown.
 * `online` is `navigator.onLine` (false only when the browser knows it is offline).
 */
export function isOfflineFailure(error: unknown, online: boolean = globalThis.navigator?.onLine ?? true): boolean {
  if (!online) return true;
  const apiError = ApiError.from(error);
  return apiError.code === 'NETWORK_ERROR';
}

/** The grid app's points calls: the scheme in force, a household's standing and entries, recording, evidence upload. */
@Injectable({ providedIn: 'root' })
export class GridPointsFacade {
  private readonly schemeGql = inject(GridPointsSchemeInForceGQL);
  private readonly standingGql = inject(GridHouseholdPointsStandingGQL);
  private readonly entriesGql = inject(GridHouseholdPointsEntriesGQL);
  private readonly recordGql = inject(GridRecordPointsEntryGQL);
  private readonly files = inject(FileApi);

  /** The scheme version in force for the village and year, or null when there is none. */
  async schemeInForce(villageCode: string, year: number): Promise<GridScheme | null> {
    const result = await runApi(() => firstValueFrom(this.schemeGql.fetch({ variables: { villageCode, year } })));
    return result.data?.pointsSchemeInForce ?? null;
  }

  async standing(householdId: string, year: number): Promise<GridStanding | null> {
    const result = await runApi(() =>
      firstValueFrom(this.standingGql.fetch({ variables: { householdId, year }, fetchPolicy: 'network-only' })),
    );
    return result.data?.householdPointsStanding ?? null;
  }

  /** The household's latest entries (newest first) and how many it has. */
  async entries(householdId: string, first = RECENT_ENTRIES): Promise<{ items: GridEntry[]; total: number }> {
    const result = await runApi(() =>
      firstValueFrom(
        this.entriesGql.fetch({ variables: { householdId, first, offset: 0 }, fetchPolicy: 'network-only' }),
      ),
    );
    const page = result.data?.householdPointsEntries;
    return { items: page?.items ?? [], total: page?.total ?? 0 };
  }

  /** Records one entry; a repeat with the same `idempotencyKey` answers the first result and writes nothing (R3). */
  async record(input: GridRecordInput): Promise<GridEntry> {
    const result = await runApi(() => firstValueFrom(this.recordGql.mutate({ variables: { input } })));
    const entry = result.data?.recordPointsEntry;
    if (!entry) throw new ApiError('UNKNOWN');
    return entry;
  }

  /** Uploads one evidence photo (`POST /api/files`); its id goes into `evidenceFileIds`. */
  uploadEvidence(file: File): Promise<UploadedFile> {
    return this.files.upload(file, file.name || 'photo.jpg');
  }
}
