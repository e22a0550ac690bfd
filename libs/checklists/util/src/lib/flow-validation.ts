/**
 * Structural checks of a flow chart, run before a chart is saved or published: a chart that passes can be run by
 * `flow-engine.ts` without a case ever getting stuck, skipping a step or leaving an END.
 */
import { FLOW_ACTIONS, FLOW_STEP_KINDS, type FlowAction, type FlowChart, type FlowStepKind } from './flow';

/** Problem codes of `validateFlow`, stable for translation and for the API. */
export type FlowProblemCode =
  | 'FLOW_NO_START'
  | 'FLOW_MANY_STARTS'
  | 'FLOW_NO_END'
  | 'FLOW_DUPLICATE_STEP'
  | 'FLOW_STEP_ID_REQUIRED'
  | 'FLOW_STEP_NAME_REQUIRED'
  | 'FLOW_STEP_KIND_INVALID'
  | 'FLOW_ROLE_REQUIRED'
  | 'FLOW_TIME_LIMIT_INVALID'
  | 'FLOW_MATERIAL_INVALID'
  | 'FLOW_DANGLING_TRANSITION'
  | 'FLOW_ACTION_INVALID'
  | 'FLOW_SELF_LOOP'
  | 'FLOW_END_HAS_EXIT'
  | 'FLOW_START_EXIT_COUNT'
  | 'FLOW_DUPLICATE_ACTION'
  | 'FLOW_UNREACHABLE_STEP'
  | 'FLOW_DEAD_END';

/** One problem found in a chart; `stepId` and `transitionIndex` point at what to fix. */
export interface FlowProblem {
  code: FlowProblemCode;
  message: string;
  stepId?: string;
  transitionIndex?: number;
  action?: FlowAction;
}

/** Role codes are upper-case words so that they can be matched against the roles the server grants. */
const ROLE_CODE = /^[A-Z][A-Z0-9_]*$/;

function isBlank(value: unknown): boolean {
  return typeof value !== 'string' || value.trim() === '';
}

/**
 * Checks a chart and returns every problem found (an empty list means valid). Rules: exactly one START with exactly
 * one exit (a case starts on submission, see `startCase`); at least one END; unique non-empty step ids; a name on
 * every step; START and TASK steps need a role code, END steps may leave it '' (no action leaves an END); time
 * limits are null or non-negative integers, and null on START and END; transitions point at known steps, use a known
 * action, never loop on one step, never leave an END, and no step has the same action twice; every step is
 * reachable from START and can reach an END.
 */
export function validateFlow(chart: FlowChart): FlowProblem[] {
  const problems: FlowProblem[] = [];
  const ids = new Set<string>();
  chart.steps.forEach((step) => {
    if (isBlank(step.id)) {
      problems.push({ code: 'FLOW_STEP_ID_REQUIRED', message: `a step (${step.name}) has no id` });
      return;
    }
    if (ids.has(step.id)) {
      problems.push({ code: 'FLOW_DUPLICATE_STEP', stepId: step.id, message: `step id ${step.id} is used twice` });
    }
    ids.add(step.id);
    if (isBlank(step.name)) {
      problems.push({ code: 'FLOW_STEP_NAME_REQUIRED', stepId: step.id, message: `step ${step.id} has no name` });
    }
    const kindOk = FLOW_STEP_KINDS.includes(step.kind as FlowStepKind);
    if (!kindOk) {
      problems.push({
        code: 'FLOW_STEP_KIND_INVALID',
        stepId: step.id,
        message: `step ${step.id} has kind ${step.kind}`,
      });
    }
    const roleNeeded = step.kind !== 'END';
    if ((roleNeeded || !isBlank(step.role)) && (typeof step.role !== 'string' || !ROLE_CODE.test(step.role))) {
      problems.push({ code: 'FLOW_ROLE_REQUIRED', stepId: step.id, message: `step ${step.id} needs a role code` });
    }
    const limit = step.timeLimitDays;
    const limitOk =
      limit === null || (typeof limit === 'number' && Number.isInteger(limit) && limit >= 0 && step.kind === 'TASK');
    // with an unknown kind the limit rule is unknown too: the kind problem says enough
    if (kindOk && !limitOk) {
      problems.push({
        code: 'FLOW_TIME_LIMIT_INVALID',
        stepId: step.id,
        message:
          step.kind === 'TASK'
            ? `step ${step.id}: time limit must be a non-negative whole number of days or null`
            : `step ${step.id}: ${step.kind} steps have no time limit (null)`,
      });
    }
    if (!Array.isArray(step.materials) || step.materials.some(isBlank)) {
      problems.push({ code: 'FLOW_MATERIAL_INVALID', stepId: step.id, message: `step ${step.id}: blank material` });
    }
  });

  const starts = chart.steps.filter((s) => s.kind === 'START');
  const ends = chart.steps.filter((s) => s.kind === 'END');
  if (starts.length === 0) problems.push({ code: 'FLOW_NO_START', message: 'the chart has no START step' });
  if (starts.length > 1) {
    starts
      .slice(1)
      .forEach((s) =>
        problems.push({ code: 'FLOW_MANY_STARTS', stepId: s.id, message: `step ${s.id} is a second START` }),
      );
  }
  if (ends.length === 0) problems.push({ code: 'FLOW_NO_END', message: 'the chart has no END step' });

  const kindOf = new Map<string, FlowStepKind>();
  chart.steps.forEach((s) => {
    if (!kindOf.has(s.id)) kindOf.set(s.id, s.kind);
  });
  const seenActions = new Set<string>();
  const edges: { from: string; to: string }[] = [];
  chart.transitions.forEach((t, index) => {
    const base = { transitionIndex: index, action: t.action };
    if (!FLOW_ACTIONS.includes(t.action)) {
      problems.push({
        ...base,
        code: 'FLOW_ACTION_INVALID',
        message: `transition ${index}: unknown action ${t.action}`,
      });
    }
    if (!ids.has(t.from) || !ids.has(t.to)) {
      problems.push({
        ...base,
        code: 'FLOW_DANGLING_TRANSITION',
        stepId: ids.has(t.from) ? t.to : t.from,
        message: `transition ${index} (${t.from} → ${t.to}) points at an unknown step`,
      });
      return;
    }
    if (t.from === t.to) {
      problems.push({ ...base, code: 'FLOW_SELF_LOOP', stepId: t.from, message: `step ${t.from} leads to itself` });
    }
    if (kindOf.get(t.from) === 'END') {
      problems.push({ ...base, code: 'FLOW_END_HAS_EXIT', stepId: t.from, message: `END step ${t.from} has an exit` });
    }
    const key = `${t.from}\u0000${t.action}`;
    if (seenActions.has(key)) {
      problems.push({
        ...base,
        code: 'FLOW_DUPLICATE_ACTION',
        stepId: t.from,
        message: `step ${t.from} has action ${t.action} more than once`,
      });
    }
    seenActions.add(key);
    edges.push({ from: t.from, to: t.to });
  });

  if (starts.length === 1) {
    const exits = chart.transitions.filter((t) => t.from === starts[0].id).length;
    if (exits !== 1) {
      problems.push({
        code: 'FLOW_START_EXIT_COUNT',
        stepId: starts[0].id,
        message: `the START step must have exactly one exit (has ${exits})`,
      });
    }
    // reachability only makes sense from a single START; with none or several the START problems say enough
    const reached = reach([starts[0].id], edges, 'forward');
    [...ids]
      .filter((id) => !reached.has(id))
      .forEach((id) =>
        problems.push({ code: 'FLOW_UNREACHABLE_STEP', stepId: id, message: `step ${id} cannot be reached` }),
      );
  }
  if (ends.length > 0) {
    const canFinish = reach(
      ends.map((e) => e.id),
      edges,
      'backward',
    );
    [...ids]
      .filter((id) => !canFinish.has(id))
      .forEach((id) =>
        problems.push({ code: 'FLOW_DEAD_END', stepId: id, message: `no END can be reached from step ${id}` }),
      );
  }
  return problems;
}

/** True when `validateFlow` finds nothing. */
export function isFlowValid(chart: FlowChart): boolean {
  return validateFlow(chart).length === 0;
}

function reach(from: string[], edges: { from: string; to: string }[], direction: 'forward' | 'backward'): Set<string> {
  const seen = new Set(from);
  const queue = [...from];
  while (queue.length > 0) {
    const id = queue.shift() as string;
    for (const e of edges) {
      const [a, b] = direction === 'forward' ? [e.from, e.to] : [e.to, e.from];
      if (a === id && !seen.has(b)) {
        seen.add(b);
        queue.push(b);
      }
    }
  }
  return seen;
}
