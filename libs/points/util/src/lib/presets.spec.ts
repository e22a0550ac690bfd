import { entryPoints } from './engine';
import { PRESET_KEYS, PRESETS, type PresetKey } from './presets';
import { takesEntitlement } from './rules';
import type { PolicyParameters } from './types';

/** DOMAIN.md §3.1, row by row, with the choices documented in the preset files. */
const TABLE: Record<PresetKey, PolicyParameters> = {
  CHANGBA_000: {
    subjectModel: 'HOUSEHOLD',
    basePoints: 0,
    cycle: 'ANNUAL_RESET',
    rankingBasis: 'HOUSEHOLD_TOTAL',
    exchangeValue: { points: 10, yuan: 1.2 },
    exchangeableRule: 'BALANCE',
    exchangeThreshold: 0,
    exchangeWindows: { months: [6, 12], label: '半年一兑换' },
    blackListBlocksExchange: true,
    awardRule: 'ABOVE_VILLAGE_AVERAGE',
    reviewCadenceMonths: 1,
    publicationCadenceMonths: 3,
    objectionWindowDays: 20,
    villageAdoption: 'APPROVAL',
  },
  HOUSHAN_001: {
    subjectModel: 'FAMILY_TOTAL',
    basePoints: 0,
    cycle: 'FAMILY_CARRY_OVER',
    rankingBasis: 'FAMILY_TOTAL',
    exchangeValue: { points: 1, yuan: 1 },
    exchangeableRule: 'BALANCE',
    exchangeThreshold: 100,
    exchangeWindows: { months: null, label: '随时兑换' },
    blackListBlocksExchange: false,
    awardRule: 'TOP_OF_RANKING',
    reviewCadenceMonths: 1,
    publicationCadenceMonths: 3,
    objectionWindowDays: 20,
    villageAdoption: 'FILING',
  },
  TUKE_002: {
    subjectModel: 'HOUSEHOLD',
    basePoints: 0,
    cycle: 'ANNUAL_RESET',
    rankingBasis: 'HOUSEHOLD_TOTAL',
    exchangeValue: null,
    exchangeableRule: 'BALANCE',
    exchangeThreshold: 0,
    exchangeWindows: { months: null, label: '随时兑换' },
    blackListBlocksExchange: false,
    awardRule: 'NONE',
    reviewCadenceMonths: 1,
    publicationCadenceMonths: 3,
    objectionWindowDays: 20,
    villageAdoption: 'FILING',
  },
  GENERIC_003: {
    subjectModel: 'FAMILY_AVERAGE',
    basePoints: 0,
    cycle: 'ANNUAL_RESET',
    rankingBasis: 'FAMILY_AVERAGE',
    exchangeValue: null,
    exchangeableRule: 'BALANCE',
    exchangeThreshold: 0,
    exchangeWindows: { months: null, label: '随时兑换' },
    blackListBlocksExchange: false,
    awardRule: 'TOP_NO_VETO',
    reviewCadenceMonths: 1,
    publicationCadenceMonths: 3,
    objectionWindowDays: 20,
    villageAdoption: 'FILING',
  },
  GAOYANG_004: {
    subjectModel: 'HOUSEHOLD',
    basePoints: 100,
    cycle: 'ANNUAL_RESET',
    rankingBasis: 'HOUSEHOLD_TOTAL',
    exchangeValue: { points: 1, yuan: 1 },
    exchangeableRule: 'ABOVE_BASE',
    exchangeThreshold: 0,
    exchangeWindows: { months: [1, 4, 7, 10], label: '每季度第一个月' },
    blackListBlocksExchange: false,
    awardRule: 'TOP_OF_RANKING',
    reviewCadenceMonths: 3,
    publicationCadenceMonths: 3,
    objectionWindowDays: 20,
    villageAdoption: 'FILING',
  },
};

describe('presets', () => {
  it('has the five seeds, in seed order of the contract', () => {
    expect(PRESET_KEYS).toEqual(['CHANGBA_000', 'HOUSHAN_001', 'TUKE_002', 'GENERIC_003', 'GAOYANG_004']);
    expect(Object.keys(PRESETS).sort()).toEqual([...PRESET_KEYS].sort());
  });

  it.each(PRESET_KEYS)('%s reproduces its row of the DOMAIN.md §3.1 table', (key) => {
    expect(PRESETS[key].parameters).toEqual(TABLE[key]);
    expect(PRESETS[key].year).toBe(2026);
    expect(PRESETS[key].name.length).toBeGreaterThan(0);
  });

  it.each(PRESET_KEYS)('%s has 15–60 well-formed items with unique stable codes', (key) => {
    const { items } = PRESETS[key];
    expect(items.length).toBeGreaterThanOrEqual(15);
    expect(items.length).toBeLessThanOrEqual(60);
    expect(new Set(items.map((i) => i.code)).size).toBe(items.length);
    for (const i of items) {
      expect(i.code).toMatch(/^[A-Z]\d{2}$/);
      expect(Number.isInteger(i.minPoints) && Number.isInteger(i.maxPoints)).toBe(true);
      expect(i.minPoints).toBeGreaterThan(0);
      expect(i.maxPoints).toBeGreaterThanOrEqual(i.minPoints);
      if (i.capPerPeriod !== null) expect(i.capPerPeriod).toBeGreaterThanOrEqual(i.maxPoints);
      expect(i.publicWording.length).toBeGreaterThan(0);
      expect(i.category.length).toBeGreaterThan(0);
      expect(entryPoints(i, i.maxPoints).ok).toBe(true);
    }
  });

  it.each(PRESET_KEYS)('%s has no NEGATIVE or VETO item that takes away a legal entitlement (seed 002)', (key) => {
    const offending = PRESETS[key].items.filter((i) => takesEntitlement(i));
    expect(offending).toEqual([]);
    // the check is live: the same preset with one offending wording is caught
    const negative = PRESETS[key].items.find((i) => i.kind === 'NEGATIVE');
    expect(negative && takesEntitlement({ ...negative, publicWording: '扣发当年惠农补贴' })).toBe(true);
  });

  it.each([
    ['CHANGBA_000', 28, 6, 0, 0, 0],
    ['HOUSHAN_001', 55, 23, 0, 0, 22],
    ['TUKE_002', 18, 4, 0, 0, 0],
    ['GENERIC_003', 45, 12, 6, 4, 20],
    ['GAOYANG_004', 37, 16, 0, 0, 0],
  ] as const)(
    '%s: %i items, %i NEGATIVE, %i BONUS, %i VETO, %i INDIVIDUAL',
    (key, total, negative, bonus, veto, individual) => {
      const { items } = PRESETS[key];
      expect(items.length).toBe(total);
      expect(items.filter((i) => i.kind === 'NEGATIVE').length).toBe(negative);
      expect(items.filter((i) => i.kind === 'BONUS').length).toBe(bonus);
      expect(items.filter((i) => i.kind === 'VETO').length).toBe(veto);
      expect(items.filter((i) => i.subject === 'INDIVIDUAL').length).toBe(individual);
    },
  );

  it('follows the seeds’ category lists', () => {
    const categories = (key: PresetKey) => [...new Set(PRESETS[key].items.map((i) => i.category))];
    expect(categories('CHANGBA_000')).toEqual(['平安建设', '学习宣传', '传统美德', '环境卫生', '公益行动', '激励引导']);
    expect(categories('HOUSHAN_001')).toEqual([
      '爱党爱国',
      '遵纪守法',
      '乡村建设',
      '人居环境',
      '移风易俗',
      '兴业致富',
      '荣誉表彰',
    ]);
    expect(categories('GENERIC_003')).toEqual([
      '遵纪守法',
      '家庭美德',
      '人居环境',
      '移风易俗',
      '勤俭节约',
      '社会公德',
      '勤劳致富',
      '加分项',
      '否决项',
    ]);
    // 001: 正向激励32条、负向约束23条; 003: 七大类35个指标和加分项、否决项10个指标
    expect(PRESETS.HOUSHAN_001.items.filter((i) => i.kind === 'POSITIVE').length).toBe(32);
    expect(PRESETS.GENERIC_003.items.filter((i) => i.kind === 'BONUS' || i.kind === 'VETO').length).toBe(10);
    expect(categories('GAOYANG_004').slice(0, 6)).toEqual([
      '人居环境',
      '产业发展',
      '遵纪守法',
      '村风民俗',
      '善行公益',
      '表彰奖励',
    ]);
  });

  it('is frozen: a village adapts a copy, never the shared preset', () => {
    expect(Object.isFrozen(PRESETS.GAOYANG_004.parameters.exchangeWindows.months)).toBe(true);
    expect(Object.isFrozen(PRESETS.HOUSHAN_001.items[0])).toBe(true);
    const copy = { ...PRESETS.TUKE_002, items: PRESETS.TUKE_002.items.slice(1) };
    expect(copy.items.length).toBe(PRESETS.TUKE_002.items.length - 1);
  });

  it('marks every item whose values are examples (no seed published its annex)', () => {
    for (const key of PRESET_KEYS) expect(PRESETS[key].items.every((i) => i.example === true)).toBe(true);
  });
});
