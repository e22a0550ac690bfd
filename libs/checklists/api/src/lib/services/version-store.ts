import type { EntityManager } from 'typeorm';
import type { ChecklistItemContent } from '@xiangzhi/checklists/util';
import { countyCodeOf, overlapsScope, RequestContext } from '@xiangzhi/server/core';
import { ChecklistVersionAction, ChecklistVersionStatus } from '../checklists.enums';
import { ChecklistErrors } from '../checklists.errors';
import { ChecklistVersionEventEntity } from '../entities/version-event.entity';
import { ChecklistVersionEntity } from '../entities/version.entity';

/** Statuses a version has once it has been on the wall: what the villages below a town may read of its templates. */
const PUBLIC_STATUSES: readonly ChecklistVersionStatus[] = [
  ChecklistVersionStatus.PUBLISHED,
  ChecklistVersionStatus.SUPERSEDED,
];

/** Whether the caller may read a version of `regionCode` in `status`: their own region, or what was published above. */
export function mayRead(ctx: RequestContext, regionCode: string, status: ChecklistVersionStatus): boolean {
  if (ctx.inScope(regionCode)) return true;
  return overlapsScope(ctx, regionCode) && PUBLIC_STATUSES.includes(status);
}

/** Statuses the caller may list for a region (all in their region; published ones of the town above them). */
export function readableStatuses(ctx: RequestContext, regionCode: string): readonly ChecklistVersionStatus[] | null {
  return ctx.inScope(regionCode) ? null : PUBLIC_STATUSES;
}

/** A version the caller may read (CHECKLIST_VERSION_NOT_FOUND, SCOPE_OUT_OF_REGION). */
export async function readableVersion(
  em: EntityManager,
  ctx: RequestContext,
  id: string,
): Promise<ChecklistVersionEntity> {
  const v = await em.findOneBy(ChecklistVersionEntity, { id });
  if (!v) throw ChecklistErrors.versionNotFound();
  if (!mayRead(ctx, v.regionCode, v.status)) throw ChecklistErrors.outOfScope();
  return v;
}

/** A version locked for change (scope is checked by the caller, which knows who may act on it). */
export async function lockedVersion(em: EntityManager, id: string): Promise<ChecklistVersionEntity> {
  const v = await em.findOne(ChecklistVersionEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!v) throw ChecklistErrors.versionNotFound();
  return v;
}

/** The PUBLISHED version of a region's list, or null. */
export function publishedVersion(
  em: EntityManager,
  regionCode: string,
  listType: string,
): Promise<ChecklistVersionEntity | null> {
  return em.findOneBy(ChecklistVersionEntity, { regionCode, listType, status: ChecklistVersionStatus.PUBLISHED });
}

/** Serializes numbering and publication of one region's list (also under concurrent calls). */
export async function lockList(em: EntityManager, regionCode: string, listType: string): Promise<void> {
  await em.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`checklist:${regionCode}:${listType}`]);
}

/** Appends to the version's event log. */
export async function addEvent(
  em: EntityManager,
  ctx: RequestContext,
  v: ChecklistVersionEntity,
  action: ChecklistVersionAction,
  reason: string | null = null,
): Promise<void> {
  await em.insert(ChecklistVersionEventEntity, {
    versionId: v.id,
    regionCode: v.regionCode,
    action,
    actorId: ctx.requireActor().userId,
    reason,
  });
}

/** A new DRAFT numbered after the region's last version of the list, with its CREATED event. */
export async function insertDraft(
  em: EntityManager,
  ctx: RequestContext,
  fields: { regionCode: string; listType: string; items: ChecklistItemContent[]; basedOnId: string | null },
): Promise<ChecklistVersionEntity> {
  await lockList(em, fields.regionCode, fields.listType);
  const [{ next }] = (await em.query(
    `SELECT COALESCE(MAX(version), 0) + 1 AS next FROM checklist_version WHERE region_code = $1 AND list_type = $2`,
    [fields.regionCode, fields.listType],
  )) as Array<{ next: number }>;
  const row = em.create(ChecklistVersionEntity, {
    ...fields,
    countyCode: countyCodeOf(fields.regionCode),
    version: Number(next),
    status: ChecklistVersionStatus.DRAFT,
    createdBy: ctx.requireActor().userId,
  });
  const saved = await em.save(row);
  await addEvent(em, ctx, saved, ChecklistVersionAction.CREATED);
  return saved;
}

/**
 * Puts a version on the wall: the version published before it (if any) is SUPERSEDED first, so that the partial
 * unique index (one PUBLISHED per region and list type) holds at every statement.
 */
export async function publish(
  em: EntityManager,
  ctx: RequestContext,
  v: ChecklistVersionEntity,
  changes: Partial<ChecklistVersionEntity>,
): Promise<void> {
  await lockList(em, v.regionCode, v.listType);
  const previous = await publishedVersion(em, v.regionCode, v.listType);
  if (previous && previous.id !== v.id) {
    await em.update(ChecklistVersionEntity, { id: previous.id }, { status: ChecklistVersionStatus.SUPERSEDED });
    await addEvent(em, ctx, previous, ChecklistVersionAction.SUPERSEDED, `superseded by v${v.version}`);
  }
  const now = new Date();
  Object.assign(v, changes, {
    status: ChecklistVersionStatus.PUBLISHED,
    decidedBy: ctx.requireActor().userId,
    decidedAt: now,
    publishedAt: now,
  });
  await em.update(
    ChecklistVersionEntity,
    { id: v.id },
    {
      ...changes,
      status: v.status,
      decidedBy: v.decidedBy,
      decidedAt: now,
      publishedAt: now,
    },
  );
  await addEvent(em, ctx, v, ChecklistVersionAction.PUBLISHED, previous ? `supersedes v${previous.version}` : null);
}
