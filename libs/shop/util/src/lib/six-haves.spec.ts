import { SIX_HAVE_LABELS, SIX_HAVES, sixHavesStatus, type SixHave, type SixHaveRecord } from './six-haves';

const rec = (key: SixHave, description = '已具备', photoFileId: string | null = 'f-1'): SixHaveRecord => ({
  key,
  description,
  photoFileId,
});

describe('SIX_HAVES', () => {
  it('are the six of 000 四(一), each with its label', () => {
    expect(SIX_HAVES).toEqual(['PLACE', 'SIGN', 'PRICES', 'RULES', 'LEDGER', 'PERSON']);
    expect(SIX_HAVES.map((k) => SIX_HAVE_LABELS[k]).join('、')).toBe(
      '有固定场所、有统一招牌、有明码标价、有合理制度、有发放台账、有专人管理',
    );
  });
});

describe('sixHavesStatus', () => {
  it.each<[string, SixHaveRecord[], { met: SixHave[]; missing: SixHave[]; withoutPhoto: SixHave[] }]>([
    ['no records', [], { met: [], missing: [...SIX_HAVES], withoutPhoto: [] }],
    ['all six with photos', SIX_HAVES.map((k) => rec(k)), { met: [...SIX_HAVES], missing: [], withoutPhoto: [] }],
    [
      'all six, two without photo (null and empty id)',
      SIX_HAVES.map((k) => rec(k, '有', k === 'SIGN' ? null : k === 'LEDGER' ? '' : 'f')),
      { met: [...SIX_HAVES], missing: [], withoutPhoto: ['SIGN', 'LEDGER'] },
    ],
    [
      'blank and whitespace descriptions do not count, even with a photo',
      [rec('PLACE', ''), rec('SIGN', '  \n\t'), rec('PRICES', '明码标价牌')],
      { met: ['PRICES'], missing: ['PLACE', 'SIGN', 'RULES', 'LEDGER', 'PERSON'], withoutPhoto: [] },
    ],
    [
      'records out of order come back in the order of the six',
      [rec('PERSON', '张三', null), rec('PLACE')],
      { met: ['PLACE', 'PERSON'], missing: ['SIGN', 'PRICES', 'RULES', 'LEDGER'], withoutPhoto: ['PERSON'] },
    ],
    [
      'a later record of the same key replaces the earlier',
      [rec('RULES', '制度上墙'), rec('RULES', ' ')],
      { met: [], missing: [...SIX_HAVES], withoutPhoto: [] },
    ],
  ])('%s', (_name, records, expected) => {
    expect(sixHavesStatus(records)).toEqual(expected);
  });

  it('met and missing always partition the six', () => {
    const s = sixHavesStatus([rec('SIGN'), rec('LEDGER', '')]);
    expect([...s.met, ...s.missing].sort()).toEqual([...SIX_HAVES].sort());
    expect(s.withoutPhoto.every((k) => s.met.includes(k))).toBe(true);
  });
});
