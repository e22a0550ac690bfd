import {
  FLOW_ACTIONS,
  FLOW_ACTION_LABELS_ZH,
  findStep,
  longestPathDays,
  outgoingTransitions,
  startSteps,
  transitionLabel,
  type FlowChart,
} from './flow';
import { smallChart, task } from './test-charts';

describe('action labels', () => {
  it('has the Chinese label printed on charts for every action', () => {
    expect(FLOW_ACTIONS.map((a) => FLOW_ACTION_LABELS_ZH[a])).toEqual([
      '提交',
      '同意',
      '不同意',
      '退回',
      '上报',
      '办结',
    ]);
  });

  it('prefers the transition label, then an override, then the default', () => {
    expect(transitionLabel({ from: 'a', to: 'b', action: 'RETURN', label: '退回补正' })).toBe('退回补正');
    expect(transitionLabel({ from: 'a', to: 'b', action: 'RETURN' }, { RETURN: 'Return' })).toBe('Return');
    expect(transitionLabel({ from: 'a', to: 'b', action: 'RETURN' })).toBe('退回');
  });
});

describe('lookups', () => {
  it('finds steps and the START', () => {
    const chart = smallChart();
    expect(findStep(chart, 'b')?.role).toBe('TOWN_OFFICER');
    expect(findStep(chart, 'zz')).toBeUndefined();
    expect(startSteps(chart).map((s) => s.id)).toEqual(['s']);
  });

  it('lists exits in action display order whatever the stored order', () => {
    const chart = smallChart();
    chart.transitions.reverse();
    expect(outgoingTransitions(chart, 'a').map((t) => t.action)).toEqual(['APPROVE', 'REJECT']);
    expect(outgoingTransitions(chart, 'b').map((t) => t.action)).toEqual(['RETURN', 'COMPLETE']);
  });
});

describe('longestPathDays', () => {
  it('sums the forward route and ignores the return loop', () => {
    expect(longestPathDays(smallChart())).toBe(5);
  });

  it('takes the longer of two branches', () => {
    const chart: FlowChart = {
      steps: [
        { id: 's', name: '开始', kind: 'START', role: 'APPLICANT', timeLimitDays: null, materials: [] },
        task('a', 'VILLAGE_ADMIN', 1),
        task('short', 'VILLAGE_ADMIN', 2),
        task('long', 'VILLAGE_ADMIN', 10),
        { id: 'e', name: '结束', kind: 'END', role: '', timeLimitDays: null, materials: [] },
      ],
      transitions: [
        { from: 's', to: 'a', action: 'SUBMIT' },
        { from: 'a', to: 'short', action: 'APPROVE' },
        { from: 'a', to: 'long', action: 'REJECT' },
        { from: 'short', to: 'e', action: 'COMPLETE' },
        { from: 'long', to: 'e', action: 'COMPLETE' },
      ],
    };
    expect(longestPathDays(chart)).toBe(11);
  });

  it('is not shortened by an extra shortcut from a to END', () => {
    const chart = smallChart();
    chart.transitions.push({ from: 'a', to: 'e', action: 'COMPLETE' });
    expect(longestPathDays(chart)).toBe(5);
  });

  it('is null without limits or without a START', () => {
    const chart = smallChart();
    chart.steps.forEach((s) => (s.timeLimitDays = null));
    expect(longestPathDays(chart)).toBeNull();
    expect(longestPathDays({ steps: [task('a')], transitions: [] })).toBeNull();
  });
});
