import { PRESETS, type ExchangeWindows } from '@xiangzhi/points/util';
import { exchangeRounds, roundDays, roundKpi, roundOf, type ExchangeRound } from './rounds';

const w = (months: number[] | null): ExchangeWindows => ({ months, label: 'test' });

describe('exchangeRounds', () => {
  it.each<[string, ExchangeWindows, [number, number][]]>([
    [
      '000 半年一兑换 [6, 12] → two rounds',
      PRESETS.CHANGBA_000.parameters.exchangeWindows,
      [
        [6, 6],
        [12, 12],
      ],
    ],
    [
      '004 每季度第一月 [1, 4, 7, 10] → four rounds',
      PRESETS.GAOYANG_004.parameters.exchangeWindows,
      [
        [1, 1],
        [4, 4],
        [7, 7],
        [10, 10],
      ],
    ],
    ['001 any time (months null) → no rounds', PRESETS.HOUSHAN_001.parameters.exchangeWindows, []],
    ['consecutive months are one round', w([6, 7, 8]), [[6, 8]]],
    [
      'runs of consecutive months, unsorted and duplicated',
      w([12, 2, 1, 6, 2, 7, 11]),
      [
        [1, 2],
        [6, 7],
        [11, 12],
      ],
    ],
    ['every month → one round for the year', w([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]), [[1, 12]]],
    [
      'December and January are two rounds (a round never spans years)',
      w([12, 1]),
      [
        [1, 1],
        [12, 12],
      ],
    ],
    ['months outside 1–12 are ignored', w([0, 3, 13, -1]), [[3, 3]]],
    ['an empty list → no rounds', w([]), []],
  ])('%s', (_name, windows, expected) => {
    const rounds = exchangeRounds(windows, 2026);
    expect(rounds).toEqual(
      expected.map(([fromMonth, toMonth], i) => ({ year: 2026, index: i + 1, fromMonth, toMonth })),
    );
  });

  it('does not change the windows it is given (the presets are frozen)', () => {
    const windows = w([12, 6]);
    exchangeRounds(windows, 2026);
    expect(windows.months).toEqual([12, 6]);
    expect(() => exchangeRounds(PRESETS.GAOYANG_004.parameters.exchangeWindows, 2026)).not.toThrow();
  });
});

describe('roundOf', () => {
  const w000 = PRESETS.CHANGBA_000.parameters.exchangeWindows;
  const w004 = PRESETS.GAOYANG_004.parameters.exchangeWindows;
  it.each<[ExchangeWindows, string, Omit<ExchangeRound, 'year'> | null]>([
    [w000, '2026-06-01', { index: 1, fromMonth: 6, toMonth: 6 }],
    [w000, '2026-06-30', { index: 1, fromMonth: 6, toMonth: 6 }],
    [w000, '2026-07-01', null],
    [w000, '2026-12-31', { index: 2, fromMonth: 12, toMonth: 12 }],
    [w000, '2026-01-15', null],
    [w004, '2026-01-01', { index: 1, fromMonth: 1, toMonth: 1 }],
    [w004, '2026-10-31', { index: 4, fromMonth: 10, toMonth: 10 }],
    [w004, '2026-02-01', null],
    [w([6, 7, 8]), '2026-07-15', { index: 1, fromMonth: 6, toMonth: 8 }],
    [w(null), '2026-07-15', null],
  ])('%j on %s', (windows, day, expected) => {
    expect(roundOf(windows, day)).toEqual(expected === null ? null : { year: Number(day.slice(0, 4)), ...expected });
  });
});

describe('roundDays', () => {
  const r = (year: number, fromMonth: number, toMonth: number): ExchangeRound => ({
    year,
    index: 1,
    fromMonth,
    toMonth,
  });
  it.each<[ExchangeRound, string, string]>([
    [r(2026, 6, 6), '2026-06-01', '2026-06-30'],
    [r(2026, 12, 12), '2026-12-01', '2026-12-31'],
    [r(2026, 1, 1), '2026-01-01', '2026-01-31'],
    [r(2024, 2, 2), '2024-02-01', '2024-02-29'], // leap year
    [r(2026, 2, 2), '2026-02-01', '2026-02-28'],
    [r(2000, 2, 2), '2000-02-01', '2000-02-29'], // divisible by 400: leap
    [r(2100, 2, 2), '2100-02-01', '2100-02-28'], // divisible by 100 only: not leap
    [r(2026, 4, 4), '2026-04-01', '2026-04-30'],
    [r(2026, 6, 8), '2026-06-01', '2026-08-31'],
    [r(2026, 11, 12), '2026-11-01', '2026-12-31'],
  ])('%j → %s … %s', (round, from, to) => {
    expect(roundDays(round)).toEqual({ from, to });
  });

  it('every day of a round lies in it by roundOf, and the days around it do not', () => {
    const windows = w([2, 3, 12]);
    for (const round of exchangeRounds(windows, 2024)) {
      const { from, to } = roundDays(round);
      expect(roundOf(windows, from)).toEqual(round);
      expect(roundOf(windows, to)).toEqual(round);
    }
  });
});

describe('roundKpi', () => {
  const net = (...points: number[]) => new Map(points.map((p, i) => [`h${i}`, p]));
  it.each<
    [string, number, Map<string, number>, number | null, { redeeming: number; share: number; met: boolean | null }]
  >([
    ['0 resident households: share 0, target not met', 0, net(), 0.3, { redeeming: 0, share: 0, met: false }],
    [
      '0 resident households, with stray redemptions: share 0, not met',
      0,
      net(10),
      0.3,
      { redeeming: 1, share: 0, met: false },
    ],
    ['target met exactly at 30%', 10, net(5, 5, 5), 0.3, { redeeming: 3, share: 0.3, met: true }],
    ['just under 30%', 10, net(5, 5), 0.3, { redeeming: 2, share: 0.2, met: false }],
    ['reversed-to-zero households are not counted', 10, net(5, 5, 0, 0), 0.3, { redeeming: 2, share: 0.2, met: false }],
    [
      'a net negative household (more given back than taken) is not counted',
      10,
      net(5, 5, 5, -3),
      0.3,
      { redeeming: 3, share: 0.3, met: true },
    ],
    ['share rounded to 4 decimals', 3, net(1), 0.3, { redeeming: 1, share: 0.3333, met: true }],
    ['2 of 3', 3, net(1, 2), null, { redeeming: 2, share: 0.6667, met: null }],
    ['no target → met null', 10, net(5, 5, 5), null, { redeeming: 3, share: 0.3, met: null }],
    ['0 resident, no target → met null', 0, net(), null, { redeeming: 0, share: 0, met: null }],
    ['everyone', 4, net(1, 1, 1, 1), 0.3, { redeeming: 4, share: 1, met: true }],
  ])('%s', (_name, resident, points, target, expected) => {
    expect(roundKpi(resident, points, target)).toEqual({
      residentHouseholds: resident,
      redeemingHouseholds: expected.redeeming,
      share: expected.share,
      target,
      met: expected.met,
    });
  });

  it('30% of a real village: 36 of 120 households meet the 000 target, 35 do not', () => {
    const households = (n: number) => new Map(Array.from({ length: n }, (_, i) => [`h${i}`, 10]));
    expect(roundKpi(120, households(36), 0.3).met).toBe(true);
    expect(roundKpi(120, households(35), 0.3).met).toBe(false);
  });
});

describe('roundKpi against the unrounded share', () => {
  // KNOWN BUG (rounds.ts, roundKpi): `met` compares the share rounded to 4 decimals, so from about 2,000 resident
  // households on a village just under the target counts as meeting it: 602 of 2,007 = 29.995…% < 30% (602 <
  // 0.3 × 2,007 = 602.1), rounded to 0.3 → met true. DOMAIN.md §3.5 asks for ≥ 30% of resident households. Flip
  // `it.failing` to `it` once `met` compares redeeming ≥ target × resident (or the unrounded ratio).
  it('602 of 2,007 households (29.995%) does not meet a 30% target', () => {
    expect(roundKpi(2007, new Map(Array.from({ length: 602 }, (_, i) => [`h${i}`, 1])), 0.3).met).toBe(false);
  });
});
