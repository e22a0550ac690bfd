import { effect, inject, Injectable, signal } from '@angular/core';
import { RegionContext, RegionNode, RegionsFacade } from '@xiangzhi/registry/data-access';

/**
 * The villages a page can work in, from the header's region: the region itself when it is a village, its villages
 * when it is a town; none above that (the user narrows the region first).
 */
@Injectable()
export class VillageOptions {
  private readonly context = inject(RegionContext);
  private readonly regions = inject(RegionsFacade);
  private readonly villagesState = signal<RegionNode[]>([]);
  private requestId = 0;

  readonly villages = this.villagesState.asReadonly();

  constructor() {
    effect(() => {
      const region = this.context.current();
      void this.refresh(region);
    });
  }

  private async refresh(region: RegionNode | null): Promise<void> {
    const id = ++this.requestId;
    let villages: RegionNode[] = [];
    if (region?.level === 'VILLAGE') villages = [region];
    else if (region?.level === 'TOWN') {
      villages = (await this.regions.children(region.code).catch(() => [])).filter((r) => r.level === 'VILLAGE');
    }
    if (id === this.requestId) this.villagesState.set(villages);
  }
}
