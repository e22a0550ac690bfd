import 'reflect-metadata';
import {
  diffItems,
  EXAMPLE_ITEMS,
  FOUR_DELIBERATIONS_FLOW,
  type ChecklistItemContent,
} from '@xiangzhi/checklists/util';
import { itemInput } from '../testing';
import { shown, toDiffModel, toItemContent, toItemModel } from './mappers';

const ALL_EXAMPLES: ChecklistItemContent[] = Object.values(EXAMPLE_ITEMS).flatMap((items) => [...items]);

describe('checklist mappers', () => {
  it.each(ALL_EXAMPLES.map((i) => [i.code, i] as const))(
    'stores example item %s exactly as the editor sends it',
    (_code, item) => {
      expect(toItemContent(itemInput(item))).toEqual(JSON.parse(JSON.stringify(item)));
    },
  );

  it('trims text and leaves blank optional fields out rather than storing them empty', () => {
    const [item] = EXAMPLE_ITEMS['CERTIFICATE'];
    const stored = toItemContent(
      itemInput(item, { name: `  ${item.name} `, notes: '  ', consultation: null, keywords: [], forbidden: '' }),
    );
    expect(stored.name).toBe(item.name);
    expect(['notes', 'consultation', 'forbidden', 'keywords'].filter((k) => k in stored)).toEqual([]);
  });

  it('shows every field of an item and its chart as data, with labels for roles and arrows', () => {
    const m = toItemModel(EXAMPLE_ITEMS['AUTONOMY'][0]);
    expect(m.flow?.steps).toHaveLength(FOUR_DELIBERATIONS_FLOW.steps.length);
    expect(m.flow?.steps.filter((s) => s.role !== '').every((s) => s.roleLabelZh !== '')).toBe(true);
    expect(m.flow?.transitions.every((t) => t.label !== '')).toBe(true);
    expect(m.flow?.longestPathDays).toEqual(expect.any(Number));
    expect(m.purpose).toBeNull();
    const negative = toItemModel(EXAMPLE_ITEMS['NEGATIVE'][0]);
    expect(negative).toMatchObject({ flow: null, timeLimit: { days: null, counting: 'CALENDAR' } });
  });

  it('maps a diff to lines and display values', () => {
    const [a, b] = EXAMPLE_ITEMS['CERTIFICATE'];
    const changed = { ...a, materials: [...a.materials, '新材料'], timeLimit: { ...a.timeLimit, days: 3 } };
    const d = toDiffModel('x', 'y', diffItems([a, b], [changed]));
    expect(d.removed.map((i) => i.code)).toEqual([b.code]);
    expect(d.changed[0].fields.map((f) => f.field)).toEqual(['timeLimit.days', 'materials']);
    expect(d.changed[0].fields[1]).toMatchObject({ added: ['新材料'], removed: [] });
    expect(d.lines).toContain(`删除事项：${b.name}（${b.code}）`);
    expect([shown(undefined), shown([]), shown(['a', 'b']), shown(5)]).toEqual([null, null, 'a、b', '5']);
  });
});
