import { computed, effect, inject, Injectable, signal, untracked } from '@angular/core';
import { RegionContext, RegionNode, RegionsFacade } from '@xiangzhi/registry/data-access';

/**
 * The village a results page works on: the header's region when it is a village; under a town, one of the town's
 * villages (the first by default). Provided per page.
 */
@Injectable()
export class VillageChoice {
  private readonly context = inject(RegionContext);
  private readonly regions = inject(RegionsFacade);
  private readonly villagesState = signal<RegionNode[]>([]);
  private readonly chosen = signal<string | null>(null);

  /** The header's region. */
  readonly region = this.context.current;
  /** True when the header's region is a town (town-wide actions are offered). */
  readonly isTown = computed(() => this.region()?.level === 'TOWN');
  /** True when the header's region is a town or a village (the results pages work on those). */
  readonly usable = computed(() => {
    const level = this.region()?.level;
    return level === 'TOWN' || level === 'VILLAGE';
  });
  /** The town's villages (empty for a village). */
  readonly villages = this.villagesState.asReadonly();
  /** The village worked on, or null. */
  readonly villageCode = computed(() => {
    const region = this.region();
    if (region?.level === 'VILLAGE') return region.code;
    const code = this.chosen();
    return code && this.villagesState().some((v) => v.code === code) ? code : null;
  });
  /** The name of the village worked on. */
  readonly villageName = computed(() => {
    const region = this.region();
    if (region?.level === 'VILLAGE') return region.name;
    return this.villagesState().find((v) => v.code === this.villageCode())?.name ?? '';
  });

  constructor() {
    effect(() => {
      const region = this.region();
      untracked(() => {
        if (region?.level !== 'TOWN') {
          this.villagesState.set([]);
          return;
        }
        void this.regions
          .children(region.code)
          .then((children) => {
            if (this.region()?.code !== region.code) return;
            const villages = children.filter((c) => c.level === 'VILLAGE');
            this.villagesState.set(villages);
            if (!villages.some((v) => v.code === this.chosen())) this.chosen.set(villages[0]?.code ?? null);
          })
          .catch(() => this.villagesState.set([]));
      });
    });
  }

  choose(code: string): void {
    this.chosen.set(code);
  }

  /** The name of a village of the town (or the header's village). */
  nameOf(code: string): string {
    const region = this.region();
    if (region?.code === code) return region.name;
    return this.villagesState().find((v) => v.code === code)?.name ?? code;
  }
}
