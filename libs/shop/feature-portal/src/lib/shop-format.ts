import { SIX_HAVES, SixHave } from '@xiangzhi/shop/util';

/** A translation key with its parameters. */
export interface TextKey {
  key: string;
  params: Record<string, string | number>;
}

/** A period as the API sends it: its own label and, where known, its first and last day (YYYY-MM-DD). */
export interface PeriodLike {
  label?: string | null;
  from?: string | null;
  to?: string | null;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseDate(value: string | null | undefined): { year: number; month: number; day: number } | null {
  const match = DATE.exec((value ?? '').slice(0, 10));
  if (!match) return null;
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

function lastDayOf(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The label of a period from its days: 2026年第1季度, 2026年上半年, 2026年全年, 2026年3月, else the months or the two
 * days; the API's own label when the days are missing.
 */
export function periodLabel(period: PeriodLike): TextKey {
  const from = parseDate(period.from);
  const to = parseDate(period.to);
  if (!from || !to) {
    return period.label
      ? { key: 'shopPortal.period.label', params: { label: period.label } }
      : { key: 'shopPortal.period.unknown', params: {} };
  }
  const wholeMonths = from.year === to.year && from.day === 1 && to.day === lastDayOf(to.year, to.month);
  if (!wholeMonths || to.month < from.month) {
    return { key: 'shopPortal.period.range', params: { from: period.from ?? '', to: period.to ?? '' } };
  }
  const year = from.year;
  const [first, last] = [from.month, to.month];
  if (last - first === 2 && first % 3 === 1) {
    return { key: 'shopPortal.period.quarter', params: { year, quarter: (first + 2) / 3 } };
  }
  if (first === 1 && last === 12) return { key: 'shopPortal.period.year', params: { year } };
  if (first === 1 && last === 6) return { key: 'shopPortal.period.firstHalf', params: { year } };
  if (first === 7 && last === 12) return { key: 'shopPortal.period.secondHalf', params: { year } };
  if (first === last) return { key: 'shopPortal.period.month', params: { year, month: first } };
  return { key: 'shopPortal.period.months', params: { year, from: first, to: last } };
}

/** An amount in yuan with thousands separators and two decimals: ¥1,234.50, −¥20.00 (a true minus sign); — if unknown. */
export function formatYuan(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const cents = Math.round(Math.abs(value) * 100);
  const yuan = Math.floor(cents / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const fen = String(cents % 100).padStart(2, '0');
  return `${cents > 0 && value < 0 ? '−' : ''}¥${yuan}.${fen}`;
}

/** A whole number with thousands separators (counts and points): 12,345. */
export function formatCount(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return Math.round(value)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** By how much the points liability exceeds the funds balance (in yuan, to the fen); 0 when covered or not known. */
export function liabilityShortfall(
  balanceYuan: number | null | undefined,
  liabilityYuan: number | null | undefined,
): number {
  if (liabilityYuan === null || liabilityYuan === undefined || !Number.isFinite(liabilityYuan)) return 0;
  const gap = Math.round(liabilityYuan * 100) - Math.round((balanceYuan ?? 0) * 100);
  return gap > 0 ? gap / 100 : 0;
}

/** One line of a shop's 六有 checklist. */
export interface SixHaveLine {
  key: string;
  /** Translation key of the standard wording (the six of the scheme), else null and `label` is shown. */
  labelKey: string | null;
  label: string;
  met: boolean;
  description: string;
}

/**
 * A shop's 六有 checklist: the six in the scheme's order, each met (a description recorded) or not (未落实), then any
 * other item the record carries.
 */
export function sixHaveChecklist(
  records: readonly { key: string; label?: string | null; description?: string | null }[],
): SixHaveLine[] {
  const byKey = new Map(records.map((r) => [r.key, r]));
  const line = (key: string, standard: boolean): SixHaveLine => {
    const record = byKey.get(key);
    const description = (record?.description ?? '').trim();
    return {
      key,
      labelKey: standard ? `shopPortal.sixHaves.${key}` : null,
      label: record?.label ?? key,
      met: description !== '',
      description,
    };
  };
  const standard = SIX_HAVES.map((key) => line(key, true));
  const others = records
    .filter((r) => !(SIX_HAVES as readonly string[]).includes(r.key))
    .map((r) => line(r.key, false));
  return [...standard, ...others];
}

/** How many of the six standard items are met. */
export function sixHavesMet(lines: readonly SixHaveLine[]): number {
  return lines.filter((l) => l.met && (SIX_HAVES as readonly string[]).includes(l.key as SixHave)).length;
}

/** The year shown on the funds section: the `year` query parameter when sensible, else the current year. */
export function fundsYear(value: string | number | null | undefined, now: Date = new Date()): number {
  const current = now.getFullYear();
  const year = typeof value === 'number' ? value : Number(String(value ?? '').trim());
  return Number.isInteger(year) && year >= 2000 && year <= current + 1 && String(value ?? '').trim() !== ''
    ? year
    : current;
}
