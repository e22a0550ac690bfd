import type { EntityManager } from 'typeorm';
import type { EntriesService, SchemeService } from '@xiangzhi/points/api';
import { redemptionsOf, villageHouseholds, yearOpenings } from '@xiangzhi/points/api';
import { householdStanding } from '@xiangzhi/points/util';
import { FundSourceValue } from '../shop.enums';

/** Income and spending (> 0) of one source, net of corrections, in fen. */
export interface SourceTotals {
  source: FundSourceValue;
  incomeFen: number;
  spendingFen: number;
}

const INCOME_KINDS = `('ALLOCATION', 'DONATION', 'COLLECTIVE_INCOME')`;

/**
 * Per source: income and spending of a village's funds ledger with `occurred_on` in [from, to] (either open),
 * a correction counted with the kind of the entry it reverses. Every source is listed (zeros included).
 */
export async function sourceTotals(
  em: EntityManager,
  villageCode: string,
  from: string | null,
  to: string | null,
): Promise<SourceTotals[]> {
  const rows = (await em.query(
    `SELECT e.source,
            COALESCE(sum(e.amount_fen) FILTER (WHERE COALESCE(o.kind, e.kind) IN ${INCOME_KINDS}), 0) AS income,
            COALESCE(-sum(e.amount_fen) FILTER (WHERE COALESCE(o.kind, e.kind) NOT IN ${INCOME_KINDS}), 0) AS spending
       FROM fund_entry e LEFT JOIN fund_entry o ON o.id = e.reversal_of
      WHERE e.village_code = $1
        AND ($2::date IS NULL OR e.occurred_on >= $2::date)
        AND ($3::date IS NULL OR e.occurred_on <= $3::date)
      GROUP BY e.source`,
    [villageCode, from, to],
  )) as Array<{ source: FundSourceValue; income: string; spending: string }>;
  const bySource = new Map(rows.map((r) => [r.source, r]));
  return Object.values(FundSourceValue).map((source) => ({
    source,
    incomeFen: Number(bySource.get(source)?.income ?? 0),
    spendingFen: Number(bySource.get(source)?.spending ?? 0),
  }));
}

/** The balance of a village's funds (all sources) at the end of `to` (or now), in fen. */
export async function balanceFen(em: EntityManager, villageCode: string, to: string | null = null): Promise<number> {
  const [r] = (await em.query(
    `SELECT COALESCE(sum(amount_fen), 0) AS b FROM fund_entry
      WHERE village_code = $1 AND ($2::date IS NULL OR occurred_on <= $2::date)`,
    [villageCode, to],
  )) as Array<{ b: string }>;
  return Number(r.b);
}

/** The village's outstanding points as of a day, and the exchange value of the scheme in force. */
export interface Outstanding {
  points: number;
  exchangeValue: { points: number; yuan: number } | null;
}

/**
 * Points the village still owes: over its participating households, what each could still exchange — its balance
 * (above the base where only points above the base are exchanged, 004), never below 0 — computed in one pass from
 * the village's approved entries, redemptions and year openings.
 */
export async function outstandingPoints(
  em: EntityManager,
  schemes: SchemeService,
  entries: EntriesService,
  villageCode: string,
  year: number,
  asOf: string,
): Promise<Outstanding> {
  const scheme = await schemes.inForceFor(em, villageCode, year);
  if (!scheme) return { points: 0, exchangeValue: null };
  const parameters = scheme.definition.parameters;
  const households = (await villageHouseholds(em, villageCode)).filter((h) => h.participating);
  if (!households.length) return { points: 0, exchangeValue: parameters.exchangeValue };
  const all = await entries.countingEntries(em, { villageCode }, year);
  const redemptions = await redemptionsOf(em, { villageCode }, year);
  const openings = new Map((await yearOpenings(em, villageCode, year)).map((o) => [o.householdId, o]));
  const entriesOf = groupBy(all, (e) => e.householdId);
  const redemptionsOfH = groupBy(redemptions, (r) => r.householdId);
  const floor = parameters.exchangeableRule === 'ABOVE_BASE' ? parameters.basePoints : 0;
  let points = 0;
  for (const h of households) {
    const s = householdStanding({
      parameters,
      household: h,
      year,
      entries: entriesOf.get(h.id) ?? [],
      redemptions: redemptionsOfH.get(h.id) ?? [],
      blackList: [],
      opening: openings.get(h.id) ?? null,
      asOf,
    });
    points += Math.max(0, s.balance - floor);
  }
  return { points, exchangeValue: parameters.exchangeValue };
}

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const t of items) {
    const k = key(t);
    const list = out.get(k);
    if (list) list.push(t);
    else out.set(k, [t]);
  }
  return out;
}

/** The quarters of a year that have begun by `today` (all four for a past year, none for a future one). */
export function quartersUpTo(year: number, today: string): Array<{ label: string; from: string; to: string }> {
  const out: Array<{ label: string; from: string; to: string }> = [];
  for (let q = 1; q <= 4; q++) {
    const from = `${year}-${String(q * 3 - 2).padStart(2, '0')}-01`;
    if (from > today) break;
    const last = new Date(Date.UTC(year, q * 3, 0)).getUTCDate();
    const end = `${year}-${String(q * 3).padStart(2, '0')}-${String(last).padStart(2, '0')}`;
    out.push({ label: `${year}年第${q}季度`, from, to: end < today ? end : today });
  }
  return out;
}
