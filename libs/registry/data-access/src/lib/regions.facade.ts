import { inject, Injectable, signal } from '@angular/core';
import { ApiError, runApi } from '@xiangzhi/shared/data-access';
import { firstValueFrom } from 'rxjs';
import { ChildRegionsGQL, MyRegionsGQL, RegionByCodeGQL, RegionFieldsFragment } from './generated/graphql';

export type RegionNode = RegionFieldsFragment;

/** The region tree within the caller's scope: roots, lazily loaded children (cached), single regions. */
@Injectable({ providedIn: 'root' })
export class RegionsFacade {
  private readonly myRegionsGql = inject(MyRegionsGQL);
  private readonly childRegionsGql = inject(ChildRegionsGQL);
  private readonly regionGql = inject(RegionByCodeGQL);
  private readonly childrenCache = new Map<string, Promise<RegionNode[]>>();

  private readonly rootsState = signal<RegionNode[]>([]);
  private readonly errorState = signal<ApiError | null>(null);

  /** Roots of the caller's scope (after `loadMyRegions`). */
  readonly myRegions = this.rootsState.asReadonly();
  readonly error = this.errorState.asReadonly();

  async loadMyRegions(): Promise<RegionNode[]> {
    try {
      const result = await runApi(() => firstValueFrom(this.myRegionsGql.fetch()));
      const roots = result.data?.myRegions ?? [];
      this.rootsState.set(roots);
      this.errorState.set(null);
      return roots;
    } catch (error) {
      this.errorState.set(error as ApiError);
      return [];
    }
  }

  /** The children of a region (cached for the session; `refresh` forgets the cache entry). */
  children(parentCode: string, refresh = false): Promise<RegionNode[]> {
    if (refresh) this.childrenCache.delete(parentCode);
    let pending = this.childrenCache.get(parentCode);
    if (!pending) {
      pending = runApi(() => firstValueFrom(this.childRegionsGql.fetch({ variables: { parentCode } }))).then(
        (result) => result.data?.regions ?? [],
      );
      pending.catch(() => this.childrenCache.delete(parentCode));
      this.childrenCache.set(parentCode, pending);
    }
    return pending;
  }

  async region(code: string): Promise<RegionNode | null> {
    const result = await runApi(() => firstValueFrom(this.regionGql.fetch({ variables: { code } })));
    return result.data?.region ?? null;
  }

  /** Forgets cached children (after sign-in as another user). */
  reset(): void {
    this.childrenCache.clear();
    this.rootsState.set([]);
  }
}
