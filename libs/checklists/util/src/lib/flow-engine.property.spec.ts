/**
 * Property tests over generated charts: chains of TASK steps with REJECT branches to an END, optional ESCALATE
 * shortcuts and optional RETURN loops. Valid by construction, so validation must accept them, the engine must run
 * every path to an END (when there are no loops) without skipping a step, and cutting the way into a step must be
 * reported as that step being unreachable.
 */
import fc from 'fast-check';
import type { FlowAction, FlowChart, FlowStep, FlowTransition } from './flow';
import { longestPathDays } from './flow';
import { applyAction, availableActions, startCase, type CaseState } from './flow-engine';
import { validateFlow } from './flow-validation';

const ROLES = ['VILLAGE_ADMIN', 'VILLAGE_REVIEWER', 'TOWN_OFFICER', 'OVERSIGHT'];

interface Shape {
  tasks: { role: string; limit: number | null; reject: boolean; escalate: boolean; returnTo: number | null }[];
}

const shapeArb: fc.Arbitrary<Shape> = fc.record({
  tasks: fc.array(
    fc.record({
      role: fc.constantFrom(...ROLES),
      limit: fc.option(fc.nat(30), { nil: null }),
      reject: fc.boolean(),
      escalate: fc.boolean(),
      returnTo: fc.option(fc.nat(20), { nil: null }),
    }),
    { minLength: 1, maxLength: 12 },
  ),
});

function build(shape: Shape, opts: { returns: boolean; escalations: boolean }): FlowChart {
  const n = shape.tasks.length;
  const steps: FlowStep[] = [
    { id: 'start', name: '申请', kind: 'START', role: 'APPLICANT', timeLimitDays: null, materials: [] },
    ...shape.tasks.map((t, i) => ({
      id: `t${i}`,
      name: `步骤${i}`,
      kind: 'TASK' as const,
      role: t.role,
      timeLimitDays: t.limit,
      materials: [],
    })),
    { id: 'done', name: '办结', kind: 'END', role: '', timeLimitDays: null, materials: [] },
  ];
  const transitions: FlowTransition[] = [{ from: 'start', to: 't0', action: 'SUBMIT' }];
  shape.tasks.forEach((t, i) => {
    transitions.push({
      from: `t${i}`,
      to: i === n - 1 ? 'done' : `t${i + 1}`,
      action: i === n - 1 ? 'COMPLETE' : 'APPROVE',
    });
    if (t.reject) transitions.push({ from: `t${i}`, to: 'rejected', action: 'REJECT' });
    if (opts.escalations && t.escalate && i + 2 < n)
      transitions.push({ from: `t${i}`, to: `t${i + 2}`, action: 'ESCALATE' });
    if (opts.returns && t.returnTo !== null && i > 0) {
      transitions.push({ from: `t${i}`, to: `t${t.returnTo % i}`, action: 'RETURN' });
    }
  });
  if (shape.tasks.some((t) => t.reject)) {
    steps.push({ id: 'rejected', name: '不予办理', kind: 'END', role: '', timeLimitDays: null, materials: [] });
  }
  return { steps, transitions };
}

const stepOf = (chart: FlowChart, id: string) => chart.steps.find((s) => s.id === id) as FlowStep;

function hour(k: number): string {
  return new Date(Date.parse('2024-03-01T01:00:00Z') + k * 3_600_000).toISOString();
}

/** Every consecutive pair in the history is a transition of the chart, and times chain without gaps. */
function historyFollowsChart(chart: FlowChart, state: CaseState): boolean {
  return state.history.every((h, i) => {
    const next = state.history[i + 1];
    if (!next) return h.leftAt === null;
    const edge = chart.transitions.find((t) => t.from === h.stepId && t.action === h.action);
    return edge?.to === next.stepId && h.leftAt === next.enteredAt;
  });
}

describe('generated charts', () => {
  it('validate, with and without loops', () => {
    fc.assert(
      fc.property(shapeArb, fc.boolean(), fc.boolean(), (shape, returns, escalations) => {
        const chart = build(shape, { returns, escalations });
        expect(validateFlow(chart)).toEqual([]);
        const sum = shape.tasks.reduce((acc, t) => acc + (t.limit ?? 0), 0);
        expect(longestPathDays(chart) ?? 0).toBeLessThanOrEqual(sum);
      }),
      { numRuns: 300 },
    );
  });

  it('without loops, every path of allowed actions ends at an END within as many actions as there are steps', () => {
    fc.assert(
      fc.property(shapeArb, fc.array(fc.nat(), { minLength: 30, maxLength: 30 }), (shape, picks) => {
        const chart = build(shape, { returns: false, escalations: true });
        let state = startCase(chart, hour(0));
        let actions = 0;
        while (state.closedAt === null) {
          const options = availableActions(chart, state.currentStepId);
          expect(options.length).toBeGreaterThan(0);
          const step = stepOf(chart, state.currentStepId);
          const pick = options[picks[actions % picks.length] % options.length];
          // someone without the step's role, or an action the step does not have, changes nothing
          expect(
            applyAction(chart, state, { action: pick.action, actorRoles: ['NOBODY'], at: hour(actions + 1) }),
          ).toMatchObject({
            ok: false,
            code: 'CASE_WRONG_ROLE',
          });
          const missing = (['SUBMIT', 'APPROVE', 'REJECT', 'RETURN', 'ESCALATE', 'COMPLETE'] as FlowAction[]).find(
            (a) => !options.some((o) => o.action === a),
          );
          if (missing) {
            expect(
              applyAction(chart, state, { action: missing, actorRoles: ROLES, at: hour(actions + 1) }),
            ).toMatchObject({
              ok: false,
              code: 'CASE_ACTION_NOT_ALLOWED',
            });
          }
          const result = applyAction(chart, state, {
            action: pick.action,
            actorRoles: [step.role],
            at: hour(actions + 1),
          });
          if (!result.ok) throw new Error(result.code);
          state = result.state;
          actions++;
          expect(actions).toBeLessThanOrEqual(chart.steps.length);
        }
        expect(stepOf(chart, state.currentStepId).kind).toBe('END');
        expect(historyFollowsChart(chart, state)).toBe(true);
        expect(applyAction(chart, state, { action: 'SUBMIT', actorRoles: ROLES, at: hour(99) })).toMatchObject({
          code: 'CASE_CLOSED',
        });
      }),
      { numRuns: 300 },
    );
  });

  it('with loops, any walk follows the chart, and leaving out returns still finishes', () => {
    fc.assert(
      fc.property(shapeArb, fc.array(fc.nat(), { minLength: 40, maxLength: 40 }), (shape, picks) => {
        const chart = build(shape, { returns: true, escalations: true });
        let state = startCase(chart, hour(0));
        for (let k = 0; k < picks.length && state.closedAt === null; k++) {
          const options = availableActions(chart, state.currentStepId);
          const forward = options.filter((o) => o.action !== 'RETURN');
          // the second half of the walk never returns, so it must reach an END in at most n more actions
          const pool = k < picks.length - chart.steps.length ? options : forward;
          const pick = pool[picks[k] % pool.length];
          const role = stepOf(chart, state.currentStepId).role;
          const result = applyAction(chart, state, { action: pick.action, actorRoles: [role], at: hour(k + 1) });
          if (!result.ok) throw new Error(result.code);
          state = result.state;
        }
        expect(state.closedAt).not.toBeNull();
        expect(historyFollowsChart(chart, state)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('removing the transition into a step makes validation report it unreachable', () => {
    fc.assert(
      fc.property(shapeArb, fc.nat(), (shape, which) => {
        const chart = build(shape, { returns: false, escalations: false });
        const k = which % shape.tasks.length;
        const target = `t${k}`;
        const cut = { ...chart, transitions: chart.transitions.filter((t) => t.to !== target) };
        expect(chart.transitions.length - cut.transitions.length).toBe(1); // a chain has one way in
        const unreachable = validateFlow(cut)
          .filter((p) => p.code === 'FLOW_UNREACHABLE_STEP')
          .map((p) => p.stepId);
        expect(unreachable).toContain(target);
        // only the cut step and what lies behind it are lost
        unreachable.forEach((id) => expect(id === 'done' || id === 'rejected' || Number(id?.slice(1)) >= k).toBe(true));
      }),
      { numRuns: 300 },
    );
  });
});
