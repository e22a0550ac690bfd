import {
  canReverse,
  formatYuan,
  fundSourceFor,
  liabilityGap,
  recentYears,
  sharePercent,
  townOf,
  isoDay,
  isReversal,
  isWhole,
  isYuan,
  monthRange,
  rangeDates,
  redemptionGoods,
  signed,
  sixHaveInputs,
  sixHaveRows,
  sixHavesDone,
  stocktakeAdjustment,
  validReason,
} from './shop-rules';

describe('six haves', () => {
  const shop = {
    sixHaves: [
      { key: 'PLACE', label: '有固定场所', description: '村委会一楼', photoFileId: 'f1' },
      { key: 'SIGN', label: '有统一招牌', description: '  ', photoFileId: null },
    ],
    sixHavesMissing: ['SIGN', 'PRICES', 'RULES', 'LEDGER', 'PERSON'],
  };

  it('lists the six in order and marks the missing ones', () => {
    const rows = sixHaveRows(shop);
    expect(rows.map((r) => r.key)).toEqual(['PLACE', 'SIGN', 'PRICES', 'RULES', 'LEDGER', 'PERSON']);
    expect(rows.filter((r) => r.present).map((r) => r.key)).toEqual(['PLACE']);
    expect(rows[0].photoFileId).toBe('f1');
    expect(sixHavesDone(shop)).toBe(1);
  });

  it('follows the server when it reports one missing despite a description', () => {
    const rows = sixHaveRows({ ...shop, sixHavesMissing: ['PLACE'] });
    expect(rows[0].present).toBe(false);
  });

  it('saves only the recorded ones, trimmed', () => {
    const rows = sixHaveRows(shop).map((r) => (r.key === 'RULES' ? { ...r, description: ' 兑换制度上墙 ' } : r));
    expect(sixHaveInputs(rows)).toEqual([
      { key: 'PLACE', description: '村委会一楼', photoFileId: 'f1' },
      { key: 'RULES', description: '兑换制度上墙', photoFileId: null },
    ]);
  });
});

describe('dates', () => {
  it('gives the first and last day of a month, leap years included', () => {
    expect(monthRange('2026-12-03')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(monthRange('2028-02-10')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(monthRange('2026-04-30')).toEqual({ from: '2026-04-01', to: '2026-04-30' });
  });

  it('converts local days to dates and back', () => {
    const [from, to] = rangeDates({ from: '2026-12-01', to: '2026-12-31' });
    expect(isoDay(from)).toBe('2026-12-01');
    expect(isoDay(to)).toBe('2026-12-31');
  });
});

describe('stock and money', () => {
  it('computes the stocktake adjustment', () => {
    expect(stocktakeAdjustment(12, 9)).toBe(-3);
    expect(stocktakeAdjustment(12, 15)).toBe(3);
    expect(stocktakeAdjustment(12, null)).toBe(0);
  });

  it('formats yuan and signed quantities', () => {
    expect(formatYuan(9.5)).toBe('¥9.50');
    expect(formatYuan(null)).toBe('—');
    expect(signed(10)).toBe('+10');
    expect(signed(-3)).toBe('-3');
    expect(signed(0)).toBe('0');
  });

  it('validates whole numbers, yuan and reasons', () => {
    expect(isWhole(3, 1)).toBe(true);
    expect(isWhole(0, 1)).toBe(false);
    expect(isWhole(1.5)).toBe(false);
    expect(isWhole(null)).toBe(false);
    expect(isYuan(9.99)).toBe(true);
    expect(isYuan(9.999)).toBe(false);
    expect(isYuan(-1)).toBe(false);
    expect(validReason(' 误 ')).toBe(false);
    expect(validReason('误操作')).toBe(true);
  });
});

describe('redemptions', () => {
  const original = {
    reversalOf: null,
    reversedBy: null,
    lines: [
      { goodsId: 'g1', goodsName: '洗衣粉', unit: '袋', quantity: 2, pointsPrice: 20, points: 40 },
      { goodsId: 'g2', goodsName: '酱油', unit: '瓶', quantity: 1, pointsPrice: 10, points: 10 },
    ],
  };

  it('only an original, not yet reversed redemption can be reversed', () => {
    expect(canReverse(original)).toBe(true);
    expect(canReverse({ ...original, reversedBy: 'r2' })).toBe(false);
    expect(canReverse({ ...original, reversalOf: 'r0' })).toBe(false);
    expect(isReversal({ reversalOf: 'r0' })).toBe(true);
  });

  it('lists the goods of a redemption', () => {
    expect(redemptionGoods(original)).toBe('洗衣粉 ×2袋、酱油 ×1瓶');
    expect(redemptionGoods({ lines: [{ ...original.lines[0], quantity: -2 }] })).toBe('洗衣粉 ×2袋');
  });
});

describe('funds and rounds', () => {
  it('gives the share as a capped percentage', () => {
    expect(sharePercent(0.3)).toBe(30);
    expect(sharePercent(0.29995)).toBe(30);
    expect(sharePercent(0.2345)).toBe(23.5);
    expect(sharePercent(1.2)).toBe(100);
    expect(sharePercent(null)).toBe(0);
  });

  it('finds the town of a region', () => {
    expect(townOf({ level: 'TOWN', code: '150121101' })).toBe('150121101');
    expect(townOf({ level: 'VILLAGE', code: '150121101201', parentCode: '150121101' })).toBe('150121101');
    expect(townOf({ level: 'COUNTY', code: '150121' })).toBeNull();
    expect(townOf(null)).toBeNull();
  });

  it('lists this year and the four before', () => {
    expect(recentYears('2026-12-03')).toEqual([2026, 2025, 2024, 2023, 2022]);
  });

  it('ties an income to its own source', () => {
    expect(fundSourceFor('DONATION')).toBe('DONATION');
    expect(fundSourceFor('OTHER_SPENDING')).toBeNull();
  });

  it('measures the gap between liability and funds', () => {
    expect(liabilityGap(1200, 2000)).toBe(800);
    expect(liabilityGap(3000, 2000)).toBe(0);
    expect(liabilityGap(1000, null)).toBe(0);
  });
});
