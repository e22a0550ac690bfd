import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuditNote, RequestContext } from '../context/request-context';
import { redact } from './redact';

const AUDIT_COLUMNS = `actor_id, actor_name, actor_role, region_code, operation, target_type, target_id, summary,
  request_id, ip`;
const SUMMARY = 7;

/** Writes audit rows inside the caller's transaction. */
@Injectable()
export class AuditService {
  async record(
    em: EntityManager,
    ctx: RequestContext,
    operation: string,
    args: unknown,
    notes: AuditNote[],
  ): Promise<void> {
    const rows = auditRows(ctx, operation, args, notes);
    // one plain multi-row INSERT per 1000 rows (no query builder, nothing returned: it runs on every mutation)
    for (let i = 0; i < rows.length; i += 1000) {
      const { sql, params } = auditInsert(rows.slice(i, i + 1000), 1);
      await em.query(sql, params);
    }
  }
}

/**
 * For a service that writes its whole change in one statement: the mutation's audit row as an INSERT to put in
 * that statement's WITH clause (`a AS (<sql>)`), its parameters numbered from `firstParam`, so that the mutation
 * needs no statement of its own for it. The note is recorded as by `ctx.note`; `summarySql` may wrap the summary
 * parameter (jsonb) to add what only the statement knows, e.g. a number it draws from a sequence. Null outside a
 * GraphQL mutation, or when the mutation has noted other changes already: then the note is written as usual.
 */
export function inlineAuditInsert(
  ctx: RequestContext,
  note: AuditNote,
  firstParam: number,
  summarySql?: (summary: string) => string,
): { sql: string; params: unknown[] } | null {
  ctx.note(note);
  const mutation = ctx.mutation;
  if (!mutation || ctx.auditNotes.length !== 1) return null;
  ctx.auditInline = 1;
  return auditInsert(auditRows(ctx, mutation.operation, mutation.args, [note]), firstParam, summarySql);
}

interface AuditRow {
  values: unknown[];
}

/** The rows a mutation leaves: one per note, or one for the mutation itself when it noted nothing. */
function auditRows(ctx: RequestContext, operation: string, args: unknown, notes: AuditNote[]): AuditRow[] {
  const actor = ctx.actor;
  const actorId = actor && actor.userId !== '00000000-0000-0000-0000-000000000000' ? actor.userId : null;
  const actorName = actor?.username ?? 'anonymous';
  const actorRole = actor?.role ?? null;
  const requestId = ctx.requestId.slice(0, 64);
  const ip = ctx.ip ? ctx.ip.slice(0, 64) : null;
  const redactedArgs = redact(args);
  const row = (regionCode: string, targetType: string | null, targetId: string | null, summary: object) => ({
    values: [actorId, actorName, actorRole, regionCode, operation, targetType, targetId, summary, requestId, ip],
  });
  return notes.length > 0
    ? notes.map((n) => row(n.regionCode, n.targetType, n.targetId, { args: redactedArgs, change: redact(n.summary) }))
    : [row(actor?.regionCode ?? '000000000000', null, null, { args: redactedArgs })];
}

/** One plain multi-row INSERT of `rows`, parameters from `$firstParam`. */
function auditInsert(
  rows: AuditRow[],
  firstParam: number,
  summarySql: (summary: string) => string = (s) => s,
): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const values = rows.map((r) => {
    const n = firstParam + params.length;
    r.values.forEach((v, k) => params.push(k === SUMMARY ? JSON.stringify(v) : v));
    return `(${r.values.map((_, k) => (k === SUMMARY ? summarySql(`$${n + k}::jsonb`) : `$${n + k}`)).join(', ')})`;
  });
  return { sql: `INSERT INTO audit_log (${AUDIT_COLUMNS}) VALUES ${values.join(', ')}`, params };
}
