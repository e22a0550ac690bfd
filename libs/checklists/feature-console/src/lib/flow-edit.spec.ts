import { EXAMPLE_AUTONOMY_ITEM, FLOW_ACTION_LABELS_ZH, validateFlow, type FlowChart } from '@xiangzhi/checklists/util';
import {
  addStep,
  addTransition,
  flowFromItem,
  flowInput,
  flowOption,
  flowProblems,
  linesOf,
  nextStepId,
  removeStep,
  removeTransition,
  ROLE_OPTIONS,
  starterFlow,
  updateStep,
  updateTransition,
} from './flow-edit';

describe('flow editor logic', () => {
  it('starts from a valid chart of three steps', () => {
    const chart = starterFlow();
    expect(validateFlow(chart)).toEqual([]);
    expect(flowProblems(chart)).toEqual([]);
    expect(chart.steps.map((s) => s.kind)).toEqual(['START', 'TASK', 'END']);
  });

  it('offers every role code with its Chinese label', () => {
    expect(ROLE_OPTIONS.map((r) => r.code)).toEqual([
      'APPLICANT',
      'VILLAGE_ADMIN',
      'VILLAGE_REVIEWER',
      'TOWN_OFFICER',
      'COUNTY_OFFICER',
      'OVERSIGHT',
    ]);
    expect(ROLE_OPTIONS.find((r) => r.code === 'VILLAGE_ADMIN')?.label).toBe('村两委');
  });

  it('adds a step with a fresh id and the defaults of its kind', () => {
    const chart = addStep(starterFlow(), 'TASK', '村审核小组审核');
    const step = chart.steps[3];
    expect(step).toEqual({
      id: 's4',
      name: '村审核小组审核',
      kind: 'TASK',
      role: 'VILLAGE_ADMIN',
      timeLimitDays: 1,
      materials: [],
    });
    expect(addStep(chart, 'END').steps[4]).toMatchObject({ id: 's5', kind: 'END', role: '', timeLimitDays: null });
    expect(nextStepId({ steps: [{ ...step, id: 's2' }], transitions: [] })).toBe('s3');
  });

  it('reports a new unconnected step as unreachable and as a dead end, in words naming it', () => {
    const chart = addStep(starterFlow(), 'TASK', '公示');
    const problems = flowProblems(chart);
    expect(problems.map((p) => p.code).sort()).toEqual(['FLOW_DEAD_END', 'FLOW_UNREACHABLE_STEP']);
    expect(problems.every((p) => p.step === '公示' && p.stepId === 's4')).toBe(true);
  });

  it('connects the step with transitions until the chart is valid again', () => {
    let chart = addStep(starterFlow(), 'TASK', '公示');
    chart = updateTransition(chart, 1, { to: 's4' }); // 村两委办理 → 公示
    chart = addTransition(chart, { from: 's4', to: 's3', action: 'COMPLETE', condition: '公示无异议' });
    expect(flowProblems(chart)).toEqual([]);
    expect(chart.transitions[2]).toEqual({ from: 's4', to: 's3', action: 'COMPLETE', condition: '公示无异议' });
  });

  it('removing a step drops its transitions and leaves a dangling-free but broken chart', () => {
    const chart = removeStep(starterFlow(), 's2');
    expect(chart.transitions).toEqual([]);
    expect(flowProblems(chart).map((p) => p.code)).toEqual(
      expect.arrayContaining(['FLOW_START_EXIT_COUNT', 'FLOW_UNREACHABLE_STEP']),
    );
    expect(flowProblems(chart).map((p) => p.code)).not.toContain('FLOW_DANGLING_TRANSITION');
  });

  it('names the transition and action of transition problems', () => {
    let chart = addTransition(starterFlow(), { from: 's2', to: 's9', action: 'RETURN' });
    expect(flowProblems(chart)).toContainEqual(
      expect.objectContaining({ code: 'FLOW_DANGLING_TRANSITION', transition: 3, step: 's9', action: '退回' }),
    );
    chart = removeTransition(chart, 2);
    chart = addTransition(chart, { from: 's2', to: 's3', action: 'COMPLETE' });
    expect(flowProblems(chart)).toContainEqual(
      expect.objectContaining({ code: 'FLOW_DUPLICATE_ACTION', action: '办结' }),
    );
  });

  it('clears the time limit of a step that stops being a task', () => {
    const chart = updateStep(starterFlow(), 's2', { kind: 'END' });
    expect(chart.steps[1].timeLimitDays).toBeNull();
    expect(flowProblems(chart).map((p) => p.code)).toContain('FLOW_END_HAS_EXIT');
  });

  it('draws the chart as edited: nodes, labelled arrows, the new step in the option', () => {
    const chart = addStep(starterFlow(), 'TASK', '公示');
    const option = flowOption(chart);
    const series = option.series[0];
    expect(series.type).toBe('graph');
    expect(series.data.map((n) => n.name)).toEqual(['申请', '村两委办理', '办结', '公示']);
    expect(series.data[1].label.formatter).toBe('村两委办理\n村两委 · 3天');
    expect(series.links.map((l) => l.value)).toEqual(['提交', '办结']);
    const renamed = flowOption(updateStep(chart, 's4', { name: '张榜公示' }));
    expect(renamed.series[0].data[3].name).toBe('张榜公示');
  });

  it('reads a server chart back without the default labels and sends it as input', () => {
    const server = {
      steps: EXAMPLE_AUTONOMY_ITEM.flow?.steps.map((s) => ({ ...s, roleLabelZh: s.role })) ?? [],
      transitions:
        EXAMPLE_AUTONOMY_ITEM.flow?.transitions.map((t) => ({
          ...t,
          condition: t.condition ?? null,
          label: t.label ?? FLOW_ACTION_LABELS_ZH[t.action],
        })) ?? [],
      longestPathDays: null,
    };
    const chart = flowFromItem(server) as FlowChart;
    expect(chart).toEqual(EXAMPLE_AUTONOMY_ITEM.flow);
    const input = flowInput(chart);
    expect(input.transitions.every((t) => t.label === null || t.label !== FLOW_ACTION_LABELS_ZH[t.action])).toBe(true);
    expect(input.steps).toHaveLength(chart.steps.length);
    expect(flowFromItem(null)).toBeNull();
  });

  it('reads materials one per line', () => {
    expect(linesOf(' 户口簿 \n\n身份证\r\n')).toEqual(['户口簿', '身份证']);
  });
});
