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
 * its facts, 六有, goods and prices and issue totals, then the village's funds. No household data.
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
  protected readonly villageName = signal<string | null>(null);
  protected readonly loading = signal(true);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly fundsYear = computed(() => fundsYear(this.year()));

  constructor() {
    effect(() => {
      const code = this.villageCode();
      untracked(() => void this.load(code));
    });
  }

  private async load(code: string): Promise<void> {
    this.loading.set(true);
    this.error.set(null);
    this.villageName.set(null);
    // the village's name is only a heading: the shops show without it
    void this.registry
      .village(code)
      .then((village) => code === this.villageCode() && this.villageName.set(village?.name ?? null))
      .catch(() => undefined);
    try {
      const shops = await this.facade.shops(code);
      if (code === this.villageCode()) this.shops.set(shops);
    } catch (error) {
      this.shops.set([]);
      this.error.set(ApiError.from(error));
    } finally {
      this.loading.set(false);
    }
  }
}
