import {
  cadencePeriods,
  defaultPeriod,
  objectionOpen,
  periodKey,
  periodText,
  rankingPeriods,
  reasonText,
  shortHash,
  startedPeriods,
} from './periods';

describe('publication periods follow the scheme cadence', () => {
  it('quarterly: four quarters aligned to January', () => {
    expect(cadencePeriods(2026, 3).map((p) => [p.fromMonth, p.toMonth])).toEqual([
      [1, 3],
      [4, 6],
      [7, 9],
      [10, 12],
    ]);
  });

  it('monthly, half-yearly and yearly cadences', () => {
    expect(cadencePeriods(2026, 1)).toHaveLength(12);
    expect(cadencePeriods(2026, 6).map((p) => p.fromMonth)).toEqual([1, 7]);
    expect(cadencePeriods(2026, 12)).toEqual([{ year: 2026, fromMonth: 1, toMonth: 12 }]);
    expect(cadencePeriods(2026, 5).map((p) => [p.fromMonth, p.toMonth])).toEqual([
      [1, 5],
      [6, 10],
      [11, 12],
    ]);
    expect(cadencePeriods(2026, 0)).toEqual([]);
  });

  it('offers only periods that have begun', () => {
    expect(startedPeriods(2026, 3, '2026-12-03').map((p) => p.fromMonth)).toEqual([1, 4, 7, 10]);
    expect(startedPeriods(2026, 3, '2026-05-10').map((p) => p.fromMonth)).toEqual([1, 4]);
    expect(startedPeriods(2025, 3, '2026-01-02').map((p) => p.fromMonth)).toEqual([1, 4, 7, 10]);
    expect(startedPeriods(2027, 3, '2026-12-03')).toEqual([]);
  });

  it('defaults to the latest period not yet published', () => {
    const periods = startedPeriods(2026, 3, '2026-12-03');
    expect(defaultPeriod(periods, new Set())?.fromMonth).toBe(10);
    expect(defaultPeriod(periods, new Set(['2026-10']))?.fromMonth).toBe(7);
    expect(defaultPeriod(periods, new Set(periods.map(periodKey)))?.fromMonth).toBe(10);
    expect(defaultPeriod([], new Set())).toBeNull();
  });
});

describe('period labels', () => {
  it('reads 2026年第4季度 and the like', () => {
    expect(periodText({ year: 2026, fromMonth: 10, toMonth: 12 })).toEqual({
      key: 'pointsResults.period.quarter',
      params: { year: 2026, n: 4 },
    });
    expect(periodText({ year: 2026, fromMonth: 3, toMonth: 3 }).key).toBe('pointsResults.period.month');
    expect(periodText({ year: 2026, fromMonth: 1, toMonth: 6 }).key).toBe('pointsResults.period.firstHalf');
    expect(periodText({ year: 2026, fromMonth: 7, toMonth: 12 }).key).toBe('pointsResults.period.secondHalf');
    expect(periodText({ year: 2026, fromMonth: 1, toMonth: 12 }).key).toBe('pointsResults.period.wholeYear');
    expect(periodText({ year: 2026, fromMonth: 1, toMonth: 2 })).toEqual({
      key: 'pointsResults.period.months',
      params: { year: 2026, from: 1, to: 2 },
    });
  });

  it('ranking periods: the whole year, then four quarters', () => {
    const options = rankingPeriods(2026);
    expect(options.map((o) => [o.fromMonth, o.toMonth])).toEqual([
      [null, null],
      [1, 3],
      [4, 6],
      [7, 9],
      [10, 12],
    ]);
  });
});

describe('small helpers', () => {
  it('a board takes objections up to and including its last day', () => {
    expect(objectionOpen('2026-12-20', '2026-12-20')).toBe(true);
    expect(objectionOpen('2026-12-20', '2026-12-21')).toBe(false);
  });

  it('shortens hashes and checks reasons', () => {
    expect(shortHash('0123456789abcdef')).toBe('0123456789ab');
    expect(shortHash(null)).toBe('');
    expect(reasonText('  a ')).toBeNull();
    expect(reasonText(' 属实 ')).toBe('属实');
  });
});
