import {
  FLOW_ROLE_LABELS_ZH,
  longestPathDays,
  summarizeItemsDiff,
  transitionLabel,
  type ChecklistItemContent,
  type FlowChart,
  type FlowStep,
  type FlowTransition,
  type ItemsDiff,
  type ListTypeDefinition,
} from '@xiangzhi/checklists/util';
import { ChecklistListKind, DayCountingValue, FlowActionValue, FlowStepKindValue } from './checklists.enums';
import type { ChecklistItemInput, FlowChartInput } from './dto/item.input';
import type { ChecklistVersionEntity } from './entities/version.entity';
import type { ChecklistVersionEventEntity } from './entities/version-event.entity';
import type { ChecklistItemModel, FlowChartModel, FlowStepModel, FlowTransitionModel } from './models/item.model';
import type {
  ChecklistFieldChangeModel,
  ChecklistListTypeModel,
  ChecklistVersionDiffModel,
  ChecklistVersionEventModel,
  ChecklistVersionModel,
} from './models/version.model';

/** Trimmed text, or undefined when blank (optional fields are left out rather than stored empty). */
function optional(value: string | null | undefined): string | undefined {
  const t = value?.trim();
  return t ? t : undefined;
}

function chartOf(input: FlowChartInput): FlowChart {
  return {
    steps: input.steps.map((s) => ({
      id: s.id.trim(),
      name: s.name.trim(),
      kind: s.kind,
      role: (s.role ?? '').trim(),
      timeLimitDays: s.timeLimitDays ?? null,
      materials: (s.materials ?? []).map((m) => m.trim()),
    })),
    transitions: input.transitions.map((t) => ({
      from: t.from.trim(),
      to: t.to.trim(),
      action: t.action,
      ...(optional(t.condition) ? { condition: optional(t.condition) } : {}),
      ...(optional(t.label) ? { label: optional(t.label) } : {}),
    })),
  };
}

/** The stored content of an item as the editor sent it (text trimmed, blank optional fields left out). */
export function toItemContent(i: ChecklistItemInput): ChecklistItemContent {
  const item: ChecklistItemContent = {
    code: i.code.trim(),
    name: i.name.trim(),
    category: i.category.trim(),
    policyBasis: (i.policyBasis ?? '').trim(),
    conditions: (i.conditions ?? '').trim(),
    materials: (i.materials ?? []).map((m) => m.trim()),
    timeLimit: {
      text: i.timeLimit.text.trim(),
      ...(i.timeLimit.days != null ? { days: i.timeLimit.days } : {}),
      ...(i.timeLimit.counting ? { counting: i.timeLimit.counting } : {}),
    },
    responsibleBody: i.responsibleBody.trim(),
    guidingUnit: (i.guidingUnit ?? '').trim(),
    oversight: { who: i.oversight.who.trim(), ofWhom: i.oversight.ofWhom.trim(), how: i.oversight.how.trim() },
    fee: (i.fee ?? '').trim(),
    disclosure: { what: i.disclosure.what.trim(), how: i.disclosure.how.trim() },
  };
  const extra: Partial<ChecklistItemContent> = {
    notes: optional(i.notes),
    consultation: optional(i.consultation),
    purpose: optional(i.purpose),
    sample: optional(i.sample),
    forbidden: optional(i.forbidden),
    basis: optional(i.basis),
  };
  for (const [k, v] of Object.entries(extra)) if (v !== undefined) (item as unknown as Record<string, unknown>)[k] = v;
  if (i.keywords && i.keywords.length > 0) item.keywords = i.keywords.map((k) => k.trim());
  if (i.flow) item.flow = chartOf(i.flow);
  return item;
}

export function toStepModel(s: FlowStep): FlowStepModel {
  return {
    id: s.id,
    name: s.name,
    kind: s.kind as FlowStepKindValue,
    role: s.role,
    roleLabelZh: FLOW_ROLE_LABELS_ZH[s.role] ?? s.role,
    timeLimitDays: s.timeLimitDays,
    materials: [...s.materials],
  };
}

export function toTransitionModel(t: FlowTransition): FlowTransitionModel {
  return {
    from: t.from,
    to: t.to,
    action: t.action as FlowActionValue,
    condition: t.condition ?? null,
    label: transitionLabel(t),
  };
}

function toChartModel(c: FlowChart): FlowChartModel {
  return {
    steps: c.steps.map(toStepModel),
    transitions: c.transitions.map(toTransitionModel),
    longestPathDays: longestPathDays(c),
  };
}

/** The GraphQL view of an item: every field, the flow chart as data. */
export function toItemModel(i: ChecklistItemContent): ChecklistItemModel {
  return {
    code: i.code,
    name: i.name,
    category: i.category,
    policyBasis: i.policyBasis,
    conditions: i.conditions,
    materials: [...i.materials],
    timeLimit: {
      text: i.timeLimit.text,
      days: i.timeLimit.days ?? null,
      counting: (i.timeLimit.counting ?? 'CALENDAR') as DayCountingValue,
    },
    responsibleBody: i.responsibleBody,
    guidingUnit: i.guidingUnit,
    oversight: { ...i.oversight },
    fee: i.fee,
    disclosure: { ...i.disclosure },
    notes: i.notes ?? null,
    consultation: i.consultation ?? null,
    keywords: [...(i.keywords ?? [])],
    purpose: i.purpose ?? null,
    sample: i.sample ?? null,
    forbidden: i.forbidden ?? null,
    basis: i.basis ?? null,
    flow: i.flow ? toChartModel(i.flow) : null,
  };
}

export function toVersionModel(v: ChecklistVersionEntity): ChecklistVersionModel {
  return {
    id: v.id,
    regionCode: v.regionCode,
    countyCode: v.countyCode,
    listType: v.listType,
    version: v.version,
    status: v.status,
    basedOnId: v.basedOnId,
    changeReason: v.changeReason,
    legalBasis: v.legalBasis,
    decisionReason: v.decisionReason,
    items: v.items.map(toItemModel),
    createdBy: v.createdBy,
    createdAt: v.createdAt,
    updatedAt: v.updatedAt,
    submittedBy: v.submittedBy,
    submittedAt: v.submittedAt,
    decidedBy: v.decidedBy,
    decidedAt: v.decidedAt,
    publishedAt: v.publishedAt,
  };
}

export function toEventModel(e: ChecklistVersionEventEntity): ChecklistVersionEventModel {
  return { action: e.action, actorId: e.actorId, at: e.at, reason: e.reason };
}

export function toListTypeModel(t: ListTypeDefinition & { enabled?: boolean }): ChecklistListTypeModel {
  return {
    code: t.code,
    nameZh: t.nameZh,
    nameEn: t.nameEn,
    order: t.order,
    kind: t.kind as ChecklistListKind,
    enabled: t.enabled ?? true,
  };
}

/** A field value as the "what changed" view shows it: lists joined by 、, empty as null. */
export function shown(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) return value.length > 0 ? value.join('、') : null;
  return String(value);
}

export function toDiffModel(fromId: string, toId: string, d: ItemsDiff): ChecklistVersionDiffModel {
  return {
    fromId,
    toId,
    lines: summarizeItemsDiff(d),
    added: d.added.map(toItemModel),
    removed: d.removed.map(toItemModel),
    changed: d.changed.map((c) => ({
      code: c.code,
      name: c.name,
      fields: c.fields.map((f): ChecklistFieldChangeModel => ({
        field: f.field,
        labelZh: f.labelZh,
        before: shown(f.before),
        after: shown(f.after),
        added: f.added ?? [],
        removed: f.removed ?? [],
      })),
      flow: c.flow
        ? {
            addedSteps: c.flow.addedSteps.map(toStepModel),
            removedSteps: c.flow.removedSteps.map(toStepModel),
            changedSteps: c.flow.changedSteps.map((s) => ({ id: s.id, fields: s.fields.map((f) => String(f.field)) })),
            addedTransitions: c.flow.addedTransitions.map(toTransitionModel),
            removedTransitions: c.flow.removedTransitions.map(toTransitionModel),
            changedTransitions: c.flow.changedTransitions.map((t) => ({
              from: t.from,
              action: t.action,
              before: toTransitionModel(t.before),
              after: toTransitionModel(t.after),
            })),
          }
        : null,
    })),
  };
}
