import { EXAMPLE_ASSISTED_ITEM, EXAMPLE_CERTIFICATE_ITEMS, EXAMPLE_NEGATIVE_ITEMS } from './example-items';
import type { FlowChart } from './flow';
import { validateItem, type ChecklistItemContent } from './item';
import { DEFAULT_LIST_TYPES, OPTIONAL_LIST_TYPES, findListType } from './list-types';
import { smallChart } from './test-charts';

const certificate = EXAMPLE_CERTIFICATE_ITEMS[0];
const negative = EXAMPLE_NEGATIVE_ITEMS[0];

function problems(listType: string, item: ChecklistItemContent): string[] {
  return validateItem(listType, item).map((p) => `${p.code}:${p.field}`);
}

describe('validateItem', () => {
  it.each([
    ['ASSISTED_GOVERNMENT', EXAMPLE_ASSISTED_ITEM],
    ['CERTIFICATE', certificate],
    ['NEGATIVE', negative],
  ])('accepts a complete %s item', (listType, item) => {
    expect(validateItem(listType, item)).toEqual([]);
  });

  it('accepts a list type given as a definition, including a county’s extra list', () => {
    const petty = findListType(OPTIONAL_LIST_TYPES, 'PETTY_POWER');
    expect(petty && validateItem(petty, { ...EXAMPLE_ASSISTED_ITEM, code: 'XW-01' })).toEqual([]);
    expect(validateItem('PETTY_POWER', EXAMPLE_ASSISTED_ITEM, { listTypes: OPTIONAL_LIST_TYPES })).toEqual([]);
  });

  it('refuses an unknown list type', () => {
    expect(problems('PETTY_POWER', EXAMPLE_ASSISTED_ITEM)).toEqual(['CHECKLIST_LIST_TYPE_UNKNOWN:listType']);
  });

  it.each<[string, string, Partial<ChecklistItemContent>, string[]]>([
    ['missing name', 'AUTONOMY', { name: '  ' }, ['CHECKLIST_ITEM_FIELD_REQUIRED:name']],
    ['missing policy basis', 'AUTONOMY', { policyBasis: '' }, ['CHECKLIST_ITEM_FIELD_REQUIRED:policyBasis']],
    ['missing guiding unit', 'AUTONOMY', { guidingUnit: '' }, ['CHECKLIST_ITEM_FIELD_REQUIRED:guidingUnit']],
    [
      'missing oversight parts',
      'AUTONOMY',
      { oversight: { who: '', ofWhom: '村两委', how: '' } },
      ['CHECKLIST_ITEM_FIELD_REQUIRED:oversight.who', 'CHECKLIST_ITEM_FIELD_REQUIRED:oversight.how'],
    ],
    [
      'missing disclosure',
      'AUTONOMY',
      { disclosure: { what: '结果', how: '' } },
      ['CHECKLIST_ITEM_FIELD_REQUIRED:disclosure.how'],
    ],
    [
      'missing time limit text',
      'AUTONOMY',
      { timeLimit: { text: '', days: 40 } },
      ['CHECKLIST_ITEM_FIELD_REQUIRED:timeLimit.text'],
    ],
    [
      'negative days',
      'AUTONOMY',
      { timeLimit: { text: '即时', days: -1 } },
      ['CHECKLIST_ITEM_FIELD_INVALID:timeLimit.days'],
    ],
    ['bad code', 'AUTONOMY', { code: '自治 1' }, ['CHECKLIST_ITEM_FIELD_INVALID:code']],
    ['blank material', 'AUTONOMY', { materials: ['户口簿', ''] }, ['CHECKLIST_ITEM_FIELD_INVALID:materials']],
    ['material twice', 'AUTONOMY', { materials: ['户口簿', '户口簿 '] }, ['CHECKLIST_ITEM_FIELD_INVALID:materials']],
    ['blank keyword', 'AUTONOMY', { keywords: [''] }, ['CHECKLIST_ITEM_FIELD_INVALID:keywords']],
    [
      'certificate field on another list',
      'AUTONOMY',
      { purpose: '用途' },
      ['CHECKLIST_ITEM_FIELD_NOT_APPLICABLE:purpose'],
    ],
    [
      'negative field on another list',
      'AUTONOMY',
      { forbidden: '不得' },
      ['CHECKLIST_ITEM_FIELD_NOT_APPLICABLE:forbidden'],
    ],
    [
      'flow longer than the time limit',
      'AUTONOMY',
      { timeLimit: { text: '30日', days: 30 } },
      ['CHECKLIST_ITEM_FLOW_EXCEEDS_TIME_LIMIT:flow'],
    ],
    ['no number of days is fine', 'AUTONOMY', { timeLimit: { text: '按上级时限' } }, []],
  ])('%s on %s', (_label, listType, patch, expected) => {
    expect(problems(listType, { ...EXAMPLE_ASSISTED_ITEM, ...patch })).toEqual(expected);
  });

  it.each<[string, Partial<ChecklistItemContent>, string[]]>([
    ['no purpose', { purpose: undefined }, ['CHECKLIST_ITEM_FIELD_REQUIRED:purpose']],
    ['no sample', { sample: ' ' }, ['CHECKLIST_ITEM_FIELD_REQUIRED:sample']],
    ['on the do-not-issue list', { name: '居民死亡证明' }, ['CHECKLIST_ITEM_DO_NOT_ISSUE:name']],
    ['with a negative field', { basis: '依据' }, ['CHECKLIST_ITEM_FIELD_NOT_APPLICABLE:basis']],
  ])('CERTIFICATE item %s', (_label, patch, expected) => {
    expect(problems('CERTIFICATE', { ...certificate, ...patch })).toEqual(expected);
  });

  it.each<[string, Partial<ChecklistItemContent>, string[]]>([
    ['without forbidden', { forbidden: '' }, ['CHECKLIST_ITEM_FIELD_REQUIRED:forbidden']],
    ['without basis', { basis: undefined }, ['CHECKLIST_ITEM_FIELD_REQUIRED:basis']],
    ['with a flow', { flow: smallChart() }, ['CHECKLIST_ITEM_FIELD_NOT_APPLICABLE:flow']],
    ['with a certificate sample', { sample: '式样' }, ['CHECKLIST_ITEM_FIELD_NOT_APPLICABLE:sample']],
    ['with empty handling fields (they do not apply)', { fee: '', conditions: '' }, []],
  ])('NEGATIVE item %s', (_label, patch, expected) => {
    expect(problems('NEGATIVE', { ...negative, ...patch })).toEqual(expected);
  });

  it('passes the chart’s own problems through', () => {
    const broken: FlowChart = smallChart();
    broken.steps[1].role = '';
    expect(validateItem('AUTONOMY', { ...EXAMPLE_ASSISTED_ITEM, flow: broken })).toEqual([
      expect.objectContaining({
        code: 'CHECKLIST_ITEM_FLOW_INVALID',
        field: 'flow',
        flowProblem: expect.objectContaining({ code: 'FLOW_ROLE_REQUIRED', stepId: 'a' }),
      }),
    ]);
  });

  it('requires a flow only when asked (published items)', () => {
    const draft = { ...EXAMPLE_ASSISTED_ITEM, flow: undefined };
    expect(validateItem('AUTONOMY', draft)).toEqual([]);
    expect(validateItem('AUTONOMY', draft, { requireFlow: true }).map((p) => p.field)).toEqual(['flow']);
    expect(validateItem('NEGATIVE', negative, { requireFlow: true })).toEqual([]);
  });

  it('reads every default list type by code', () => {
    DEFAULT_LIST_TYPES.forEach((t) =>
      expect(validateItem(t.code, { ...negative }).every((p) => p.code !== 'CHECKLIST_LIST_TYPE_UNKNOWN')).toBe(true),
    );
  });
});
