import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  applyAction,
  availableActions,
  caseDeadline,
  findStep,
  FlowChartInvalidError,
  negativeGate,
  startCase,
  stepDeadline,
  type CaseState,
  type ChecklistItemContent,
  type FlowChart,
  type ListTypeDefinition,
} from '@xiangzhi/checklists/util';
import {
  countyCodeOf,
  FilesService,
  inTransaction,
  PageArgs,
  regionLevel,
  RequestContext,
  scopePrefix,
} from '@xiangzhi/server/core';
import { MemberEntity } from '@xiangzhi/registry/api';
import { requireChecklist } from '../checklist-access';
import { ChecklistListKind } from '../checklists.enums';
import { ChecklistErrors } from '../checklists.errors';
import { requireListType } from '../services/list-types';
import { textOrNull } from '../services/version-rules';
import { publishedVersion } from '../services/version-store';
import type { ActOnChecklistCaseInput, ChecklistCasesArgs, OpenChecklistCaseInput } from './case.input';
import type { ChecklistCaseModel, ChecklistCasePageModel, PublicChecklistCasePageModel } from './case.model';
import {
  actorRoles,
  caseNumber,
  caseResult,
  chinaDate,
  chinaYear,
  deadlineOptions,
  disclosesResults,
  recordedRole,
} from './case-rules';
import { toCaseModel } from './case-mappers';
import { ChecklistCaseEventEntity } from './case-event.entity';
import { ChecklistCaseEntity } from './case.entity';
import {
  ChecklistApplicantKind,
  ChecklistCaseEventKind,
  ChecklistCaseResult,
  ChecklistCaseStatus,
  ChecklistRequestKind,
} from './cases.enums';
import { CaseErrors, checkKey } from './cases.errors';
import { ChecklistGateService, refusalOf } from './gate.service';

/** When an action happens; tests and demo seeds pass a time in the past (default: now). */
export interface CaseTiming {
  at?: Date;
}

/**
 * Cases (办理): staff open a case for an item of a village's list in force and an applicant; the case moves step by
 * step through the item's flow chart (util `startCase` / `applyAction`), each step by a user whose role does it,
 * with notes and attachments, under deadlines per step and per case. Opening is idempotent per user and client key
 * and passes the negative-list gate. Every change is in the append-only case log and in the audit log.
 */
@Injectable()
export class ChecklistCasesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly gate: ChecklistGateService,
    private readonly files: FilesService,
  ) {}

  /** Opens a case (受理): the chart's START is left at once (`startCase`), the case stands on the next step. */
  async open(
    ctx: RequestContext,
    input: OpenChecklistCaseInput,
    timing: CaseTiming = {},
  ): Promise<ChecklistCaseEntity> {
    const actor = requireChecklist(ctx, 'CASE');
    const village = input.villageCode;
    if (regionLevel(village) !== 'VILLAGE') throw ChecklistErrors.notVillage(village);
    if (!ctx.inScope(village)) throw CaseErrors.outOfScope();
    const key = checkKey(input.clientKey);
    const at = timing.at ?? new Date();
    return inTransaction(this.dataSource, ctx, async (em) => {
      await em.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`checklist-case-key:${actor.userId}:${key}`]);
      const earlier = await em.findOneBy(ChecklistCaseEntity, { openedBy: actor.userId, clientKey: key });
      if (earlier) {
        ctx.note({
          targetType: 'checklistCase',
          targetId: earlier.id,
          regionCode: earlier.regionCode,
          summary: { number: earlier.number, replay: true },
        });
        return earlier;
      }
      const type = await requireListType(em, countyCodeOf(village), input.listType);
      const version = await publishedVersion(em, village, type.code);
      const item = version?.items.find((i) => i.code === input.itemCode);
      if (!version || !item) throw CaseErrors.itemNotInForce(village, type.code, input.itemCode);
      const requestText = textOrNull(input.requestText);
      await this.guard(ctx, em, village, type, item, requestText);
      const flow = item.flow;
      if (!flow) throw CaseErrors.flowInvalid();
      let state: CaseState;
      try {
        state = startCase(flow, at.toISOString(), actor.userId);
      } catch (err) {
        if (err instanceof FlowChartInvalidError) throw CaseErrors.flowInvalid(err.problems);
        throw err;
      }
      const applicant = await this.applicant(em, village, input);
      const options = deadlineOptions(item);
      const due = caseDeadline(flow, state.startedAt, options);
      const year = chinaYear(at);
      await em.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`checklist-case-number:${village}:${year}`]);
      const [{ next }] = (await em.query(
        `SELECT COALESCE(MAX(split_part(number, '-', 4)::int), 0) + 1 AS next
           FROM checklist_case WHERE region_code = $1 AND number LIKE $2`,
        [village, `BL-${village}-${year}-%`],
      )) as Array<{ next: number }>;
      const closed = state.closedAt !== null;
      const row = await em.save(
        em.create(ChecklistCaseEntity, {
          number: caseNumber(village, year, Number(next)),
          regionCode: village,
          listType: type.code,
          itemCode: item.code,
          itemName: item.name,
          versionId: version.id,
          item,
          applicantKind: input.applicantKind,
          applicantMemberId: applicant.memberId,
          applicantName: applicant.name,
          requestText,
          status: closed ? ChecklistCaseStatus.CLOSED : ChecklistCaseStatus.OPEN,
          currentStepId: state.currentStepId,
          state,
          result: closed ? caseResult(state) : null,
          openedBy: actor.userId,
          openedAt: at,
          clientKey: key,
          dueAt: due ? new Date(due) : null,
          stepDueAt: stepDueOf(flow, state, item),
          closedAt: closed ? at : null,
          disclose: disclosesResults(item),
          lastRemindedAt: null,
        }),
      );
      const [started] = state.history;
      await em.insert(ChecklistCaseEventEntity, {
        caseId: row.id,
        regionCode: village,
        kind: ChecklistCaseEventKind.OPENED,
        action: started.action ?? 'SUBMIT',
        fromStepId: started.stepId,
        toStepId: state.currentStepId,
        actorId: actor.userId,
        actorRole: recordedRole(actor.role, findStep(flow, started.stepId)?.role ?? ''),
        at,
        note: requestText,
        attachmentFileIds: [],
      });
      ctx.note({
        targetType: 'checklistCase',
        targetId: row.id,
        regionCode: village,
        summary: {
          number: row.number,
          itemCode: item.code,
          applicantKind: input.applicantKind,
          step: row.currentStepId,
        },
      });
      return row;
    });
  }

  /** Takes an action on the case's current step: by the step's role, never skipping, never on a closed case. */
  async act(
    ctx: RequestContext,
    input: ActOnChecklistCaseInput,
    timing: CaseTiming = {},
  ): Promise<ChecklistCaseEntity> {
    const actor = requireChecklist(ctx, 'CASE');
    const at = timing.at ?? new Date();
    return inTransaction(this.dataSource, ctx, async (em) => {
      const c = await em.findOne(ChecklistCaseEntity, {
        where: { id: input.caseId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!c) throw CaseErrors.caseNotFound();
      if (!ctx.inScope(c.regionCode)) throw CaseErrors.outOfScope();
      if (c.status === ChecklistCaseStatus.CLOSED) throw CaseErrors.caseClosed();
      const flow = c.item.flow as FlowChart;
      const step = findStep(flow, c.currentStepId);
      const fileIds = [...new Set(input.attachmentFileIds ?? [])];
      for (const id of fileIds) await this.files.find(ctx, id);
      const note = textOrNull(input.note);
      const r = applyAction(flow, c.state, {
        action: input.action,
        actorRoles: actorRoles(actor.role, step?.role ?? ''),
        at: at.toISOString(),
        actorId: actor.userId,
        ...(note ? { note } : {}),
      });
      if (!r.ok) {
        throw CaseErrors.caseRefused(
          r,
          availableActions(flow, c.currentStepId).map((t) => t.action),
        );
      }
      const closed = r.state.closedAt !== null;
      const changes: Partial<ChecklistCaseEntity> = {
        state: r.state,
        currentStepId: r.state.currentStepId,
        status: closed ? ChecklistCaseStatus.CLOSED : ChecklistCaseStatus.OPEN,
        result: closed ? caseResult(r.state) : null,
        closedAt: closed ? at : null,
        stepDueAt: stepDueOf(flow, r.state, c.item),
      };
      await em.update(ChecklistCaseEntity, { id: c.id }, changes as never);
      Object.assign(c, changes);
      await em.insert(ChecklistCaseEventEntity, {
        caseId: c.id,
        regionCode: c.regionCode,
        kind: ChecklistCaseEventKind.ACTION,
        action: input.action,
        fromStepId: r.transition.from,
        toStepId: r.transition.to,
        actorId: actor.userId,
        actorRole: recordedRole(actor.role, step?.role ?? ''),
        at,
        note,
        attachmentFileIds: fileIds,
      });
      ctx.note({
        targetType: 'checklistCase',
        targetId: c.id,
        regionCode: c.regionCode,
        summary: {
          action: input.action,
          from: r.transition.from,
          to: r.transition.to,
          status: c.status,
          result: c.result,
        },
      });
      return c;
    });
  }

  /** Cases of a village (or of every village of a town / county in the caller's region), newest first. */
  async list(ctx: RequestContext, args: ChecklistCasesArgs, now = new Date()): Promise<ChecklistCasePageModel> {
    requireChecklist(ctx, 'READ');
    if (!ctx.inScope(args.regionCode)) throw CaseErrors.outOfScope();
    const qb = this.dataSource.manager
      .createQueryBuilder(ChecklistCaseEntity, 'c')
      .where('c.region_code LIKE :prefix', { prefix: `${scopePrefix(args.regionCode)}%` });
    if (args.status) qb.andWhere('c.status = :status', { status: args.status });
    if (args.overdue !== null && args.overdue !== undefined) {
      const overdue = `((c.status = 'OPEN' AND (c.due_at < :now OR c.step_due_at < :now))
                        OR (c.status = 'CLOSED' AND c.closed_at > c.due_at))`;
      qb.andWhere(args.overdue ? overdue : `NOT COALESCE(${overdue}, false)`, { now });
    }
    const [rows, total] = await qb
      .orderBy('c.opened_at', 'DESC')
      .addOrderBy('c.id', 'ASC')
      .offset(args.offset)
      .limit(args.first)
      .getManyAndCount();
    return { items: rows.map((r) => toCaseModel(r, now)), total };
  }

  /** One case of the caller's region. */
  async get(ctx: RequestContext, id: string): Promise<ChecklistCaseEntity> {
    requireChecklist(ctx, 'READ');
    const c = await this.dataSource.manager.findOneBy(ChecklistCaseEntity, { id });
    if (!c) throw CaseErrors.caseNotFound();
    if (!ctx.inScope(c.regionCode)) throw CaseErrors.outOfScope();
    return c;
  }

  /** Public: closed cases of items that disclose results (公开运行结果), newest first; nothing personal. */
  async publicCases(villageCode: string, page: PageArgs): Promise<PublicChecklistCasePageModel> {
    if (regionLevel(villageCode) !== 'VILLAGE') return { items: [], total: 0 };
    const [rows, total] = await this.dataSource.manager.findAndCount(ChecklistCaseEntity, {
      select: { id: true, number: true, itemName: true, openedAt: true, closedAt: true, result: true },
      where: { regionCode: villageCode, status: ChecklistCaseStatus.CLOSED, disclose: true },
      order: { closedAt: 'DESC', id: 'ASC' },
      skip: page.offset,
      take: page.first,
    });
    return {
      items: rows.map((r) => ({
        number: r.number,
        itemName: r.itemName,
        openedOn: chinaDate(r.openedAt),
        closedOn: chinaDate(r.closedAt as Date),
        result: r.result as ChecklistCaseResult,
      })),
      total,
    };
  }

  /** The case as the API shows it. */
  model(c: ChecklistCaseEntity, now = new Date()): ChecklistCaseModel {
    return toCaseModel(c, now);
  }

  /**
   * The gate on opening: a NEGATIVE item is never opened; a certificate request must pass the do-not-issue list
   * and the negative items; other requests must not match a negative item. A refusal is recorded, then thrown.
   */
  private async guard(
    ctx: RequestContext,
    em: EntityManager,
    village: string,
    type: ListTypeDefinition,
    item: ChecklistItemContent,
    requestText: string | null,
  ): Promise<void> {
    const text = requestText ?? item.name;
    const certificate = type.kind === ChecklistListKind.CERTIFICATE;
    const kind = certificate ? ChecklistRequestKind.CERTIFICATE : ChecklistRequestKind.TASK;
    const request = { villageCode: village, kind, text, department: null, itemCode: item.code };
    let decision: ReturnType<typeof negativeGate>;
    if (type.kind === ChecklistListKind.NEGATIVE) {
      decision = {
        allowed: false,
        code: 'CHECKLIST_NEGATIVE_ITEM',
        item,
        basis: item.basis?.trim() || item.policyBasis,
      };
    } else {
      const lists = await this.gate.listsOf(em, village);
      decision = negativeGate(
        { kind, text, itemCode: item.code },
        certificate
          ? { ...lists, certificate: [item] }
          : { negative: lists.negative, assistedGovernment: [item], doNotIssue: lists.doNotIssue },
      );
    }
    if (decision.allowed) return;
    const refusal = await this.gate.refuse(ctx, refusalOf(decision, request));
    throw CaseErrors.gateRefused(decision.code, {
      itemCode: refusal.itemCode,
      itemName: refusal.itemName,
      basis: refusal.basis,
      refusalId: refusal.refusalId,
    });
  }

  /** MEMBER: an active member of the village, named as in the registry; ORGANISATION: its name. */
  private async applicant(
    em: EntityManager,
    village: string,
    input: OpenChecklistCaseInput,
  ): Promise<{ memberId: string | null; name: string }> {
    if (input.applicantKind === ChecklistApplicantKind.MEMBER) {
      if (!input.applicantMemberId) throw CaseErrors.applicantInvalid('MEMBER_REQUIRED');
      const m = await em.findOne(MemberEntity, {
        select: { id: true, name: true, regionCode: true, active: true },
        where: { id: input.applicantMemberId },
      });
      if (!m || !m.active || m.regionCode !== village) throw CaseErrors.applicantInvalid('MEMBER_NOT_IN_VILLAGE');
      return { memberId: m.id, name: m.name };
    }
    const name = textOrNull(input.applicantName);
    if (!name) throw CaseErrors.applicantInvalid('NAME_REQUIRED');
    return { memberId: null, name };
  }
}

/** The current step's deadline (null once closed or when the step has no limit). */
export function stepDueOf(flow: FlowChart, state: CaseState, item: ChecklistItemContent): Date | null {
  if (state.closedAt !== null) return null;
  const step = findStep(flow, state.currentStepId);
  const entry = state.history[state.history.length - 1];
  if (!step || !entry) return null;
  const end = stepDeadline(step, entry.enteredAt, deadlineOptions(item));
  return end ? new Date(end) : null;
}
