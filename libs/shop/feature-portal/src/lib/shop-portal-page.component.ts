import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { PublicRegistryFacade } from '@xiangzhi/registry/data-access';
import { PortalShop, PortalShopFacade } from '@xiangzhi/shop/data-access';
import { ApiError } from '@xiangzhi/shared/data-access';
import { EmptyStateComponent, ErrorMessageComponent } from '@xiangzhi/shared/ui';
import { ShopCardComponent } from './shop-card.component';
import { fundsYear } from './shop-format';
import { SHOP_PORTAL_STYLES } from './shop-portal-styles';
import { VillageFundsComponent } from './village-funds.component';

/**
 * A village's points shops on the public site (`/shop/<villageCode>`, optionally `?year=2026` for the funds): per shop
 * its facts, 六有, goods and prices and issue totals, a page at a time ("more" appends the next page), then the
 * village's funds. No household data.
 */
@Component({
  selector: 'xz-portal-shop-page',
  imports: [
    RouterLink,
    TranslocoPipe,
    EmptyStateComponent,
    ErrorMessageComponent,
    ShopCardComponent,
    VillageFundsComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nav class="links">
      <a routerLink="/shop" data-testid="shop-change-village">← {{ 'shopPortal.nav.change' | transloco }}</a>
      <a [routerLink]="['/v', villageCode()]">{{ 'shopPortal.nav.village' | transloco }}</a>
    </nav>
    <h1 data-testid="shop-page-title">
      @if (villageName(); as name) {
        {{ 'shopPortal.page.village' | transloco: { village: name } }}
      } @else {
        {{ 'shopPortal.page.title' | transloco }}
      }
    </h1>
    <p class="muted">{{ 'shopPortal.page.intro' | transloco }}</p>
    <xz-error-message [error]="error()" />
    @if (loading()) {
      <p class="muted">{{ 'common.loading' | transloco }}</p>
    } @else {
      @for (shop of shops(); track shop.id) {
        <xz-portal-shop-card [shop]="shop" />
      } @empty {
        @if (!error()) {
          <xz-empty-state [text]="'shopPortal.page.noShops' | transloco" />
        }
      }
      <xz-error-message [error]="moreError()" />
      @if (total() > shops().length) {
        <button
          type="button"
          class="more"
          [disabled]="loadingMore()"
          [attr.aria-busy]="loadingMore()"
          (click)="more()"
          data-testid="shop-more"
        >
          @if (loadingMore()) {
            {{ 'shopPortal.page.loadingMore' | transloco }}
          } @else {
            {{ 'shopPortal.page.more' | transloco: { shown: shops().length, total: total() } }}
          }
        </button>
      }
    }
    <xz-portal-village-funds [villageCode]="villageCode()" [year]="fundsYear()" />
  `,
  styles: [
    SHOP_PORTAL_STYLES,
    `
      .links {
        display: flex;
        flex-wrap: wrap;
        justify-content: space-between;
        gap: 4px 16px;
      }
      .links a {
        display: inline-flex;
        align-items: center;
        min-height: 44px;
        color: #c41d7f;
        text-decoration: none;
      }
      button.more {
        display: block;
        box-sizing: border-box;
        width: 100%;
        min-height: 44px;
        margin: 12px 0;
        padding: 8px 12px;
        border: 1px solid #e5e5e5;
        border-radius: 8px;
        background: #fff;
        color: #c41d7f;
        font-size: 16px;
        cursor: pointer;
      }
      button.more:hover:not(:disabled),
      button.more:focus-visible {
        border-color: #c41d7f;
      }
      button.more:disabled {
        color: #999;
        cursor: default;
      }
    `,
  ],
})
export class ShopPortalPageComponent {
  private readonly facade = inject(PortalShopFacade);
  private readonly registry = inject(PublicRegistryFacade);

  /** Route parameter `:villageCode`. */
  readonly villageCode = input.required<string>();
  /** Query parameter `year` of the funds (the current year by default). */
  readonly year = input<string | undefined>(undefined);

  protected readonly shops = signal<PortalShop[]>([]);
  /** How many shops serve the village in all (the pages not yet loaded included). */
  protected readonly total = signal(0);
  protected readonly villageName = signal<string | null>(null);
  protected readonly loading = signal(true);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly loadingMore = signal(false);
  protected readonly moreError = signal<ApiError | null>(null);
  protected readonly fundsYear = computed(() => fundsYear(this.year()));
  /** Bumped by every (re)load: a page that arrives for an earlier load is dropped. */
  private generation = 0;

  constructor() {
    effect(() => {
      const code = this.villageCode();
      untracked(() => void this.load(code));
    });
  }

  /** Loads the next page of the village's shops and appends it. */
  protected async more(): Promise<void> {
    if (this.loadingMore()) return;
    const generation = this.generation;
    const code = this.villageCode();
    this.loadingMore.set(true);
    this.moreError.set(null);
    try {
      const page = await this.facade.shops(code, this.shops().length);
      if (generation !== this.generation) return;
      const shown = new Set(this.shops().map((shop) => shop.id));
      this.shops.update((shops) => [...shops, ...page.items.filter((shop) => !shown.has(shop.id))]);
      this.total.set(page.total);
    } catch (error) {
      if (generation === this.generation) this.moreError.set(ApiError.from(error));
    } finally {
      if (generation === this.generation) this.loadingMore.set(false);
    }
  }

  private async load(code: string): Promise<void> {
    const generation = ++this.generation;
    this.loading.set(true);
    this.loadingMore.set(false);
    this.error.set(null);
    this.moreError.set(null);
    this.villageName.set(null);
    // the village's name is only a heading: the shops show without it
    void this.registry
      .village(code)
      .then((village) => code === this.villageCode() && this.villageName.set(village?.name ?? null))
      .catch(() => undefined);
    try {
      const page = await this.facade.shops(code);
      if (generation !== this.generation) return;
      this.shops.set(page.items);
      this.total.set(page.total);
    } catch (error) {
      if (generation !== this.generation) return;
      this.shops.set([]);
      this.total.set(0);
      this.error.set(ApiError.from(error));
    } finally {
      if (generation === this.generation) this.loading.set(false);
    }
  }
}
