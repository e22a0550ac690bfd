import { CERTIFICATE_FLOW } from './example-flows';
import type { FlowAction } from './flow';
import {
  FlowChartInvalidError,
  applyAction,
  availableActions,
  caseDeadline,
  isOverdue,
  startCase,
  stepDeadline,
  type CaseState,
} from './flow-engine';
import { smallChart, task } from './test-charts';

const T0 = '2024-03-01T09:00:00+08:00'; // a Friday

function ok(result: ReturnType<typeof applyAction>): CaseState {
  if (!result.ok) throw new Error(`refused: ${result.code}`);
  return result.state;
}

describe('startCase', () => {
  it('stands on the step after START, with START recorded as entered and left on submission', () => {
    const state = startCase(smallChart(), T0, 'user-1');
    expect(state).toEqual({
      currentStepId: 'a',
      startedAt: T0,
      closedAt: null,
      history: [
        { stepId: 's', enteredAt: T0, leftAt: T0, action: 'SUBMIT', actorId: 'user-1', actorRoles: ['APPLICANT'] },
        { stepId: 'a', enteredAt: T0, leftAt: null, action: null, actorId: null, actorRoles: [] },
      ],
    });
  });

  it('refuses an invalid chart with its problems', () => {
    const chart = smallChart();
    chart.transitions = chart.transitions.filter((t) => t.to !== 'e');
    const thrown = (() => {
      try {
        startCase(chart, T0);
        return null;
      } catch (e) {
        return e;
      }
    })();
    expect(thrown).toBeInstanceOf(FlowChartInvalidError);
    expect((thrown as FlowChartInvalidError).code).toBe('CASE_FLOW_INVALID');
    expect((thrown as FlowChartInvalidError).problems.map((p) => p.code)).toContain('FLOW_DEAD_END');
  });

  it('refuses a start time without offset', () => {
    expect(() => startCase(smallChart(), '2024-03-01 09:00')).toThrow(RangeError);
  });
});

describe('availableActions', () => {
  it.each([
    ['s', ['SUBMIT']],
    ['a', ['APPROVE', 'REJECT']],
    ['b', ['RETURN', 'COMPLETE']],
    ['e', []],
    ['unknown', []],
  ])('from %s: %j', (stepId, actions) => {
    expect(availableActions(smallChart(), stepId).map((t) => t.action)).toEqual(actions);
  });
});

describe('applyAction', () => {
  const chart = smallChart();
  const started = startCase(chart, T0);

  it('moves along a transition and records who and when', () => {
    const result = applyAction(chart, started, {
      action: 'APPROVE',
      actorRoles: ['VILLAGE_ADMIN'],
      at: '2024-03-02T10:00:00+08:00',
      actorId: 'clerk',
      note: '材料齐全',
    });
    expect(result.ok).toBe(true);
    const state = ok(result);
    expect(state.currentStepId).toBe('b');
    expect(state.history.slice(1)).toEqual([
      {
        stepId: 'a',
        enteredAt: T0,
        leftAt: '2024-03-02T10:00:00+08:00',
        action: 'APPROVE',
        actorId: 'clerk',
        actorRoles: ['VILLAGE_ADMIN'],
        note: '材料齐全',
      },
      {
        stepId: 'b',
        enteredAt: '2024-03-02T10:00:00+08:00',
        leftAt: null,
        action: null,
        actorId: null,
        actorRoles: [],
      },
    ]);
    // states are values: the previous one is untouched
    expect(started.currentStepId).toBe('a');
    expect(started.history).toHaveLength(2);
  });

  it.each<[string, FlowAction, string[], string, string]>([
    ['skipping a step (COMPLETE is only on b)', 'COMPLETE', ['VILLAGE_ADMIN'], T0, 'CASE_ACTION_NOT_ALLOWED'],
    ['an action the step does not have', 'ESCALATE', ['VILLAGE_ADMIN'], T0, 'CASE_ACTION_NOT_ALLOWED'],
    ['the wrong role', 'APPROVE', ['TOWN_OFFICER', 'OVERSIGHT'], T0, 'CASE_WRONG_ROLE'],
    ['no role at all', 'APPROVE', [], T0, 'CASE_WRONG_ROLE'],
    [
      'a time before the step was entered',
      'APPROVE',
      ['VILLAGE_ADMIN'],
      '2024-03-01T08:59:59+08:00',
      'CASE_TIME_INVALID',
    ],
    ['a malformed time', 'APPROVE', ['VILLAGE_ADMIN'], 'tomorrow', 'CASE_TIME_INVALID'],
  ])('refuses %s', (_label, action, actorRoles, at, code) => {
    const result = applyAction(chart, started, { action, actorRoles, at });
    expect(result).toMatchObject({ ok: false, code, stepId: 'a', action });
  });

  it('tells which role a step needs', () => {
    expect(applyAction(chart, started, { action: 'APPROVE', actorRoles: ['OVERSIGHT'], at: T0 })).toMatchObject({
      code: 'CASE_WRONG_ROLE',
      requiredRole: 'VILLAGE_ADMIN',
    });
  });

  it('closes on an END and refuses anything after', () => {
    const closed = ok(applyAction(chart, started, { action: 'REJECT', actorRoles: ['VILLAGE_ADMIN'], at: T0 }));
    expect(closed).toMatchObject({ currentStepId: 'e', closedAt: T0 });
    expect(applyAction(chart, closed, { action: 'SUBMIT', actorRoles: ['APPLICANT'], at: T0 })).toMatchObject({
      ok: false,
      code: 'CASE_CLOSED',
    });
  });

  it('refuses when the chart no longer has the current step', () => {
    const other = { ...chart, steps: chart.steps.filter((s) => s.id !== 'a') };
    expect(applyAction(other, started, { action: 'APPROVE', actorRoles: ['VILLAGE_ADMIN'], at: T0 })).toMatchObject({
      code: 'CASE_STEP_UNKNOWN',
    });
  });

  it('runs the certificate flow through a return for missing materials', () => {
    let s = startCase(CERTIFICATE_FLOW, T0);
    const steps: [FlowAction, string][] = [
      ['RETURN', 'VILLAGE_ADMIN'],
      ['SUBMIT', 'APPLICANT'],
      ['APPROVE', 'VILLAGE_ADMIN'],
      ['APPROVE', 'VILLAGE_ADMIN'],
      ['COMPLETE', 'VILLAGE_ADMIN'],
    ];
    steps.forEach(([action, role], i) => {
      s = ok(applyAction(CERTIFICATE_FLOW, s, { action, actorRoles: [role], at: `2024-03-0${i + 2}T10:00:00+08:00` }));
    });
    expect(s.history.map((h) => h.stepId)).toEqual(['apply', 'review', 'apply', 'review', 'meeting', 'issue', 'done']);
    expect(s.closedAt).toBe('2024-03-06T10:00:00+08:00');
  });
});

describe('deadlines', () => {
  it.each<[number | null, string | null]>([
    [null, null],
    [0, '2024-03-01T23:59:59.999+08:00'],
    [2, '2024-03-03T23:59:59.999+08:00'],
  ])('a step with %s days entered on Friday ends %s', (days, expected) => {
    expect(stepDeadline(task('x', 'VILLAGE_ADMIN', days), T0)).toBe(expected);
  });

  it('counts working days when asked', () => {
    expect(stepDeadline(task('x', 'VILLAGE_ADMIN', 2), T0, { counting: 'WORKING' })).toBe(
      '2024-03-05T23:59:59.999+08:00',
    );
  });

  it('uses the longest forward route of the chart, or the item’s own total', () => {
    expect(caseDeadline(smallChart(), T0)).toBe('2024-03-06T23:59:59.999+08:00'); // 2 + 3 days
    expect(caseDeadline(smallChart(), T0, { totalDays: 10 })).toBe('2024-03-11T23:59:59.999+08:00');
    expect(caseDeadline(smallChart(), T0, { totalDays: 5, counting: 'WORKING' })).toBe('2024-03-08T23:59:59.999+08:00');
    const noLimits = smallChart();
    noLimits.steps.forEach((s) => (s.timeLimitDays = null));
    expect(caseDeadline(noLimits, T0)).toBeNull();
  });
});

describe('isOverdue', () => {
  const chart = smallChart();
  const started = startCase(chart, T0);

  it.each<[string, boolean, boolean]>([
    ['2024-03-03T23:59:59+08:00', false, false], // last second of step a's 2 days
    ['2024-03-04T00:00:00+08:00', true, false],
    ['2024-03-07T00:00:00+08:00', true, true],
  ])('at %s: step %s, case %s', (now, stepOverdue, caseOverdue) => {
    expect(isOverdue(started, chart, now)).toMatchObject({ stepOverdue, caseOverdue });
  });

  it('judges a closed case by when it closed', () => {
    const late = ok(
      applyAction(chart, started, { action: 'REJECT', actorRoles: ['VILLAGE_ADMIN'], at: '2024-03-08T09:00:00+08:00' }),
    );
    expect(isOverdue(late, chart, '2024-04-01T00:00:00+08:00')).toEqual({
      stepOverdue: false,
      stepDeadline: null,
      caseOverdue: true,
      caseDeadline: '2024-03-06T23:59:59.999+08:00',
    });
    const onTime = ok(applyAction(chart, started, { action: 'REJECT', actorRoles: ['VILLAGE_ADMIN'], at: T0 }));
    expect(isOverdue(onTime, chart, '2024-04-01T00:00:00+08:00').caseOverdue).toBe(false);
  });
});
