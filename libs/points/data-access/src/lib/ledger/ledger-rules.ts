import type {
  LedgerSchemeItemFragment,
  PointsEntryAction,
  PointsEntryChannel,
  PointsEntryStatus,
  PointsItemKind,
  PointsReviewDecision,
  RecordPointsEntriesInput,
  RecordPointsEntryInput,
} from '../generated/graphql';

/** The channels an entry came by, in the order the form offers them (口头, 电话, 短信, QQ, 微信, 现场, 扫码, 文件). */
export const LEDGER_CHANNELS: readonly PointsEntryChannel[] = [
  'ORAL',
  'PHONE',
  'SMS',
  'QQ',
  'WECHAT',
  'ON_SITE',
  'QR_SCAN',
  'DOCUMENT',
];

/** The most households one bulk call carries (the server takes up to 1,000; smaller calls show progress). */
export const BULK_CHUNK_SIZE = 200;
/** The most entries one review or approval call carries (the server's limit). */
export const DECISION_LIMIT = 500;
/** The most evidence files of one entry (the server's limit). */
export const EVIDENCE_LIMIT = 20;

/** Items of a scheme grouped by category, in the scheme's order. */
export interface ItemGroup {
  category: string;
  items: LedgerSchemeItemFragment[];
}

export function groupItemsByCategory(items: readonly LedgerSchemeItemFragment[]): ItemGroup[] {
  const groups = new Map<string, LedgerSchemeItemFragment[]>();
  for (const item of items) {
    const list = groups.get(item.category) ?? [];
    list.push(item);
    groups.set(item.category, list);
  }
  return [...groups].map(([category, list]) => ({ category, items: list }));
}

/** Whether an item takes points away (the sign comes from the kind; recorders enter the magnitude). */
export function isDeduction(kind: PointsItemKind): boolean {
  return kind === 'NEGATIVE' || kind === 'VETO';
}

/** Why points do not suit an item, as a translation key (`ledger.record.errors.*`), or null when they do. */
export function pointsProblem(
  item: Pick<LedgerSchemeItemFragment, 'minPoints' | 'maxPoints'> | null,
  points: number | null,
): 'pointsRequired' | 'pointsNotInteger' | 'pointsOutOfRange' | null {
  if (!item) return null;
  if (points === null || Number.isNaN(points)) return 'pointsRequired';
  if (!Number.isInteger(points)) return 'pointsNotInteger';
  if (points < item.minPoints || points > item.maxPoints) return 'pointsOutOfRange';
  return null;
}

/** What the single-entry form holds. */
export interface RecordFormValue {
  householdId: string | null;
  itemCode: string | null;
  memberId: string | null;
  points: number | null;
  occurredOn: string;
  place: string;
  description: string;
  channel: PointsEntryChannel;
  declaredByResident: boolean;
}

/** The API input of a single entry: trimmed texts, empty optionals left out, the member only for INDIVIDUAL items. */
export function toRecordInput(
  value: RecordFormValue,
  item: Pick<LedgerSchemeItemFragment, 'subject'>,
  evidenceFileIds: readonly string[],
  idempotencyKey: string,
): RecordPointsEntryInput {
  if (!value.householdId || !value.itemCode || value.points === null) throw new Error('incomplete entry');
  const place = value.place.trim();
  return {
    householdId: value.householdId,
    itemCode: value.itemCode,
    memberId: item.subject === 'INDIVIDUAL' ? value.memberId : null,
    points: value.points,
    occurredOn: value.occurredOn,
    place: place || null,
    description: value.description.trim(),
    channel: value.channel,
    declaredByResident: value.declaredByResident,
    evidenceFileIds: [...evidenceFileIds],
    idempotencyKey,
  };
}

/** What the bulk form holds (one item, one day, one description, many households). */
export interface BulkFormValue {
  itemCode: string;
  points: number;
  occurredOn: string;
  place: string;
  description: string;
  channel: PointsEntryChannel;
}

/**
 * The API inputs of a bulk recording: the households in calls of `chunkSize`, each with its own key derived from
 * the attempt's key (`<key>.<n>`), so a retry of the same attempt replays the calls already written.
 */
export function toBulkInputs(
  value: BulkFormValue,
  householdIds: readonly string[],
  evidenceFileIds: readonly string[],
  idempotencyKey: string,
  chunkSize = BULK_CHUNK_SIZE,
): RecordPointsEntriesInput[] {
  const unique = [...new Set(householdIds)];
  const place = value.place.trim();
  const inputs: RecordPointsEntriesInput[] = [];
  for (let i = 0; i < unique.length; i += chunkSize) {
    inputs.push({
      itemCode: value.itemCode,
      points: value.points,
      occurredOn: value.occurredOn,
      place: place || null,
      description: value.description.trim(),
      channel: value.channel,
      evidenceFileIds: [...evidenceFileIds],
      householdIds: unique.slice(i, i + chunkSize),
      idempotencyKey: `${idempotencyKey}.${i / chunkSize}`,
    });
  }
  return inputs;
}

/** Splits ids into calls of at most `size`. */
export function chunk<T>(values: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < values.length; i += size) out.push(values.slice(i, i + size));
  return out;
}

/** A reason the server accepts (non-blank, trimmed), or null. */
export function cleanReason(reason: string | null | undefined): string | null {
  const trimmed = (reason ?? '').trim();
  return trimmed.length ? trimmed : null;
}

/** Whether the signed-in user may review an entry: never their own. */
export function isOwnEntry(entry: { recordedBy: string }, userId: string | null): boolean {
  return userId !== null && entry.recordedBy === userId;
}

/** Today as `YYYY-MM-DD` in the browser's calendar. */
export function todayIso(now: Date = new Date()): string {
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${m}-${d}`;
}

/** A month as `YYYY-MM` and back. */
export function monthKey(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, '0')}`;
}

export function parseMonthKey(key: string): { year: number; month: number } | null {
  const match = /^(\d{4})-(\d{2})$/.exec(key);
  if (!match) return null;
  const month = Number(match[2]);
  return month >= 1 && month <= 12 ? { year: Number(match[1]), month } : null;
}

/** Points as shown: a sign for what is taken away, `+` for the rest. */
export function signedLabel(points: number): string {
  return points > 0 ? `+${points}` : String(points);
}

/** Ranking reasons why points cannot be exchanged now, as the server sends them. */
export const EXCHANGE_BLOCKS = [
  'NOT_PARTICIPATING',
  'WINDOW_CLOSED',
  'BELOW_THRESHOLD',
  'BLACK_LISTED',
  'NOTHING_ABOVE_BASE',
] as const;
export type ExchangeBlockCode = (typeof EXCHANGE_BLOCKS)[number];

/** The blocks the UI knows (unknown codes are shown as they are). */
export function knownBlock(code: string): code is ExchangeBlockCode {
  return (EXCHANGE_BLOCKS as readonly string[]).includes(code);
}

export type LedgerEntryChannel = PointsEntryChannel;
export type LedgerItemKind = PointsItemKind;
export type LedgerItem = LedgerSchemeItemFragment;
export type LedgerEntryStatus = PointsEntryStatus;
export type LedgerEntryAction = PointsEntryAction;
export type LedgerReviewDecision = PointsReviewDecision;
export type LedgerRecordInput = RecordPointsEntryInput;
export type LedgerBulkInput = RecordPointsEntriesInput;

/**
 * Whether a failed submit may have written something: a refusal by the server (bad input, conflict, forbidden,
 * not found) wrote nothing, so the next attempt takes a new key; after a network or unknown failure the same key
 * is sent again so the server can replay what it may have written (R3).
 */
export function keepKeyAfter(error: { kind?: string | null } | null | undefined): boolean {
  const kind = error?.kind ?? null;
  return !(kind === 'BAD_USER_INPUT' || kind === 'CONFLICT' || kind === 'FORBIDDEN' || kind === 'NOT_FOUND');
}
