import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../context/request-context';

/**
 * Of `ids` (stored file ids), those the caller may not attach to a record, in the order given: files that are not
 * stored, or stored outside the caller's region and not uploaded by the caller. Each domain turns them into its own
 * coded error.
 */
export async function filesNotAttachable(
  em: EntityManager,
  ctx: RequestContext,
  ids: readonly string[],
): Promise<string[]> {
  if (ids.length === 0) return [];
  const actor = ctx.requireActor();
  const rows = (await em.query(`SELECT id, region_code, owner_id FROM stored_file WHERE id = ANY($1::uuid[])`, [
    [...new Set(ids)],
  ])) as Array<{ id: string; region_code: string; owner_id: string | null }>;
  const usable = new Set(
    rows.filter((r) => ctx.inScope(r.region_code) || r.owner_id === actor.userId).map((r) => r.id),
  );
  return ids.filter((id) => !usable.has(id));
}
