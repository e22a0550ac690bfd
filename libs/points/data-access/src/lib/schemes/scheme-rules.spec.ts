import { PRESETS } from '@xiangzhi/points/util';
import {
  describeParameters,
  diffIsEmpty,
  itemFormValue,
  parametersFormValue,
  parametersPatch,
  pointsRange,
  SchemeParameters,
  toSchemeItemInput,
} from './scheme-rules';

const params: SchemeParameters = {
  subjectModel: 'HOUSEHOLD',
  basePoints: 100,
  cycle: 'ANNUAL_RESET',
  rankingBasis: 'HOUSEHOLD_TOTAL',
  exchangeValue: { points: 1, yuan: 1 },
  exchangeableRule: 'ABOVE_BASE',
  exchangeThreshold: 0,
  exchangeWindows: { label: '每季度第一个月', months: [10, 1, 4, 7] },
  blackListBlocksExchange: false,
  awardRule: 'TOP_OF_RANKING',
  reviewCadenceMonths: 1,
  publicationCadenceMonths: 3,
  objectionWindowDays: 20,
  villageAdoption: 'APPROVAL',
};

describe('scheme parameters', () => {
  it('patches only what changed', () => {
    const form = parametersFormValue(params);
    expect(form.exchangeWindowMonths).toEqual([1, 4, 7, 10]);
    expect(parametersPatch(params, form)).toBeNull();
    expect(parametersPatch(params, { ...form, basePoints: 0, exchangeWindowMonths: [] })).toEqual({
      basePoints: 0,
      exchangeWindowMonths: [],
    });
    expect(parametersPatch(params, { ...form, exchangeValueYuan: 2, blackListBlocksExchange: true })).toEqual({
      exchangeValueYuan: 2,
      blackListBlocksExchange: true,
    });
  });

  it('describes a preset in translation keys (Gaoyang 004: base 100, only above base, quarterly windows)', () => {
    const lines = describeParameters(PRESETS.GAOYANG_004.parameters);
    const byField = Object.fromEntries(lines.map((l) => [l.field, l]));
    expect(byField['basePoints']).toEqual({
      field: 'basePoints',
      valueKey: 'schemes.value.points',
      params: { points: 100 },
    });
    expect(byField['exchangeableRule'].valueKey).toBe('schemes.exchangeableRule.ABOVE_BASE');
    expect(byField['exchangeWindows'].valueKey).toBe('schemes.value.windows');
    expect(byField['blackListBlocksExchange'].valueKey).toBe('schemes.value.no');
  });

  it('describes Changba 000 (black list blocks) and Houshan 001 (threshold 100)', () => {
    const changba = Object.fromEntries(describeParameters(PRESETS.CHANGBA_000.parameters).map((l) => [l.field, l]));
    expect(changba['blackListBlocksExchange'].valueKey).toBe('schemes.value.yes');
    const houshan = Object.fromEntries(describeParameters(PRESETS.HOUSHAN_001.parameters).map((l) => [l.field, l]));
    expect(houshan['exchangeableRule']).toMatchObject({
      valueKey: 'schemes.value.balanceFromThreshold',
      params: { threshold: 100 },
    });
    expect(houshan['exchangeWindows'].valueKey).toBe('schemes.value.anyTime');
  });
});

describe('scheme items', () => {
  it('builds the item input: trimmed, the wording defaults to the name', () => {
    const value = {
      ...itemFormValue(null),
      code: ' A01 ',
      category: ' 环境卫生 ',
      name: ' 门前三包 ',
      publicWording: ' ',
    };
    expect(toSchemeItemInput(value)).toMatchObject({
      itemCode: 'A01',
      category: '环境卫生',
      name: '门前三包',
      publicWording: '门前三包',
      capPerPeriod: null,
    });
  });

  it('shows points with their sign', () => {
    expect(pointsRange({ kind: 'POSITIVE', minPoints: 2, maxPoints: 2 })).toBe('+2');
    expect(pointsRange({ kind: 'NEGATIVE', minPoints: 1, maxPoints: 5 })).toBe('−1–5');
  });

  it('knows an empty diff', () => {
    expect(diffIsEmpty({ added: [], removed: [], changed: [], parameters: [] })).toBe(true);
    expect(diffIsEmpty({ added: [1], removed: [], changed: [], parameters: [] })).toBe(false);
  });
});
