import { computed, inject, Injectable, signal } from '@angular/core';
import { ApiError, FileApi, runApi } from '@xiangzhi/shared/data-access';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { HouseholdRowFragment, HouseholdsGQL, Residency } from './generated/graphql';

export type HouseholdRow = HouseholdRowFragment;

/** Filters and page of the households list (server-side paging). */
export interface HouseholdsQuery {
  regionCode: string | null;
  gridCode: string | null;
  search: string;
  residency: Residency | null;
  participating: boolean | null;
  pageIndex: number;
  pageSize: number;
}

const INITIAL_QUERY: HouseholdsQuery = {
  regionCode: null,
  gridCode: null,
  search: '',
  residency: null,
  participating: null,
  pageIndex: 1,
  pageSize: 20,
};

const FILTER_KEYS: (keyof HouseholdsQuery)[] = [
  'regionCode',
  'gridCode',
  'search',
  'residency',
  'participating',
  'pageSize',
];

/** The households list: server-side paging, filters, search; the Excel export and template. */
@Injectable({ providedIn: 'root' })
export class HouseholdsFacade {
  private readonly householdsGql = inject(HouseholdsGQL);
  private readonly files = inject(FileApi);
  private readonly apollo = inject(Apollo);
  private readonly state = signal({
    query: INITIAL_QUERY,
    items: [] as HouseholdRow[],
    total: 0,
    loading: false,
    error: null as ApiError | null,
  });
  private requestId = 0;

  readonly query = computed(() => this.state().query);
  readonly items = computed(() => this.state().items);
  readonly total = computed(() => this.state().total);
  readonly loading = computed(() => this.state().loading);
  readonly error = computed(() => this.state().error);

  /** Loads a page. Changing a filter (without naming a page) goes back to page 1; stale answers are dropped. */
  async load(patch: Partial<HouseholdsQuery> = {}): Promise<void> {
    const query = nextQuery(this.state().query, patch);
    const id = ++this.requestId;
    this.state.update((s) => ({ ...s, query, loading: true, error: null }));
    try {
      const result = await runApi(() => firstValueFrom(this.householdsGql.fetch({ variables: toVariables(query) })));
      if (id !== this.requestId) return;
      const page = result.data?.households;
      this.state.update((s) => ({ ...s, items: page?.items ?? [], total: page?.total ?? 0, loading: false }));
    } catch (error) {
      if (id !== this.requestId) return;
      this.state.update((s) => ({ ...s, loading: false, error: error as ApiError }));
    }
  }

  /** Drops cached household lists after a write so the next load is fresh. */
  evictLists(): void {
    const cache = this.apollo.client.cache;
    cache.evict({ id: 'ROOT_QUERY', fieldName: 'households' });
    cache.gc();
  }

  /** Downloads the Excel register of a region (`export.xlsx`). */
  async exportXlsx(regionCode: string): Promise<void> {
    const blob = await this.files.getBlob(
      `/api/registry/households/export.xlsx?regionCode=${encodeURIComponent(regionCode)}`,
    );
    this.files.saveBlob(blob, `households-${regionCode}.xlsx`);
  }

  /** Downloads the empty import template. */
  async downloadTemplate(): Promise<void> {
    const blob = await this.files.getBlob('/api/registry/households/import-template.xlsx');
    this.files.saveBlob(blob, 'household-import-template.xlsx');
  }
}

/** The next query after a change: filters reset the page to 1 unless a page is given. */
export function nextQuery(previous: HouseholdsQuery, patch: Partial<HouseholdsQuery>): HouseholdsQuery {
  const filterChanged = FILTER_KEYS.some((k) => k in patch && patch[k] !== previous[k]);
  return { ...previous, ...patch, pageIndex: patch.pageIndex ?? (filterChanged ? 1 : previous.pageIndex) };
}

/** GraphQL variables of a query (empty filters are left out). */
export function toVariables(query: HouseholdsQuery) {
  const search = query.search.trim();
  return {
    filter: {
      regionCode: query.regionCode,
      gridCode: query.gridCode,
      search: search || null,
      residency: query.residency,
      participating: query.participating,
    },
    first: query.pageSize,
    offset: (query.pageIndex - 1) * query.pageSize,
  };
}
