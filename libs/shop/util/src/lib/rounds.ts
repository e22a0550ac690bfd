import type { ExchangeWindows } from '@xiangzhi/points/util';

/** An exchange round (兑换活动): one window of consecutive months of a year. */
export interface ExchangeRound {
  year: number;
  /** 1, 2, … within the year. */
  index: number;
  fromMonth: number;
  toMonth: number;
}

/**
 * The rounds of a year under a scheme's exchange windows: each run of consecutive window months is one round
 * (000 [6, 12] → two rounds; 004 [1, 4, 7, 10] → four). A scheme that exchanges any time (months null) has no rounds.
 */
export function exchangeRounds(windows: ExchangeWindows, year: number): ExchangeRound[] {
  if (windows.months === null) return [];
  const months = [...new Set(windows.months)].filter((m) => m >= 1 && m <= 12).sort((a, b) => a - b);
  const rounds: ExchangeRound[] = [];
  for (const m of months) {
    const last = rounds[rounds.length - 1];
    if (last && last.toMonth === m - 1) last.toMonth = m;
    else rounds.push({ year, index: rounds.length + 1, fromMonth: m, toMonth: m });
  }
  return rounds;
}

/** The round a day (YYYY-MM-DD) falls in, or null outside every window. */
export function roundOf(windows: ExchangeWindows, day: string): ExchangeRound | null {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  return exchangeRounds(windows, year).find((r) => month >= r.fromMonth && month <= r.toMonth) ?? null;
}

/** The first and last day (inclusive) of a round. */
export function roundDays(r: ExchangeRound): { from: string; to: string } {
  const pad = (n: number) => String(n).padStart(2, '0');
  const lastDay = new Date(Date.UTC(r.year, r.toMonth, 0)).getUTCDate();
  return { from: `${r.year}-${pad(r.fromMonth)}-01`, to: `${r.year}-${pad(r.toMonth)}-${pad(lastDay)}` };
}

/** A round's figures for one village. */
export interface RoundKpi {
  residentHouseholds: number;
  redeemingHouseholds: number;
  /** redeeming / resident, 4 decimals; 0 when the village has no resident households. */
  share: number;
  target: number | null;
  /** share ≥ target; null when there is no target. */
  met: boolean | null;
}

/**
 * The share of resident households that redeemed in a round (000 三(四): ≥ 30% of 常住户数). A household counts
 * when its redemptions in the round, net of reversals, took points.
 */
export function roundKpi(
  residentHouseholds: number,
  netPointsByHousehold: ReadonlyMap<string, number>,
  target: number | null,
): RoundKpi {
  const redeeming = [...netPointsByHousehold.values()].filter((p) => p > 0).length;
  const share = residentHouseholds > 0 ? Math.round((redeeming / residentHouseholds) * 10000) / 10000 : 0;
  return {
    residentHouseholds,
    redeemingHouseholds: redeeming,
    share,
    target,
    // compared unrounded: 602 of 2,007 households is 29.995%, short of 30%
    met: target === null ? null : residentHouseholds > 0 && redeeming >= target * residentHouseholds,
  };
}
