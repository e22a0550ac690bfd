import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { PublicRegion, PublicRegistryFacade, regionLevelOf } from '@xiangzhi/registry/data-access';
import { RegionBreadcrumbComponent, RegionCrumb } from '@xiangzhi/registry/ui';
import { ApiError } from '@xiangzhi/shared/data-access';
import { EmptyStateComponent, ErrorMessageComponent } from '@xiangzhi/shared/ui';
import { SHOP_PORTAL_STYLES } from './shop-portal-styles';

/** The region codes chosen so far, from the `path` query parameter ("a,b,c"), validated. */
export function parseRegionPath(value: string | null | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((c) => c.trim())
    .filter((c) => /^\d{12}$/.test(c))
    .slice(0, 5);
}

/** `/shop`: county → town → village, as on the region chooser; a village opens its points shops (`/shop/<code>`). */
@Component({
  selector: 'xz-portal-shop-village-picker',
  imports: [RouterLink, TranslocoPipe, RegionBreadcrumbComponent, EmptyStateComponent, ErrorMessageComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p>
      <a class="back" routerLink="/">← {{ 'common.home' | transloco }}</a>
    </p>
    <h1>{{ 'shopPortal.picker.title' | transloco }}</h1>
    <p class="muted">{{ 'shopPortal.picker.intro' | transloco }}</p>
    <xz-region-breadcrumb
      [path]="crumbs()"
      [rootLabel]="'shopPortal.picker.all' | transloco"
      (selected)="goTo($event)"
    />
    <xz-error-message [error]="error()" />
    @if (loading()) {
      <p class="muted">{{ 'common.loading' | transloco }}</p>
    } @else if (options().length) {
      <h2>{{ 'shopPortal.picker.levels.' + prompt() | transloco }}</h2>
      <ul class="options" data-testid="shop-regions">
        @for (region of options(); track region.code) {
          <li>
            <button type="button" (click)="choose(region)" data-testid="shop-region">{{ region.name }}</button>
          </li>
        }
      </ul>
    } @else if (!error()) {
      <xz-empty-state [text]="'shopPortal.picker.empty' | transloco" />
    }
  `,
  styles: [
    SHOP_PORTAL_STYLES,
    `
      h2 {
        color: #555;
        font-size: 16px;
      }
      .options {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(140px, 1fr));
        gap: 8px;
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .options button {
        width: 100%;
        min-height: 48px;
        padding: 8px;
        border: 1px solid #e5e5e5;
        border-radius: 8px;
        background: #fff;
        font-size: 16px;
        cursor: pointer;
      }
      .options button:hover,
      .options button:focus-visible {
        border-color: #c41d7f;
        color: #c41d7f;
      }
    `,
  ],
})
export class ShopVillagePickerComponent {
  private readonly registry = inject(PublicRegistryFacade);
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
      const codes = parseRegionPath(this.path());
      untracked(() => void this.load(codes));
    });
  }

  protected choose(region: PublicRegion): void {
    if (regionLevelOf(region.code) === 'VILLAGE') {
      void this.router.navigate(['/shop', region.code]);
      return;
    }
    const codes = [...this.crumbs().map((c) => c.code), region.code];
    void this.router.navigate(['/shop'], { queryParams: { path: codes.join(',') } });
  }

  protected goTo(code: string | null): void {
    const codes = this.crumbs().map((c) => c.code);
    const index = code === null ? -1 : codes.indexOf(code);
    const next = codes.slice(0, index + 1);
    void this.router.navigate(['/shop'], { queryParams: next.length ? { path: next.join(',') } : {} });
  }

  private async load(codes: string[]): Promise<void> {
    this.loading.set(true);
    this.error.set(null);
    try {
      const lists = await Promise.all([null, ...codes].map((parent) => this.registry.regions(parent)));
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
