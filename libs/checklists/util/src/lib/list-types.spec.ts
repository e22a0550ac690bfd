import {
  DEFAULT_LIST_TYPES,
  OPTIONAL_LIST_TYPES,
  findListType,
  sortListTypes,
  validateListTypes,
  type ListTypeDefinition,
} from './list-types';

describe('DEFAULT_LIST_TYPES', () => {
  it('has the four lists of seed 002 in wall order', () => {
    expect(sortListTypes(DEFAULT_LIST_TYPES).map((t) => [t.code, t.nameZh])).toEqual([
      ['AUTONOMY', '依法自治事项清单'],
      ['ASSISTED_GOVERNMENT', '依法协助政府工作事项清单'],
      ['NEGATIVE', '工作负面事项清单'],
      ['CERTIFICATE', '依法出具证明事项清单'],
    ]);
  });

  it('gives NEGATIVE and CERTIFICATE their own kinds', () => {
    expect(findListType(DEFAULT_LIST_TYPES, 'NEGATIVE')?.kind).toBe('NEGATIVE');
    expect(findListType(DEFAULT_LIST_TYPES, 'CERTIFICATE')?.kind).toBe('CERTIFICATE');
    expect(findListType(DEFAULT_LIST_TYPES, 'AUTONOMY')?.kind).toBe('GENERAL');
    expect(findListType(DEFAULT_LIST_TYPES, 'PETTY_POWER')).toBeUndefined();
  });

  it('validates together with the optional lists a county may enable', () => {
    const county = [...DEFAULT_LIST_TYPES, ...OPTIONAL_LIST_TYPES];
    expect(validateListTypes(county)).toEqual([]);
    expect(sortListTypes(county).map((t) => t.code)).toEqual([
      'AUTONOMY',
      'ASSISTED_GOVERNMENT',
      'NEGATIVE',
      'CERTIFICATE',
      'PUBLIC_SERVICE',
      'PETTY_POWER',
    ]);
  });
});

describe('sortListTypes', () => {
  it('breaks order ties by code and leaves the input alone', () => {
    const input: ListTypeDefinition[] = [
      { code: 'B_LIST', nameZh: '乙', nameEn: 'B', order: 1, kind: 'GENERAL' },
      { code: 'A_LIST', nameZh: '甲', nameEn: 'A', order: 1, kind: 'GENERAL' },
    ];
    expect(sortListTypes(input).map((t) => t.code)).toEqual(['A_LIST', 'B_LIST']);
    expect(input[0].code).toBe('B_LIST');
  });
});

describe('validateListTypes', () => {
  const ok: ListTypeDefinition = {
    code: 'PETTY_POWER',
    nameZh: '小微权力清单',
    nameEn: 'Petty powers',
    order: 60,
    kind: 'GENERAL',
  };
  it.each<[string, Partial<ListTypeDefinition>, string]>([
    ['lower-case code', { code: 'petty' }, 'LIST_TYPE_CODE_INVALID'],
    ['missing Chinese name', { nameZh: ' ' }, 'LIST_TYPE_NAME_REQUIRED'],
    ['fractional order', { order: 1.5 }, 'LIST_TYPE_ORDER_INVALID'],
    ['unknown kind', { kind: 'OTHER' as ListTypeDefinition['kind'] }, 'LIST_TYPE_KIND_INVALID'],
  ])('%s → %s', (_label, patch, code) => {
    expect(validateListTypes([{ ...ok, ...patch }]).map((p) => p.code)).toEqual([code]);
  });

  it('reports a code used twice', () => {
    expect(validateListTypes([ok, { ...ok, order: 70 }])).toEqual([
      expect.objectContaining({ code: 'LIST_TYPE_DUPLICATE_CODE', listTypeCode: 'PETTY_POWER' }),
    ]);
  });
});
