import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { PublicRegion, PublicRegistryFacade, regionLevelOf } from '@xiangzhi/registry/data-access';
import { RegionBreadcrumbComponent, RegionCrumb } from '@xiangzhi/registry/ui';
import { ApiError } from '@xiangzhi/shared/data-access';
import { EmptyStateComponent, ErrorMessageComponent } from '@xiangzhi/shared/ui';

/** The codes of the path in the `path` query parameter ("a,b,c"), validated. */
export function parsePath(value: string | null | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((c) => c.trim())
    .filter((c) => /^\d{12}$/.test(c))
    .slice(0, 5);
}

/** County → town → village, one level at a time (`publicRegions(parentCode)`); the path lives in the URL. */
@Component({
  selector: 'xz-region-chooser',
  imports: [RouterLink, TranslocoPipe, RegionBreadcrumbComponent, EmptyStateComponent, ErrorMessageComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './region-chooser.component.html',
  styleUrl: './region-chooser.component.css',
})
export class RegionChooserComponent {
  private readonly publicRegistry = inject(PublicRegistryFacade);
  private readonly router = inject(Router);

  /** Query parameter `path`: the codes chosen so far. */
  readonly path = input<string | undefined>(undefined);

  protected readonly crumbs = signal<RegionCrumb[]>([]);
  protected readonly options = signal<PublicRegion[]>([]);
  protected readonly loading = signal(true);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly prompt = computed(() => {
    const first = this.options()[0];
    const level = first ? regionLevelOf(first.code) : 'OTHER';
    return ['COUNTY', 'TOWN', 'VILLAGE'].includes(level) ? level : 'OTHER';
  });

  constructor() {
    effect(() => {
      const codes = parsePath(this.path());
      untracked(() => void this.load(codes));
    });
  }

  protected choose(region: PublicRegion): void {
    if (regionLevelOf(region.code) === 'VILLAGE') {
      void this.router.navigate(['/v', region.code]);
      return;
    }
    const codes = [...this.crumbs().map((c) => c.code), region.code];
    void this.router.navigate(['/regions'], { queryParams: { path: codes.join(',') } });
  }

  protected goTo(code: string | null): void {
    const codes = this.crumbs().map((c) => c.code);
    const index = code === null ? -1 : codes.indexOf(code);
    const next = codes.slice(0, index + 1);
    void this.router.navigate(['/regions'], { queryParams: next.length ? { path: next.join(',') } : {} });
  }

  private async load(codes: string[]): Promise<void> {
    this.loading.set(true);
    this.error.set(null);
    try {
      // the list of each level names the next chosen code
      const lists = await Promise.all([null, ...codes].map((parent) => this.publicRegistry.regions(parent)));
      const crumbs: RegionCrumb[] = [];
      for (let i = 0; i < codes.length; i++) {
        const region = lists[i].find((r) => r.code === codes[i]);
        if (!region) break;
        crumbs.push(region);
      }
      this.crumbs.set(crumbs);
      this.options.set(lists[crumbs.length]);
    } catch (error) {
      this.error.set(ApiError.from(error));
      this.options.set([]);
    } finally {
      this.loading.set(false);
    }
  }
}
