import { inject, Injectable, signal } from '@angular/core';
import { PublicRegistryFacade } from '@xiangzhi/registry/data-access';

/** A village's name for a page heading, loaded on the side: the page shows without it. */
@Injectable()
export class VillageHeading {
  private readonly registry = inject(PublicRegistryFacade);
  readonly name = signal<string | null>(null);
  private current = '';

  load(code: string): void {
    this.current = code;
    this.name.set(null);
    void this.registry
      .village(code)
      .then((village) => code === this.current && this.name.set(village?.name ?? null))
      .catch(() => undefined);
  }
}
