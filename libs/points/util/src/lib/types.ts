/**
 * The vocabulary of the points system (DOMAIN.md §3), shared by the policy engine, the API and the web apps.
 * Pure data: no I/O, no framework. Dates are ISO strings `YYYY-MM-DD` (local calendar dates of the village).
 */

/** 加分 / 扣分 / 加分项 / 否决项 (seed 003). */
export const ITEM_KINDS = ['POSITIVE', 'NEGATIVE', 'BONUS', 'VETO'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

/** Who an item is recorded for: the household, or one member of it (individual points, seeds 001 and 003). */
export type ItemSubject = 'HOUSEHOLD' | 'INDIVIDUAL';

/** How household and individual points combine (DOMAIN.md §3.1 "subject"). */
export type SubjectModel =
  /** household points only (000, 004, 002) */
  | 'HOUSEHOLD'
  /** household + individual points = family total (001) */
  | 'FAMILY_TOTAL'
  /** household + individual, family average = family total / taking-part members (003) */
  | 'FAMILY_AVERAGE';

/** What a village ranking orders by. */
export type RankingBasis = 'HOUSEHOLD_TOTAL' | 'FAMILY_TOTAL' | 'FAMILY_AVERAGE';

/** What year close does (DOMAIN.md §3.1 "cycle"). */
export type CycleRule =
  /** every balance and every earned figure starts from the base again next year (000, 003, 004, 002) */
  | 'ANNUAL_RESET'
  /** the family balance carries over into the next year; individual points reset after the annual evaluation (001) */
  | 'FAMILY_CARRY_OVER';

/** How much of the balance may be exchanged. */
export type ExchangeableRule =
  /** the whole balance (000, 001, 003, 002) */
  | 'BALANCE'
  /** only what lies above the base points of the year: balance − base (004) */
  | 'ABOVE_BASE';

/** When the points shop exchanges. `months` null = any time; otherwise the calendar months (1–12) of each window. */
export interface ExchangeWindows {
  months: readonly number[] | null;
  /** How the windows read in the scheme text, e.g. 半年一兑换. */
  label: string;
}

/** Who may enter awards (评先选优). */
export type AwardRule =
  /** only households above the village average (000) */
  | 'ABOVE_VILLAGE_AVERAGE'
  /** the top of the ranking is preferred (001, 004) */
  | 'TOP_OF_RANKING'
  /** the top family averages; a VETO item in the year disqualifies (003) */
  | 'TOP_NO_VETO'
  /** the scheme sets no award rule (002) */
  | 'NONE';

/** Whether the town approves (审定) a village's adapted scheme, or the village only files it (备案). */
export type VillageAdoption = 'APPROVAL' | 'FILING';

/** The policy parameters of a scheme (DOMAIN.md §3.1 table). */
export interface PolicyParameters {
  subjectModel: SubjectModel;
  /** Base points every taking-part household holds at the start of the year (004: 100). */
  basePoints: number;
  cycle: CycleRule;
  rankingBasis: RankingBasis;
  /** `points` points are worth `yuan` yuan; null = set by the village. */
  exchangeValue: { points: number; yuan: number } | null;
  exchangeableRule: ExchangeableRule;
  /** Exchange only once the ranking figure (family total for 001) reaches this; 0 = no threshold. */
  exchangeThreshold: number;
  exchangeWindows: ExchangeWindows;
  /** A black-listed household may not exchange (000). */
  blackListBlocksExchange: boolean;
  awardRule: AwardRule;
  /** Monthly review (一月一审核). */
  reviewCadenceMonths: number;
  /** Publication every N months (一季一公示 = 3). */
  publicationCadenceMonths: number;
  /** Days after publication during which residents may object (default 20). */
  objectionWindowDays: number;
  villageAdoption: VillageAdoption;
}

/** An item of a scheme (积分事项). */
export interface SchemeItem {
  /** Stable within the scheme, e.g. `A01`. */
  code: string;
  category: string;
  name: string;
  kind: ItemKind;
  /** Fixed points: min = max. A range: the recorder picks within. Always ≥ 0: the sign comes from the kind. */
  minPoints: number;
  maxPoints: number;
  subject: ItemSubject;
  /** Most points (absolute) one household (or member) may get from this item in one review period; null = no cap. */
  capPerPeriod: number | null;
  evidenceRequired: boolean;
  /** Neutral wording shown on the public board instead of what happened (e.g. 参加环境卫生整治). */
  publicWording: string;
  /** True where the value is an example from REFERENCE-DATA.md, not the seed's own annex. */
  example?: boolean;
}

/** A scheme as data (one per town per year; a village adapts it). */
export interface SchemeDefinition {
  name: string;
  year: number;
  parameters: PolicyParameters;
  items: readonly SchemeItem[];
}

/** The sign an item's points carry in the ledger: NEGATIVE and VETO take points away. */
export function signOf(kind: ItemKind): 1 | -1 {
  return kind === 'NEGATIVE' || kind === 'VETO' ? -1 : 1;
}

// ---- inputs of the engine -------------------------------------------------------------------------------------

/** A household as the engine sees it. */
export interface EngineHousehold {
  id: string;
  villageCode: string;
  participating: boolean;
  /** Active members; `participating` = takes part in the scheme (003 divides by these). */
  members: ReadonlyArray<{ id: string; participating: boolean }>;
}

/**
 * An APPROVED ledger entry (only approved entries count toward balances and rankings). `points` is signed
 * (negative for NEGATIVE/VETO, negative for the reversal of a positive entry). A reversal is its own entry with
 * `reversalOf` set and the opposite points.
 */
export interface EngineEntry {
  id: string;
  householdId: string;
  /** Set for INDIVIDUAL items. */
  memberId: string | null;
  itemCode: string;
  kind: ItemKind;
  points: number;
  /** The day it happened; decides its cycle year and period. */
  occurredOn: string;
  reversalOf?: string | null;
}

/** A redemption (or, with negative points, its reversal) in the points shop. */
export interface EngineRedemption {
  id: string;
  householdId: string;
  /** Points taken (> 0), or given back by a reversal (< 0). */
  points: number;
  on: string;
}

/** A black-list record (黑榜). */
export interface EngineBlackListing {
  householdId: string;
  from: string;
  /** Inclusive; null = open. */
  to: string | null;
}

/** What year close of `year` leaves for `year + 1` (written by the API when the town closes the year). */
export interface YearOpening {
  householdId: string;
  /** The year these figures open. */
  year: number;
  /** Balance carried into the year on top of the base (0 under ANNUAL_RESET). */
  carriedBalance: number;
  /** Family points carried into the ranking figure (001: the family total accumulates across years). */
  carriedFamilyPoints: number;
}

/** A period of a year: a month range [fromMonth, toMonth], both inclusive. The whole year is 1–12. */
export interface Period {
  year: number;
  fromMonth: number;
  toMonth: number;
}

// ---- outputs of the engine ------------------------------------------------------------------------------------

/** Why no (or not all) points can be exchanged now. */
export type ExchangeBlock =
  'NOT_PARTICIPATING' | 'WINDOW_CLOSED' | 'BELOW_THRESHOLD' | 'BLACK_LISTED' | 'NOTHING_ABOVE_BASE';

export interface MemberStanding {
  memberId: string;
  /** Individual points earned in the year (approved INDIVIDUAL entries). */
  earned: number;
}

/** A household's figures for a year, as of a day. */
export interface HouseholdStanding {
  householdId: string;
  year: number;
  /** Points of HOUSEHOLD items earned in the year. */
  householdEarned: number;
  /** Points of INDIVIDUAL items earned in the year, summed over members. */
  individualEarned: number;
  members: MemberStanding[];
  /** householdEarned + individualEarned (+ carriedFamilyPoints under FAMILY_CARRY_OVER). */
  familyTotal: number;
  /** familyTotal / taking-part members (0 members → 0), rounded to 2 decimals. */
  familyAverage: number;
  /** The figure the scheme ranks by. */
  rankingValue: number;
  /** base + carried + earned − redeemed. */
  balance: number;
  redeemed: number;
  /** What may be exchanged today (0 when blocked). */
  exchangeable: number;
  /** Every reason that blocks or limits exchange today; empty when the whole exchangeable amount is open. */
  blocks: ExchangeBlock[];
  /** A VETO item was approved for the household (or a member) this year. */
  vetoed: boolean;
}

export interface RankingRow {
  householdId: string;
  /** Competition rank: ties share a rank, the next rank skips (1, 2, 2, 4). */
  rank: number;
  value: number;
  householdEarned: number;
  individualEarned: number;
  familyTotal: number;
  familyAverage: number;
  vetoed: boolean;
  /** Award eligibility under the scheme's award rule. */
  awardEligible: boolean;
}

export interface VillageRanking {
  period: Period;
  basis: RankingBasis;
  /** Mean ranking value over the ranked (taking-part) households, 2 decimals. */
  average: number;
  rows: RankingRow[];
}
