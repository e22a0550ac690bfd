import type { CounterBasketLine, CounterGoods, CounterRedeemInput } from '@xiangzhi/shop/data-access';
import { BASKET_LIMIT, QUANTITY_LIMIT } from '@xiangzhi/shop/util';
import { newClientKey } from '@xiangzhi/shared/data-access';

/** What the basket needs of a goods item. */
export type BasketGoods = Pick<CounterGoods, 'id' | 'name' | 'unit' | 'pointsPrice' | 'stock'>;

/** A line of the basket: how many of one goods item, in the order they were added. */
export interface BasketEntry {
  readonly goodsId: string;
  readonly quantity: number;
}

/**
 * The basket at the counter. Its `clientKey` is made once per basket: kept while the operator changes quantities and
 * retries (a retry after a lost answer then replays the first exchange instead of taking points twice), and renewed
 * only by a new basket (after a success, or for another household).
 */
export interface Basket {
  readonly clientKey: string;
  readonly entries: readonly BasketEntry[];
}

/** A priced line of the basket, as the screen shows it. */
export interface BasketLine {
  readonly goods: BasketGoods;
  readonly quantity: number;
  readonly points: number;
}

/** The basket against what the household may exchange. */
export interface BasketSummary {
  readonly lines: readonly BasketLine[];
  /** Units in the basket. */
  readonly count: number;
  readonly total: number;
  /** What the household may still exchange after this basket (negative when the basket is too large). */
  readonly remaining: number;
  readonly overExchangeable: boolean;
  /** Lines asking for more than the stock. */
  readonly overStock: readonly BasketLine[];
  readonly canConfirm: boolean;
}

export function newBasket(clientKey: string = newClientKey()): Basket {
  return { clientKey, entries: [] };
}

export function quantityOf(basket: Basket, goodsId: string): number {
  return basket.entries.find((e) => e.goodsId === goodsId)?.quantity ?? 0;
}

/** Most of one goods item a basket may hold: its stock, at most the API's limit per line. */
export function maxQuantity(goods: Pick<BasketGoods, 'stock'>): number {
  return Math.max(0, Math.min(goods.stock, QUANTITY_LIMIT));
}

/** Whether one more of `goods` fits: within its stock and, for a new line, within the lines a basket may hold. */
export function canAdd(basket: Basket, goods: BasketGoods): boolean {
  const quantity = quantityOf(basket, goods.id);
  if (quantity >= maxQuantity(goods)) return false;
  return quantity > 0 || basket.entries.length < BASKET_LIMIT;
}

/** One more of `goods` (the same basket when it does not fit). The client key is kept. */
export function addOne(basket: Basket, goods: BasketGoods): Basket {
  if (!canAdd(basket, goods)) return basket;
  return withQuantity(basket, goods.id, quantityOf(basket, goods.id) + 1);
}

/** One fewer of a goods item; the line goes at zero. The client key is kept. */
export function removeOne(basket: Basket, goodsId: string): Basket {
  const quantity = quantityOf(basket, goodsId);
  return quantity > 0 ? withQuantity(basket, goodsId, quantity - 1) : basket;
}

/** The basket with a line set to `quantity` (removed at 0), in its first-added place. */
export function withQuantity(basket: Basket, goodsId: string, quantity: number): Basket {
  const q = Math.max(0, Math.floor(quantity));
  const exists = basket.entries.some((e) => e.goodsId === goodsId);
  const entries = exists
    ? basket.entries.map((e) => (e.goodsId === goodsId ? { goodsId, quantity: q } : e)).filter((e) => e.quantity > 0)
    : q > 0
      ? [...basket.entries, { goodsId, quantity: q }]
      : basket.entries;
  return { ...basket, entries };
}

/** The basket's lines priced at the goods' current prices (lines of goods no longer offered are left out). */
export function basketLines(basket: Basket, goods: readonly BasketGoods[]): BasketLine[] {
  return basket.entries.flatMap((e) => {
    const g = goods.find((item) => item.id === e.goodsId);
    return g ? [{ goods: g, quantity: e.quantity, points: g.pointsPrice * e.quantity }] : [];
  });
}

export function summarize(basket: Basket, goods: readonly BasketGoods[], exchangeable: number): BasketSummary {
  const lines = basketLines(basket, goods);
  const total = lines.reduce((sum, l) => sum + l.points, 0);
  const count = lines.reduce((sum, l) => sum + l.quantity, 0);
  const overStock = lines.filter((l) => l.quantity > l.goods.stock);
  const overExchangeable = total > exchangeable;
  return {
    lines,
    count,
    total,
    remaining: exchangeable - total,
    overExchangeable,
    overStock,
    canConfirm: lines.length > 0 && !overExchangeable && overStock.length === 0,
  };
}

/** The `redeemPoints` input: each line with the price the operator saw, so a changed price refuses the basket. */
export function redeemInput(
  basket: Basket,
  goods: readonly BasketGoods[],
  shopId: string,
  householdId: string,
): CounterRedeemInput {
  const lines: CounterBasketLine[] = basketLines(basket, goods).map((l) => ({
    goodsId: l.goods.id,
    quantity: l.quantity,
    expectedPointsPrice: l.goods.pointsPrice,
  }));
  return { shopId, householdId, clientKey: basket.clientKey, lines };
}

/** A goods item of the basket whose price differs between two loads of the goods. */
export interface PriceChange {
  readonly goodsId: string;
  readonly name: string;
  readonly before: number;
  readonly after: number;
}

/** The basket's goods whose price changed from `before` to `after` (after a refusal and a refresh). */
export function priceChanges(
  basket: Basket,
  before: readonly BasketGoods[],
  after: readonly BasketGoods[],
): PriceChange[] {
  return basket.entries.flatMap((e) => {
    const old = before.find((g) => g.id === e.goodsId);
    const now = after.find((g) => g.id === e.goodsId);
    return old && now && old.pointsPrice !== now.pointsPrice
      ? [{ goodsId: e.goodsId, name: now.name, before: old.pointsPrice, after: now.pointsPrice }]
      : [];
  });
}
