import type { ConsoleRedemption, ConsoleShop, ConsoleSixHaveInput } from '@xiangzhi/shop/data-access';

/** The 六有 of a points shop, in the order they are listed. */
export const SIX_HAVE_KEYS = ['PLACE', 'SIGN', 'PRICES', 'RULES', 'LEDGER', 'PERSON'] as const;
export type SixHaveKey = (typeof SIX_HAVE_KEYS)[number];

/** One of the 六有 as the page shows it. */
export interface SixHaveRow {
  key: SixHaveKey;
  description: string;
  photoFileId: string | null;
  /** Recorded (a description given) and not reported missing by the server. */
  present: boolean;
}

/** The six rows of a shop's 六有: what is recorded, and which are missing (the server's list is authoritative). */
export function sixHaveRows(shop: Pick<ConsoleShop, 'sixHaves' | 'sixHavesMissing'>): SixHaveRow[] {
  const missing = new Set(shop.sixHavesMissing);
  return SIX_HAVE_KEYS.map((key) => {
    const record = shop.sixHaves.find((s) => s.key === key);
    const description = record?.description ?? '';
    return {
      key,
      description,
      photoFileId: record?.photoFileId ?? null,
      present: !missing.has(key) && description.trim().length > 0,
    };
  });
}

/** How many of the six a shop has. */
export function sixHavesDone(shop: Pick<ConsoleShop, 'sixHaves' | 'sixHavesMissing'>): number {
  return sixHaveRows(shop).filter((r) => r.present).length;
}

/** The rows to save (the ones with a description), trimmed. */
export function sixHaveInputs(rows: readonly SixHaveRow[]): ConsoleSixHaveInput[] {
  return rows
    .filter((r) => r.description.trim().length > 0 || r.photoFileId)
    .map((r) => ({ key: r.key, description: r.description.trim(), photoFileId: r.photoFileId }));
}

/** A local calendar day as `YYYY-MM-DD`. */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The first and last day of the month of `day` (`YYYY-MM-DD`). */
export function monthRange(day: string): { from: string; to: string } {
  const [year, month] = day.split('-').map(Number);
  const last = new Date(year, month, 0).getDate();
  const mm = String(month).padStart(2, '0');
  return { from: `${year}-${mm}-01`, to: `${year}-${mm}-${String(last).padStart(2, '0')}` };
}

/** The `Date`s of an ISO day range (for the range picker). */
export function rangeDates(range: { from: string; to: string }): [Date, Date] {
  const toDate = (iso: string) => {
    const [y, m, d] = iso.split('-').map(Number);
    return new Date(y, m - 1, d);
  };
  return [toDate(range.from), toDate(range.to)];
}

/** The stock change a stocktake records: counted minus the ledger's stock. */
export function stocktakeAdjustment(stock: number, counted: number | null): number {
  return counted === null || !Number.isFinite(counted) ? 0 : Math.trunc(counted) - stock;
}

/** Yuan with two decimals (`¥9.50`), or a dash. */
export function formatYuan(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : `¥${value.toFixed(2)}`;
}

/** A signed quantity (`+10`, `-3`, `0`). */
export function signed(value: number): string {
  return value > 0 ? `+${value}` : String(value);
}

/** True for the reversal line of a redemption. */
export function isReversal(redemption: Pick<ConsoleRedemption, 'reversalOf'>): boolean {
  return redemption.reversalOf !== null && redemption.reversalOf !== undefined;
}

/** Only an original, not yet reversed redemption can be reversed. */
export function canReverse(redemption: Pick<ConsoleRedemption, 'reversalOf' | 'reversedBy'>): boolean {
  return !isReversal(redemption) && !redemption.reversedBy;
}

/** The goods of a redemption in one line: `洗衣粉 ×2袋、酱油 ×1瓶`. */
export function redemptionGoods(redemption: Pick<ConsoleRedemption, 'lines'>): string {
  return redemption.lines.map((l) => `${l.goodsName} ×${Math.abs(l.quantity)}${l.unit}`).join('、');
}

/** A reason is required and meaningful: at least two characters after trimming. */
export function validReason(reason: string): boolean {
  return reason.trim().length >= 2;
}

/** A whole number ≥ `min`. */
export function isWhole(value: number | null | undefined, min = 0): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min;
}

/** A money amount ≥ 0 with at most two decimals. */
export function isYuan(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && Math.round(value * 100) === value * 100;
}

/** A share (0–1) as a percentage with one decimal, for progress bars (capped at 100). */
export function sharePercent(share: number | null | undefined): number {
  if (share === null || share === undefined || !Number.isFinite(share)) return 0;
  return Math.min(100, Math.max(0, Math.round(share * 1000) / 10));
}

/** The exchange round target (a share), 30% when the scheme sets none. */
export const DEFAULT_ROUND_TARGET = 0.3;

/** The town whose rounds a region shows: the town itself, or a village's town. */
export function townOf(region: { level: string; code: string; parentCode?: string | null } | null): string | null {
  if (!region) return null;
  if (region.level === 'TOWN') return region.code;
  if (region.level === 'VILLAGE') return region.parentCode ?? null;
  return null;
}

/** This year and the four before it. */
export function recentYears(today: string): number[] {
  const year = Number(today.slice(0, 4));
  return [0, 1, 2, 3, 4].map((n) => year - n);
}

/** The source a funds entry of `kind` must carry: incomes carry their own kind, spending any source. */
export function fundSourceFor(kind: string): 'ALLOCATION' | 'DONATION' | 'COLLECTIVE_INCOME' | null {
  return kind === 'ALLOCATION' || kind === 'DONATION' || kind === 'COLLECTIVE_INCOME' ? kind : null;
}

/** How far the village's funds fall short of its points liability (0 when covered or no liability known). */
export function liabilityGap(balanceYuan: number, liabilityYuan: number | null | undefined): number {
  if (liabilityYuan === null || liabilityYuan === undefined) return 0;
  return Math.max(0, Math.round((liabilityYuan - balanceYuan) * 100) / 100);
}
