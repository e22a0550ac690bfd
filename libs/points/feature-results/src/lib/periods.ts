import type { Period } from '@xiangzhi/points/util';

/** A translation key and its parameters (rendered with the `transloco` pipe or service). */
export interface TextKey {
  key: string;
  params: Record<string, number | string>;
}

/** The publication periods of a year under a cadence (months, aligned to January): 3 → four quarters. */
export function cadencePeriods(year: number, cadenceMonths: number): Period[] {
  if (!Number.isInteger(cadenceMonths) || cadenceMonths < 1 || cadenceMonths > 12) return [];
  const periods: Period[] = [];
  for (let fromMonth = 1; fromMonth <= 12; fromMonth += cadenceMonths) {
    periods.push({ year, fromMonth, toMonth: Math.min(12, fromMonth + cadenceMonths - 1) });
  }
  return periods;
}

/** The year and month (1–12) of an ISO date `YYYY-MM-DD`. */
export function yearMonth(isoDate: string): { year: number; month: number } {
  return { year: Number(isoDate.slice(0, 4)), month: Number(isoDate.slice(5, 7)) };
}

/** Periods of `year` that have begun by `today` (the API refuses to publish a period not begun). */
export function startedPeriods(year: number, cadenceMonths: number, today: string): Period[] {
  const now = yearMonth(today);
  return cadencePeriods(year, cadenceMonths).filter(
    (p) => p.year < now.year || (p.year === now.year && p.fromMonth <= now.month),
  );
}

/** The period to offer first: the latest begun period of `year` not yet published, else the latest begun one. */
export function defaultPeriod(periods: readonly Period[], published: ReadonlySet<string>): Period | null {
  const open = periods.filter((p) => !published.has(periodKey(p)));
  return open.at(-1) ?? periods.at(-1) ?? null;
}

/** A stable key of a period (`2026-10`). */
export function periodKey(period: Pick<Period, 'year' | 'fromMonth'>): string {
  return `${period.year}-${period.fromMonth}`;
}

/** How a period reads: 2026年第4季度, 2026年10月, 2026年上半年, 2026年全年, or 2026年1—2月. */
export function periodText(period: Period): TextKey {
  const { year, fromMonth, toMonth } = period;
  const span = toMonth - fromMonth + 1;
  if (span === 12) return { key: 'pointsResults.period.wholeYear', params: { year } };
  if (span === 1) return { key: 'pointsResults.period.month', params: { year, n: fromMonth } };
  if (span === 3 && (fromMonth - 1) % 3 === 0)
    return { key: 'pointsResults.period.quarter', params: { year, n: (fromMonth + 2) / 3 } };
  if (span === 6 && fromMonth === 1) return { key: 'pointsResults.period.firstHalf', params: { year } };
  if (span === 6 && fromMonth === 7) return { key: 'pointsResults.period.secondHalf', params: { year } };
  return { key: 'pointsResults.period.months', params: { year, from: fromMonth, to: toMonth } };
}

/** Ranking periods a user picks from: the whole year, then its four quarters. */
export function rankingPeriods(year: number): { fromMonth: number | null; toMonth: number | null; text: TextKey }[] {
  return [
    { fromMonth: null, toMonth: null, text: { key: 'pointsResults.period.wholeYearOption', params: {} } },
    ...cadencePeriods(year, 3).map((p) => ({ fromMonth: p.fromMonth, toMonth: p.toMonth, text: periodText(p) })),
  ];
}

/** Whether a board still takes objections on `today` (the window's last day included). */
export function objectionOpen(objectionUntil: string, today: string): boolean {
  return today <= objectionUntil;
}

/** The first 12 hex digits of a hash, for tables. */
export function shortHash(hash: string | null | undefined): string {
  return hash ? hash.slice(0, 12) : '';
}

/** Years a picker offers: this year and the four before, newest first. */
export function recentYears(today: string, count = 5): number[] {
  const year = yearMonth(today).year;
  return Array.from({ length: count }, (_, i) => year - i);
}

/** Today as `YYYY-MM-DD` in local time. */
export function todayIso(now: Date = new Date()): string {
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${m}-${d}`;
}

/** A trimmed text of at least `min` characters, or null. */
export function reasonText(value: string, min = 2): string | null {
  const text = value.trim();
  return text.length >= min ? text : null;
}
