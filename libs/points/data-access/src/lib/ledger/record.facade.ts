import { inject, Injectable } from '@angular/core';
import { FileApi, runApi, UploadedFile } from '@xiangzhi/shared/data-access';
import { firstValueFrom } from 'rxjs';
import {
  LedgerEntryRowFragment,
  LedgerHouseholdByCardGQL,
  LedgerHouseholdMembersGQL,
  LedgerHouseholdMembersQuery,
  LedgerHouseholdSearchGQL,
  LedgerHouseholdSearchQuery,
  LedgerSchemeInForceGQL,
  LedgerSchemeInForceQuery,
  RecordPointsEntriesGQL,
  RecordPointsEntriesInput,
  RecordPointsEntryGQL,
  RecordPointsEntryInput,
} from '../generated/graphql';

export type LedgerHousehold = LedgerHouseholdSearchQuery['households']['items'][number];
export type LedgerHouseholdWithMembers = LedgerHouseholdMembersQuery['household'];
export type LedgerMember = LedgerHouseholdWithMembers['members'][number];
export type LedgerSchemeInForce = NonNullable<LedgerSchemeInForceQuery['pointsSchemeInForce']>;
export type LedgerEntryRow = LedgerEntryRowFragment;

/** The households list is paged by 100 at most (the server's page limit). */
const HOUSEHOLD_PAGE = 100;

/** Where a bulk recording stands: calls done out of all, entries written so far. */
export interface BulkProgress {
  done: number;
  total: number;
  recorded: number;
}

/** What a bulk recording wrote. */
export interface BulkResult {
  count: number;
  replayed: boolean;
}

/**
 * Recording (一日一记录): the scheme in force of a village, household look-up (search, card, members, the whole
 * village for bulk recording), evidence upload and the record calls. Every record call carries the caller's key.
 */
@Injectable({ providedIn: 'root' })
export class LedgerRecordFacade {
  private readonly schemeGql = inject(LedgerSchemeInForceGQL);
  private readonly searchGql = inject(LedgerHouseholdSearchGQL);
  private readonly byCardGql = inject(LedgerHouseholdByCardGQL);
  private readonly membersGql = inject(LedgerHouseholdMembersGQL);
  private readonly recordGql = inject(RecordPointsEntryGQL);
  private readonly recordBulkGql = inject(RecordPointsEntriesGQL);
  private readonly files = inject(FileApi);

  /** The version in force for a village and year (null when there is none). */
  async schemeInForce(villageCode: string, year: number): Promise<LedgerSchemeInForce | null> {
    const result = await runApi(() => firstValueFrom(this.schemeGql.fetch({ variables: { villageCode, year } })));
    return result.data?.pointsSchemeInForce ?? null;
  }

  /** Households of a region whose head, member name or card number matches `search` (first 20). */
  async search(regionCode: string, search: string): Promise<LedgerHousehold[]> {
    const text = search.trim();
    const result = await runApi(() =>
      firstValueFrom(
        this.searchGql.fetch({ variables: { filter: { regionCode, search: text || null }, first: 20, offset: 0 } }),
      ),
    );
    return result.data?.households.items ?? [];
  }

  /** A household by its card number (or QR text); null when there is none. */
  async byCard(cardNumber: string): Promise<LedgerHousehold | null> {
    try {
      const result = await runApi(() =>
        firstValueFrom(this.byCardGql.fetch({ variables: { cardNumber: cardNumber.trim() } })),
      );
      return result.data?.householdByCard ?? null;
    } catch (error) {
      if ((error as { kind?: string }).kind === 'NOT_FOUND') return null;
      throw error;
    }
  }

  /** A household with its members (for INDIVIDUAL items). */
  async withMembers(id: string): Promise<LedgerHouseholdWithMembers | null> {
    const result = await runApi(() => firstValueFrom(this.membersGql.fetch({ variables: { id } })));
    return result.data?.household ?? null;
  }

  /** Every participating household of a village (paged by 100). */
  async villageHouseholds(villageCode: string): Promise<LedgerHousehold[]> {
    const all: LedgerHousehold[] = [];
    for (let offset = 0; ; offset += HOUSEHOLD_PAGE) {
      const result = await runApi(() =>
        firstValueFrom(
          this.searchGql.fetch({
            variables: { filter: { regionCode: villageCode, participating: true }, first: HOUSEHOLD_PAGE, offset },
          }),
        ),
      );
      const page = result.data?.households;
      all.push(...(page?.items ?? []));
      if (!page || page.items.length < HOUSEHOLD_PAGE || all.length >= page.total) return all;
    }
  }

  /** Uploads one evidence photo or document (`POST /api/files`). */
  uploadEvidence(file: File): Promise<UploadedFile> {
    return this.files.upload(file);
  }

  /** Records one entry (the key makes a retry safe). */
  async record(input: RecordPointsEntryInput): Promise<LedgerEntryRow> {
    const result = await runApi(() => firstValueFrom(this.recordGql.mutate({ variables: { input } })));
    const entry = result.data?.recordPointsEntry;
    if (!entry) throw new Error('no entry returned');
    return entry;
  }

  /**
   * Records one item for many households, call after call (`toBulkInputs`); `onProgress` follows each call. A
   * failed call stops the run: calling again with the same inputs replays what was written and goes on.
   */
  async recordBulk(
    inputs: readonly RecordPointsEntriesInput[],
    onProgress: (progress: BulkProgress) => void = () => undefined,
  ): Promise<BulkResult> {
    let recorded = 0;
    let replayed = inputs.length > 0;
    onProgress({ done: 0, total: inputs.length, recorded });
    for (const [i, input] of inputs.entries()) {
      const result = await runApi(() => firstValueFrom(this.recordBulkGql.mutate({ variables: { input } })));
      const written = result.data?.recordPointsEntries;
      recorded += written?.count ?? 0;
      replayed = replayed && (written?.replayed ?? false);
      onProgress({ done: i + 1, total: inputs.length, recorded });
    }
    return { count: recorded, replayed };
  }
}
