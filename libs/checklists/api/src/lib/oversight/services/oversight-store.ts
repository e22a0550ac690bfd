import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { filesNotAttachable, RequestContext, scopeCondition, scopePrefix } from '@xiangzhi/server/core';
import { OversightErrors } from '../oversight.errors';

/** SHA-256 (hex) of a request's canonical JSON: a replayed key must carry the same request. */
export function requestHash(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex');
}

/** Serializes calls with one client key (advisory lock for the transaction). */
export async function lockKey(em: EntityManager, name: string): Promise<void> {
  await em.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [name]);
}

/**
 * A region's rows within the caller's scope: `column LIKE '<prefix of regionCode>%'` and the caller's own scope.
 * `regionCode` must overlap the caller's scope (checked by the caller).
 */
export function regionFilter(
  ctx: RequestContext,
  column: string,
  regionCode: string,
): { sql: string; params: Record<string, unknown> } {
  const scope = scopeCondition(ctx, column, 'oversightScope');
  return {
    sql: `${column} LIKE :oversightPrefix AND ${scope.sql}`,
    params: { oversightPrefix: `${scopePrefix(regionCode)}%`, ...scope.params },
  };
}

/** Evidence files: at most 20, distinct, each stored in the caller's region or uploaded by them. */
export async function checkFiles(em: EntityManager, ctx: RequestContext, ids: readonly string[]): Promise<string[]> {
  const unique = [...new Set(ids)];
  if (unique.length > 20) throw OversightErrors.evidenceInvalid();
  const [refused] = await filesNotAttachable(em, ctx, unique);
  if (refused) throw OversightErrors.evidenceInvalid(refused);
  return unique;
}

/** A case as inspections see it (checklist_case of the cases lib), or null. */
export interface CaseTarget {
  id: string;
  regionCode: string;
  listType: string;
  itemCode: string;
  itemName: string;
  versionId: string | null;
}

/** The case with this id (checklist_case of the cases lib, whose migration comes before this one), or null. */
export async function findCase(em: EntityManager, id: string): Promise<CaseTarget | null> {
  const rows = (await em.query(
    `SELECT id, region_code, list_type, item_code, item_name, version_id FROM checklist_case WHERE id = $1`,
    [id],
  )) as Array<{
    id: string;
    region_code: string;
    list_type: string;
    item_code: string;
    item_name: string;
    version_id: string | null;
  }>;
  const r = rows[0];
  return r
    ? {
        id: r.id,
        regionCode: r.region_code,
        listType: r.list_type,
        itemCode: r.item_code,
        itemName: r.item_name,
        versionId: r.version_id,
      }
    : null;
}
