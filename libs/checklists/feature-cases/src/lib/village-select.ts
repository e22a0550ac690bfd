import { computed, effect, inject, Injectable, signal, untracked } from '@angular/core';
import { RegionContext, RegionNode, RegionsFacade } from '@xiangzhi/registry/data-access';

/**
 * The villages a page can act for: the header's village itself, or the villages of the header's town (chosen in
 * the page). Per page (provided by the component).
 */
@Injectable()
export class CaseVillageSelect {
  private readonly context = inject(RegionContext);
  private readonly regions = inject(RegionsFacade);
  private readonly chosen = signal<string | null>(null);
  private readonly list = signal<RegionNode[]>([]);

  readonly region = this.context.current;
  readonly isVillage = computed(() => this.region()?.level === 'VILLAGE');
  /** The villages offered: the header's village, or the town's villages. */
  readonly villages = computed(() => {
    const region = this.region();
    return region?.level === 'VILLAGE' ? [region] : this.list();
  });
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
        if (!region || region.level === 'VILLAGE') {
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

  choose(code: string | null): void {
    this.chosen.set(code);
  }

  /** The name of a village of this page (or the code when unknown). */
  name(code: string): string {
    return this.villages().find((v) => v.code === code)?.name ?? code;
  }
}
