import { computed, inject, Injectable, signal } from '@angular/core';
import { ApiError, runApi } from '@xiangzhi/shared/data-access';
import { firstValueFrom } from 'rxjs';
import {
  LedgerEntryRowFragment,
  LedgerHouseholdEntriesGQL,
  LedgerHouseholdMembersGQL,
  LedgerHouseholdMembersQuery,
  LedgerHouseholdStandingGQL,
  LedgerHouseholdStandingQuery,
  LedgerVillageRankingGQL,
} from '../generated/graphql';

export type HouseholdStanding = LedgerHouseholdStandingQuery['householdPointsStanding'];
export type PointsHousehold = LedgerHouseholdMembersQuery['household'];

/** A household's rank in its village for the year (null when the village has no ranking). */
export interface HouseholdRank {
  rank: number;
  of: number;
  value: number;
  average: number;
}

export const HOUSEHOLD_ENTRIES_PAGE_SIZE = 20;

/** One household's points (staff): standing for a year, rank, members' points and the entries with their states. */
@Injectable({ providedIn: 'root' })
export class HouseholdPointsFacade {
  private readonly householdGql = inject(LedgerHouseholdMembersGQL);
  private readonly standingGql = inject(LedgerHouseholdStandingGQL);
  private readonly entriesGql = inject(LedgerHouseholdEntriesGQL);
  private readonly rankingGql = inject(LedgerVillageRankingGQL);
  private readonly state = signal({
    household: null as PointsHousehold | null,
    standing: null as HouseholdStanding | null,
    rank: null as HouseholdRank | null,
    entries: [] as LedgerEntryRowFragment[],
    entriesTotal: 0,
    pageIndex: 1,
    loading: false,
    error: null as ApiError | null,
  });
  private requestId = 0;

  readonly household = computed(() => this.state().household);
  readonly standing = computed(() => this.state().standing);
  readonly rank = computed(() => this.state().rank);
  readonly entries = computed(() => this.state().entries);
  readonly entriesTotal = computed(() => this.state().entriesTotal);
  readonly pageIndex = computed(() => this.state().pageIndex);
  readonly loading = computed(() => this.state().loading);
  readonly error = computed(() => this.state().error);

  async load(householdId: string, year: number): Promise<void> {
    const id = ++this.requestId;
    this.state.update((s) => ({ ...s, loading: true, error: null }));
    try {
      const [household, standing] = await Promise.all([
        runApi(() => firstValueFrom(this.householdGql.fetch({ variables: { id: householdId } }))),
        runApi(() => firstValueFrom(this.standingGql.fetch({ variables: { householdId, year } }))),
      ]);
      const h = household.data?.household ?? null;
      const rank = h ? await this.rankOf(h.regionCode, householdId, year).catch(() => null) : null;
      if (id !== this.requestId) return;
      this.state.update((s) => ({
        ...s,
        household: h,
        standing: standing.data?.householdPointsStanding ?? null,
        rank,
        loading: false,
      }));
      await this.loadEntries(householdId, 1);
    } catch (error) {
      if (id !== this.requestId) return;
      this.state.update((s) => ({ ...s, loading: false, error: error as ApiError }));
    }
  }

  async loadEntries(householdId: string, pageIndex: number): Promise<void> {
    try {
      const result = await runApi(() =>
        firstValueFrom(
          this.entriesGql.fetch({
            variables: {
              householdId,
              first: HOUSEHOLD_ENTRIES_PAGE_SIZE,
              offset: (pageIndex - 1) * HOUSEHOLD_ENTRIES_PAGE_SIZE,
            },
          }),
        ),
      );
      const page = result.data?.householdPointsEntries;
      this.state.update((s) => ({ ...s, entries: page?.items ?? [], entriesTotal: page?.total ?? 0, pageIndex }));
    } catch (error) {
      this.state.update((s) => ({ ...s, error: error as ApiError }));
    }
  }

  private async rankOf(villageCode: string, householdId: string, year: number): Promise<HouseholdRank | null> {
    const result = await runApi(() => firstValueFrom(this.rankingGql.fetch({ variables: { villageCode, year } })));
    const ranking = result.data?.pointsVillageRanking;
    const row = ranking?.rows.find((r) => r.householdId === householdId);
    return ranking && row
      ? { rank: row.rank, of: ranking.rows.length, value: row.value, average: ranking.average }
      : null;
  }
}
