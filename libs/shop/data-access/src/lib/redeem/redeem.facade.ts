import { inject, Injectable } from '@angular/core';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ApiError, FileApi } from '@xiangzhi/shared/data-access';
import { firstValueFrom } from 'rxjs';
import {
  BasketLineInput,
  CounterGoodsFragment,
  CounterHouseholdFragment,
  CounterRedeemPointsGQL,
  CounterRedemptionFragment,
  CounterRedemptionGQL,
  CounterSearchHouseholdsGQL,
  CounterShopFragment,
  CounterShopGoodsGQL,
  CounterShopHouseholdGQL,
  CounterShopsGQL,
  RedeemInput,
} from '../generated/graphql';

export type CounterShop = CounterShopFragment;
export type CounterGoods = CounterGoodsFragment;
export type CounterHousehold = CounterHouseholdFragment;
export type CounterRedemption = CounterRedemptionFragment;
export type CounterRedeemInput = RedeemInput;
export type CounterBasketLine = BasketLineInput;

/** Shops an operator can pick from (an operator is bound to one or a few; an admin sees the region's). */
export const COUNTER_SHOPS_LIMIT = 100;
/** Goods shown at the counter (a village shop stocks some tens). */
export const COUNTER_GOODS_LIMIT = 100;

/** How a household is looked up at the counter: its card number (typed or scanned) or its id (from a search). */
export type CounterHouseholdKey = { cardNumber: string } | { householdId: string };

/** The two receipt formats served at `/api/shop/redemptions/<id>/receipt.<format>`. */
export type ReceiptFormat = 'pdf' | 'html';

/** The path of a redemption's receipt (fetched with the bearer token through `FileApi`). */
export function receiptPath(redemptionId: string, format: ReceiptFormat): string {
  return `/api/shop/redemptions/${encodeURIComponent(redemptionId)}/receipt.${format}`;
}

/**
 * Why a basket was refused, as the API details it (`extensions` of the error): the goods concerned, the current price
 * (SHOP_PRICE_CHANGED), the stock left (SHOP_OUT_OF_STOCK) or the total and what may be exchanged.
 */
export interface RedeemRefusal {
  code: string;
  goodsId?: string;
  name?: string;
  pointsPrice?: number;
  stock?: number;
  total?: number;
  exchangeable?: number;
}

/** A refused or failed redemption: the coded error (shown through the error pipe) and every refusal the API gave. */
export class RedeemError extends ApiError {
  constructor(
    error: ApiError,
    readonly refusals: readonly RedeemRefusal[],
  ) {
    super(error.code, error.kind, error.fields, error.message);
    this.name = 'RedeemError';
  }
}

/** The refusals in a failed `redeemPoints` (`extensions.refusals`, else the first error's own details). */
export function redeemRefusals(error: unknown): RedeemRefusal[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  const extensions = error.errors[0]?.extensions ?? {};
  const list = Array.isArray(extensions['refusals']) ? (extensions['refusals'] as unknown[]) : [extensions];
  return list.flatMap((item) => {
    const refusal = toRefusal(item);
    return refusal ? [refusal] : [];
  });
}

function toRefusal(value: unknown): RedeemRefusal | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  if (typeof v['code'] !== 'string') return null;
  const refusal: RedeemRefusal = { code: v['code'] };
  if (typeof v['goodsId'] === 'string') refusal.goodsId = v['goodsId'];
  if (typeof v['name'] === 'string') refusal.name = v['name'];
  for (const key of ['pointsPrice', 'stock', 'total', 'exchangeable'] as const) {
    if (typeof v[key] === 'number') refusal[key] = v[key] as number;
  }
  return refusal;
}

async function run<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw ApiError.from(error);
  }
}

/**
 * The shop counter of the grid app: the operator's shops, a shop's goods (price and stock), a household as the counter
 * sees it (what it may exchange and why not), the exchange itself (idempotent by `clientKey`) and its receipt.
 */
@Injectable({ providedIn: 'root' })
export class ShopRedeemFacade {
  private readonly shopsGql = inject(CounterShopsGQL);
  private readonly goodsGql = inject(CounterShopGoodsGQL);
  private readonly householdGql = inject(CounterShopHouseholdGQL);
  private readonly searchGql = inject(CounterSearchHouseholdsGQL);
  private readonly redemptionGql = inject(CounterRedemptionGQL);
  private readonly redeemGql = inject(CounterRedeemPointsGQL);
  private readonly files = inject(FileApi);

  /** The shops the signed-in user may work at (active ones first, as the API orders them). */
  async shops(): Promise<CounterShop[]> {
    const result = await run(() =>
      firstValueFrom(this.shopsGql.fetch({ variables: { first: COUNTER_SHOPS_LIMIT, offset: 0 } })),
    );
    return result.data?.shops.items ?? [];
  }

  /** The shop's active goods with their current points price and stock (always fresh: prices and stock change). */
  async goods(shopId: string): Promise<CounterGoods[]> {
    const result = await run(() =>
      firstValueFrom(
        this.goodsGql.fetch({
          variables: { shopId, first: COUNTER_GOODS_LIMIT, offset: 0 },
          fetchPolicy: 'network-only',
        }),
      ),
    );
    return result.data?.shopGoods.items ?? [];
  }

  /** One household at the counter, by card number or id: balance, what it may exchange now and why not. */
  async household(shopId: string, key: CounterHouseholdKey): Promise<CounterHousehold> {
    const variables =
      'cardNumber' in key
        ? { shopId, cardNumber: key.cardNumber.trim(), householdId: null }
        : { shopId, cardNumber: null, householdId: key.householdId };
    const result = await run(() => firstValueFrom(this.householdGql.fetch({ variables, fetchPolicy: 'network-only' })));
    const household = result.data?.shopHousehold;
    if (!household) throw new ApiError('HOUSEHOLD_NOT_FOUND', 'NOT_FOUND');
    return household;
  }

  /** Households of the served villages by card number or head's name (at most 20); none for blank text. */
  async search(shopId: string, text: string): Promise<CounterHousehold[]> {
    const trimmed = text.trim();
    if (!trimmed) return [];
    const result = await run(() =>
      firstValueFrom(this.searchGql.fetch({ variables: { shopId, text: trimmed }, fetchPolicy: 'network-only' })),
    );
    return result.data?.searchShopHouseholds ?? [];
  }

  /** A redemption (for its receipt). */
  async redemption(id: string): Promise<CounterRedemption> {
    const result = await run(() => firstValueFrom(this.redemptionGql.fetch({ variables: { id } })));
    const redemption = result.data?.redemption;
    if (!redemption) throw new ApiError('SHOP_REDEMPTION_NOT_FOUND', 'NOT_FOUND');
    return redemption;
  }

  /**
   * Exchanges the basket: points and stock taken in one transaction. A repeat with the same `clientKey` answers the
   * first redemption and takes nothing more. A refusal is a `RedeemError` carrying every refusal of the API.
   */
  async redeem(input: CounterRedeemInput): Promise<CounterRedemption> {
    let redemption: CounterRedemption | undefined;
    try {
      const result = await firstValueFrom(this.redeemGql.mutate({ variables: { input } }));
      redemption = result.data?.redeemPoints;
    } catch (error) {
      throw new RedeemError(ApiError.from(error), redeemRefusals(error));
    }
    if (!redemption) throw new ApiError('UNKNOWN');
    return redemption;
  }

  /** The receipt's HTML page (self-contained, 80 mm wide) for the browser's print dialog. */
  async receiptHtml(redemptionId: string): Promise<string> {
    const blob = await this.files.getBlob(receiptPath(redemptionId, 'html'));
    return blob.text();
  }

  /** Downloads the receipt as a PDF named after its receipt number. */
  async downloadReceiptPdf(redemption: Pick<CounterRedemption, 'id' | 'receiptNumber'>): Promise<void> {
    const blob = await this.files.getBlob(receiptPath(redemption.id, 'pdf'));
    this.files.saveBlob(blob, `${redemption.receiptNumber}.pdf`);
  }
}
