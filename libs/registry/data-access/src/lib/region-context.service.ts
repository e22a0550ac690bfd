import { computed, inject, Injectable, signal } from '@angular/core';
import { RegionNode, RegionsFacade } from './regions.facade';

/** localStorage key of the console's chosen region. */
export const REGION_CONTEXT_STORAGE_KEY = 'xz.region';

/**
 * The region the console works in (header switcher): one of the caller's scope roots (`myRegions`) or their
 * direct children. Pages default their filters to it.
 */
@Injectable({ providedIn: 'root' })
export class RegionContext {
  private readonly regions = inject(RegionsFacade);
  private readonly optionsState = signal<RegionNode[]>([]);
  private readonly currentState = signal<RegionNode | null>(null);
  private readonly loadingState = signal(false);

  /** Regions the switcher offers: each scope root followed by its children. */
  readonly options = this.optionsState.asReadonly();
  readonly current = this.currentState.asReadonly();
  readonly loading = this.loadingState.asReadonly();
  /** The chosen region's code when it is a village (import, grids and card printing work per village). */
  readonly villageCode = computed(() => {
    const region = this.currentState();
    return region?.level === 'VILLAGE' ? region.code : null;
  });

  /** Loads the options and restores the stored choice (or the first root). */
  async init(): Promise<void> {
    this.loadingState.set(true);
    try {
      this.regions.reset();
      const roots = await this.regions.loadMyRegions();
      const childLists = await Promise.all(
        roots.map((root) =>
          root.level === 'VILLAGE' ? Promise.resolve([]) : this.regions.children(root.code).catch(() => []),
        ),
      );
      const options = roots.flatMap((root, i) => [root, ...childLists[i]]);
      this.optionsState.set(options);
      const stored = readStoredCode();
      this.currentState.set(options.find((o) => o.code === stored) ?? options[0] ?? null);
    } finally {
      this.loadingState.set(false);
    }
  }

  select(code: string): void {
    const region = this.optionsState().find((o) => o.code === code);
    if (!region) return;
    this.currentState.set(region);
    try {
      localStorage.setItem(REGION_CONTEXT_STORAGE_KEY, code);
    } catch {
      // storage unavailable: the choice lasts for this page only
    }
  }
}

function readStoredCode(): string | null {
  try {
    return localStorage.getItem(REGION_CONTEXT_STORAGE_KEY);
  } catch {
    return null;
  }
}
