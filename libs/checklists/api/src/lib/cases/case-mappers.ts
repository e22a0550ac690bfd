import { availableActions, findStep, transitionLabel, type FlowChart, type FlowStep } from '@xiangzhi/checklists/util';
import { FlowActionValue, FlowStepKindValue } from '../checklists.enums';
import type { ChecklistCaseEventEntity } from './case-event.entity';
import type { ChecklistCaseEntity } from './case.entity';
import type { ChecklistCaseEventModel, ChecklistCaseModel, ChecklistCaseStepModel } from './case.model';
import { ChecklistCaseStatus } from './cases.enums';

function stepModel(s: FlowStep | undefined, id: string): ChecklistCaseStepModel {
  return {
    id,
    name: s?.name ?? id,
    role: s?.role ?? '',
    kind: (s?.kind ?? 'TASK') as FlowStepKindValue,
    timeLimitDays: s?.timeLimitDays ?? null,
  };
}

/** Whether a case is overdue at `now` (open: past a deadline; closed: closed after the case deadline). */
export function isCaseOverdue(
  c: Pick<ChecklistCaseEntity, 'status' | 'dueAt' | 'stepDueAt' | 'closedAt'>,
  now: Date,
): boolean {
  if (c.status === ChecklistCaseStatus.OPEN) {
    return (!!c.dueAt && c.dueAt < now) || (!!c.stepDueAt && c.stepDueAt < now);
  }
  return !!c.dueAt && !!c.closedAt && c.closedAt > c.dueAt;
}

/** A case as the API shows it, with its current step and the actions it offers. */
export function toCaseModel(c: ChecklistCaseEntity, now: Date): ChecklistCaseModel {
  const flow = (c.item.flow ?? { steps: [], transitions: [] }) as FlowChart;
  return {
    id: c.id,
    number: c.number,
    regionCode: c.regionCode,
    listType: c.listType,
    itemCode: c.itemCode,
    itemName: c.itemName,
    versionId: c.versionId,
    applicantKind: c.applicantKind,
    applicantMemberId: c.applicantMemberId,
    applicantName: c.applicantName,
    requestText: c.requestText,
    status: c.status,
    currentStep: stepModel(findStep(flow, c.currentStepId), c.currentStepId),
    steps: flow.steps.map((s) => stepModel(s, s.id)),
    openedBy: c.openedBy,
    openedAt: c.openedAt,
    dueAt: c.dueAt,
    stepDueAt: c.stepDueAt,
    closedAt: c.closedAt,
    overdue: isCaseOverdue(c, now),
    result: c.result,
    disclose: c.disclose,
    lastRemindedAt: c.lastRemindedAt,
    availableActions:
      c.status === ChecklistCaseStatus.CLOSED
        ? []
        : availableActions(flow, c.currentStepId).map((t) => ({
            action: t.action as FlowActionValue,
            label: transitionLabel(t),
            to: t.to,
            toName: findStep(flow, t.to)?.name ?? t.to,
            condition: t.condition ?? null,
          })),
  };
}

/** A case log entry with its step names (from the case's chart). */
export function toCaseEventModel(
  e: ChecklistCaseEventEntity,
  flow: FlowChart | undefined,
  actorName: string | null = null,
): ChecklistCaseEventModel {
  const name = (id: string) => (flow ? findStep(flow, id)?.name : undefined) ?? id;
  return {
    id: e.id,
    kind: e.kind,
    action: e.action as FlowActionValue,
    fromStepId: e.fromStepId,
    fromStepName: name(e.fromStepId),
    toStepId: e.toStepId,
    toStepName: name(e.toStepId),
    actorId: e.actorId,
    actorName,
    actorRole: e.actorRole,
    at: e.at,
    note: e.note,
    attachmentFileIds: e.attachmentFileIds ?? [],
  };
}
