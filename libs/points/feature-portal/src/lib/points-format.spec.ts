import {
  groupedHash,
  cardCheckErrors,
  localToday,
  noticePdfUrl,
  objectionContentValid,
  objectionWindowOpen,
  periodLabel,
  signedPoints,
} from './points-format';

describe('points format', () => {
  it('labels quarters, halves, the year and other spans', () => {
    expect(periodLabel({ year: 2026, fromMonth: 10, toMonth: 12 })).toEqual({
      key: 'pointsPortal.period.quarter',
      params: { year: 2026, quarter: 4 },
    });
    expect(periodLabel({ year: 2026, fromMonth: 1, toMonth: 3 }).params['quarter']).toBe(1);
    expect(periodLabel({ year: 2026, fromMonth: 7, toMonth: 12 }).key).toBe('pointsPortal.period.secondHalf');
    expect(periodLabel({ year: 2026, fromMonth: 1, toMonth: 6 }).key).toBe('pointsPortal.period.firstHalf');
    expect(periodLabel({ year: 2026, fromMonth: 1, toMonth: 12 }).key).toBe('pointsPortal.period.year');
    expect(periodLabel({ year: 2026, fromMonth: 2, toMonth: 3 })).toEqual({
      key: 'pointsPortal.period.months',
      params: { year: 2026, from: 2, to: 3 },
    });
  });

  it('writes points with their sign', () => {
    expect(signedPoints(3)).toBe('+3');
    expect(signedPoints(-2)).toBe('−2');
    expect(signedPoints(0)).toBe('0');
  });

  it('keeps the objection window open to its last day inclusive', () => {
    expect(objectionWindowOpen('2026-04-20', '2026-04-20')).toBe(true);
    expect(objectionWindowOpen('2026-04-20', '2026-04-01')).toBe(true);
    expect(objectionWindowOpen('2026-04-20', '2026-04-21')).toBe(false);
    expect(localToday(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });

  it('checks the card form and the objection text', () => {
    expect(cardCheckErrors('150102001001-0001', '1234')).toBeNull();
    expect(cardCheckErrors('', '12a4')).toEqual({
      card: 'pointsPortal.objection.invalidCard',
      phone: 'pointsPortal.objection.invalidPhone',
    });
    expect(cardCheckErrors('150102001001-0001', '123')?.phone).toBeDefined();
    expect(objectionContentValid(' 少 ')).toBe(false);
    expect(objectionContentValid('漏记了清扫')).toBe(true);
    expect(objectionContentValid('x'.repeat(1001))).toBe(false);
  });

  it('links the public notice PDF', () => {
    expect(noticePdfUrl('p-1')).toBe('/api/points/publications/p-1/notice.pdf');
  });
});

describe('groupedHash', () => {
  it('splits a hash into groups of eight', () => {
    const hash = '1381234567890abc'.repeat(4);
    expect(groupedHash(hash)).toBe('13812345 67890abc 13812345 67890abc 13812345 67890abc 13812345 67890abc');
    expect(groupedHash(hash)).not.toMatch(/\d{9}/);
  });
});
