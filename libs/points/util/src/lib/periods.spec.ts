import {
  capLeft,
  entryPoints,
  exchangeWindowOpen,
  inPeriod,
  publicationPeriodOf,
  reviewPeriodOf,
  round2,
} from './engine';
import type { PolicyParameters, SchemeItem } from './types';

const params: PolicyParameters = {
  subjectModel: 'HOUSEHOLD',
  basePoints: 0,
  cycle: 'ANNUAL_RESET',
  rankingBasis: 'HOUSEHOLD_TOTAL',
  exchangeValue: null,
  exchangeableRule: 'BALANCE',
  exchangeThreshold: 0,
  exchangeWindows: { months: [6, 12], label: '半年一兑换' },
  blackListBlocksExchange: false,
  awardRule: 'NONE',
  reviewCadenceMonths: 1,
  publicationCadenceMonths: 3,
  objectionWindowDays: 20,
  villageAdoption: 'FILING',
};

function item(over: Partial<SchemeItem>): SchemeItem {
  return {
    code: 'A01',
    category: '公益',
    name: '参加环境卫生整治',
    kind: 'POSITIVE',
    minPoints: 2,
    maxPoints: 5,
    subject: 'HOUSEHOLD',
    capPerPeriod: 10,
    evidenceRequired: false,
    publicWording: '参加环境卫生整治',
    ...over,
  };
}

describe('entryPoints', () => {
  it.each([
    ['POSITIVE', 2, 2],
    ['POSITIVE', 5, 5],
    ['BONUS', 3, 3],
    ['NEGATIVE', 2, -2],
    ['NEGATIVE', 5, -5],
    ['VETO', 4, -4],
  ] as const)('%s item, %i picked → signed %i', (kind, points, signed) => {
    expect(entryPoints(item({ kind }), points)).toEqual({ ok: true, signed });
  });

  it.each([
    [1, 'POINTS_OUT_OF_RANGE'],
    [6, 'POINTS_OUT_OF_RANGE'],
    [-3, 'POINTS_OUT_OF_RANGE'],
    [2.5, 'POINTS_NOT_INTEGER'],
    [Number.NaN, 'POINTS_NOT_INTEGER'],
    [Number.POSITIVE_INFINITY, 'POINTS_NOT_INTEGER'],
  ])('refuses %p with %s', (points, code) => {
    expect(entryPoints(item({}), points)).toEqual({ ok: false, code });
  });

  it('takes a fixed item only at its value', () => {
    const fixed = item({ minPoints: 3, maxPoints: 3, kind: 'NEGATIVE' });
    expect(entryPoints(fixed, 3)).toEqual({ ok: true, signed: -3 });
    expect(entryPoints(fixed, 2)).toEqual({ ok: false, code: 'POINTS_OUT_OF_RANGE' });
  });

  it('gives 0, not −0, for a 0-point deduction', () => {
    const r = entryPoints(item({ kind: 'NEGATIVE', minPoints: 0 }), 0);
    expect(r.ok && Object.is(r.signed, 0)).toBe(true);
  });
});

describe('capLeft', () => {
  it.each([
    [10, 0, 10],
    [10, 4, 6],
    [10, -4, 6],
    [10, 10, 0],
    [10, 13, 0],
    [10, -13, 0],
  ])('cap %i, already %i → %i left', (cap, already, left) => {
    expect(capLeft(item({ capPerPeriod: cap }), already)).toBe(left);
  });

  it('is null without a cap', () => {
    expect(capLeft(item({ capPerPeriod: null }), 50)).toBeNull();
  });
});

describe('periods', () => {
  it.each([
    ['2026-01-01', 1, 3],
    ['2026-03-31', 1, 3],
    ['2026-04-01', 4, 6],
    ['2026-08-15', 7, 9],
    ['2026-12-31', 10, 12],
  ])('publication (quarterly) of %s is months %i–%i', (date, fromMonth, toMonth) => {
    expect(publicationPeriodOf(params, date)).toEqual({ year: 2026, fromMonth, toMonth });
  });

  it.each([
    [1, '2026-05-20', 5, 5],
    [3, '2026-05-20', 4, 6],
    [6, '2026-05-20', 1, 6],
    [6, '2026-07-01', 7, 12],
    [12, '2026-07-01', 1, 12],
    [5, '2026-12-01', 11, 12],
  ])('review every %i months: %s is months %i–%i', (cadence, date, fromMonth, toMonth) => {
    expect(reviewPeriodOf({ ...params, reviewCadenceMonths: cadence }, date)).toEqual({
      year: 2026,
      fromMonth,
      toMonth,
    });
  });

  it('refuses a cadence that is no whole number of months', () => {
    expect(() => reviewPeriodOf({ ...params, reviewCadenceMonths: 0 }, '2026-01-01')).toThrow(RangeError);
    expect(() => reviewPeriodOf({ ...params, reviewCadenceMonths: 1.5 }, '2026-01-01')).toThrow(RangeError);
  });

  it.each([
    ['2026-04-01', true],
    ['2026-06-30', true],
    ['2026-03-31', false],
    ['2026-07-01', false],
    ['2025-05-01', false],
  ])('inPeriod(Q2 2026, %s) = %p', (date, expected) => {
    expect(inPeriod({ year: 2026, fromMonth: 4, toMonth: 6 }, date)).toBe(expected);
  });

  it('refuses a date that is not YYYY-MM-DD', () => {
    expect(() => inPeriod({ year: 2026, fromMonth: 1, toMonth: 12 }, '2026-13-01')).toThrow(RangeError);
    expect(() => inPeriod({ year: 2026, fromMonth: 1, toMonth: 12 }, '2026/01/01')).toThrow(RangeError);
  });
});

describe('exchangeWindowOpen', () => {
  it.each([
    ['2026-06-01', true],
    ['2026-06-30', true],
    ['2026-12-31', true],
    ['2026-05-31', false],
    ['2026-07-01', false],
    ['2026-01-15', false],
  ])('half-yearly windows in June and December: %s → %p', (date, open) => {
    expect(exchangeWindowOpen(params, date)).toBe(open);
  });

  it('is always open when the scheme exchanges any time', () => {
    const any = { ...params, exchangeWindows: { months: null, label: '随时兑换' } };
    for (let m = 1; m <= 12; m++) expect(exchangeWindowOpen(any, `2026-${String(m).padStart(2, '0')}-10`)).toBe(true);
  });
});

describe('round2', () => {
  it.each([
    [10 / 3, 3.33],
    [20 / 3, 6.67],
    [1.005, 1.01],
    [-10 / 3, -3.33],
    [7, 7],
  ])('%p → %p', (v, r) => {
    expect(round2(v)).toBe(r);
  });
});
