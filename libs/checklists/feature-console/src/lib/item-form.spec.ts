import type { ConsoleChecklistListType } from '@xiangzhi/checklists/data-access';
import { EXAMPLE_AUTONOMY_ITEM, FLOW_ACTION_LABELS_ZH, validateItem } from '@xiangzhi/checklists/util';
import { addStep } from './flow-edit';
import { itemContentOf, itemFormOf, itemInputOf, itemProblems, newItemForm, problemsOf } from './item-form';
import { prefixOf } from './editor.component';

const AUTONOMY: ConsoleChecklistListType = {
  code: 'AUTONOMY',
  nameZh: '依法自治事项清单',
  nameEn: 'Autonomy matters',
  order: 10,
  kind: 'GENERAL',
};
const NEGATIVE: ConsoleChecklistListType = { ...AUTONOMY, code: 'NEGATIVE', kind: 'NEGATIVE', order: 30 };
const CERTIFICATE: ConsoleChecklistListType = { ...AUTONOMY, code: 'CERTIFICATE', kind: 'CERTIFICATE', order: 40 };

/** The example item as the API answers it. */
function serverItem() {
  const i = EXAMPLE_AUTONOMY_ITEM;
  return {
    ...i,
    timeLimit: { text: i.timeLimit.text, days: i.timeLimit.days ?? null, counting: i.timeLimit.counting ?? 'CALENDAR' },
    notes: i.notes ?? null,
    consultation: null,
    keywords: [],
    purpose: null,
    sample: null,
    forbidden: null,
    basis: null,
    flow: {
      steps: (i.flow?.steps ?? []).map((s) => ({ ...s, roleLabelZh: s.role })),
      transitions: (i.flow?.transitions ?? []).map((t) => ({
        ...t,
        condition: t.condition ?? null,
        label: t.label ?? FLOW_ACTION_LABELS_ZH[t.action],
      })),
      longestPathDays: 60,
    },
  } as const;
}

describe('item form', () => {
  it('round-trips an item: form → content passes validateItem like the original', () => {
    const form = itemFormOf(serverItem() as never);
    expect(form.materials).toBe('村规民约草案\n征求意见记录');
    const content = itemContentOf(form, 'GENERAL');
    expect(validateItem('AUTONOMY', content)).toEqual([]);
    expect(itemProblems(form, AUTONOMY)).toEqual([]);
    expect(content.flow).toEqual(EXAMPLE_AUTONOMY_ITEM.flow);
  });

  it('shows the problems of validateItem by field', () => {
    const form = { ...itemFormOf(serverItem() as never), name: ' ', oversightWho: '', code: 'bad code!' };
    const problems = itemProblems(form, AUTONOMY);
    expect(problemsOf(problems, 'name').map((p) => p.code)).toEqual(['CHECKLIST_ITEM_FIELD_REQUIRED']);
    expect(problemsOf(problems, 'oversight.who').map((p) => p.code)).toEqual(['CHECKLIST_ITEM_FIELD_REQUIRED']);
    expect(problemsOf(problems, 'code').map((p) => p.code)).toEqual(['CHECKLIST_ITEM_FIELD_INVALID']);
  });

  it('leaves chart problems to the flow editor but reports a chart longer than the time limit', () => {
    const broken = { ...itemFormOf(serverItem() as never) };
    broken.flow = addStep(broken.flow ?? { steps: [], transitions: [] }, 'TASK', '孤立环节');
    expect(itemProblems(broken, AUTONOMY).map((p) => p.code)).toEqual([]);
    const short = { ...itemFormOf(serverItem() as never), timeLimitDays: 1 };
    expect(itemProblems(short, AUTONOMY).map((p) => p.code)).toEqual(['CHECKLIST_ITEM_FLOW_EXCEEDS_TIME_LIMIT']);
  });

  it('a new item needs its name, category and handling fields; negative items need what is forbidden', () => {
    const fresh = newItemForm('GENERAL', ['SX-001']);
    expect(fresh.code).toBe('SX-002');
    const fields = itemProblems(fresh, AUTONOMY).map((p) => p.field);
    expect(fields).toEqual(
      expect.arrayContaining(['name', 'category', 'policyBasis', 'conditions', 'timeLimit.text', 'guidingUnit']),
    );
    const negative = newItemForm('NEGATIVE', [], 'FM');
    expect(negative.flow).toBeNull();
    expect(itemProblems(negative, NEGATIVE).map((p) => p.field)).toEqual(
      expect.arrayContaining(['forbidden', 'basis']),
    );
    expect(itemProblems(negative, NEGATIVE).map((p) => p.field)).not.toContain('policyBasis');
  });

  it('refuses a certificate on the national do-not-issue list', () => {
    const form = {
      ...newItemForm('CERTIFICATE', []),
      name: '亲属关系证明',
      category: '证明',
      purpose: 'x',
      sample: 'y',
    };
    expect(itemProblems(form, CERTIFICATE).map((p) => p.code)).toContain('CHECKLIST_ITEM_DO_NOT_ISSUE');
  });

  it('sends only the fields of the list kind, keywords split, flow as input', () => {
    const form = { ...itemFormOf(serverItem() as never), purpose: 'stale', keywords: '村规，民约、公约' };
    const input = itemInputOf(form, 'GENERAL');
    expect(input.purpose).toBeNull();
    expect(input.keywords).toEqual(['村规', '民约', '公约']);
    expect(input.timeLimit).toEqual({ text: '60日内', days: 60, counting: 'CALENDAR' });
    expect(input.flow?.steps.length).toBe(EXAMPLE_AUTONOMY_ITEM.flow?.steps.length);
    expect(itemInputOf({ ...form, forbidden: '不得摊派' }, 'NEGATIVE').flow).toBeNull();
  });

  it('numbers new items with the prefix the list uses', () => {
    expect(prefixOf([{ code: 'ZZ-001' }, { code: 'ZZ-002' }, { code: 'A-1' }])).toBe('ZZ');
    expect(prefixOf([])).toBe('SX');
  });
});
