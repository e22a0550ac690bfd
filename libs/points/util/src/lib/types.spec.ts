import { ITEM_KINDS, signOf } from './types';

describe('signOf', () => {
  it('takes points away for NEGATIVE and VETO items and adds them for the others', () => {
    expect(ITEM_KINDS.map((k) => [k, signOf(k)])).toEqual([
      ['POSITIVE', 1],
      ['NEGATIVE', -1],
      ['BONUS', 1],
      ['VETO', -1],
    ]);
  });
});
