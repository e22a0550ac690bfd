/** Kinds of stock movements (入库台账 and what takes or returns stock). */
export const STOCK_MOVEMENT_KINDS = ['STOCK_IN', 'REDEMPTION', 'REVERSAL', 'STOCKTAKE'] as const;
export type StockMovementKind = (typeof STOCK_MOVEMENT_KINDS)[number];

/** A stock movement as the ledgers keep it: `quantity` signed (out < 0). */
export interface StockMovement {
  goodsId: string;
  kind: StockMovementKind;
  quantity: number;
}

/** Stock per goods = the sum of its movements (stock is never stored apart from the ledgers). */
export function stockOf(movements: readonly StockMovement[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of movements) out.set(m.goodsId, (out.get(m.goodsId) ?? 0) + m.quantity);
  return out;
}

/** Kinds of funds ledger entries (经费台账). Income is positive, spending negative. */
export const FUND_ENTRY_KINDS = [
  'ALLOCATION',
  'DONATION',
  'COLLECTIVE_INCOME',
  'STOCK_PURCHASE',
  'OTHER_SPENDING',
  'CORRECTION',
] as const;
export type FundEntryKind = (typeof FUND_ENTRY_KINDS)[number];

/** Sources money comes from: what a stock-in is charged to. */
export const FUND_SOURCES = ['ALLOCATION', 'DONATION', 'COLLECTIVE_INCOME'] as const;
export type FundSource = (typeof FUND_SOURCES)[number];

/** The sign a fund entry kind must carry; CORRECTION may carry either (it reverses an entry). */
export function fundSign(kind: FundEntryKind): 1 | -1 | 0 {
  if (kind === 'ALLOCATION' || kind === 'DONATION' || kind === 'COLLECTIVE_INCOME') return 1;
  if (kind === 'STOCK_PURCHASE' || kind === 'OTHER_SPENDING') return -1;
  return 0;
}

/** Yuan amounts are kept in fen (integer cents) so that sums are exact. */
export function yuanToFen(yuan: number): number {
  return Math.round(yuan * 100);
}

/** Fen as yuan (2 decimals). */
export function fenToYuan(fen: number): number {
  return Math.round(fen) / 100;
}

/**
 * The village's liability (负债): points outstanding × exchange value, in fen. `points/yuan` is the scheme's
 * exchange value (000: 10 points ≈ 1.2 yuan). Without an exchange value the liability cannot be stated (null).
 */
export function liabilityFen(
  outstandingPoints: number,
  exchangeValue: { points: number; yuan: number } | null,
): number | null {
  if (!exchangeValue || exchangeValue.points <= 0) return null;
  return Math.round((Math.max(0, outstandingPoints) * exchangeValue.yuan * 100) / exchangeValue.points);
}

/** Funds left and liability side by side, and whether the liability exceeds the funds (the village page warns). */
export function fundsCover(balanceFen: number, liability: number | null): { shortfallFen: number; warning: boolean } {
  if (liability === null) return { shortfallFen: 0, warning: false };
  const shortfall = Math.max(0, liability - balanceFen);
  return { shortfallFen: shortfall, warning: shortfall > 0 };
}
