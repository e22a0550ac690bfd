import { EXAMPLE_ITEMS } from './example-items';
import { validateItem } from './item';
import { DEFAULT_LIST_TYPES } from './list-types';

describe('EXAMPLE_ITEMS', () => {
  it('has items for every default list', () => {
    expect(Object.keys(EXAMPLE_ITEMS).sort()).toEqual(DEFAULT_LIST_TYPES.map((t) => t.code).sort());
  });

  it.each(Object.entries(EXAMPLE_ITEMS).flatMap(([list, items]) => items.map((i) => [list, i.code, i] as const)))(
    '%s %s is valid for publishing',
    (list, _code, item) => {
      expect(validateItem(list, item, { requireFlow: true })).toEqual([]);
    },
  );

  it('uses each item code once across the lists', () => {
    const codes = Object.values(EXAMPLE_ITEMS).flatMap((items) => items.map((i) => i.code));
    expect(new Set(codes).size).toBe(codes.length);
  });
});
