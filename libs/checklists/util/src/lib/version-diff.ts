/**
 * What changed between two versions of a village's lists (动态调整): items added, removed and changed field by field,
 * and what changed in a flow chart, in a form a "what changed" view and the town's approval screen can show as is.
 */
import type { FlowChart, FlowStep, FlowTransition } from './flow';
import type { ChecklistItemContent } from './item';

/** Chinese labels of item fields (paths), for the "what changed" view. */
export const ITEM_FIELD_LABELS_ZH: Readonly<Record<string, string>> = {
  name: '名称',
  category: '类别',
  policyBasis: '政策依据',
  conditions: '办理条件',
  materials: '申请材料',
  'timeLimit.text': '办结时限',
  'timeLimit.days': '办结时限（天）',
  'timeLimit.counting': '时限计算方式',
  responsibleBody: '责任主体',
  guidingUnit: '指导单位',
  'oversight.who': '监督主体',
  'oversight.ofWhom': '监督对象',
  'oversight.how': '监督方式',
  fee: '收费标准',
  'disclosure.what': '公开内容',
  'disclosure.how': '公开方式',
  notes: '特别说明',
  consultation: '咨询查询',
  keywords: '匹配关键词',
  purpose: '办理用途',
  sample: '证明式样',
  forbidden: '禁止事项',
  basis: '禁止依据',
  flow: '流程图',
};

// compared in this order, which is also the order of the published item on the wall
const SCALAR_FIELDS = Object.keys(ITEM_FIELD_LABELS_ZH).filter((f) => !['materials', 'keywords', 'flow'].includes(f));

/** One changed field. Lists (materials, keywords) also say which entries came and went. */
export interface FieldChange {
  field: string;
  labelZh: string;
  before: unknown;
  after: unknown;
  added?: string[];
  removed?: string[];
}

/** An item present in both versions with at least one change. */
export interface ItemChange {
  code: string;
  name: string;
  fields: FieldChange[];
  /** Set when the flow chart changed. */
  flow?: FlowDiff;
}

/** Result of `diffItems`, each part sorted by item code. */
export interface ItemsDiff {
  added: ChecklistItemContent[];
  removed: ChecklistItemContent[];
  changed: ItemChange[];
}

function valueAt(item: ChecklistItemContent, path: string): unknown {
  return path.split('.').reduce<unknown>((v, key) => (v as Record<string, unknown> | undefined)?.[key], item);
}

// undefined, null and blank text all mean "not filled in", so filling nothing in is not a change; a missing day
// counting is the default CALENDAR, so writing the default out is not a change either
function normal(value: unknown, field: string): unknown {
  if (field === 'timeLimit.counting' && (value === null || value === undefined)) return 'CALENDAR';
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string' && value.trim() === '') return undefined;
  return value;
}

function byCode(items: readonly ChecklistItemContent[], side: string): Map<string, ChecklistItemContent> {
  const map = new Map<string, ChecklistItemContent>();
  for (const item of items) {
    if (map.has(item.code)) throw new RangeError(`item code ${item.code} appears twice in the ${side} version`);
    map.set(item.code, item);
  }
  return map;
}

function listChange(field: string, before: readonly string[], after: readonly string[]): FieldChange | null {
  const added = after.filter((m) => !before.includes(m));
  const removed = before.filter((m) => !after.includes(m));
  const reordered = added.length === 0 && removed.length === 0 && before.join('\u0000') !== after.join('\u0000');
  if (added.length === 0 && removed.length === 0 && !reordered) return null;
  return { field, labelZh: ITEM_FIELD_LABELS_ZH[field], before: [...before], after: [...after], added, removed };
}

/** Field changes between two versions of one item (the flow chart is compared by `flowDiff`). */
export function diffItemFields(before: ChecklistItemContent, after: ChecklistItemContent): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of SCALAR_FIELDS) {
    const a = normal(valueAt(before, field), field);
    const b = normal(valueAt(after, field), field);
    if (a !== b) changes.push({ field, labelZh: ITEM_FIELD_LABELS_ZH[field], before: a, after: b });
  }
  for (const field of ['materials', 'keywords'] as const) {
    const change = listChange(field, before[field] ?? [], after[field] ?? []);
    if (change) changes.push(change);
  }
  return changes;
}

/**
 * Compares two versions of a list, keyed by item code: items only in `after` are added, only in `before` removed,
 * in both with a different field or flow changed. Throws RangeError when a code appears twice in one version.
 */
export function diffItems(before: readonly ChecklistItemContent[], after: readonly ChecklistItemContent[]): ItemsDiff {
  const a = byCode(before, 'before');
  const b = byCode(after, 'after');
  const sort = (items: ChecklistItemContent[]) => items.sort((x, y) => x.code.localeCompare(y.code));
  const changed: ItemChange[] = [];
  for (const [code, next] of b) {
    const prev = a.get(code);
    if (!prev) continue;
    const fields = diffItemFields(prev, next);
    const flow = flowDiff(prev.flow ?? EMPTY_CHART, next.flow ?? EMPTY_CHART);
    if (fields.length > 0 || !isFlowDiffEmpty(flow)) {
      changed.push({ code, name: next.name, fields, ...(isFlowDiffEmpty(flow) ? {} : { flow }) });
    }
  }
  return {
    added: sort([...b.values()].filter((i) => !a.has(i.code))),
    removed: sort([...a.values()].filter((i) => !b.has(i.code))),
    changed: changed.sort((x, y) => x.code.localeCompare(y.code)),
  };
}

const EMPTY_CHART: FlowChart = { steps: [], transitions: [] };

/** A step present in both charts with changed fields (name, kind, role, timeLimitDays, materials). */
export interface StepChange {
  id: string;
  fields: { field: keyof FlowStep; before: unknown; after: unknown }[];
}

/** A transition (keyed by from and action) whose target, condition or label changed. */
export interface TransitionChange {
  from: string;
  action: FlowTransition['action'];
  before: FlowTransition;
  after: FlowTransition;
}

/** Result of `flowDiff`. Transitions are keyed by (from, action), which validation keeps unique. */
export interface FlowDiff {
  addedSteps: FlowStep[];
  removedSteps: FlowStep[];
  changedSteps: StepChange[];
  addedTransitions: FlowTransition[];
  removedTransitions: FlowTransition[];
  changedTransitions: TransitionChange[];
}

const STEP_FIELDS: (keyof FlowStep)[] = ['name', 'kind', 'role', 'timeLimitDays', 'materials'];

/** Compares two charts: steps by id, transitions by (from, action). */
export function flowDiff(before: FlowChart, after: FlowChart): FlowDiff {
  const stepsA = new Map(before.steps.map((s) => [s.id, s]));
  const stepsB = new Map(after.steps.map((s) => [s.id, s]));
  const key = (t: FlowTransition) => `${t.from}\u0000${t.action}`;
  const transA = new Map(before.transitions.map((t) => [key(t), t]));
  const transB = new Map(after.transitions.map((t) => [key(t), t]));
  const changedSteps: StepChange[] = [];
  for (const [id, next] of stepsB) {
    const prev = stepsA.get(id);
    if (!prev) continue;
    const fields = STEP_FIELDS.filter((f) => JSON.stringify(prev[f]) !== JSON.stringify(next[f])).map((f) => ({
      field: f,
      before: prev[f],
      after: next[f],
    }));
    if (fields.length > 0) changedSteps.push({ id, fields });
  }
  const changedTransitions: TransitionChange[] = [];
  for (const [k, next] of transB) {
    const prev = transA.get(k);
    if (prev && (prev.to !== next.to || prev.condition !== next.condition || prev.label !== next.label)) {
      changedTransitions.push({ from: next.from, action: next.action, before: prev, after: next });
    }
  }
  return {
    addedSteps: after.steps.filter((s) => !stepsA.has(s.id)),
    removedSteps: before.steps.filter((s) => !stepsB.has(s.id)),
    changedSteps,
    addedTransitions: after.transitions.filter((t) => !transA.has(key(t))),
    removedTransitions: before.transitions.filter((t) => !transB.has(key(t))),
    changedTransitions,
  };
}

/** True when two charts are the same for `flowDiff`. */
export function isFlowDiffEmpty(diff: FlowDiff): boolean {
  return Object.values(diff).every((part) => (part as unknown[]).length === 0);
}

const COUNTING_ZH: Record<string, string> = { CALENDAR: '自然日', WORKING: '工作日' };

function show(value: unknown, field: string): string {
  if (field === 'timeLimit.counting') return COUNTING_ZH[String(value)] ?? String(value);
  if (value === undefined) return '（空）';
  if (Array.isArray(value)) return value.join('、') || '（空）';
  return String(value);
}

/** One Chinese line per change, for the "what changed" view and the approval request (变更说明). */
export function summarizeItemsDiff(diff: ItemsDiff): string[] {
  const lines: string[] = [];
  diff.added.forEach((i) => lines.push(`新增事项：${i.name}（${i.code}）`));
  diff.removed.forEach((i) => lines.push(`删除事项：${i.name}（${i.code}）`));
  for (const c of diff.changed) {
    for (const f of c.fields) {
      if (f.added || f.removed) {
        const parts = [
          f.added?.length ? `增加${f.added.join('、')}` : '',
          f.removed?.length ? `删除${f.removed.join('、')}` : '',
        ].filter((p) => p !== '');
        lines.push(`修改「${c.name}」的${f.labelZh}：${parts.length > 0 ? parts.join('；') : '调整顺序'}`);
      } else {
        lines.push(`修改「${c.name}」的${f.labelZh}：${show(f.before, f.field)} → ${show(f.after, f.field)}`);
      }
    }
    if (c.flow) {
      const d = c.flow;
      const counts = [
        d.addedSteps.length ? `新增步骤${d.addedSteps.map((s) => s.name).join('、')}` : '',
        d.removedSteps.length ? `删除步骤${d.removedSteps.map((s) => s.name).join('、')}` : '',
        d.changedSteps.length ? `修改步骤${d.changedSteps.length}个` : '',
        d.addedTransitions.length + d.removedTransitions.length + d.changedTransitions.length
          ? `调整流转${d.addedTransitions.length + d.removedTransitions.length + d.changedTransitions.length}处`
          : '',
      ].filter((p) => p !== '');
      lines.push(`修改「${c.name}」的流程图：${counts.join('；')}`);
    }
  }
  return lines;
}
