import type { EntityManager } from 'typeorm';
import { EntryAction, EntryStatus } from '../points.enums';
import { PointsEntryStateEntity } from '../entities/entry-state.entity';
import { PointsEntryEntity } from '../entities/entry.entity';

/** A column of a bulk insert: its name, the PostgreSQL type it travels as, its value, and how to read it back. */
type BulkColumn<T> = [column: string, pgType: string, value: (row: T) => unknown, select?: (col: string) => string];

/** `INSERT … SELECT … FROM unnest($1::type[], …)`: one statement and one parameter per column per chunk. */
async function bulkInsert<T>(em: EntityManager, table: string, columns: Array<BulkColumn<T>>, rows: T[], chunk = 2000) {
  const names = columns.map(([c]) => `"${c}"`).join(', ');
  const casts = columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ');
  const aliases = columns.map((_, i) => `c${i}`);
  const selects = columns.map(([, , , select], i) => (select ? select(`u.c${i}`) : `u.c${i}`)).join(', ');
  const sql = `INSERT INTO "${table}" (${names}) SELECT ${selects} FROM unnest(${casts}) AS u(${aliases.join(', ')})`;
  for (let i = 0; i < rows.length; i += chunk) {
    const part = rows.slice(i, i + chunk);
    await em.query(
      sql,
      columns.map(([, , value]) => part.map((r) => value(r) ?? null)),
    );
  }
}

const ENTRY_COLUMNS: Array<BulkColumn<PointsEntryEntity>> = [
  ['id', 'uuid', (e) => e.id],
  ['household_id', 'uuid', (e) => e.householdId],
  ['member_id', 'uuid', (e) => e.memberId],
  ['village_code', 'varchar', (e) => e.villageCode],
  ['scope_code', 'varchar', (e) => e.scopeCode],
  ['scheme_version_id', 'uuid', (e) => e.schemeVersionId],
  ['item_code', 'varchar', (e) => e.itemCode],
  ['item_kind', 'points_item_kind', (e) => e.itemKind],
  ['item_name', 'varchar', (e) => e.itemName],
  ['public_wording', 'varchar', (e) => e.publicWording],
  ['points', 'int4', (e) => e.points],
  ['occurred_on', 'date', (e) => e.occurredOn],
  ['place', 'varchar', (e) => e.place],
  ['description', 'varchar', (e) => e.description],
  ['channel', 'points_entry_channel', (e) => e.channel],
  // uuid[] cannot ride in unnest (arrays of arrays must be rectangular): evidence travels as an array literal
  ['evidence_file_ids', 'text', (e) => `{${e.evidenceFileIds.join(',')}}`, (c) => `${c}::uuid[]`],
  ['declared_by_resident', 'bool', (e) => e.declaredByResident],
  ['reversal_of', 'uuid', (e) => e.reversalOf],
  ['reversal_reason', 'varchar', (e) => e.reversalReason],
  ['reversal_source', 'points_reversal_source', (e) => e.reversalSource],
  ['reversal_ref', 'uuid', (e) => e.reversalRef],
  ['recorded_by', 'uuid', (e) => e.recordedBy],
  ['recorded_at', 'timestamptz', (e) => e.recordedAt],
  ['idempotency_key', 'varchar', (e) => e.idempotencyKey],
];

const STATE_COLUMNS: Array<BulkColumn<PointsEntryStateEntity>> = [
  ['entry_id', 'uuid', (s) => s.entryId],
  ['village_code', 'varchar', (s) => s.villageCode],
  ['scope_code', 'varchar', (s) => s.scopeCode],
  ['occurred_on', 'date', (s) => s.occurredOn],
  ['status', 'points_entry_status', (s) => s.status],
  ['reviewed_by', 'uuid', (s) => s.reviewedBy],
  ['reviewed_at', 'timestamptz', (s) => s.reviewedAt],
  ['approved_by', 'uuid', (s) => s.approvedBy],
  ['approved_at', 'timestamptz', (s) => s.approvedAt],
];

export interface EventRow {
  entryId: string;
  action: EntryAction;
  actorId: string;
  at: Date;
  reason: string | null;
}

const EVENT_COLUMNS: Array<BulkColumn<EventRow>> = [
  ['entry_id', 'uuid', (e) => e.entryId],
  ['action', 'points_entry_action', (e) => e.action],
  ['actor_id', 'uuid', (e) => e.actorId],
  ['at', 'timestamptz', (e) => e.at],
  ['reason', 'varchar', (e) => e.reason],
];

/** Writes new entries with their state rows and events, all in the caller's transaction. */
export async function insertEntries(
  em: EntityManager,
  entries: PointsEntryEntity[],
  states: PointsEntryStateEntity[],
  events: EventRow[],
): Promise<void> {
  await bulkInsert(em, 'points_entry', ENTRY_COLUMNS, entries);
  await bulkInsert(em, 'points_entry_state', STATE_COLUMNS, states);
  await insertEvents(em, events);
}

export async function insertEvents(em: EntityManager, events: EventRow[]): Promise<void> {
  await bulkInsert(em, 'points_entry_event', EVENT_COLUMNS, events);
}

/** A new state row for an entry. */
export function stateOf(
  e: PointsEntryEntity,
  status: EntryStatus,
  approvedBy: string | null = null,
): PointsEntryStateEntity {
  return {
    entryId: e.id,
    villageCode: e.villageCode,
    scopeCode: e.scopeCode,
    occurredOn: e.occurredOn,
    status,
    reversed: false,
    reviewedBy: null,
    reviewedAt: null,
    approvedBy,
    approvedAt: approvedBy ? e.recordedAt : null,
    publicationId: null,
    publishedAt: null,
    updatedAt: e.recordedAt,
  };
}
