import { computed, inject, Injectable, signal } from '@angular/core';
import { ApiError, runApi } from '@xiangzhi/shared/data-access';
import { firstValueFrom } from 'rxjs';
import {
  CreateGridGQL,
  CreateGridInput,
  GridFieldsFragment,
  GridsGQL,
  UpdateGridGQL,
  UpdateGridInput,
} from './generated/graphql';

export type GridItem = GridFieldsFragment;

/** The grids of one village: list, create, edit. */
@Injectable({ providedIn: 'root' })
export class GridsFacade {
  private readonly gridsGql = inject(GridsGQL);
  private readonly createGql = inject(CreateGridGQL);
  private readonly updateGql = inject(UpdateGridGQL);
  private readonly state = signal({
    villageCode: null as string | null,
    items: [] as GridItem[],
    loading: false,
    error: null as ApiError | null,
  });
  private requestId = 0;

  readonly villageCode = computed(() => this.state().villageCode);
  readonly items = computed(() => this.state().items);
  readonly loading = computed(() => this.state().loading);
  readonly error = computed(() => this.state().error);

  async load(villageCode: string): Promise<GridItem[]> {
    const id = ++this.requestId;
    this.state.set({
      villageCode,
      items: this.state().villageCode === villageCode ? this.state().items : [],
      loading: true,
      error: null,
    });
    try {
      const result = await runApi(() => firstValueFrom(this.gridsGql.fetch({ variables: { villageCode } })));
      const items = result.data?.grids ?? [];
      if (id === this.requestId) this.state.update((s) => ({ ...s, items, loading: false }));
      return items;
    } catch (error) {
      if (id === this.requestId) this.state.update((s) => ({ ...s, loading: false, error: error as ApiError }));
      return [];
    }
  }

  /** The grids a grid worker is assigned to (all grids of the village when no codes are given). */
  async assigned(villageCode: string, gridCodes: readonly string[]): Promise<GridItem[]> {
    const grids = await this.load(villageCode);
    return gridCodes.length ? grids.filter((g) => gridCodes.includes(g.code)) : grids;
  }

  async create(input: CreateGridInput): Promise<GridItem> {
    const result = await runApi(() => firstValueFrom(this.createGql.mutate({ variables: { input } })));
    await this.load(input.villageCode);
    return result.data?.createGrid as GridItem;
  }

  async update(input: UpdateGridInput): Promise<void> {
    await runApi(() => firstValueFrom(this.updateGql.mutate({ variables: { input } })));
    const village = this.state().villageCode;
    if (village) await this.load(village);
  }
}
