import {
  formatCount,
  formatYuan,
  fundsYear,
  liabilityShortfall,
  periodLabel,
  sixHaveChecklist,
  sixHavesMet,
} from './shop-format';

describe('formatYuan', () => {
  it('writes yuan with thousands separators and two decimals', () => {
    expect(formatYuan(1234.5)).toBe('¥1,234.50');
    expect(formatYuan(0)).toBe('¥0.00');
    expect(formatYuan(12)).toBe('¥12.00');
    expect(formatYuan(1234567.891)).toBe('¥1,234,567.89');
    expect(formatYuan(0.1 + 0.2)).toBe('¥0.30');
    expect(formatYuan(999.999)).toBe('¥1,000.00');
  });

  it('writes a deficit with a true minus sign, and a dash when unknown', () => {
    expect(formatYuan(-20)).toBe('−¥20.00');
    expect(formatYuan(-0.001)).toBe('¥0.00');
    expect(formatYuan(null)).toBe('—');
    expect(formatYuan(undefined)).toBe('—');
    expect(formatYuan(Number.NaN)).toBe('—');
  });

  it('groups counts', () => {
    expect(formatCount(12345)).toBe('12,345');
    expect(formatCount(7)).toBe('7');
    expect(formatCount(null)).toBe('—');
  });
});

describe('periodLabel', () => {
  it('labels quarters from their days', () => {
    expect(periodLabel({ label: 'Q1', from: '2026-01-01', to: '2026-03-31' })).toEqual({
      key: 'shopPortal.period.quarter',
      params: { year: 2026, quarter: 1 },
    });
    expect(periodLabel({ from: '2026-10-01', to: '2026-12-31' }).params['quarter']).toBe(4);
    expect(periodLabel({ from: '2026-04-01', to: '2026-06-30' }).params['quarter']).toBe(2);
  });

  it('labels halves, the year, a month and other whole months', () => {
    expect(periodLabel({ from: '2026-01-01', to: '2026-06-30' }).key).toBe('shopPortal.period.firstHalf');
    expect(periodLabel({ from: '2026-07-01', to: '2026-12-31' }).key).toBe('shopPortal.period.secondHalf');
    expect(periodLabel({ from: '2026-01-01', to: '2026-12-31' }).key).toBe('shopPortal.period.year');
    expect(periodLabel({ from: '2028-02-01', to: '2028-02-29' })).toEqual({
      key: 'shopPortal.period.month',
      params: { year: 2028, month: 2 },
    });
    expect(periodLabel({ from: '2026-02-01', to: '2026-04-30' })).toEqual({
      key: 'shopPortal.period.months',
      params: { year: 2026, from: 2, to: 4 },
    });
  });

  it('falls back to the two days, then to the API label', () => {
    expect(periodLabel({ from: '2026-01-05', to: '2026-03-31' })).toEqual({
      key: 'shopPortal.period.range',
      params: { from: '2026-01-05', to: '2026-03-31' },
    });
    expect(periodLabel({ from: '2026-02-01', to: '2026-02-28T00:00:00Z' }).key).toBe('shopPortal.period.month');
    expect(periodLabel({ from: '2025-10-01', to: '2026-03-31' }).key).toBe('shopPortal.period.range');
    expect(periodLabel({ label: '2026年第一轮', from: null, to: null })).toEqual({
      key: 'shopPortal.period.label',
      params: { label: '2026年第一轮' },
    });
    expect(periodLabel({}).key).toBe('shopPortal.period.unknown');
  });
});

describe('liabilityShortfall', () => {
  it('is the amount by which the liability exceeds the balance, to the fen', () => {
    expect(liabilityShortfall(1000, 1234.5)).toBe(234.5);
    expect(liabilityShortfall(0.1 + 0.2, 0.3)).toBe(0);
    expect(liabilityShortfall(1000, 1000)).toBe(0);
    expect(liabilityShortfall(1000, 999.99)).toBe(0);
    expect(liabilityShortfall(-50, 10)).toBe(60);
  });

  it('is zero when the liability is not known', () => {
    expect(liabilityShortfall(1000, null)).toBe(0);
    expect(liabilityShortfall(null, undefined)).toBe(0);
  });
});

describe('sixHaveChecklist', () => {
  it('lists the six in order, met when a description is recorded, then other items', () => {
    const lines = sixHaveChecklist([
      { key: 'SIGN', label: '有统一招牌', description: '门头挂“积分超市”牌' },
      { key: 'PLACE', label: '有固定场所', description: '村委会东侧两间' },
      { key: 'RULES', label: '有合理制度', description: '   ' },
      { key: 'EXTRA', label: '有监督电话', description: '镇纪委公布' },
    ]);
    expect(lines.map((l) => l.key)).toEqual(['PLACE', 'SIGN', 'PRICES', 'RULES', 'LEDGER', 'PERSON', 'EXTRA']);
    expect(lines.filter((l) => l.met).map((l) => l.key)).toEqual(['PLACE', 'SIGN', 'EXTRA']);
    expect(lines[0]).toEqual({
      key: 'PLACE',
      labelKey: 'shopPortal.sixHaves.PLACE',
      label: '有固定场所',
      met: true,
      description: '村委会东侧两间',
    });
    expect(lines[6].labelKey).toBeNull();
    expect(sixHavesMet(lines)).toBe(2);
  });

  it('marks all six missing for an empty record', () => {
    const lines = sixHaveChecklist([]);
    expect(lines).toHaveLength(6);
    expect(lines.every((l) => !l.met && l.description === '')).toBe(true);
  });
});

describe('fundsYear', () => {
  const now = new Date(2026, 11, 3);

  it('takes a sensible year from the query, else the current year', () => {
    expect(fundsYear('2025', now)).toBe(2025);
    expect(fundsYear(2024, now)).toBe(2024);
    expect(fundsYear(undefined, now)).toBe(2026);
    expect(fundsYear('', now)).toBe(2026);
    expect(fundsYear('abc', now)).toBe(2026);
    expect(fundsYear('2025.5', now)).toBe(2026);
    expect(fundsYear('1999', now)).toBe(2026);
    expect(fundsYear('2040', now)).toBe(2026);
  });
});
