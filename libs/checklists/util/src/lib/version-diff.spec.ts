import { CERTIFICATE_FLOW } from './example-flows';
import { EXAMPLE_ASSISTED_ITEM, EXAMPLE_AUTONOMY_ITEM, EXAMPLE_CERTIFICATE_ITEMS } from './example-items';
import type { FlowChart } from './flow';
import { diffItemFields, diffItems, flowDiff, isFlowDiffEmpty, summarizeItemsDiff } from './version-diff';

const cert = EXAMPLE_CERTIFICATE_ITEMS[0];

describe('diffItems', () => {
  it('finds nothing between equal versions', () => {
    expect(diffItems([cert, EXAMPLE_ASSISTED_ITEM], [EXAMPLE_ASSISTED_ITEM, { ...cert }])).toEqual({
      added: [],
      removed: [],
      changed: [],
    });
  });

  it('sorts added and removed items by code', () => {
    const diff = diffItems([EXAMPLE_ASSISTED_ITEM], [cert, EXAMPLE_AUTONOMY_ITEM]);
    expect(diff.added.map((i) => i.code)).toEqual(['ZM-001', 'ZZ-001']);
    expect(diff.removed.map((i) => i.code)).toEqual(['XZ-001']);
  });

  it.each([
    ['name', { name: '入党政审证明' }, 'name', '名称'],
    ['nested oversight', { oversight: { ...cert.oversight, how: '季度检查' } }, 'oversight.how', '监督方式'],
    ['time limit days', { timeLimit: { ...cert.timeLimit, days: 3 } }, 'timeLimit.days', '办结时限（天）'],
    ['notes added', { notes: '需本人到场' }, 'notes', '特别说明'],
  ])('reports a changed %s', (_label, patch, field, labelZh) => {
    const diff = diffItems([cert], [{ ...cert, ...patch }]);
    expect(diff.changed).toHaveLength(1);
    expect(diff.changed[0].fields).toEqual([expect.objectContaining({ field, labelZh })]);
  });

  it('treats blank and missing text as the same, and a missing day counting as CALENDAR', () => {
    expect(diffItemFields({ ...cert, notes: undefined }, { ...cert, notes: '  ' })).toEqual([]);
    const calendar = { ...cert, timeLimit: { text: '5日', days: 5 } };
    expect(
      diffItemFields(calendar, { ...calendar, timeLimit: { ...calendar.timeLimit, counting: 'CALENDAR' } }),
    ).toEqual([]);
  });

  it('says which materials came and went', () => {
    const after = { ...cert, materials: ['党组织出具的外调函', '户口簿'] };
    expect(diffItemFields(cert, after)).toEqual([
      {
        field: 'materials',
        labelZh: '申请材料',
        before: cert.materials,
        after: after.materials,
        added: ['户口簿'],
        removed: ['被调查人居民身份证复印件'],
      },
    ]);
  });

  it('includes the flow diff when the chart changed', () => {
    const flow: FlowChart = {
      ...CERTIFICATE_FLOW,
      steps: CERTIFICATE_FLOW.steps.map((s) => (s.id === 'review' ? { ...s, timeLimitDays: 2 } : s)),
    };
    const diff = diffItems([cert], [{ ...cert, flow }]);
    expect(diff.changed[0].fields).toEqual([]);
    expect(diff.changed[0].flow?.changedSteps).toEqual([
      { id: 'review', fields: [{ field: 'timeLimitDays', before: 1, after: 2 }] },
    ]);
  });

  it('refuses a version with a code twice', () => {
    expect(() => diffItems([cert, cert], [])).toThrow(RangeError);
  });
});

describe('flowDiff', () => {
  it('is empty for the same chart', () => {
    expect(isFlowDiffEmpty(flowDiff(CERTIFICATE_FLOW, structuredClone(CERTIFICATE_FLOW)))).toBe(true);
  });

  it('keys transitions by (from, action)', () => {
    const after: FlowChart = {
      steps: [
        ...CERTIFICATE_FLOW.steps.filter((s) => s.id !== 'meeting'),
        { id: 'town', name: '报镇审核', kind: 'TASK', role: 'TOWN_OFFICER', timeLimitDays: 3, materials: [] },
      ],
      transitions: [
        ...CERTIFICATE_FLOW.transitions
          .filter((t) => t.from !== 'meeting')
          .map((t) => (t.from === 'review' && t.action === 'APPROVE' ? { ...t, to: 'town' } : t)),
        { from: 'town', to: 'issue', action: 'APPROVE' },
      ],
    };
    const diff = flowDiff(CERTIFICATE_FLOW, after);
    expect(diff.addedSteps.map((s) => s.id)).toEqual(['town']);
    expect(diff.removedSteps.map((s) => s.id)).toEqual(['meeting']);
    expect(diff.changedTransitions).toEqual([
      expect.objectContaining({
        from: 'review',
        action: 'APPROVE',
        before: expect.objectContaining({ to: 'meeting' }),
      }),
    ]);
    expect(diff.addedTransitions).toEqual([{ from: 'town', to: 'issue', action: 'APPROVE' }]);
    expect(diff.removedTransitions.map((t) => `${t.from}:${t.action}`)).toEqual(['meeting:APPROVE', 'meeting:REJECT']);
  });
});

describe('summarizeItemsDiff', () => {
  it('writes one Chinese line per change', () => {
    const after = [
      { ...cert, timeLimit: { text: '3个工作日', days: 3 }, materials: [...cert.materials, '户口簿'] },
      EXAMPLE_AUTONOMY_ITEM,
    ];
    const lines = summarizeItemsDiff(diffItems([cert, EXAMPLE_ASSISTED_ITEM], after));
    expect(lines).toEqual([
      '新增事项：制定和修改村规民约（ZZ-001）',
      '删除事项：协助办理最低生活保障申请（XZ-001）',
      '修改「入党外调政审证明」的办结时限：5个工作日 → 3个工作日',
      '修改「入党外调政审证明」的办结时限（天）：5 → 3',
      '修改「入党外调政审证明」的时限计算方式：工作日 → 自然日',
      '修改「入党外调政审证明」的申请材料：增加户口簿',
    ]);
  });

  it('mentions flow changes and reordering', () => {
    const flow = { ...CERTIFICATE_FLOW, transitions: CERTIFICATE_FLOW.transitions.slice(0, -1) };
    const reordered = { ...cert, flow, materials: [...cert.materials].reverse() };
    expect(summarizeItemsDiff(diffItems([cert], [reordered]))).toEqual([
      '修改「入党外调政审证明」的申请材料：调整顺序',
      '修改「入党外调政审证明」的流程图：调整流转1处',
    ]);
  });
});
