import type { ConsoleChecklistFlowInput, ConsoleChecklistItem } from '@xiangzhi/checklists/data-access';
import {
  FLOW_ACTION_LABELS_ZH,
  FLOW_ACTIONS,
  FLOW_ROLE_CODES,
  FLOW_ROLE_LABELS_ZH,
  flowChartOption,
  longestPathDays,
  validateFlow,
  type FlowAction,
  type FlowChart,
  type FlowGraphOption,
  type FlowProblem,
  type FlowStep,
  type FlowStepKind,
  type FlowTransition,
} from '@xiangzhi/checklists/util';

/**
 * The flow editor's logic, pure and immutable (every change answers a new chart, so signals see it): steps and
 * transitions added, changed and removed, the problems of `validateFlow` ready to translate, the ECharts option.
 */

export const STEP_KINDS: readonly FlowStepKind[] = ['START', 'TASK', 'END'];
export const ACTIONS: readonly FlowAction[] = FLOW_ACTIONS;

/** Role choices of a step with their Chinese labels (村两委 …). */
export const ROLE_OPTIONS: readonly { code: string; label: string }[] = FLOW_ROLE_CODES.map((code) => ({
  code,
  label: FLOW_ROLE_LABELS_ZH[code] ?? code,
}));

/** The chart of an item as the server sends it, as util data (a label equal to the action's own is dropped). */
export function flowFromItem(flow: ConsoleChecklistItem['flow']): FlowChart | null {
  if (!flow) return null;
  return {
    steps: flow.steps.map((s) => ({
      id: s.id,
      name: s.name,
      kind: s.kind,
      role: s.role,
      timeLimitDays: s.timeLimitDays ?? null,
      materials: [...s.materials],
    })),
    transitions: flow.transitions.map((t) => {
      const out: FlowTransition = { from: t.from, to: t.to, action: t.action };
      if (t.condition) out.condition = t.condition;
      if (t.label && t.label !== FLOW_ACTION_LABELS_ZH[t.action]) out.label = t.label;
      return out;
    }),
  };
}

/** A chart to start from: 申请 → 村两委办理 → 办结. */
export function starterFlow(): FlowChart {
  return {
    steps: [
      { id: 's1', name: '申请', kind: 'START', role: 'APPLICANT', timeLimitDays: null, materials: [] },
      { id: 's2', name: '村两委办理', kind: 'TASK', role: 'VILLAGE_ADMIN', timeLimitDays: 3, materials: [] },
      { id: 's3', name: '办结', kind: 'END', role: '', timeLimitDays: null, materials: [] },
    ],
    transitions: [
      { from: 's1', to: 's2', action: 'SUBMIT' },
      { from: 's2', to: 's3', action: 'COMPLETE' },
    ],
  };
}

/** A step id not used yet in the chart (s1, s2 …). */
export function nextStepId(chart: FlowChart): string {
  const used = new Set(chart.steps.map((s) => s.id));
  let n = chart.steps.length + 1;
  while (used.has(`s${n}`)) n++;
  return `s${n}`;
}

/** Adds a step of a kind with defaults that fit the rules (a role on START/TASK, a limit on TASK only). */
export function addStep(chart: FlowChart, kind: FlowStepKind = 'TASK', name = ''): FlowChart {
  const step: FlowStep = {
    id: nextStepId(chart),
    name,
    kind,
    role: kind === 'START' ? 'APPLICANT' : kind === 'TASK' ? 'VILLAGE_ADMIN' : '',
    timeLimitDays: kind === 'TASK' ? 1 : null,
    materials: [],
  };
  return { ...chart, steps: [...chart.steps, step] };
}

/** Changes a step. A kind other than TASK clears the time limit (START and END have none). */
export function updateStep(chart: FlowChart, id: string, patch: Partial<Omit<FlowStep, 'id'>>): FlowChart {
  return {
    ...chart,
    steps: chart.steps.map((s) => {
      if (s.id !== id) return s;
      const next = { ...s, ...patch };
      if (next.kind !== 'TASK') next.timeLimitDays = null;
      return next;
    }),
  };
}

/** Removes a step and every transition from or to it. */
export function removeStep(chart: FlowChart, id: string): FlowChart {
  return {
    steps: chart.steps.filter((s) => s.id !== id),
    transitions: chart.transitions.filter((t) => t.from !== id && t.to !== id),
  };
}

/** Adds a transition. */
export function addTransition(chart: FlowChart, transition: FlowTransition): FlowChart {
  return { ...chart, transitions: [...chart.transitions, normaliseTransition(transition)] };
}

/** Changes the transition at `index`. */
export function updateTransition(chart: FlowChart, index: number, patch: Partial<FlowTransition>): FlowChart {
  return {
    ...chart,
    transitions: chart.transitions.map((t, i) => (i === index ? normaliseTransition({ ...t, ...patch }) : t)),
  };
}

/** Removes the transition at `index`. */
export function removeTransition(chart: FlowChart, index: number): FlowChart {
  return { ...chart, transitions: chart.transitions.filter((_, i) => i !== index) };
}

function normaliseTransition(t: FlowTransition): FlowTransition {
  const out: FlowTransition = { from: t.from, to: t.to, action: t.action };
  if (t.condition?.trim()) out.condition = t.condition;
  if (t.label?.trim()) out.label = t.label;
  return out;
}

/** Materials typed one per line. */
export function linesOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

/** A problem of `validateFlow` with what its translation names: the step (by name) and the action. */
export interface FlowProblemView {
  code: FlowProblem['code'];
  stepId: string | null;
  step: string;
  action: string;
  transition: number | null;
}

/** The problems of a chart, in the order `validateFlow` finds them, with the step's name and action label. */
export function flowProblems(chart: FlowChart): FlowProblemView[] {
  return validateFlow(chart).map((p) => {
    const transition = p.transitionIndex ?? null;
    const t = transition === null ? undefined : chart.transitions[transition];
    const stepId = p.stepId ?? t?.from ?? null;
    const step = chart.steps.find((s) => s.id === stepId);
    return {
      code: p.code,
      stepId,
      step: step?.name?.trim() || stepId || '',
      action: p.action ? (FLOW_ACTION_LABELS_ZH[p.action] ?? p.action) : '',
      transition: transition === null ? null : transition + 1,
    };
  });
}

/** The ECharts option of the chart as drawn now (steps under edit included). */
export function flowOption(chart: FlowChart): FlowGraphOption {
  return flowChartOption(chart);
}

/** Days of the longest forward route, or null. */
export function flowDays(chart: FlowChart): number | null {
  return longestPathDays(chart);
}

/** The chart as the API takes it. */
export function flowInput(chart: FlowChart): ConsoleChecklistFlowInput {
  return {
    steps: chart.steps.map((s) => ({
      id: s.id,
      name: s.name.trim(),
      kind: s.kind,
      role: s.role,
      timeLimitDays: s.timeLimitDays,
      materials: s.materials.map((m) => m.trim()).filter((m) => m !== ''),
    })),
    transitions: chart.transitions.map((t) => ({
      from: t.from,
      to: t.to,
      action: t.action,
      condition: t.condition?.trim() || null,
      label: t.label?.trim() || null,
    })),
  };
}
