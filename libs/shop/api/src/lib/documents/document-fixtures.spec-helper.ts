import type { IssueLedgerDocument, IssueLedgerRow, ReceiptDocument } from './document-types';

/** Sample documents for the renderers' tests. */
export function sampleReceipt(overrides: Partial<ReceiptDocument> = {}): ReceiptDocument {
  return {
    receiptNumber: 'DH-2026-000123',
    shopName: '青山镇积分超市',
    villageName: '青山村',
    cardNumber: 'QS-0107-0032',
    headMasked: '张*',
    operatorName: '李梅',
    at: '2026-07-03T06:05:00Z',
    lines: [{ goodsName: '洗衣粉', unit: '袋', quantity: 2, pointsPrice: 15, points: 30 }],
    totalPoints: 30,
    balanceBefore: 120,
    balanceAfter: 90,
    exchangeableAfter: 90,
    reversalOf: null,
    reason: null,
    ...overrides,
  };
}

export function sampleReversal(overrides: Partial<ReceiptDocument> = {}): ReceiptDocument {
  return sampleReceipt({
    receiptNumber: 'DH-2026-000124',
    reversalOf: 'DH-2026-000123',
    reason: '物品登记错误，村民未领取',
    balanceBefore: 90,
    balanceAfter: 120,
    exchangeableAfter: 120,
    ...overrides,
  });
}

const GOODS = [
  { goodsName: '洗衣粉', unit: '袋', pointsPrice: 15 },
  { goodsName: '食用油', unit: '桶', pointsPrice: 60 },
  { goodsName: '大米（5公斤装）', unit: '袋', pointsPrice: 40 },
  { goodsName: '毛巾', unit: '条', pointsPrice: 8 },
];
const VILLAGES = ['青山村', '柳溪村', '石门坎村'];
const HEADS = ['张*', '李*', '王*华', '欧阳*'];

export function sampleLedger(count = 12): IssueLedgerDocument {
  const rows: IssueLedgerRow[] = [];
  for (let i = 0; i < count; i++) {
    const reversal = i % 7 === 6;
    const a = GOODS[i % GOODS.length];
    const b = GOODS[(i + 1) % GOODS.length];
    const points = a.pointsPrice * 2 + (i % 3 === 0 ? b.pointsPrice : 0);
    rows.push({
      at: new Date(Date.UTC(2026, 6, 1 + (i % 28), 1 + (i % 9), (i * 7) % 60)).toISOString(),
      receiptNumber: `DH-2026-${String(100 + i).padStart(6, '0')}`,
      villageName: VILLAGES[i % VILLAGES.length],
      cardNumber: `QS-01${String(i % 10).padStart(2, '0')}-${String(i).padStart(4, '0')}`,
      headMasked: HEADS[i % HEADS.length],
      goods: i % 3 === 0 ? `${a.goodsName}×2、${b.goodsName}×1` : `${a.goodsName}×2`,
      points: reversal ? -points : points,
      operatorName: i % 2 ? '李梅' : '赵建国',
      reversal,
    });
  }
  return {
    shopName: '青山镇积分超市',
    periodLabel: '2026年7月',
    rows,
    totals: {
      redemptions: rows.filter((r) => !r.reversal).length,
      reversals: rows.filter((r) => r.reversal).length,
      households: new Set(rows.map((r) => r.cardNumber)).size,
      points: rows.reduce((s, r) => s + r.points, 0),
      byGoods: GOODS.map((g, i) => ({
        goodsName: g.goodsName,
        unit: g.unit,
        quantity: 10 + i,
        points: (10 + i) * g.pointsPrice,
      })),
    },
  };
}
