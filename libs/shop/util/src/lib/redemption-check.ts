import type { ExchangeBlock } from '@xiangzhi/points/util';
import type { ShopPolicy } from './shop-policy';

/** A line of a basket as the operator built it. */
export interface BasketLine {
  goodsId: string;
  quantity: number;
  /** The points price the operator's screen showed; a different current price refuses the basket (SHOP_PRICE_CHANGED). */
  expectedPointsPrice?: number | null;
}

/** A goods item as the check sees it, with its current price and stock. */
export interface GoodsView {
  id: string;
  shopId: string;
  name: string;
  active: boolean;
  cashLike: boolean;
  pointsPrice: number;
  stock: number;
}

/** What the policy engine says the household may exchange today. */
export interface ExchangeStanding {
  schemeInForce: boolean;
  exchangeable: number;
  blocks: readonly ExchangeBlock[];
}

export interface RedemptionCheckInput {
  shopId: string;
  servedVillageCodes: readonly string[];
  householdVillageCode: string;
  standing: ExchangeStanding;
  lines: readonly BasketLine[];
  goods: ReadonlyMap<string, GoodsView>;
  policy: ShopPolicy;
}

/** A priced line of an accepted basket. */
export interface PricedLine {
  goodsId: string;
  quantity: number;
  pointsPrice: number;
  points: number;
}

/** Every coded reason a redemption is refused (the API raises the first one). */
export type RedemptionRefusal =
  | { code: 'SHOP_BASKET_EMPTY' }
  | { code: 'SHOP_BASKET_TOO_LARGE' }
  | { code: 'SHOP_QUANTITY_INVALID'; goodsId: string }
  | { code: 'SHOP_VILLAGE_NOT_SERVED' }
  | { code: 'POINTS_NO_SCHEME_IN_FORCE' }
  | { code: `POINTS_EXCHANGE_${ExchangeBlock}` }
  | { code: 'SHOP_GOODS_NOT_FOUND'; goodsId: string }
  | { code: 'SHOP_GOODS_INACTIVE'; goodsId: string; name: string }
  | { code: 'SHOP_GOODS_CASH_FORBIDDEN'; goodsId: string; name: string }
  | { code: 'SHOP_PRICE_CHANGED'; goodsId: string; name: string; pointsPrice: number }
  | { code: 'SHOP_OUT_OF_STOCK'; goodsId: string; name: string; stock: number }
  | { code: 'SHOP_EXCEEDS_EXCHANGEABLE'; total: number; exchangeable: number };

export type RedemptionCheck =
  { ok: true; lines: PricedLine[]; total: number } | { ok: false; refusals: RedemptionRefusal[] };

/** Most lines one basket may hold. */
export const BASKET_LIMIT = 50;
/** Most of one goods item in one line. */
export const QUANTITY_LIMIT = 999;

/** Lines of the same goods merged into one (quantities added, the first expected price kept), in first-seen order. */
export function mergeLines(lines: readonly BasketLine[]): BasketLine[] {
  const byId = new Map<string, BasketLine>();
  for (const l of lines) {
    const seen = byId.get(l.goodsId);
    if (seen) seen.quantity += l.quantity;
    else byId.set(l.goodsId, { ...l });
  }
  return [...byId.values()];
}

/**
 * Whether a basket may be redeemed now, and its priced lines. Checks, in order: the basket itself, the village the
 * shop serves, the scheme (window, threshold, black list, above base — from the policy engine's blocks), the goods
 * (in this shop, active, not cash-like where forbidden, price as shown), the stock, and the exchangeable amount.
 * Every refusal found is listed; nothing is taken unless the list is empty.
 */
export function checkRedemption(input: RedemptionCheckInput): RedemptionCheck {
  const refusals: RedemptionRefusal[] = [];
  const lines = mergeLines(input.lines);
  if (lines.length === 0) refusals.push({ code: 'SHOP_BASKET_EMPTY' });
  if (lines.length > BASKET_LIMIT) refusals.push({ code: 'SHOP_BASKET_TOO_LARGE' });
  // each line whole and > 0; the limit checked after merging (600 + 600 of one goods is one line of 1200)
  const bad = new Set<string>();
  for (const l of input.lines) if (!Number.isInteger(l.quantity) || l.quantity <= 0) bad.add(l.goodsId);
  for (const l of lines) if (l.quantity > QUANTITY_LIMIT) bad.add(l.goodsId);
  for (const goodsId of bad) refusals.push({ code: 'SHOP_QUANTITY_INVALID', goodsId });
  if (!input.servedVillageCodes.includes(input.householdVillageCode))
    refusals.push({ code: 'SHOP_VILLAGE_NOT_SERVED' });
  if (!input.standing.schemeInForce) refusals.push({ code: 'POINTS_NO_SCHEME_IN_FORCE' });
  for (const b of input.standing.blocks) refusals.push({ code: `POINTS_EXCHANGE_${b}` });

  const priced: PricedLine[] = [];
  for (const l of lines) {
    const g = input.goods.get(l.goodsId);
    if (!g || g.shopId !== input.shopId) {
      refusals.push({ code: 'SHOP_GOODS_NOT_FOUND', goodsId: l.goodsId });
      continue;
    }
    if (!g.active) refusals.push({ code: 'SHOP_GOODS_INACTIVE', goodsId: g.id, name: g.name });
    if (g.cashLike && input.policy.forbidsCash)
      refusals.push({ code: 'SHOP_GOODS_CASH_FORBIDDEN', goodsId: g.id, name: g.name });
    if (l.expectedPointsPrice != null && l.expectedPointsPrice !== g.pointsPrice) {
      refusals.push({ code: 'SHOP_PRICE_CHANGED', goodsId: g.id, name: g.name, pointsPrice: g.pointsPrice });
    }
    if (l.quantity > g.stock) refusals.push({ code: 'SHOP_OUT_OF_STOCK', goodsId: g.id, name: g.name, stock: g.stock });
    priced.push({
      goodsId: g.id,
      quantity: l.quantity,
      pointsPrice: g.pointsPrice,
      points: g.pointsPrice * l.quantity,
    });
  }
  const total = priced.reduce((s, l) => s + l.points, 0);
  const blocked = !input.standing.schemeInForce || input.standing.blocks.length > 0;
  if (!blocked && total > input.standing.exchangeable) {
    refusals.push({ code: 'SHOP_EXCEEDS_EXCHANGEABLE', total, exchangeable: input.standing.exchangeable });
  }
  return refusals.length > 0 ? { ok: false, refusals } : { ok: true, lines: priced, total };
}

/** The points price of a goods item exchanged at cost (004): cost (yuan) × points per yuan, rounded up. */
export function costPointsPrice(
  costFen: number,
  exchangeValue: { points: number; yuan: number } | null,
): number | null {
  if (!exchangeValue || exchangeValue.yuan <= 0) return null;
  return Math.ceil((costFen * exchangeValue.points) / (exchangeValue.yuan * 100) - 1e-9);
}
