import { computed, inject, Injectable, signal } from '@angular/core';
import { ApiError } from '@xiangzhi/shared/data-access';
import { firstValueFrom } from 'rxjs';
import {
  CreateUserGQL,
  CreateUserInput,
  ResetUserPasswordGQL,
  Role,
  UpdateUserGQL,
  UpdateUserInput,
  UserChildRegionsGQL,
  UserRegionOptionFragment,
  UserRootRegionsGQL,
  UserRowFragment,
  UsersGQL,
  UserVillageGridsGQL,
} from './generated/graphql';
import { manageableRoles } from './permissions';
import { SessionFacade } from './session.facade';

export type UserRow = UserRowFragment;
export type RegionOption = UserRegionOptionFragment;

/** The users list query: filters and page. */
export interface UsersQuery {
  regionCode: string | null;
  search: string;
  role: Role | null;
  pageIndex: number;
  pageSize: number;
}

const INITIAL_QUERY: UsersQuery = { regionCode: null, search: '', role: null, pageIndex: 1, pageSize: 20 };

/** Users administration: paged list with filters, create, update, enable/disable, password reset. */
@Injectable({ providedIn: 'root' })
export class UsersFacade {
  private readonly session = inject(SessionFacade);
  private readonly usersGql = inject(UsersGQL);
  private readonly createGql = inject(CreateUserGQL);
  private readonly updateGql = inject(UpdateUserGQL);
  private readonly resetGql = inject(ResetUserPasswordGQL);
  private readonly rootRegionsGql = inject(UserRootRegionsGQL);
  private readonly childRegionsGql = inject(UserChildRegionsGQL);
  private readonly gridsGql = inject(UserVillageGridsGQL);

  private readonly state = signal({
    query: INITIAL_QUERY,
    items: [] as UserRow[],
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
  /** The roles the signed-in user may give (mirror of the server rule). */
  readonly manageableRoles = computed(() => manageableRoles(this.session.role()));

  /** Loads the list; a filter change without a page goes back to page 1. */
  async load(patch: Partial<UsersQuery> = {}): Promise<void> {
    const previous = this.state().query;
    const filterChanged = ['regionCode', 'search', 'role', 'pageSize'].some(
      (k) => k in patch && patch[k as keyof UsersQuery] !== previous[k as keyof UsersQuery],
    );
    const query: UsersQuery = {
      ...previous,
      ...patch,
      pageIndex: patch.pageIndex ?? (filterChanged ? 1 : previous.pageIndex),
    };
    const id = ++this.requestId;
    this.state.update((s) => ({ ...s, query, loading: true, error: null }));
    try {
      const result = await firstValueFrom(
        this.usersGql.fetch({
          variables: {
            regionCode: query.regionCode,
            search: query.search.trim() || null,
            role: query.role,
            first: query.pageSize,
            offset: (query.pageIndex - 1) * query.pageSize,
          },
        }),
      );
      if (id !== this.requestId) return;
      const page = result.data?.users;
      this.state.update((s) => ({ ...s, items: page?.items ?? [], total: page?.total ?? 0, loading: false }));
    } catch (error) {
      if (id !== this.requestId) return;
      this.state.update((s) => ({ ...s, loading: false, error: ApiError.from(error) }));
    }
  }

  async create(input: CreateUserInput): Promise<void> {
    await this.mutate(() => firstValueFrom(this.createGql.mutate({ variables: { input } })));
  }

  async update(input: UpdateUserInput): Promise<void> {
    await this.mutate(() => firstValueFrom(this.updateGql.mutate({ variables: { input } })));
  }

  /** Enables or disables an account. */
  async setActive(id: string, active: boolean): Promise<void> {
    await this.update({ id, active });
  }

  async resetPassword(userId: string, newPassword: string): Promise<void> {
    try {
      await firstValueFrom(this.resetGql.mutate({ variables: { input: { userId, newPassword } } }));
    } catch (error) {
      throw ApiError.from(error);
    }
  }

  /** Roots of the signed-in user's scope, for the region picker. */
  async rootRegions(): Promise<RegionOption[]> {
    return this.read(async () => (await firstValueFrom(this.rootRegionsGql.fetch())).data?.myRegions ?? []);
  }

  async childRegions(parentCode: string): Promise<RegionOption[]> {
    return this.read(
      async () => (await firstValueFrom(this.childRegionsGql.fetch({ variables: { parentCode } }))).data?.regions ?? [],
    );
  }

  /** The grids of a village, for grid workers. */
  async villageGrids(villageCode: string): Promise<{ code: string; name: string }[]> {
    return this.read(
      async () => (await firstValueFrom(this.gridsGql.fetch({ variables: { villageCode } }))).data?.grids ?? [],
    );
  }

  /** Runs a mutation, then reloads the current page (the list is the cache of record). */
  private async mutate(run: () => Promise<unknown>): Promise<void> {
    try {
      await run();
    } catch (error) {
      throw ApiError.from(error);
    }
    await this.load();
  }

  private async read<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      throw ApiError.from(error);
    }
  }
}
