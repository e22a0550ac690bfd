import type { FlowChart } from './flow';
import { isFlowValid, validateFlow, type FlowProblemCode } from './flow-validation';
import { smallChart, task } from './test-charts';

/** Codes (with step ids) reported for a chart, sorted so tables can list them in any order. */
function codes(chart: FlowChart): string[] {
  return validateFlow(chart)
    .map((p) => (p.stepId ? `${p.code}:${p.stepId}` : p.code))
    .sort();
}

describe('validateFlow', () => {
  it('accepts a well-formed chart', () => {
    expect(validateFlow(smallChart())).toEqual([]);
    expect(isFlowValid(smallChart())).toBe(true);
  });

  it.each<[string, (c: FlowChart) => void, string[]]>([
    ['no START', (c) => (c.steps[0].kind = 'TASK'), ['FLOW_NO_START']],
    ['two STARTs', (c) => (c.steps[1] = { ...c.steps[1], kind: 'START', timeLimitDays: null }), ['FLOW_MANY_STARTS:a']],
    [
      'no END',
      (c) => {
        c.steps[3].kind = 'TASK';
        c.steps[3].role = 'VILLAGE_ADMIN';
      },
      ['FLOW_NO_END'],
    ],
    ['duplicate step id', (c) => c.steps.push({ ...c.steps[1] }), ['FLOW_DUPLICATE_STEP:a']],
    ['blank step id', (c) => (c.steps[1].id = ' '), expect.arrayContaining(['FLOW_STEP_ID_REQUIRED'])],
    ['blank name', (c) => (c.steps[1].name = ''), ['FLOW_STEP_NAME_REQUIRED:a']],
    ['unknown kind', (c) => (c.steps[1].kind = 'GATEWAY' as 'TASK'), ['FLOW_STEP_KIND_INVALID:a']],
    ['TASK without role', (c) => (c.steps[1].role = ''), ['FLOW_ROLE_REQUIRED:a']],
    ['role not a code', (c) => (c.steps[1].role = '村委会'), ['FLOW_ROLE_REQUIRED:a']],
    ['END without role is fine', (c) => (c.steps[3].role = ''), []],
    ['END with a role code is fine', (c) => (c.steps[3].role = 'VILLAGE_ADMIN'), []],
    ['END with a malformed role', (c) => (c.steps[3].role = 'admin'), ['FLOW_ROLE_REQUIRED:e']],
    ['negative time limit', (c) => (c.steps[1].timeLimitDays = -1), ['FLOW_TIME_LIMIT_INVALID:a']],
    ['fractional time limit', (c) => (c.steps[1].timeLimitDays = 1.5), ['FLOW_TIME_LIMIT_INVALID:a']],
    ['zero days is allowed (即时办结)', (c) => (c.steps[1].timeLimitDays = 0), []],
    ['time limit on START', (c) => (c.steps[0].timeLimitDays = 3), ['FLOW_TIME_LIMIT_INVALID:s']],
    ['time limit on END', (c) => (c.steps[3].timeLimitDays = 0), ['FLOW_TIME_LIMIT_INVALID:e']],
    ['blank material', (c) => (c.steps[1].materials = ['身份证', ' ']), ['FLOW_MATERIAL_INVALID:a']],
    [
      'dangling target',
      (c) => c.transitions.push({ from: 'a', to: 'ghost', action: 'ESCALATE' }),
      ['FLOW_DANGLING_TRANSITION:ghost'],
    ],
    [
      'dangling source',
      (c) => c.transitions.push({ from: 'ghost', to: 'a', action: 'SUBMIT' }),
      ['FLOW_DANGLING_TRANSITION:ghost'],
    ],
    [
      'unknown action',
      (c) => c.transitions.push({ from: 'a', to: 'e', action: 'VETO' as 'REJECT' }),
      ['FLOW_ACTION_INVALID'],
    ],
    ['self loop', (c) => c.transitions.push({ from: 'a', to: 'a', action: 'RETURN' }), ['FLOW_SELF_LOOP:a']],
    ['exit from END', (c) => c.transitions.push({ from: 'e', to: 'a', action: 'RETURN' }), ['FLOW_END_HAS_EXIT:e']],
    [
      'same action twice from one step',
      (c) => c.transitions.push({ from: 'a', to: 'e', action: 'APPROVE' }),
      ['FLOW_DUPLICATE_ACTION:a'],
    ],
    [
      'START with two exits',
      (c) => c.transitions.push({ from: 's', to: 'b', action: 'ESCALATE' }),
      ['FLOW_START_EXIT_COUNT:s'],
    ],
    [
      'unreachable step',
      (c) => {
        c.steps.push(task('orphan'));
        c.transitions.push({ from: 'orphan', to: 'e', action: 'COMPLETE' });
      },
      ['FLOW_UNREACHABLE_STEP:orphan'],
    ],
    [
      'dead end (a loop with no way out)',
      (c) => {
        c.steps.push(task('x'), task('y'));
        c.transitions.push({ from: 'b', to: 'x', action: 'ESCALATE' });
        c.transitions.push({ from: 'x', to: 'y', action: 'APPROVE' });
        c.transitions.push({ from: 'y', to: 'x', action: 'RETURN' });
      },
      ['FLOW_DEAD_END:x', 'FLOW_DEAD_END:y'],
    ],
    [
      'removing the only way in makes the rest unreachable',
      (c) => (c.transitions = c.transitions.filter((t) => !(t.from === 'a' && t.to === 'b'))),
      ['FLOW_UNREACHABLE_STEP:b'],
    ],
  ])('%s', (_label, mutate, expected) => {
    const chart = smallChart();
    mutate(chart);
    expect(codes(chart)).toEqual(expected);
  });

  it('points every problem at a stable code', () => {
    const all: FlowProblemCode[] = validateFlow({ steps: [], transitions: [] }).map((p) => p.code);
    expect(all).toEqual(['FLOW_NO_START', 'FLOW_NO_END']);
  });

  it('gives the index of a bad transition', () => {
    const chart = smallChart();
    chart.transitions.push({ from: 'a', to: 'e', action: 'APPROVE' });
    expect(validateFlow(chart)[0]).toMatchObject({
      code: 'FLOW_DUPLICATE_ACTION',
      transitionIndex: 5,
      action: 'APPROVE',
    });
  });
});
