/**
 * The policy engine. Pure functions: from a scheme's parameters, approved entries, redemptions and black-list
 * records they compute standings, rankings, exchangeable amounts and year close. The API and the web apps use these
 * and nothing else for the rules of DOMAIN.md §3. No I/O, no Node-only API: the Angular apps import it too.
 *
 * Where each rule comes from (seed file names in brackets; see also README.md of this lib):
 * - only approved entries count; earned in year Y = signed points of the entries that occurred in Y, reversals
 *   included (they carry the opposite sign) [DOMAIN §3.2; 000 一月一审核 报镇积分审定工作组审定].
 * - household points, individual points, family total = both [001 四(一) 个人积分和户积分计入家庭总积分];
 *   family average = family total / taking-part members [003 一(一) 家庭积分总数除以参加积分的家庭成员数].
 * - balance = base + carried + earned − redeemed [004 每年赋予每户基础分100分; 001 四(六) 家庭总积分逐年累加，兑换物质奖励后
 *   按额度扣减; 003 物质奖励积分兑换后按兑换额度扣减; 000 年度内积分可累积使用，次年清零].
 * - redemptions never change a ranking [004 扣减的积分不影响年底积分排名]: rankVillage has no redemption input.
 * - exchange blocks: window [000 半年一兑换; 004 每季度第一月进行兑换], threshold [001 家庭总积分达到100分以上，方可兑换],
 *   black list [000 列入黑榜 … 积分不予兑换], above base [004 超出基础分的部分（即总积分减去100分）].
 */
import { dateParts, yearOf } from './dates';
import type {
  EngineBlackListing,
  EngineEntry,
  EngineHousehold,
  EngineRedemption,
  ExchangeBlock,
  HouseholdStanding,
  MemberStanding,
  Period,
  PolicyParameters,
  RankingRow,
  SchemeItem,
  VillageRanking,
  YearOpening,
} from './types';
import { signOf } from './types';

export interface StandingInput {
  parameters: PolicyParameters;
  household: EngineHousehold;
  /** The cycle year. */
  year: number;
  /** Approved entries of the household (any year: the engine keeps those whose `occurredOn` lies in `year`). */
  entries: readonly EngineEntry[];
  /** Redemptions of the household (the engine keeps those of `year`). */
  redemptions: readonly EngineRedemption[];
  blackList: readonly EngineBlackListing[];
  /** What year close of `year − 1` carried into `year`, if any. */
  opening?: YearOpening | null;
  /** The day the exchangeable amount is computed for (window, black list). */
  asOf: string;
}

export interface RankingInput {
  parameters: PolicyParameters;
  /** Households of one village; those not taking part are not ranked. */
  households: readonly EngineHousehold[];
  /** Approved entries of those households. Redemptions are no input: they can never change a ranking. */
  entries: readonly EngineEntry[];
  period: Period;
  /** Carried family points (FAMILY_CARRY_OVER), counted when the period is the whole year. */
  openings?: readonly YearOpening[];
}

export interface YearCloseInput {
  parameters: PolicyParameters;
  households: readonly EngineHousehold[];
  year: number;
  entries: readonly EngineEntry[];
  redemptions: readonly EngineRedemption[];
  openings?: readonly YearOpening[];
}

/** Share of the ranked households that counts as "the top of the ranking" (排名靠前, 001/003/004 give no number). */
export const TOP_SHARE = 0.1;

// ---- periods and windows ----------------------------------------------------------------------------------------

function periodOf(cadenceMonths: number, date: string): Period {
  if (!Number.isInteger(cadenceMonths) || cadenceMonths < 1 || cadenceMonths > 12) {
    throw new RangeError(`cadence must be a whole number of months 1–12: ${cadenceMonths}`);
  }
  const { year, month } = dateParts(date);
  const fromMonth = Math.floor((month - 1) / cadenceMonths) * cadenceMonths + 1;
  return { year, fromMonth, toMonth: Math.min(12, fromMonth + cadenceMonths - 1) };
}

/** The publication period (cadence months, aligned to January) that contains `date` [000/004 一季一公示 = 3]. */
export function publicationPeriodOf(parameters: PolicyParameters, date: string): Period {
  return periodOf(parameters.publicationCadenceMonths, date);
}

/** The review period (a month under monthly review) that contains `date` [000 一月一审核]. */
export function reviewPeriodOf(parameters: PolicyParameters, date: string): Period {
  return periodOf(parameters.reviewCadenceMonths, date);
}

export function inPeriod(period: Period, date: string): boolean {
  const { year, month } = dateParts(date);
  return year === period.year && month >= period.fromMonth && month <= period.toMonth;
}

/** The whole cycle year as a period. */
export function yearPeriod(year: number): Period {
  return { year, fromMonth: 1, toMonth: 12 };
}

function isWholeYear(period: Period): boolean {
  return period.fromMonth === 1 && period.toMonth === 12;
}

/** Whether the shop exchanges on `date` under the scheme's windows (months null = any time). */
export function exchangeWindowOpen(parameters: PolicyParameters, date: string): boolean {
  const { month } = dateParts(date);
  const months = parameters.exchangeWindows.months;
  return months === null || months.includes(month);
}

// ---- entries --------------------------------------------------------------------------------------------------

/** Signed ledger points for `points` picked by a recorder, or the reason it is refused. */
export function entryPoints(
  item: SchemeItem,
  points: number,
): { ok: true; signed: number } | { ok: false; code: 'POINTS_OUT_OF_RANGE' | 'POINTS_NOT_INTEGER' } {
  if (!Number.isInteger(points)) return { ok: false, code: 'POINTS_NOT_INTEGER' };
  if (points < item.minPoints || points > item.maxPoints) return { ok: false, code: 'POINTS_OUT_OF_RANGE' };
  // `+ 0` turns −0 (a 0-point NEGATIVE pick) into 0
  return { ok: true, signed: points * signOf(item.kind) + 0 };
}

/**
 * What is left of an item's cap for a household (or member) in a period, given the signed points already approved
 * or pending for it there; null = no cap. The cap is on absolute points, so it limits deductions as well.
 */
export function capLeft(item: SchemeItem, alreadySigned: number): number | null {
  if (item.capPerPeriod === null) return null;
  return Math.max(0, item.capPerPeriod - Math.abs(alreadySigned));
}

// ---- figures --------------------------------------------------------------------------------------------------

/** Rounds to 2 decimals (half away from zero for the positive figures the engine produces). */
export function round2(value: number): number {
  const r = Math.round((Math.abs(value) + Number.EPSILON) * 100) / 100;
  return value < 0 ? -r : r;
}

interface Figures {
  householdEarned: number;
  individualEarned: number;
  members: MemberStanding[];
  familyTotal: number;
  familyAverage: number;
  rankingValue: number;
  /** Earned points that enter the balance (household only under subject HOUSEHOLD). */
  earnedForBalance: number;
  vetoed: boolean;
}

/** Ids of entries that a reversal in `entries` points at. */
function reversedIds(entries: readonly EngineEntry[]): Set<string> {
  const ids = new Set<string>();
  for (const e of entries) if (e.reversalOf) ids.add(e.reversalOf);
  return ids;
}

function figuresOf(
  parameters: PolicyParameters,
  household: EngineHousehold,
  allEntries: readonly EngineEntry[],
  counts: (date: string) => boolean,
  carriedFamilyPoints: number,
): Figures {
  const own = allEntries.filter((e) => e.householdId === household.id);
  const reversed = reversedIds(own);
  let householdEarned = 0;
  const perMember = new Map<string, number>();
  for (const m of household.members) perMember.set(m.id, 0);
  let vetoed = false;
  for (const e of own) {
    if (!counts(e.occurredOn)) continue;
    if (e.memberId === null) householdEarned += e.points;
    else perMember.set(e.memberId, (perMember.get(e.memberId) ?? 0) + e.points);
    // 003 否决项: an approved VETO entry disqualifies, unless it was reversed (an upheld objection undoes it)
    if (e.kind === 'VETO' && !e.reversalOf && !reversed.has(e.id)) vetoed = true;
  }
  const members: MemberStanding[] = [...perMember].map(([memberId, earned]) => ({ memberId, earned }));
  const individualEarned = members.reduce((s, m) => s + m.earned, 0);
  // 001 四(六): the family total accumulates across years (carried family points); elsewhere nothing is carried
  const carried = parameters.cycle === 'FAMILY_CARRY_OVER' ? carriedFamilyPoints : 0;
  const familyTotal = householdEarned + individualEarned + carried;
  const takingPart = household.members.filter((m) => m.participating).length;
  // 003 一(一): 家庭积分总数除以参加积分的家庭成员数
  const familyAverage = takingPart === 0 ? 0 : round2(familyTotal / takingPart);
  let rankingValue: number;
  switch (parameters.rankingBasis) {
    case 'HOUSEHOLD_TOTAL':
      // Under subject HOUSEHOLD (000, 004, 002) a scheme has no INDIVIDUAL items, so the household total is the
      // household points; a stray individual entry is not part of such a scheme and is not counted.
      rankingValue = parameters.subjectModel === 'HOUSEHOLD' ? householdEarned : familyTotal;
      break;
    case 'FAMILY_TOTAL':
      rankingValue = familyTotal;
      break;
    case 'FAMILY_AVERAGE':
      rankingValue = familyAverage;
      break;
  }
  const earnedForBalance =
    parameters.subjectModel === 'HOUSEHOLD' ? householdEarned : householdEarned + individualEarned;
  return {
    householdEarned,
    individualEarned,
    members,
    familyTotal,
    familyAverage,
    rankingValue,
    earnedForBalance,
    vetoed,
  };
}

function checkOpening(opening: YearOpening | null | undefined, householdId: string, year: number): YearOpening | null {
  if (!opening) return null;
  if (opening.householdId !== householdId || opening.year !== year) {
    throw new RangeError(`opening of ${opening.householdId}/${opening.year} given for ${householdId}/${year}`);
  }
  return opening;
}

function blackListed(blackList: readonly EngineBlackListing[], householdId: string, date: string): boolean {
  // ISO dates compare as strings
  return blackList.some((b) => b.householdId === householdId && b.from <= date && (b.to === null || date <= b.to));
}

/** A household's figures for `year`, as of `asOf`. */
export function householdStanding(input: StandingInput): HouseholdStanding {
  const { parameters, household, year, asOf } = input;
  dateParts(asOf);
  const opening = checkOpening(input.opening, household.id, year);
  const f = figuresOf(
    parameters,
    household,
    input.entries,
    (d) => yearOf(d) === year,
    opening?.carriedFamilyPoints ?? 0,
  );
  // a redemption reversal carries negative points and gives them back
  const redeemed = input.redemptions
    .filter((r) => r.householdId === household.id && yearOf(r.on) === year)
    .reduce((s, r) => s + r.points, 0);
  const carriedBalance = parameters.cycle === 'FAMILY_CARRY_OVER' ? (opening?.carriedBalance ?? 0) : 0;
  const balance = parameters.basePoints + carriedBalance + f.earnedForBalance - redeemed;

  const blocks: ExchangeBlock[] = [];
  if (!household.participating) blocks.push('NOT_PARTICIPATING');
  if (!exchangeWindowOpen(parameters, asOf)) blocks.push('WINDOW_CLOSED');
  // 001 四(五)3: 家庭总积分达到100分以上，方可兑换 — the ranking figure (family total) must reach the threshold
  if (parameters.exchangeThreshold > 0 && f.rankingValue < parameters.exchangeThreshold) blocks.push('BELOW_THRESHOLD');
  // 000 四(三): 列入黑榜 … 积分不予兑换
  if (parameters.blackListBlocksExchange && blackListed(input.blackList, household.id, asOf)) {
    blocks.push('BLACK_LISTED');
  }
  // 004 四(三)2: only the part above the base (总积分减去100分) may be exchanged
  if (parameters.exchangeableRule === 'ABOVE_BASE' && balance <= parameters.basePoints) {
    blocks.push('NOTHING_ABOVE_BASE');
  }
  let exchangeable = 0;
  if (blocks.length === 0) {
    exchangeable =
      parameters.exchangeableRule === 'ABOVE_BASE'
        ? Math.max(0, balance - parameters.basePoints)
        : Math.max(0, balance);
  }
  return {
    householdId: household.id,
    year,
    householdEarned: f.householdEarned,
    individualEarned: f.individualEarned,
    members: f.members,
    familyTotal: f.familyTotal,
    familyAverage: f.familyAverage,
    rankingValue: f.rankingValue,
    balance,
    redeemed,
    exchangeable,
    blocks,
    vetoed: f.vetoed,
  };
}

function compareRows(a: { value: number; householdId: string }, b: { value: number; householdId: string }): number {
  if (a.value !== b.value) return b.value - a.value;
  return a.householdId < b.householdId ? -1 : a.householdId > b.householdId ? 1 : 0;
}

/** Competition ranks (1, 2, 2, 4) of values already sorted from high to low. */
function competitionRanks(sortedValues: readonly number[]): number[] {
  const ranks: number[] = [];
  sortedValues.forEach((v, i) => ranks.push(i > 0 && sortedValues[i - 1] === v ? ranks[i - 1] : i + 1));
  return ranks;
}

/**
 * The village ranking of a period. Award eligibility:
 * - ABOVE_VILLAGE_AVERAGE [000 四(二) 必须是累计获得积分高于平均分的农户]: value strictly above the village average.
 *   The black list blocks exchange only (000 四(三) 积分不予兑换); it is no award rule, and 000 has no veto items.
 * - TOP_OF_RANKING [001 四(五)1, 004 四(三)1 排名靠前]: the seeds give no number; the top is the best
 *   max(1, ceil(10% of ranked households)) competition ranks (ties at the cut all enter), with a value above 0.
 * - TOP_NO_VETO [003 一(四) 家庭平均积分在全村排名靠前的; 否决项]: as TOP_OF_RANKING, ranked among the households without
 *   a VETO entry in the period; a vetoed household is never eligible.
 * - NONE [002 sets no award rule]: nobody.
 */
export function rankVillage(input: RankingInput): VillageRanking {
  const { parameters, period } = input;
  const openings = input.openings ?? [];
  const ranked = input.households.filter((h) => h.participating);
  const figures = ranked.map((h) => {
    const opening = openings.find((o) => o.householdId === h.id && o.year === period.year);
    const carried = isWholeYear(period) ? (opening?.carriedFamilyPoints ?? 0) : 0;
    const f = figuresOf(parameters, h, input.entries, (d) => inPeriod(period, d), carried);
    return { householdId: h.id, value: f.rankingValue, f };
  });
  figures.sort(compareRows);
  const ranks = competitionRanks(figures.map((x) => x.value));
  const average = figures.length === 0 ? 0 : round2(figures.reduce((s, x) => s + x.value, 0) / figures.length);

  const topCount = Math.max(1, Math.ceil(figures.length * TOP_SHARE));
  const candidates = figures.filter((x) => parameters.awardRule !== 'TOP_NO_VETO' || !x.f.vetoed);
  const candidateRanks = competitionRanks(candidates.map((x) => x.value));
  const topIds = new Set(
    candidates.filter((x, i) => candidateRanks[i] <= topCount && x.value > 0).map((x) => x.householdId),
  );

  const rows: RankingRow[] = figures.map((x, i) => {
    let awardEligible: boolean;
    switch (parameters.awardRule) {
      case 'ABOVE_VILLAGE_AVERAGE':
        awardEligible = x.value > average;
        break;
      case 'TOP_OF_RANKING':
      case 'TOP_NO_VETO':
        awardEligible = topIds.has(x.householdId);
        break;
      case 'NONE':
        awardEligible = false;
        break;
    }
    return {
      householdId: x.householdId,
      rank: ranks[i],
      value: x.value,
      householdEarned: x.f.householdEarned,
      individualEarned: x.f.individualEarned,
      familyTotal: x.f.familyTotal,
      familyAverage: x.f.familyAverage,
      vetoed: x.f.vetoed,
      awardEligible,
    };
  });
  return { period, basis: parameters.rankingBasis, average, rows };
}

/**
 * The openings of `year + 1` for every taking-part household.
 * - ANNUAL_RESET [000 次年清零重新积分; 003 每年排名、清零; 004 次年重新积分; 002 annual]: nothing carries.
 * - FAMILY_CARRY_OVER [001 四(六) 家庭总积分逐年累加，兑换物质奖励后按额度扣减。个人积分在年度评比后清零]:
 *   the balance carries (what is held above the base, incl. what was carried in); the family points of the ranking
 *   carry with the household part only (carried + household points of the year): the individual points are cleared
 *   after the annual evaluation, while the points already in the balance stay the family's.
 */
export function closeYear(input: YearCloseInput): YearOpening[] {
  const { parameters, year } = input;
  const openings = input.openings ?? [];
  return input.households
    .filter((h) => h.participating)
    .map((household) => {
      if (parameters.cycle === 'ANNUAL_RESET') {
        return { householdId: household.id, year: year + 1, carriedBalance: 0, carriedFamilyPoints: 0 };
      }
      const opening = openings.find((o) => o.householdId === household.id && o.year === year) ?? null;
      const s = householdStanding({
        parameters,
        household,
        year,
        entries: input.entries,
        redemptions: input.redemptions,
        blackList: [],
        opening,
        asOf: `${year}-12-31`,
      });
      return {
        householdId: household.id,
        year: year + 1,
        carriedBalance: s.balance - parameters.basePoints,
        carriedFamilyPoints: (opening?.carriedFamilyPoints ?? 0) + s.householdEarned,
      };
    });
}
