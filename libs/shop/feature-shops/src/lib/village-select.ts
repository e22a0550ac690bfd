import { computed, effect, inject, Injectable, signal, untracked } from '@angular/core';
import { RegionContext, RegionNode, RegionsFacade } from '@xiangzhi/registry/data-access';

/** The village a funds page works on: the header's village, or one of the header town's villages. Per page. */
@Injectable()
export class ShopVillageSelect {
  private readonly context = inject(RegionContext);
  private readonly regions = inject(RegionsFacade);
  private readonly chosen = signal<string | null>(null);
  private readonly list = signal<RegionNode[]>([]);

  readonly region = this.context.current;
  readonly isTown = computed(() => this.region()?.level === 'TOWN');
  readonly villages = this.list.asReadonly();
  readonly villageCode = computed(() => {
    const region = this.region();
    if (region?.level === 'VILLAGE') return region.code;
    const code = this.chosen();
    return code && this.list().some((v) => v.code === code) ? code : null;
  });

  constructor() {
    effect(() => {
      const region = this.region();
      untracked(() => {
        if (region?.level !== 'TOWN') {
          this.list.set([]);
          return;
        }
        void this.regions
          .children(region.code)
          .then((children) => {
            const villages = children.filter((c) => c.level === 'VILLAGE');
            this.list.set(villages);
            if (!villages.some((v) => v.code === this.chosen())) this.chosen.set(villages[0]?.code ?? null);
          })
          .catch(() => this.list.set([]));
      });
    });
  }

  choose(code: string): void {
    this.chosen.set(code);
  }
}
