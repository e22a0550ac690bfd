/**
 * The case state machine (办理): a request runs through its item's chart one transition at a time. Only transitions
 * of the current step can be taken, by someone holding the step's role, so steps cannot be skipped and each step is
 * recorded with who and when (DOMAIN.md §4). States are immutable: every function returns a new state.
 */
import { isAfter, isIsoDateTime, periodEnd, type DeadlineOptions } from './calendar';
import { findStep, longestPathDays, outgoingTransitions, startSteps } from './flow';
import type { FlowAction, FlowChart, FlowStep, FlowTransition } from './flow';
import { validateFlow, type FlowProblem } from './flow-validation';

/** One visit of a step; `leftAt` is null while the case is on that step (and forever on the END it closed at). */
export interface CaseHistoryEntry {
  stepId: string;
  enteredAt: string;
  leftAt: string | null;
  /** The action that left the step, null while on it. */
  action: FlowAction | null;
  /** Who took that action (a user id from the caller), null if unknown or still on the step. */
  actorId: string | null;
  /** The roles the actor held when acting, as passed to `applyAction`. */
  actorRoles: string[];
  note?: string;
}

/** Where a case stands. `closedAt` is set when the case enters an END step. */
export interface CaseState {
  currentStepId: string;
  startedAt: string;
  closedAt: string | null;
  history: CaseHistoryEntry[];
}

/** An action someone takes on the current step. `at` is an ISO datetime with offset, not before the step's entry. */
export interface CaseActionInput {
  action: FlowAction;
  actorRoles: readonly string[];
  at: string;
  actorId?: string;
  note?: string;
}

/** Codes of a refused action. */
export type CaseRefusalCode =
  'CASE_WRONG_ROLE' | 'CASE_ACTION_NOT_ALLOWED' | 'CASE_CLOSED' | 'CASE_TIME_INVALID' | 'CASE_STEP_UNKNOWN';

/** Why an action was refused; nothing changed. */
export interface CaseRefusal {
  ok: false;
  code: CaseRefusalCode;
  message: string;
  stepId: string;
  action: FlowAction;
  /** For CASE_WRONG_ROLE: the role the step needs. */
  requiredRole?: string;
}

/** Outcome of `applyAction`: the next state and the transition taken, or a refusal. */
export type CaseActionResult = { ok: true; state: CaseState; transition: FlowTransition } | CaseRefusal;

/** Thrown by `startCase` when the chart does not pass `validateFlow`; charts are validated when saved, so this is a bug. */
export class FlowChartInvalidError extends Error {
  /** Code for logs and API errors. */
  readonly code = 'CASE_FLOW_INVALID';
  /** Creates the error with the problems `validateFlow` reported. */
  constructor(readonly problems: FlowProblem[]) {
    super(`flow chart is invalid: ${problems.map((p) => p.code).join(', ')}`);
    this.name = 'FlowChartInvalidError';
  }
}

/**
 * Starts a case at `startedAt`. Decision: a case starts on submission (受理), because that is when the item's time
 * limit (办结时限) starts to run, so the START step is entered and left at `startedAt` through its only exit and the
 * returned state stands on the step after START. The START step can be entered again later through a RETURN (退回
 * 补正), and the applicant then SUBMITs as on any step. Who may start a case is the caller's decision. Throws
 * FlowChartInvalidError on an invalid chart and RangeError on a malformed `startedAt`.
 */
export function startCase(chart: FlowChart, startedAt: string, startedBy?: string): CaseState {
  const problems = validateFlow(chart);
  if (problems.length > 0) throw new FlowChartInvalidError(problems);
  if (!isIsoDateTime(startedAt)) throw new RangeError(`not an ISO datetime with offset: ${startedAt}`);
  const start = startSteps(chart)[0];
  const [first] = outgoingTransitions(chart, start.id);
  const next = findStep(chart, first.to) as FlowStep;
  return {
    currentStepId: next.id,
    startedAt,
    closedAt: next.kind === 'END' ? startedAt : null,
    history: [
      {
        stepId: start.id,
        enteredAt: startedAt,
        leftAt: startedAt,
        action: first.action,
        actorId: startedBy ?? null,
        actorRoles: [start.role],
      },
      { stepId: next.id, enteredAt: startedAt, leftAt: null, action: null, actorId: null, actorRoles: [] },
    ],
  };
}

/** The transitions that can be taken from a step (none from an END), in action display order. */
export function availableActions(chart: FlowChart, stepId: string): FlowTransition[] {
  const step = findStep(chart, stepId);
  if (!step || step.kind === 'END') return [];
  return outgoingTransitions(chart, stepId);
}

/**
 * Takes an action on the case's current step. Checked in this order: the case is not closed (CASE_CLOSED), its
 * step still exists in the chart (CASE_STEP_UNKNOWN), `at` is a valid datetime not before the step was entered
 * (CASE_TIME_INVALID), the step has a transition with this action (CASE_ACTION_NOT_ALLOWED: this is what makes
 * skipping steps impossible), and the actor holds the step's role (CASE_WRONG_ROLE).
 */
export function applyAction(chart: FlowChart, state: CaseState, input: CaseActionInput): CaseActionResult {
  const stepId = state.currentStepId;
  const refuse = (code: CaseRefusalCode, message: string, requiredRole?: string): CaseRefusal => ({
    ok: false,
    code,
    message,
    stepId,
    action: input.action,
    ...(requiredRole === undefined ? {} : { requiredRole }),
  });
  const step = findStep(chart, stepId);
  if (state.closedAt !== null || step?.kind === 'END') return refuse('CASE_CLOSED', 'the case is already closed');
  if (!step) return refuse('CASE_STEP_UNKNOWN', `step ${stepId} is not in the chart`);
  const current = state.history[state.history.length - 1];
  if (!isIsoDateTime(input.at) || (current && isAfter(current.enteredAt, input.at))) {
    return refuse('CASE_TIME_INVALID', `time ${input.at} is invalid or before the step was entered`);
  }
  const transition = availableActions(chart, stepId).find((t) => t.action === input.action);
  if (!transition) return refuse('CASE_ACTION_NOT_ALLOWED', `step ${stepId} has no action ${input.action}`);
  if (!input.actorRoles.includes(step.role)) {
    return refuse('CASE_WRONG_ROLE', `step ${stepId} needs role ${step.role}`, step.role);
  }
  const next = findStep(chart, transition.to);
  if (!next) return refuse('CASE_STEP_UNKNOWN', `step ${transition.to} is not in the chart`);
  const left: CaseHistoryEntry = {
    ...(current ?? { stepId, enteredAt: input.at }),
    leftAt: input.at,
    action: input.action,
    actorId: input.actorId ?? null,
    actorRoles: [...input.actorRoles],
    ...(input.note === undefined ? {} : { note: input.note }),
  };
  const entered: CaseHistoryEntry = {
    stepId: next.id,
    enteredAt: input.at,
    leftAt: null,
    action: null,
    actorId: null,
    actorRoles: [],
  };
  return {
    ok: true,
    transition,
    state: {
      currentStepId: next.id,
      startedAt: state.startedAt,
      closedAt: next.kind === 'END' ? input.at : null,
      history: [...state.history.slice(0, -1), left, entered],
    },
  };
}

/** The end of a step's time limit counted from when it was entered, or null if the step has no limit. */
export function stepDeadline(step: FlowStep, enteredAt: string, options?: DeadlineOptions): string | null {
  if (step.timeLimitDays === null) return null;
  return periodEnd(enteredAt, step.timeLimitDays, options);
}

/** Options of `caseDeadline`: day counting plus the item's own total time limit. */
export interface CaseDeadlineOptions extends DeadlineOptions {
  /** The item's own 办结时限 in days; when given it wins over the chart's step limits. */
  totalDays?: number | null;
}

/**
 * The deadline of the whole case. Decision: the item's own total time limit (`totalDays`, from the item's
 * 办结时限) when it has one, because that is the promise published on the wall; otherwise the sum of step limits
 * along the chart's longest forward route (`longestPathDays`). Null when neither gives a number. Counted from
 * `startedAt` and not paused while a case is back with the applicant (a known simplification).
 */
export function caseDeadline(chart: FlowChart, startedAt: string, options: CaseDeadlineOptions = {}): string | null {
  const days = options.totalDays ?? longestPathDays(chart);
  return days === null || days === undefined ? null : periodEnd(startedAt, days, options);
}

/** Overdue status of a case at `now`. */
export interface OverdueStatus {
  /** The current step's deadline passed while the case is still on it (always false once closed). */
  stepOverdue: boolean;
  stepDeadline: string | null;
  /** Open: `now` is past the case deadline. Closed: the case closed after its deadline (超时办结). */
  caseOverdue: boolean;
  caseDeadline: string | null;
}

/** Whether the current step and the whole case are past their deadlines at `now`. */
export function isOverdue(
  state: CaseState,
  chart: FlowChart,
  now: string,
  options: CaseDeadlineOptions = {},
): OverdueStatus {
  const caseEnd = caseDeadline(chart, state.startedAt, options);
  const step = findStep(chart, state.currentStepId);
  const current = state.history[state.history.length - 1];
  const closed = state.closedAt !== null;
  const stepEnd = !closed && step && current ? stepDeadline(step, current.enteredAt, options) : null;
  return {
    stepOverdue: stepEnd !== null && isAfter(now, stepEnd),
    stepDeadline: stepEnd,
    caseOverdue: caseEnd !== null && isAfter(closed ? (state.closedAt as string) : now, caseEnd),
    caseDeadline: caseEnd,
  };
}
