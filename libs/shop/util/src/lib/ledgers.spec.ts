import fc from 'fast-check';
import { PRESETS } from '@xiangzhi/points/util';
import {
  FUND_ENTRY_KINDS,
  FUND_SOURCES,
  STOCK_MOVEMENT_KINDS,
  fenToYuan,
  fundSign,
  fundsCover,
  liabilityFen,
  stockOf,
  yuanToFen,
  type FundEntryKind,
  type StockMovement,
} from './ledgers';

describe('stockOf', () => {
  const m = (goodsId: string, kind: StockMovement['kind'], quantity: number): StockMovement => ({
    goodsId,
    kind,
    quantity,
  });
  it.each<[string, StockMovement[], Record<string, number>]>([
    ['no movements → no goods', [], {}],
    ['one stock-in', [m('g1', 'STOCK_IN', 10)], { g1: 10 }],
    [
      'in, out, reversal, stocktake loss',
      [m('g1', 'STOCK_IN', 10), m('g1', 'REDEMPTION', -3), m('g1', 'REVERSAL', 3), m('g1', 'STOCKTAKE', -2)],
      { g1: 8 },
    ],
    [
      'goods kept apart',
      [m('g1', 'STOCK_IN', 5), m('g2', 'STOCK_IN', 7), m('g1', 'REDEMPTION', -5), m('g2', 'STOCKTAKE', 1)],
      { g1: 0, g2: 8 },
    ],
    [
      'a goods that went back to 0 is still listed with 0',
      [m('g1', 'STOCK_IN', 2), m('g1', 'REDEMPTION', -2)],
      { g1: 0 },
    ],
  ])('%s', (_name, movements, expected) => {
    expect(Object.fromEntries(stockOf(movements))).toEqual(expected);
  });

  it('is the sum of the movements in any order', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            goodsId: fc.constantFrom('g1', 'g2', 'g3'),
            kind: fc.constantFrom(...STOCK_MOVEMENT_KINDS),
            quantity: fc.integer({ min: -50, max: 50 }),
          }),
        ),
        (movements) => {
          const forward = stockOf(movements);
          const backward = stockOf([...movements].reverse());
          expect(backward).toEqual(forward);
          for (const id of ['g1', 'g2', 'g3']) {
            const own = movements.filter((x) => x.goodsId === id);
            expect(forward.get(id)).toBe(own.length === 0 ? undefined : own.reduce((s, x) => s + x.quantity, 0));
          }
        },
      ),
      { seed: 4, numRuns: 200 },
    );
  });
});

describe('fundSign', () => {
  it.each<[FundEntryKind, 1 | -1 | 0]>([
    ['ALLOCATION', 1],
    ['DONATION', 1],
    ['COLLECTIVE_INCOME', 1],
    ['STOCK_PURCHASE', -1],
    ['OTHER_SPENDING', -1],
    ['CORRECTION', 0],
  ])('%s → %p', (kind, sign) => {
    expect(fundSign(kind)).toBe(sign);
  });

  it('every kind has a sign, and every funding source is income', () => {
    expect(FUND_ENTRY_KINDS.map(fundSign)).toHaveLength(FUND_ENTRY_KINDS.length);
    for (const s of FUND_SOURCES) expect(fundSign(s)).toBe(1);
  });
});

describe('yuanToFen / fenToYuan', () => {
  it.each<[number, number]>([
    [0, 0],
    [1, 100],
    [1.2, 120],
    [0.1, 10],
    [0.01, 1],
    [0.29, 29], // 0.29 × 100 = 28.999999999999996
    [19.99, 1999],
    [1.15, 115], // 1.15 × 100 = 114.99999999999999
    [3000, 300000], // 000: 3,000 yuan per village
    [2000, 200000],
    [12345678.91, 1234567891],
    [-5.5, -550],
    [-0.07, -7],
  ])('%p yuan = %p fen', (yuan, fen) => {
    expect(yuanToFen(yuan)).toBe(fen);
    expect(fenToYuan(fen)).toBe(yuan);
  });

  it('fen → yuan → fen is the identity on whole fen', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e11, max: 1e11 }), (fen) => {
        expect(yuanToFen(fenToYuan(fen))).toBe(fen);
      }),
      { seed: 7, numRuns: 1000 },
    );
  });

  it('yuan with at most 2 decimals → fen → yuan is the identity', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e11, max: 1e11 }), (cents) => {
        // the yuan amount as a user types it, e.g. "1234.56"
        const sign = cents < 0 ? '-' : '';
        const abs = Math.abs(cents);
        const typed = Number(`${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`);
        expect(yuanToFen(typed)).toBe(cents + 0);
        expect(fenToYuan(yuanToFen(typed))).toBe(typed);
      }),
      { seed: 8, numRuns: 1000 },
    );
  });

  it('fenToYuan rounds a fractional fen first', () => {
    expect(fenToYuan(123.4)).toBe(1.23);
    expect(fenToYuan(123.6)).toBe(1.24);
  });
});

describe('liabilityFen', () => {
  const v000 = PRESETS.CHANGBA_000.parameters.exchangeValue; // 10 points ≈ 1.2 yuan
  const v001 = PRESETS.HOUSHAN_001.parameters.exchangeValue; // 1 point = 1 yuan
  it.each<[string, number, { points: number; yuan: number } | null, number | null]>([
    ['000: 1000 points → 120 yuan', 1000, v000, 12000],
    ['000: 10 points → 1.2 yuan', 10, v000, 120],
    ['000: 1 point → 0.12 yuan', 1, v000, 12],
    ['000: 7 points → 0.84 yuan', 7, v000, 84],
    ['000: 5 points → 0.6 yuan', 5, v000, 60],
    ['000: 0 points', 0, v000, 0],
    ['001: 1 point = 1 yuan', 250, v001, 25000],
    ['a third of a fen is rounded', 1, { points: 3, yuan: 1 }, 33],
    ['half a fen rounds up', 1, { points: 200, yuan: 1 }, 1],
    ['negative outstanding → 0', -50, v000, 0],
    ['null exchange value → null', 1000, null, null],
    ['exchange value of 0 points → null', 1000, { points: 0, yuan: 1 }, null],
    ['exchange value of negative points → null', 1000, { points: -10, yuan: 1 }, null],
  ])('%s', (_name, outstanding, value, fen) => {
    expect(liabilityFen(outstanding, value)).toBe(fen);
  });

  it('is linear in the outstanding points under 000 (10 points = 120 fen exactly)', () => {
    fc.assert(
      fc.property(fc.nat(1e7), (tens) => {
        expect(liabilityFen(tens * 10, v000)).toBe(tens * 120);
      }),
      { seed: 12, numRuns: 500 },
    );
  });
});

describe('fundsCover', () => {
  it.each<[string, number, number | null, { shortfallFen: number; warning: boolean }]>([
    ['funds exceed the liability', 300000, 12000, { shortfallFen: 0, warning: false }],
    ['funds equal the liability: no warning', 12000, 12000, { shortfallFen: 0, warning: false }],
    ['one fen short: warning', 11999, 12000, { shortfallFen: 1, warning: true }],
    ['no funds left', 0, 12000, { shortfallFen: 12000, warning: true }],
    ['overspent funds (negative balance) add to the shortfall', -500, 12000, { shortfallFen: 12500, warning: true }],
    ['no liability', 0, 0, { shortfallFen: 0, warning: false }],
    ['liability unknown (no exchange value): no warning', 0, null, { shortfallFen: 0, warning: false }],
  ])('%s', (_name, balance, liability, expected) => {
    expect(fundsCover(balance, liability)).toEqual(expected);
  });

  it('000: 3,000 yuan of funds against 30,000 outstanding points (3,600 yuan) warns of 600 yuan', () => {
    const cover = fundsCover(yuanToFen(3000), liabilityFen(30000, PRESETS.CHANGBA_000.parameters.exchangeValue));
    expect(cover).toEqual({ shortfallFen: yuanToFen(600), warning: true });
  });
});
