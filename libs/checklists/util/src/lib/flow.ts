/**
 * Flow charts (流程图) of checklist items as structured data: "照单办事、按图操作" (seed 002) needs a chart the system can
 * both draw and enforce, so steps and transitions are plain data, validated by `flow-validation.ts` and run by
 * `flow-engine.ts`.
 */

/** Kind of a step: exactly one START, any number of TASK steps, at least one END. */
export type FlowStepKind = 'START' | 'TASK' | 'END';

/** All step kinds, for checking data that arrives as JSON. */
export const FLOW_STEP_KINDS: readonly FlowStepKind[] = ['START', 'TASK', 'END'];

/** What the person responsible for a step does to move the case on. */
export type FlowAction = 'SUBMIT' | 'APPROVE' | 'REJECT' | 'RETURN' | 'ESCALATE' | 'COMPLETE';

/** All actions in display order (the order buttons and legends use). */
export const FLOW_ACTIONS: readonly FlowAction[] = ['SUBMIT', 'APPROVE', 'REJECT', 'RETURN', 'ESCALATE', 'COMPLETE'];

/** Chinese labels of the actions as printed on flow charts on the wall. */
export const FLOW_ACTION_LABELS_ZH: Readonly<Record<FlowAction, string>> = {
  SUBMIT: '提交',
  APPROVE: '同意',
  REJECT: '不同意',
  RETURN: '退回',
  ESCALATE: '上报',
  COMPLETE: '办结',
};

/**
 * Role codes used by the example charts. A role is any upper-case code so that a county can add its own (e.g.
 * COUNTY_OFFICER); the server maps a signed-in user to the role codes they hold in the case's village.
 */
export const FLOW_ROLE_CODES = [
  'APPLICANT',
  'VILLAGE_ADMIN',
  'VILLAGE_REVIEWER',
  'TOWN_OFFICER',
  'COUNTY_OFFICER',
  'OVERSIGHT',
] as const;

/** Chinese names of the role codes above, for charts and case history. */
export const FLOW_ROLE_LABELS_ZH: Readonly<Record<string, string>> = {
  APPLICANT: '申请人',
  VILLAGE_ADMIN: '村两委',
  VILLAGE_REVIEWER: '村审核小组',
  TOWN_OFFICER: '镇（苏木）',
  COUNTY_OFFICER: '县（旗）部门',
  OVERSIGHT: '村务监督委员会',
};

/**
 * One step of a chart. `role` is the role code that may act on the step; on END steps it is informational only
 * (who archives the case) and may be '' because no action leaves an END. `timeLimitDays` null means "no limit"
 * (START and END steps must use null: the applicant and the archive are not on the clock).
 */
export interface FlowStep {
  id: string;
  name: string;
  kind: FlowStepKind;
  role: string;
  timeLimitDays: number | null;
  materials: string[];
}

/** A directed edge: from step `from`, action `action` leads to step `to`. At most one edge per (from, action). */
export interface FlowTransition {
  from: string;
  to: string;
  action: FlowAction;
  /** When this branch applies, in words (e.g. 材料齐全); the person acting decides, the engine does not evaluate it. */
  condition?: string;
  /** Overrides the action's default label on the drawing (e.g. 退回补正 instead of 退回). */
  label?: string;
}

/** A flow chart: the steps and the transitions between them. */
export interface FlowChart {
  steps: FlowStep[];
  transitions: FlowTransition[];
}

/** The step with this id, or undefined (the first one if ids are duplicated, which validation reports). */
export function findStep(chart: FlowChart, stepId: string): FlowStep | undefined {
  return chart.steps.find((s) => s.id === stepId);
}

/** The START steps of a chart (a valid chart has exactly one). */
export function startSteps(chart: FlowChart): FlowStep[] {
  return chart.steps.filter((s) => s.kind === 'START');
}

/** Transitions leaving a step, sorted by action display order so menus and drawings are stable. */
export function outgoingTransitions(chart: FlowChart, stepId: string): FlowTransition[] {
  return chart.transitions
    .filter((t) => t.from === stepId)
    .sort((a, b) => FLOW_ACTIONS.indexOf(a.action) - FLOW_ACTIONS.indexOf(b.action));
}

/** The label drawn on a transition: its own label, else the action's Chinese label (or an override map). */
export function transitionLabel(t: FlowTransition, actionLabels?: Partial<Record<FlowAction, string>>): string {
  return t.label ?? actionLabels?.[t.action] ?? FLOW_ACTION_LABELS_ZH[t.action];
}

/**
 * Sum of step time limits along the longest route from START to an END, in days, or null if no step on any route has
 * a limit. Loops (退回 back to an earlier step) would make the longest walk unbounded, so back edges found by a
 * depth-first search from START (in transition order) are ignored and the longest path of the remaining acyclic graph
 * is taken: for the usual charts, whose only loops are returns, this is exactly the normal forward route.
 */
export function longestPathDays(chart: FlowChart): number | null {
  const start = startSteps(chart)[0];
  if (!start) return null;
  const ids = new Set(chart.steps.map((s) => s.id));
  const forward = new Map<string, string[]>();
  const state = new Map<string, 'open' | 'done'>();
  const order: string[] = [];
  // iterative DFS so that very long generated charts cannot overflow the stack
  const stack: { id: string; next: number }[] = [{ id: start.id, next: 0 }];
  state.set(start.id, 'open');
  forward.set(start.id, []);
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    const exits = chart.transitions.filter((t) => t.from === top.id && ids.has(t.to));
    if (top.next >= exits.length) {
      state.set(top.id, 'done');
      order.push(top.id);
      stack.pop();
      continue;
    }
    const to = exits[top.next++].to;
    const seen = state.get(to);
    if (seen === 'open') continue; // back edge: a loop, ignored
    forward.get(top.id)?.push(to);
    if (seen === undefined) {
      state.set(to, 'open');
      forward.set(to, []);
      stack.push({ id: to, next: 0 });
    }
  }
  // `order` is a post-order, so every edge target precedes its source: one pass computes the longest suffix
  const best = new Map<string, number | null>();
  for (const id of order) {
    const step = findStep(chart, id);
    const own = step?.timeLimitDays ?? null;
    const tails = (forward.get(id) ?? []).map((to) => best.get(to) ?? null).filter((d): d is number => d !== null);
    const tail = tails.length > 0 ? Math.max(...tails) : null;
    best.set(id, own === null && tail === null ? null : (own ?? 0) + (tail ?? 0));
  }
  return best.get(start.id) ?? null;
}
