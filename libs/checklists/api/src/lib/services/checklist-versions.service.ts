import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { diffItems, EXAMPLE_ITEMS, type ChecklistItemContent } from '@xiangzhi/checklists/util';
import { countyCodeOf, inTransaction, parentCode, regionLevel, RequestContext } from '@xiangzhi/server/core';
import { RegionEntity, RegistryErrors } from '@xiangzhi/registry/api';
import { requireChecklist } from '../checklist-access';
import { ChecklistDraftSource, ChecklistVersionAction, ChecklistVersionStatus } from '../checklists.enums';
import { ChecklistErrors } from '../checklists.errors';
import type {
  AdoptChecklistTemplateInput,
  CreateChecklistDraftInput,
  UpdateChecklistDraftInput,
} from '../dto/version.input';
import { ChecklistVersionEntity } from '../entities/version.entity';
import { toItemContent } from '../mappers';
import { requireListType } from './list-types';
import { checkItems, clone, textOrNull } from './version-rules';
import { addEvent, insertDraft, lockedVersion, publish, publishedVersion } from './version-store';

/**
 * Changing lists (动态调整): a town's template drafts (from the example items or a copy of its published version),
 * published by the town itself; a village's drafts adopting the town's published template (all items or some) or
 * copying its own published list; edits checked by the item and flow rules; submission with the reason and the law
 * behind the change; the town's approval (the village's list goes on the wall, the one before is superseded) or
 * rejection with its reason. Every step is in the version's append-only event log and in the audit log.
 */
@Injectable()
export class ChecklistVersionsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * A new DRAFT of a town's template or of a village's own list: from the example items (towns), a copy of the
   * region's published version, or a copy of one of its own versions (to rework a rejected one).
   */
  async createDraft(ctx: RequestContext, input: CreateChecklistDraftInput): Promise<ChecklistVersionEntity> {
    const level = regionLevel(input.regionCode);
    if (level !== 'TOWN' && level !== 'VILLAGE') throw ChecklistErrors.regionLevelInvalid(input.regionCode);
    requireChecklist(ctx, level === 'TOWN' ? 'MANAGE' : 'EDIT');
    if (!ctx.inScope(input.regionCode)) throw ChecklistErrors.outOfScope();
    return inTransaction(this.dataSource, ctx, async (em) => {
      await requireRegion(em, input.regionCode);
      const type = await requireListType(em, countyCodeOf(input.regionCode), input.listType);
      let items: ChecklistItemContent[];
      let basedOnId: string | null;
      if ((input.source === ChecklistDraftSource.VERSION) !== !!input.fromVersionId) {
        throw ChecklistErrors.sourceInvalid();
      }
      if (input.source === ChecklistDraftSource.EXAMPLES) {
        if (level !== 'TOWN') throw ChecklistErrors.sourceInvalid();
        items = clone([...(EXAMPLE_ITEMS[type.code] ?? [])]);
        basedOnId = null;
      } else if (input.source === ChecklistDraftSource.VERSION) {
        const source = await em.findOneBy(ChecklistVersionEntity, { id: input.fromVersionId as string });
        if (!source) throw ChecklistErrors.versionNotFound();
        if (source.regionCode !== input.regionCode || source.listType !== type.code) {
          throw ChecklistErrors.sourceInvalid();
        }
        items = clone(source.items);
        basedOnId = level === 'TOWN' ? source.id : source.basedOnId;
      } else {
        const published = await publishedVersion(em, input.regionCode, type.code);
        if (!published) throw ChecklistErrors.nonePublished(input.regionCode, type.code);
        items = clone(published.items);
        // a village's list keeps pointing at the town template it adapts; a town's copy at the version it copies
        basedOnId = level === 'TOWN' ? published.id : (published.basedOnId ?? published.id);
      }
      const row = await insertDraft(em, ctx, { regionCode: input.regionCode, listType: type.code, items, basedOnId });
      ctx.note({
        targetType: 'checklistVersion',
        targetId: row.id,
        regionCode: row.regionCode,
        summary: { listType: row.listType, version: row.version, source: input.source, basedOnId },
      });
      return row;
    });
  }

  /** A village's DRAFT adopting its town's published template: every item, or those with the given codes. */
  async adopt(ctx: RequestContext, input: AdoptChecklistTemplateInput): Promise<ChecklistVersionEntity> {
    requireChecklist(ctx, 'EDIT');
    if (regionLevel(input.villageCode) !== 'VILLAGE') throw ChecklistErrors.notVillage(input.villageCode);
    if (!ctx.inScope(input.villageCode)) throw ChecklistErrors.outOfScope();
    const town = parentCode(input.villageCode) as string;
    return inTransaction(this.dataSource, ctx, async (em) => {
      await requireRegion(em, input.villageCode);
      const type = await requireListType(em, countyCodeOf(input.villageCode), input.listType);
      const template = await publishedVersion(em, town, type.code);
      if (!template) throw ChecklistErrors.nonePublished(town, type.code);
      let items = clone(template.items);
      if (input.itemCodes) {
        const wanted = new Set<string>();
        for (const code of input.itemCodes) {
          if (wanted.has(code)) throw ChecklistErrors.itemDuplicate(code);
          if (!items.some((i) => i.code === code)) throw ChecklistErrors.itemNotFound(code);
          wanted.add(code);
        }
        items = items.filter((i) => wanted.has(i.code));
      }
      const row = await insertDraft(em, ctx, {
        regionCode: input.villageCode,
        listType: type.code,
        items,
        basedOnId: template.id,
      });
      ctx.note({
        targetType: 'checklistVersion',
        targetId: row.id,
        regionCode: row.regionCode,
        summary: {
          listType: row.listType,
          version: row.version,
          adopted: template.id,
          items: items.map((i) => i.code),
        },
      });
      return row;
    });
  }

  /** Edits a DRAFT: items replaced, added or removed, reason and legal basis. Each changed item is checked. */
  async updateDraft(ctx: RequestContext, input: UpdateChecklistDraftInput): Promise<ChecklistVersionEntity> {
    requireChecklist(ctx, 'READ');
    return inTransaction(this.dataSource, ctx, async (em) => {
      const v = await lockedVersion(em, input.id);
      this.requireEditor(ctx, v);
      if (v.status !== ChecklistVersionStatus.DRAFT) throw ChecklistErrors.notDraft(v.status);
      const type = await requireListType(em, v.countyCode, v.listType);
      let items = [...v.items];
      for (const code of input.removeItemCodes ?? []) {
        if (!items.some((i) => i.code === code)) throw ChecklistErrors.itemNotFound(code);
        items = items.filter((i) => i.code !== code);
      }
      const upserted = (input.upsertItems ?? []).map(toItemContent);
      const seen = new Set<string>();
      for (const item of upserted) {
        if (seen.has(item.code)) throw ChecklistErrors.itemDuplicate(item.code);
        seen.add(item.code);
        const at = items.findIndex((i) => i.code === item.code);
        if (at >= 0) items[at] = item;
        else items.push(item);
      }
      checkItems(type, upserted, { publishing: false });
      const before = v.items;
      v.items = items;
      if (input.changeReason !== undefined) v.changeReason = textOrNull(input.changeReason);
      if (input.legalBasis !== undefined) v.legalBasis = textOrNull(input.legalBasis);
      await em.update(
        ChecklistVersionEntity,
        { id: v.id },
        { items: v.items, changeReason: v.changeReason, legalBasis: v.legalBasis },
      );
      const d = diffItems(before, items);
      ctx.note({
        targetType: 'checklistVersion',
        targetId: v.id,
        regionCode: v.regionCode,
        summary: {
          added: d.added.map((i) => i.code),
          removed: d.removed.map((i) => i.code),
          changed: d.changed.map((c) => c.code),
        },
      });
      return (await em.findOneBy(ChecklistVersionEntity, { id: v.id })) as ChecklistVersionEntity;
    });
  }

  /** A village submits its DRAFT to the town, stating why the list changes and the law or policy behind it. */
  async submit(
    ctx: RequestContext,
    id: string,
    changeReason: string,
    legalBasis: string,
  ): Promise<ChecklistVersionEntity> {
    requireChecklist(ctx, 'EDIT');
    const reason = textOrNull(changeReason);
    const basis = textOrNull(legalBasis);
    if (!reason) throw ChecklistErrors.changeReasonRequired();
    if (!basis) throw ChecklistErrors.legalBasisRequired();
    return inTransaction(this.dataSource, ctx, async (em) => {
      const v = await lockedVersion(em, id);
      if (!ctx.inScope(v.regionCode)) throw ChecklistErrors.outOfScope();
      if (regionLevel(v.regionCode) !== 'VILLAGE') throw ChecklistErrors.notVillage(v.regionCode);
      if (v.status !== ChecklistVersionStatus.DRAFT) throw ChecklistErrors.notDraft(v.status);
      checkItems(await requireListType(em, v.countyCode, v.listType), v.items, { publishing: true });
      const now = new Date();
      Object.assign(v, {
        status: ChecklistVersionStatus.SUBMITTED,
        changeReason: reason,
        legalBasis: basis,
        submittedBy: ctx.requireActor().userId,
        submittedAt: now,
      });
      await em.update(
        ChecklistVersionEntity,
        { id: v.id },
        { status: v.status, changeReason: reason, legalBasis: basis, submittedBy: v.submittedBy, submittedAt: now },
      );
      await addEvent(em, ctx, v, ChecklistVersionAction.SUBMITTED, reason);
      ctx.note({
        targetType: 'checklistVersion',
        targetId: v.id,
        regionCode: v.regionCode,
        summary: { status: v.status },
      });
      return v;
    });
  }

  /** A town publishes its template DRAFT directly (templates need no approval); the one before is superseded. */
  async publishTemplate(
    ctx: RequestContext,
    id: string,
    changeReason?: string | null,
    legalBasis?: string | null,
  ): Promise<ChecklistVersionEntity> {
    requireChecklist(ctx, 'MANAGE');
    return inTransaction(this.dataSource, ctx, async (em) => {
      const v = await lockedVersion(em, id);
      if (!ctx.inScope(v.regionCode)) throw ChecklistErrors.outOfScope();
      if (regionLevel(v.regionCode) !== 'TOWN') throw ChecklistErrors.notTown(v.regionCode);
      if (v.status !== ChecklistVersionStatus.DRAFT) throw ChecklistErrors.notDraft(v.status);
      checkItems(await requireListType(em, v.countyCode, v.listType), v.items, { publishing: true });
      const changes: Partial<ChecklistVersionEntity> = {};
      if (changeReason !== undefined && changeReason !== null) changes.changeReason = textOrNull(changeReason);
      if (legalBasis !== undefined && legalBasis !== null) changes.legalBasis = textOrNull(legalBasis);
      await publish(em, ctx, v, changes);
      ctx.note({
        targetType: 'checklistVersion',
        targetId: v.id,
        regionCode: v.regionCode,
        summary: { status: v.status },
      });
      return v;
    });
  }

  /** The town approves a village's SUBMITTED version: it goes on the wall, the one before is superseded. */
  async approve(ctx: RequestContext, id: string, reason?: string | null): Promise<ChecklistVersionEntity> {
    requireChecklist(ctx, 'MANAGE');
    return inTransaction(this.dataSource, ctx, async (em) => {
      const v = await lockedVersion(em, id);
      this.requireTownOf(ctx, v);
      if (v.status !== ChecklistVersionStatus.SUBMITTED) throw ChecklistErrors.notSubmitted(v.status);
      checkItems(await requireListType(em, v.countyCode, v.listType), v.items, { publishing: true });
      const note = textOrNull(reason);
      await addEvent(em, ctx, v, ChecklistVersionAction.APPROVED, note);
      await publish(em, ctx, v, { decisionReason: note });
      ctx.note({
        targetType: 'checklistVersion',
        targetId: v.id,
        regionCode: v.regionCode,
        summary: { status: v.status },
      });
      return v;
    });
  }

  /** The town rejects a village's SUBMITTED version with its reason; the list on the wall stays as it is. */
  async reject(ctx: RequestContext, id: string, reason: string): Promise<ChecklistVersionEntity> {
    requireChecklist(ctx, 'MANAGE');
    const why = textOrNull(reason);
    if (!why) throw ChecklistErrors.reasonRequired();
    return inTransaction(this.dataSource, ctx, async (em) => {
      const v = await lockedVersion(em, id);
      this.requireTownOf(ctx, v);
      if (v.status !== ChecklistVersionStatus.SUBMITTED) throw ChecklistErrors.notSubmitted(v.status);
      const now = new Date();
      Object.assign(v, {
        status: ChecklistVersionStatus.REJECTED,
        decidedBy: ctx.requireActor().userId,
        decidedAt: now,
        decisionReason: why,
      });
      await em.update(
        ChecklistVersionEntity,
        { id: v.id },
        { status: v.status, decidedBy: v.decidedBy, decidedAt: now, decisionReason: why },
      );
      await addEvent(em, ctx, v, ChecklistVersionAction.REJECTED, why);
      ctx.note({
        targetType: 'checklistVersion',
        targetId: v.id,
        regionCode: v.regionCode,
        summary: { status: v.status, reason: why },
      });
      return v;
    });
  }

  /** Town drafts are the town's (MANAGE); village drafts the village's (EDIT); both within the caller's region. */
  private requireEditor(ctx: RequestContext, v: ChecklistVersionEntity): void {
    requireChecklist(ctx, regionLevel(v.regionCode) === 'TOWN' ? 'MANAGE' : 'EDIT');
    if (!ctx.inScope(v.regionCode)) throw ChecklistErrors.outOfScope();
  }

  /** Decisions on a village's list are taken by its town: the caller's region holds the town, not just the village. */
  private requireTownOf(ctx: RequestContext, v: ChecklistVersionEntity): void {
    if (regionLevel(v.regionCode) !== 'VILLAGE') throw ChecklistErrors.notVillage(v.regionCode);
    if (!ctx.inScope(parentCode(v.regionCode) as string)) throw ChecklistErrors.outOfScope();
  }
}

async function requireRegion(em: EntityManager, code: string): Promise<void> {
  if (!(await em.existsBy(RegionEntity, { code }))) throw RegistryErrors.regionNotFound(code);
}
