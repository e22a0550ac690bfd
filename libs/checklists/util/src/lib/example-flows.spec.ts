import { CERTIFICATE_FLOW, EXAMPLE_FLOWS, FOUR_DELIBERATIONS_FLOW, SUBSISTENCE_ALLOWANCE_FLOW } from './example-flows';
import type { FlowAction, FlowChart } from './flow';
import { longestPathDays } from './flow';
import { applyAction, startCase, type CaseState } from './flow-engine';
import { validateFlow } from './flow-validation';
import { DEFAULT_LIST_TYPES } from './list-types';

function run(chart: FlowChart, moves: [FlowAction, string][]): CaseState {
  let state = startCase(chart, '2024-03-01T09:00:00+08:00');
  moves.forEach(([action, role], i) => {
    const result = applyAction(chart, state, { action, actorRoles: [role], at: `2024-03-01T1${i}:00:00+08:00` });
    if (!result.ok) throw new Error(`${action} by ${role} at ${state.currentStepId}: ${result.code}`);
    state = result.state;
  });
  return state;
}

describe('EXAMPLE_FLOWS', () => {
  it.each(EXAMPLE_FLOWS.map((f) => [f.nameZh, f] as const))('%s is a valid chart of a default list', (_name, flow) => {
    expect(validateFlow(flow.chart)).toEqual([]);
    expect(DEFAULT_LIST_TYPES.map((t) => t.code)).toContain(flow.listTypeCode);
  });

  it('has unique keys', () => {
    expect(new Set(EXAMPLE_FLOWS.map((f) => f.key)).size).toBe(EXAMPLE_FLOWS.length);
  });

  it.each([
    [CERTIFICATE_FLOW, 4],
    [FOUR_DELIBERATIONS_FLOW, 53],
    [SUBSISTENCE_ALLOWANCE_FLOW, 40],
  ])('sums step limits along the forward route (%#)', (chart, days) => {
    expect(longestPathDays(chart)).toBe(days);
  });
});

describe('certificate flow', () => {
  it.each<[string, [FlowAction, string][], string[]]>([
    [
      '出具',
      [
        ['APPROVE', 'VILLAGE_ADMIN'],
        ['APPROVE', 'VILLAGE_ADMIN'],
        ['COMPLETE', 'VILLAGE_ADMIN'],
      ],
      ['apply', 'review', 'meeting', 'issue', 'done'],
    ],
    [
      '不予出具 at review',
      [
        ['REJECT', 'VILLAGE_ADMIN'],
        ['COMPLETE', 'VILLAGE_ADMIN'],
      ],
      ['apply', 'review', 'refuse', 'done'],
    ],
    [
      '不予出具 at the meeting',
      [
        ['APPROVE', 'VILLAGE_ADMIN'],
        ['REJECT', 'VILLAGE_ADMIN'],
        ['COMPLETE', 'VILLAGE_ADMIN'],
      ],
      ['apply', 'review', 'meeting', 'refuse', 'done'],
    ],
  ])('%s', (_label, moves, path) => {
    const state = run(CERTIFICATE_FLOW, moves);
    expect(state.history.map((h) => h.stepId)).toEqual(path);
    expect(state.closedAt).not.toBeNull();
  });

  it('cannot be issued without the meeting', () => {
    const state = run(CERTIFICATE_FLOW, []);
    expect(
      applyAction(CERTIFICATE_FLOW, state, {
        action: 'COMPLETE',
        actorRoles: ['VILLAGE_ADMIN'],
        at: '2024-03-02T09:00:00+08:00',
      }),
    ).toMatchObject({ ok: false, code: 'CASE_ACTION_NOT_ALLOWED' });
  });
});

describe('四议两公开', () => {
  it('goes through the four deliberations and both disclosures, with oversight accepting the work', () => {
    const state = run(FOUR_DELIBERATIONS_FLOW, [
      ['APPROVE', 'VILLAGE_ADMIN'],
      ['APPROVE', 'VILLAGE_ADMIN'],
      ['APPROVE', 'VILLAGE_ADMIN'],
      ['COMPLETE', 'VILLAGE_ADMIN'],
      ['SUBMIT', 'VILLAGE_ADMIN'],
      ['APPROVE', 'OVERSIGHT'],
      ['COMPLETE', 'VILLAGE_ADMIN'],
    ]);
    expect(state.history.map((h) => h.stepId)).toEqual([
      'propose',
      'consult',
      'party',
      'resolve',
      'publishResolution',
      'implement',
      'oversee',
      'publishResult',
      'done',
    ]);
  });

  it('lets only the oversight committee accept the implementation', () => {
    const state = run(FOUR_DELIBERATIONS_FLOW, [
      ['APPROVE', 'VILLAGE_ADMIN'],
      ['APPROVE', 'VILLAGE_ADMIN'],
      ['APPROVE', 'VILLAGE_ADMIN'],
      ['COMPLETE', 'VILLAGE_ADMIN'],
      ['SUBMIT', 'VILLAGE_ADMIN'],
    ]);
    expect(
      applyAction(FOUR_DELIBERATIONS_FLOW, state, {
        action: 'APPROVE',
        actorRoles: ['VILLAGE_ADMIN'],
        at: '2024-03-09T09:00:00+08:00',
      }),
    ).toMatchObject({ ok: false, code: 'CASE_WRONG_ROLE', requiredRole: 'OVERSIGHT' });
  });

  it('stops when the villagers’ meeting votes it down', () => {
    const state = run(FOUR_DELIBERATIONS_FLOW, [
      ['APPROVE', 'VILLAGE_ADMIN'],
      ['APPROVE', 'VILLAGE_ADMIN'],
      ['REJECT', 'VILLAGE_ADMIN'],
    ]);
    expect(state.currentStepId).toBe('stopped');
  });
});

describe('subsistence allowance flow', () => {
  it('is escalated from the village to the town and the county', () => {
    const state = run(SUBSISTENCE_ALLOWANCE_FLOW, [
      ['APPROVE', 'VILLAGE_ADMIN'],
      ['SUBMIT', 'VILLAGE_ADMIN'],
      ['ESCALATE', 'VILLAGE_ADMIN'],
      ['ESCALATE', 'TOWN_OFFICER'],
      ['COMPLETE', 'COUNTY_OFFICER'],
    ]);
    expect(state.history.map((h) => h.stepId)).toEqual([
      'apply',
      'accept',
      'survey',
      'publicity',
      'town',
      'county',
      'done',
    ]);
  });
});
