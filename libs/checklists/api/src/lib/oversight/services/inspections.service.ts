import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { todayIso } from '@xiangzhi/registry/util';
import { RegionEntity, RegistryErrors } from '@xiangzhi/registry/api';
import {
  countyCodeOf,
  inTransaction,
  overlapsScope,
  PageArgs,
  regionLevel,
  RequestContext,
} from '@xiangzhi/server/core';
import { requireChecklist } from '../../checklist-access';
import { ChecklistErrors } from '../../checklists.errors';
import { requireListType } from '../../services/list-types';
import { publishedVersion } from '../../services/version-store';
import type {
  ActOnChecklistFindingInput,
  AddChecklistFindingInput,
  ChecklistFindingInput,
  ChecklistFindingsArgs,
  ChecklistInspectionsArgs,
  RecordChecklistInspectionInput,
  RecordChecklistRectificationInput,
} from '../dto/inspection.input';
import { ChecklistFindingEntity } from '../entities/finding.entity';
import { ChecklistInspectionEventEntity } from '../entities/inspection-event.entity';
import { ChecklistInspectionEntity } from '../entities/inspection.entity';
import type {
  ChecklistFindingModel,
  ChecklistFindingPageModel,
  ChecklistInspectionEventModel,
  ChecklistInspectionModel,
  ChecklistInspectionPageModel,
} from '../models/inspection.model';
import {
  ChecklistFindingAction,
  ChecklistFindingStatus,
  ChecklistInspectionEventType,
  ChecklistInspectionTarget,
  OPEN_FINDING_STATUSES,
} from '../oversight.enums';
import { checkKey, cleanText, OversightErrors } from '../oversight.errors';
import { checkFiles, findCase, lockKey, regionFilter, requestHash } from './oversight-store';

const MAX_FINDINGS = 50;

interface CleanFinding {
  text: string;
  severity: ChecklistFindingInput['severity'];
  dueOn: string | null;
}

/** What is inspected, resolved and checked. */
interface Target {
  kind: ChecklistInspectionTarget;
  regionCode: string;
  listType: string;
  itemCode: string | null;
  itemName: string | null;
  caseId: string | null;
  versionId: string | null;
}

/**
 * Inspections (监督检查) by the village oversight committee, the town or the county, of a village's list, one of its
 * items or one case; their findings; the rectification the village records; the inspector's verification or
 * reopening. Every step is an event of the inspection's append-only log and an audit note; the finding row keeps
 * the current state.
 *
 * Permissions: CHECKLIST_OVERSIGHT records inspections and findings and decides on them; CHECKLIST_EDIT (the village
 * administrator, the town) records a rectification — the oversight committee holds no EDIT, so it never rectifies
 * what it found, and nobody rectifies their own finding or verifies their own rectification; CHECKLIST_READ reads.
 */
@Injectable()
export class InspectionsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async record(ctx: RequestContext, input: RecordChecklistInspectionInput): Promise<ChecklistInspectionModel> {
    const actor = requireChecklist(ctx, 'OVERSIGHT');
    const key = checkKey(input.clientKey);
    const summary = cleanText(input.summary, 2, 2000, OversightErrors.summaryInvalid);
    const today = todayIso();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(input.inspectedOn ?? '') || input.inspectedOn > today) {
      throw OversightErrors.dateInvalid();
    }
    const findings = cleanFindings(input.findings ?? [], today);
    const hash = requestHash({
      villageCode: input.villageCode ?? null,
      listType: input.listType ?? null,
      itemCode: input.itemCode ?? null,
      caseId: input.caseId ?? null,
      inspectedOn: input.inspectedOn,
      summary,
      findings,
    });
    return inTransaction(this.dataSource, ctx, async (em) => {
      await lockKey(em, `checklist_inspection:${actor.userId}:${key}`);
      const earlier = await em.findOneBy(ChecklistInspectionEntity, { inspectorId: actor.userId, clientKey: key });
      if (earlier) {
        if (earlier.requestHash !== hash) throw OversightErrors.keyReused();
        return toInspectionModel(earlier);
      }
      const target = await this.resolveTarget(em, ctx, input);
      const row = await em.save(
        em.create(ChecklistInspectionEntity, {
          regionCode: target.regionCode,
          countyCode: countyCodeOf(target.regionCode),
          targetKind: target.kind,
          listType: target.listType,
          itemCode: target.itemCode,
          itemName: target.itemName,
          caseId: target.caseId,
          versionId: target.versionId,
          summary,
          inspectedOn: input.inspectedOn,
          inspectorId: actor.userId,
          inspectorRole: actor.role,
          clientKey: key,
          requestHash: hash,
        }),
      );
      await addEvent(em, ctx, row, null, ChecklistInspectionEventType.RECORDED, { note: summary });
      const ids: string[] = [];
      for (const [i, f] of findings.entries()) ids.push((await insertFinding(em, ctx, row, i + 1, f)).id);
      ctx.note({
        targetType: 'checklistInspection',
        targetId: row.id,
        regionCode: row.regionCode,
        summary: {
          target: target.kind,
          listType: target.listType,
          itemCode: target.itemCode,
          caseId: target.caseId,
          inspectedOn: row.inspectedOn,
          findings: findings.map((f, i) => ({ id: ids[i], severity: f.severity, dueOn: f.dueOn })),
        },
      });
      return toInspectionModel(row);
    });
  }

  /** A further finding of an inspection (found on a later visit); idempotent by its text and severity. */
  async addFinding(ctx: RequestContext, input: AddChecklistFindingInput): Promise<ChecklistFindingModel> {
    requireChecklist(ctx, 'OVERSIGHT');
    const [f] = cleanFindings([input.finding], todayIso());
    return inTransaction(this.dataSource, ctx, async (em) => {
      const inspection = await em.findOne(ChecklistInspectionEntity, {
        where: { id: input.inspectionId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!inspection) throw OversightErrors.inspectionNotFound();
      if (!ctx.inScope(inspection.regionCode)) throw OversightErrors.outOfScope();
      // a replay (the same text and severity on the same inspection) returns the finding recorded first
      const same = await em.findOneBy(ChecklistFindingEntity, {
        inspectionId: inspection.id,
        text: f.text,
        severity: f.severity,
      });
      if (same) return toFindingModel(same);
      const [{ n }] = (await em.query(
        `SELECT COALESCE(MAX(seq), 0)::int AS n FROM checklist_finding WHERE inspection_id = $1`,
        [inspection.id],
      )) as Array<{ n: number }>;
      if (n >= MAX_FINDINGS) throw OversightErrors.findingsTooMany();
      const row = await insertFinding(em, ctx, inspection, n + 1, f);
      ctx.note({
        targetType: 'checklistFinding',
        targetId: row.id,
        regionCode: row.regionCode,
        summary: { inspectionId: inspection.id, seq: row.seq, severity: row.severity, dueOn: row.dueOn },
      });
      return toFindingModel(row);
    });
  }

  /** The inspector's decision: require a rectification, verify or reopen it, or close a finding needing none. */
  async act(ctx: RequestContext, input: ActOnChecklistFindingInput): Promise<ChecklistFindingModel> {
    const actor = requireChecklist(ctx, 'OVERSIGHT');
    const today = todayIso();
    const note = input.note?.trim() ? cleanText(input.note, 2, 1000, OversightErrors.noteRequired) : null;
    return inTransaction(this.dataSource, ctx, async (em) => {
      const f = await this.lockFinding(em, ctx, input.findingId);
      const refuse = () => OversightErrors.findingStatusInvalid(f.status, input.action);
      const inspection = await em.findOneByOrFail(ChecklistInspectionEntity, { id: f.inspectionId });
      let type: ChecklistInspectionEventType;
      const changes: Partial<ChecklistFindingEntity> = {};
      switch (input.action) {
        case ChecklistFindingAction.REQUIRE_RECTIFICATION: {
          if (f.status !== ChecklistFindingStatus.OPEN) throw refuse();
          changes.dueOn = checkDue(input.dueOn, today);
          changes.status = ChecklistFindingStatus.RECTIFICATION_REQUIRED;
          type = ChecklistInspectionEventType.RECTIFICATION_REQUIRED;
          break;
        }
        case ChecklistFindingAction.VERIFY: {
          if (f.status !== ChecklistFindingStatus.RECTIFIED) throw refuse();
          if (f.rectifiedBy === actor.userId) throw OversightErrors.samePerson();
          Object.assign(changes, {
            status: ChecklistFindingStatus.VERIFIED,
            verifiedBy: actor.userId,
            verifiedAt: new Date(),
          });
          type = ChecklistInspectionEventType.VERIFIED;
          break;
        }
        case ChecklistFindingAction.REOPEN: {
          if (f.status !== ChecklistFindingStatus.RECTIFIED) throw refuse();
          if (!note) throw OversightErrors.noteRequired();
          changes.dueOn = input.dueOn ? checkDue(input.dueOn, today) : f.dueOn;
          changes.status = ChecklistFindingStatus.RECTIFICATION_REQUIRED;
          type = ChecklistInspectionEventType.REOPENED;
          break;
        }
        case ChecklistFindingAction.CLOSE: {
          if (f.status !== ChecklistFindingStatus.OPEN) throw refuse();
          if (!note) throw OversightErrors.noteRequired();
          changes.status = ChecklistFindingStatus.CLOSED;
          type = ChecklistInspectionEventType.CLOSED;
          break;
        }
        default:
          throw refuse();
      }
      changes.updatedAt = new Date();
      await em.update(ChecklistFindingEntity, { id: f.id }, changes);
      await addEvent(em, ctx, inspection, f.id, type, { note, dueOn: changes.dueOn ?? null });
      ctx.note({
        targetType: 'checklistFinding',
        targetId: f.id,
        regionCode: f.regionCode,
        summary: { action: input.action, from: f.status, to: changes.status, dueOn: changes.dueOn ?? f.dueOn, note },
      });
      return toFindingModel(await em.findOneByOrFail(ChecklistFindingEntity, { id: f.id }));
    });
  }

  /** The village records what it did about a finding (整改), with evidence files; the inspector then verifies it. */
  async rectify(ctx: RequestContext, input: RecordChecklistRectificationInput): Promise<ChecklistFindingModel> {
    const actor = requireChecklist(ctx, 'EDIT');
    const text = cleanText(input.text, 2, 1000, OversightErrors.findingTextInvalid);
    return inTransaction(this.dataSource, ctx, async (em) => {
      const f = await this.lockFinding(em, ctx, input.findingId);
      if (f.status !== ChecklistFindingStatus.RECTIFICATION_REQUIRED) {
        throw OversightErrors.findingStatusInvalid(f.status, 'RECTIFY');
      }
      if (f.createdBy === actor.userId) throw OversightErrors.samePerson();
      const fileIds = await checkFiles(em, ctx, input.fileIds ?? []);
      const inspection = await em.findOneByOrFail(ChecklistInspectionEntity, { id: f.inspectionId });
      await em.update(
        ChecklistFindingEntity,
        { id: f.id },
        {
          status: ChecklistFindingStatus.RECTIFIED,
          rectificationText: text,
          rectificationFileIds: fileIds,
          rectifiedBy: actor.userId,
          rectifiedAt: new Date(),
          updatedAt: new Date(),
        },
      );
      await addEvent(em, ctx, inspection, f.id, ChecklistInspectionEventType.RECTIFIED, { note: text, fileIds });
      ctx.note({
        targetType: 'checklistFinding',
        targetId: f.id,
        regionCode: f.regionCode,
        summary: { action: 'RECTIFY', from: f.status, to: ChecklistFindingStatus.RECTIFIED, fileIds },
      });
      return toFindingModel(await em.findOneByOrFail(ChecklistFindingEntity, { id: f.id }));
    });
  }

  /** Inspections of a village (or of every village below a town or county), newest first. */
  async list(ctx: RequestContext, args: ChecklistInspectionsArgs): Promise<ChecklistInspectionPageModel> {
    requireChecklist(ctx, 'READ');
    if (!overlapsScope(ctx, args.regionCode)) throw OversightErrors.outOfScope();
    const where = regionFilter(ctx, 'i.region_code', args.regionCode);
    const qb = this.dataSource.manager
      .createQueryBuilder(ChecklistInspectionEntity, 'i')
      .where(where.sql, where.params);
    if (args.listType) qb.andWhere('i.list_type = :listType', { listType: args.listType });
    if (args.openOnly) {
      qb.andWhere(
        `EXISTS (SELECT 1 FROM checklist_finding f WHERE f.inspection_id = i.id AND f.status IN (:...open))`,
        { open: OPEN_FINDING_STATUSES },
      );
    }
    const [rows, total] = await qb
      .orderBy('i.inspected_on', 'DESC')
      .addOrderBy('i.created_at', 'DESC')
      .offset(pageOf(args).offset)
      .limit(pageOf(args).first)
      .getManyAndCount();
    return { items: rows.map(toInspectionModel), total };
  }

  async get(ctx: RequestContext, id: string): Promise<ChecklistInspectionModel> {
    requireChecklist(ctx, 'READ');
    const row = await this.dataSource.manager.findOneBy(ChecklistInspectionEntity, { id });
    if (!row) throw OversightErrors.inspectionNotFound();
    if (!ctx.inScope(row.regionCode)) throw OversightErrors.outOfScope();
    return toInspectionModel(row);
  }

  /** Findings of a region (what a village has to rectify, what is overdue), by deadline. */
  async findings(ctx: RequestContext, args: ChecklistFindingsArgs): Promise<ChecklistFindingPageModel> {
    requireChecklist(ctx, 'READ');
    if (!overlapsScope(ctx, args.regionCode)) throw OversightErrors.outOfScope();
    const where = regionFilter(ctx, 'f.region_code', args.regionCode);
    const qb = this.dataSource.manager.createQueryBuilder(ChecklistFindingEntity, 'f').where(where.sql, where.params);
    if (args.status) qb.andWhere('f.status = :status', { status: args.status });
    if (args.overdue) {
      qb.andWhere(`f.status = :required AND f.due_on < :today`, {
        required: ChecklistFindingStatus.RECTIFICATION_REQUIRED,
        today: todayIso(),
      });
    }
    const [rows, total] = await qb
      .orderBy('f.due_on', 'ASC', 'NULLS LAST')
      .addOrderBy('f.created_at', 'DESC')
      .addOrderBy('f.seq', 'ASC')
      .offset(pageOf(args).offset)
      .limit(pageOf(args).first)
      .getManyAndCount();
    return { items: rows.map((r) => toFindingModel(r)), total };
  }

  /** Findings of inspections (for the DataLoader), in order. */
  async findingsOf(inspectionIds: readonly string[]): Promise<Map<string, ChecklistFindingModel[]>> {
    const rows = await this.dataSource.manager.find(ChecklistFindingEntity, {
      where: { inspectionId: In([...inspectionIds]) },
      order: { seq: 'ASC' },
    });
    const today = todayIso();
    const out = new Map<string, ChecklistFindingModel[]>(inspectionIds.map((id) => [id, []]));
    for (const r of rows) out.get(r.inspectionId)?.push(toFindingModel(r, today));
    return out;
  }

  /** Event logs of inspections (for the DataLoader), oldest first. */
  async eventsOf(inspectionIds: readonly string[]): Promise<Map<string, ChecklistInspectionEventModel[]>> {
    const rows = await this.dataSource.manager.find(ChecklistInspectionEventEntity, {
      where: { inspectionId: In([...inspectionIds]) },
      order: { id: 'ASC' },
    });
    const out = new Map<string, ChecklistInspectionEventModel[]>(inspectionIds.map((id) => [id, []]));
    for (const r of rows) {
      out.get(r.inspectionId)?.push({
        type: r.type,
        findingId: r.findingId,
        actorId: r.actorId,
        at: r.at,
        note: r.note,
        dueOn: r.dueOn,
        fileIds: r.fileIds ?? [],
      });
    }
    return out;
  }

  private async lockFinding(em: EntityManager, ctx: RequestContext, id: string): Promise<ChecklistFindingEntity> {
    const f = await em.findOne(ChecklistFindingEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!f) throw OversightErrors.findingNotFound();
    if (!ctx.inScope(f.regionCode)) throw OversightErrors.outOfScope();
    return f;
  }

  /** A case (its village and item), or a village's list or item in force; always within the caller's region. */
  private async resolveTarget(
    em: EntityManager,
    ctx: RequestContext,
    input: RecordChecklistInspectionInput,
  ): Promise<Target> {
    if (input.caseId) {
      const c = await findCase(em, input.caseId);
      if (!c) throw OversightErrors.caseNotFound();
      if (!ctx.inScope(c.regionCode)) throw OversightErrors.outOfScope();
      if (
        (input.villageCode && input.villageCode !== c.regionCode) ||
        (input.listType && input.listType !== c.listType) ||
        (input.itemCode && input.itemCode !== c.itemCode)
      ) {
        throw OversightErrors.targetInvalid();
      }
      return {
        kind: ChecklistInspectionTarget.CASE,
        regionCode: c.regionCode,
        listType: c.listType,
        itemCode: c.itemCode,
        itemName: c.itemName,
        caseId: c.id,
        versionId: c.versionId,
      };
    }
    const village = input.villageCode;
    if (!village || !input.listType || regionLevel(village) !== 'VILLAGE') throw OversightErrors.targetInvalid();
    if (!ctx.inScope(village)) throw OversightErrors.outOfScope();
    if (!(await em.existsBy(RegionEntity, { code: village }))) throw RegistryErrors.regionNotFound(village);
    const type = await requireListType(em, countyCodeOf(village), input.listType);
    const inForce = await publishedVersion(em, village, type.code);
    if (!input.itemCode) {
      return {
        kind: ChecklistInspectionTarget.LIST,
        regionCode: village,
        listType: type.code,
        itemCode: null,
        itemName: null,
        caseId: null,
        versionId: inForce?.id ?? null,
      };
    }
    const item = inForce?.items.find((i) => i.code === input.itemCode);
    if (!inForce || !item) throw ChecklistErrors.itemNotFound(input.itemCode);
    return {
      kind: ChecklistInspectionTarget.ITEM,
      regionCode: village,
      listType: type.code,
      itemCode: item.code,
      itemName: item.name,
      caseId: null,
      versionId: inForce.id,
    };
  }
}

function pageOf(args: Partial<PageArgs>): PageArgs {
  return { first: args.first ?? 20, offset: args.offset ?? 0 };
}

function checkDue(dueOn: string | null | undefined, today: string): string {
  if (!dueOn || !/^\d{4}-\d{2}-\d{2}$/.test(dueOn) || dueOn < today) throw OversightErrors.dueInvalid();
  return dueOn;
}

function cleanFindings(findings: readonly ChecklistFindingInput[], today: string): CleanFinding[] {
  if (findings.length > MAX_FINDINGS) throw OversightErrors.findingsTooMany();
  return findings.map((f, i) => ({
    text: cleanText(f.text, 2, 1000, () => OversightErrors.findingTextInvalid(i)),
    severity: f.severity,
    dueOn: f.dueOn ? checkDue(f.dueOn, today) : null,
  }));
}

async function insertFinding(
  em: EntityManager,
  ctx: RequestContext,
  inspection: ChecklistInspectionEntity,
  seq: number,
  f: CleanFinding,
): Promise<ChecklistFindingEntity> {
  const row = await em.save(
    em.create(ChecklistFindingEntity, {
      inspectionId: inspection.id,
      regionCode: inspection.regionCode,
      seq,
      text: f.text,
      severity: f.severity,
      status: f.dueOn ? ChecklistFindingStatus.RECTIFICATION_REQUIRED : ChecklistFindingStatus.OPEN,
      dueOn: f.dueOn,
      rectificationFileIds: [],
      createdBy: ctx.requireActor().userId,
    }),
  );
  await addEvent(em, ctx, inspection, row.id, ChecklistInspectionEventType.FINDING_ADDED, { note: f.text });
  if (f.dueOn) {
    await addEvent(em, ctx, inspection, row.id, ChecklistInspectionEventType.RECTIFICATION_REQUIRED, {
      dueOn: f.dueOn,
    });
  }
  return row;
}

async function addEvent(
  em: EntityManager,
  ctx: RequestContext,
  inspection: ChecklistInspectionEntity,
  findingId: string | null,
  type: ChecklistInspectionEventType,
  extra: { note?: string | null; dueOn?: string | null; fileIds?: string[] } = {},
): Promise<void> {
  await em.insert(ChecklistInspectionEventEntity, {
    inspectionId: inspection.id,
    findingId,
    regionCode: inspection.regionCode,
    type,
    actorId: ctx.requireActor().userId,
    note: extra.note ?? null,
    dueOn: extra.dueOn ?? null,
    fileIds: extra.fileIds ?? [],
  });
}

export function toInspectionModel(r: ChecklistInspectionEntity): ChecklistInspectionModel {
  return {
    id: r.id,
    regionCode: r.regionCode,
    targetKind: r.targetKind,
    listType: r.listType,
    itemCode: r.itemCode,
    itemName: r.itemName,
    caseId: r.caseId,
    versionId: r.versionId,
    summary: r.summary,
    inspectedOn: r.inspectedOn,
    inspectorId: r.inspectorId,
    inspectorRole: r.inspectorRole,
    createdAt: r.createdAt,
  };
}

export function toFindingModel(r: ChecklistFindingEntity, today = todayIso()): ChecklistFindingModel {
  return {
    id: r.id,
    inspectionId: r.inspectionId,
    regionCode: r.regionCode,
    seq: r.seq,
    text: r.text,
    severity: r.severity,
    status: r.status,
    dueOn: r.dueOn,
    overdue: r.status === ChecklistFindingStatus.RECTIFICATION_REQUIRED && !!r.dueOn && r.dueOn < today,
    rectificationText: r.rectificationText,
    rectificationFileIds: r.rectificationFileIds ?? [],
    rectifiedBy: r.rectifiedBy,
    rectifiedAt: r.rectifiedAt,
    verifiedBy: r.verifiedBy,
    verifiedAt: r.verifiedAt,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}
