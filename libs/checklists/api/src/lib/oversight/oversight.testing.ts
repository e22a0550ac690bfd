import type { INestApplicationContext } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Actor, RequestContext } from '@xiangzhi/server/core';
import { ChecklistDraftSource, ChecklistVersionStatus } from '../checklists.enums';
import type { ChecklistVersionEntity } from '../entities/version.entity';
import { ChecklistVersionsService } from '../services/checklist-versions.service';
import { publishedVersion } from '../services/version-store';

/** Test and demo fixtures of oversight. */

/** A fresh request context for `actor` (anonymous with null) from the client address `ip` (default none). */
export const oversightCtx = (actor: Actor | null, ip = '') => new RequestContext(`req-${randomUUID()}`, actor, ip);

/**
 * Puts a list on a village's wall through the real services (as the system): the town's template from the example
 * items (published once), adopted by the village, submitted and approved. Returns the village's version in force.
 */
export async function publishVillageList(
  app: INestApplicationContext,
  villageCode: string,
  listType = 'AUTONOMY',
): Promise<ChecklistVersionEntity> {
  const versions = app.get(ChecklistVersionsService, { strict: false });
  const em = app.get(DataSource).manager;
  const townCode = villageCode.slice(0, 9) + '000';
  const ctx = () => new RequestContext(`req-${randomUUID()}`, RequestContext.system().actor);
  const inForce = await publishedVersion(em, villageCode, listType);
  if (inForce) return inForce;
  if (!(await publishedVersion(em, townCode, listType))) {
    const template = await versions.createDraft(ctx(), {
      regionCode: townCode,
      listType,
      source: ChecklistDraftSource.EXAMPLES,
    });
    await versions.publishTemplate(ctx(), template.id, '首次发布', '民发〔2020〕20号');
  }
  const draft = await versions.adopt(ctx(), { villageCode, listType });
  await versions.submit(ctx(), draft.id, '采用镇模板', '民发〔2020〕20号');
  const published = await versions.approve(ctx(), draft.id);
  if (published.status !== ChecklistVersionStatus.PUBLISHED) throw new Error('the village list was not published');
  return published;
}
