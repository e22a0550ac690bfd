import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { Router } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { isOfflineFailure } from '@xiangzhi/points/data-access';
import { parseCardPayload, QrScannerComponent } from '@xiangzhi/registry/feature-grid';
import {
  CounterGoods,
  CounterHousehold,
  CounterHouseholdKey,
  CounterRedemption,
  CounterShop,
  RedeemError,
  RedeemRefusal,
  ShopRedeemFacade,
} from '@xiangzhi/shop/data-access';
import { ApiError } from '@xiangzhi/shared/data-access';
import { EmptyStateComponent, ErrorMessageComponent } from '@xiangzhi/shared/ui';
import {
  addOne,
  Basket,
  BasketGoods,
  canAdd,
  newBasket,
  priceChanges,
  quantityOf,
  redeemInput,
  removeOne,
  summarize,
} from './basket';
import { RedeemReceiptComponent } from './redeem-receipt.component';
import { REDEEM_STYLES } from './redeem-styles';

/** A refusal of the last attempt, told to the operator with the goods' new price or stock. */
interface ConflictNotice {
  key: 'shopRedeem.conflict.priceChanged' | 'shopRedeem.conflict.outOfStock';
  params: Record<string, string | number>;
}

/** Codes that mean the household's standing changed: it is reloaded. */
const STANDING_CODES = /^(POINTS_EXCHANGE_|POINTS_NO_SCHEME|SHOP_EXCEEDS_EXCHANGEABLE|SHOP_VILLAGE_NOT_SERVED)/;

/**
 * 积分兑换 at the shop counter (grid app): pick the shop, find the household (scan its card, type the card number, or
 * search), see what it may exchange and why not, fill a basket from the goods on offer, confirm, and hand over the
 * receipt. One client key per basket, kept across retries; a refused price or stock refreshes the goods and keeps the
 * basket for a new confirmation.
 */
@Component({
  selector: 'xz-shop-redeem',
  imports: [TranslocoPipe, EmptyStateComponent, ErrorMessageComponent, QrScannerComponent, RedeemReceiptComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './shop-redeem.component.html',
  styles: [
    REDEEM_STYLES,
    `
      section + section {
        margin-top: 12px;
      }
      .goods {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(150px, 1fr));
        gap: 8px;
      }
      .goods-card {
        display: flex;
        flex-direction: column;
        gap: 4px;
        padding: 10px;
        border: 1px solid #eee;
        border-radius: 8px;
        background: #fff;
      }
      .goods-card.picked {
        border-color: #c41d7f;
      }
      .goods-card .name {
        font-weight: 600;
        overflow-wrap: anywhere;
      }
      .stepper {
        display: grid;
        grid-template-columns: 44px 1fr 44px;
        align-items: center;
        gap: 4px;
        margin-top: auto;
      }
      .stepper button {
        padding: 0;
        font-size: 20px;
      }
      .stepper output {
        text-align: center;
        font-size: 18px;
        font-weight: 600;
      }
      .total {
        font-size: 20px;
        font-weight: 700;
        color: #c41d7f;
      }
      .result {
        width: 100%;
        text-align: left;
        background: #fff;
        color: #222;
        border-color: #eee;
      }
      .backdrop {
        position: fixed;
        inset: 0;
        z-index: 10;
        display: flex;
        align-items: flex-end;
        justify-content: center;
        background: rgba(0, 0, 0, 0.45);
      }
      .dialog {
        box-sizing: border-box;
        width: 100%;
        max-width: 480px;
        max-height: 90vh;
        overflow: auto;
        padding: 16px;
        border-radius: 12px 12px 0 0;
        background: #fff;
      }
      .dialog-actions {
        display: grid;
        grid-template-columns: 1fr 1fr;
        gap: 8px;
        margin-top: 16px;
      }
    `,
  ],
})
export class ShopRedeemComponent {
  private readonly shop = inject(ShopRedeemFacade);
  private readonly router = inject(Router);

  /** Route parameter `:shopId` (absent on `/shop`). */
  readonly shopId = input<string | undefined>(undefined);

  protected readonly shops = signal<CounterShop[]>([]);
  protected readonly shopsLoaded = signal(false);
  protected readonly selectedShopId = signal<string | null>(null);
  protected readonly goods = signal<CounterGoods[]>([]);
  protected readonly goodsLoaded = signal(false);

  protected readonly scanning = signal(false);
  protected readonly cardText = signal('');
  protected readonly cardInvalid = signal(false);
  protected readonly searchText = signal('');
  protected readonly searched = signal(false);
  protected readonly results = signal<CounterHousehold[]>([]);
  protected readonly looking = signal(false);

  protected readonly household = signal<CounterHousehold | null>(null);
  protected readonly basket = signal<Basket>(newBasket());
  protected readonly confirming = signal(false);
  protected readonly submitting = signal(false);
  protected readonly receipt = signal<CounterRedemption | null>(null);
  protected readonly conflicts = signal<ConflictNotice[]>([]);
  protected readonly refreshed = signal(false);
  protected readonly offline = signal(false);
  protected readonly error = signal<ApiError | null>(null);

  protected readonly summary = computed(() =>
    summarize(this.basket(), this.goods(), this.household()?.exchangeable ?? 0),
  );

  constructor() {
    void this.loadShops();
    effect(() => {
      const id = this.shopId() ?? null;
      untracked(() => {
        if (id && id !== this.selectedShopId()) this.useShop(id);
      });
    });
  }

  protected value(event: Event): string {
    return (event.target as HTMLInputElement | HTMLSelectElement).value;
  }

  protected pickShop(id: string): void {
    if (!id || id === this.selectedShopId()) return;
    this.useShop(id);
    void this.router.navigate(['/shop', id], { replaceUrl: true });
  }

  protected setCard(event: Event): void {
    this.cardText.set(this.value(event));
    this.cardInvalid.set(false);
  }

  protected submitCard(event: Event): void {
    event.preventDefault();
    const cardNumber = parseCardPayload(this.cardText());
    if (!cardNumber) {
      this.cardInvalid.set(this.cardText().trim() !== '');
      return;
    }
    this.cardText.set(cardNumber);
    void this.lookUp({ cardNumber });
  }

  protected scanned(cardNumber: string): void {
    this.scanning.set(false);
    this.cardText.set(cardNumber);
    void this.lookUp({ cardNumber });
  }

  protected async submitSearch(event: Event): Promise<void> {
    event.preventDefault();
    const shopId = this.selectedShopId();
    const text = this.searchText().trim();
    if (!shopId || !text) return;
    await this.attempt(async () => {
      this.results.set(await this.shop.search(shopId, text));
      this.searched.set(true);
    });
  }

  protected pickResult(household: CounterHousehold): void {
    this.showHousehold(household);
  }

  protected changeHousehold(): void {
    this.household.set(null);
    this.basket.set(newBasket());
    this.conflicts.set([]);
    this.error.set(null);
  }

  protected quantity(goodsId: string): number {
    return quantityOf(this.basket(), goodsId);
  }

  protected canAdd(goods: BasketGoods): boolean {
    return canAdd(this.basket(), goods);
  }

  protected plus(goods: BasketGoods): void {
    this.basket.update((b) => addOne(b, goods));
  }

  protected minus(goods: BasketGoods): void {
    this.basket.update((b) => removeOne(b, goods.id));
  }

  protected clearBasket(): void {
    // the same basket emptied: its key stays until an exchange succeeds
    this.basket.update((b) => ({ ...b, entries: [] }));
  }

  protected openConfirm(): void {
    if (this.summary().canConfirm) this.confirming.set(true);
  }

  protected closeConfirm(): void {
    if (!this.submitting()) this.confirming.set(false);
  }

  protected async confirm(): Promise<void> {
    const shopId = this.selectedShopId();
    const household = this.household();
    if (!shopId || !household || !this.summary().canConfirm || this.submitting()) return;
    this.error.set(null);
    this.offline.set(false);
    this.conflicts.set([]);
    this.refreshed.set(false);
    this.submitting.set(true);
    try {
      const redemption = await this.shop.redeem(
        redeemInput(this.basket(), this.goods(), shopId, household.householdId),
      );
      this.receipt.set(redemption);
      this.basket.set(newBasket());
      this.confirming.set(false);
      void this.reloadGoods();
    } catch (error) {
      this.confirming.set(false);
      await this.refused(error);
    } finally {
      this.submitting.set(false);
    }
  }

  /** 继续兑换: back to finding the next household, with a fresh basket. */
  protected next(): void {
    this.receipt.set(null);
    this.household.set(null);
    this.basket.set(newBasket());
    this.cardText.set('');
    this.searchText.set('');
    this.results.set([]);
    this.searched.set(false);
    this.conflicts.set([]);
    this.refreshed.set(false);
    this.error.set(null);
  }

  protected blockParams(household: CounterHousehold): Record<string, string | number> {
    return {
      windowLabel: household.windowLabel ?? '',
      threshold: household.threshold,
      basePoints: household.basePoints,
    };
  }

  private useShop(id: string): void {
    this.selectedShopId.set(id);
    this.goods.set([]);
    this.goodsLoaded.set(false);
    this.results.set([]);
    this.searched.set(false);
    this.receipt.set(null);
    this.changeHousehold();
    void this.reloadGoods();
  }

  private async loadShops(): Promise<void> {
    await this.attempt(async () => {
      const shops = await this.shop.shops();
      this.shops.set(shops);
      const active = shops.filter((s) => s.active);
      if (!this.selectedShopId() && !this.shopId() && active.length === 1) this.pickShop(active[0].id);
    });
    this.shopsLoaded.set(true);
  }

  private async reloadGoods(): Promise<CounterGoods[]> {
    const shopId = this.selectedShopId();
    if (!shopId) return [];
    let goods: CounterGoods[] = this.goods();
    await this.attempt(async () => {
      goods = await this.shop.goods(shopId);
      if (this.selectedShopId() === shopId) this.goods.set(goods);
    });
    this.goodsLoaded.set(true);
    return goods;
  }

  private async lookUp(key: CounterHouseholdKey): Promise<void> {
    const shopId = this.selectedShopId();
    if (!shopId) return;
    this.looking.set(true);
    await this.attempt(async () => this.showHousehold(await this.shop.household(shopId, key)));
    this.looking.set(false);
  }

  private showHousehold(household: CounterHousehold): void {
    const same = this.household()?.householdId === household.householdId;
    this.household.set(household);
    if (!same) this.basket.set(newBasket());
    this.receipt.set(null);
    this.error.set(null);
    this.conflicts.set([]);
  }

  /** A refused basket: price or stock refusals refresh the goods (the basket is kept); others are shown as coded. */
  private async refused(error: unknown): Promise<void> {
    if (isOfflineFailure(error)) {
      this.offline.set(true);
      return;
    }
    const apiError = ApiError.from(error);
    const refusals: readonly RedeemRefusal[] = error instanceof RedeemError ? error.refusals : [];
    const goodsRefusals = refusals.filter((r) => r.code === 'SHOP_PRICE_CHANGED' || r.code === 'SHOP_OUT_OF_STOCK');
    if (goodsRefusals.length || apiError.code === 'SHOP_PRICE_CHANGED' || apiError.code === 'SHOP_OUT_OF_STOCK') {
      const before = this.goods();
      const after = await this.reloadGoods();
      this.conflicts.set(this.conflictNotices(goodsRefusals, before, after));
      this.refreshed.set(true);
      return;
    }
    this.error.set(apiError);
    const household = this.household();
    const shopId = this.selectedShopId();
    if (household && shopId && STANDING_CODES.test(apiError.code)) {
      try {
        const fresh = await this.shop.household(shopId, { householdId: household.householdId });
        this.household.set(fresh);
      } catch {
        // the coded error is already shown
      }
    }
  }

  private conflictNotices(
    refusals: readonly RedeemRefusal[],
    before: readonly CounterGoods[],
    after: readonly CounterGoods[],
  ): ConflictNotice[] {
    const nameOf = (id: string | undefined, fallback?: string) =>
      after.find((g) => g.id === id)?.name ?? fallback ?? '';
    const notices: ConflictNotice[] = [];
    const priced = new Set<string>();
    for (const r of refusals) {
      if (r.code === 'SHOP_PRICE_CHANGED') {
        const now = after.find((g) => g.id === r.goodsId)?.pointsPrice ?? r.pointsPrice ?? 0;
        priced.add(r.goodsId ?? '');
        notices.push({
          key: 'shopRedeem.conflict.priceChanged',
          params: { name: nameOf(r.goodsId, r.name), points: now },
        });
      } else {
        const stock = after.find((g) => g.id === r.goodsId)?.stock ?? r.stock ?? 0;
        notices.push({ key: 'shopRedeem.conflict.outOfStock', params: { name: nameOf(r.goodsId, r.name), stock } });
      }
    }
    // prices seen changed on the refresh that the API did not list (only its first refusal may have come)
    for (const change of priceChanges(this.basket(), before, after)) {
      if (!priced.has(change.goodsId)) {
        notices.push({ key: 'shopRedeem.conflict.priceChanged', params: { name: change.name, points: change.after } });
      }
    }
    return notices;
  }

  /** Runs a call; a failure is shown (offline or coded) and swallowed. */
  private async attempt(call: () => Promise<void>): Promise<void> {
    this.error.set(null);
    this.offline.set(false);
    try {
      await call();
    } catch (error) {
      if (isOfflineFailure(error)) this.offline.set(true);
      else this.error.set(ApiError.from(error));
    }
  }
}
