import { PRESETS, type ExchangeBlock } from '@xiangzhi/points/util';
import {
  BASKET_LIMIT,
  QUANTITY_LIMIT,
  checkRedemption,
  costPointsPrice,
  mergeLines,
  type BasketLine,
  type GoodsView,
  type RedemptionCheckInput,
  type RedemptionRefusal,
} from './redemption-check';
import { NEUTRAL_SHOP_POLICY, shopPolicyOf } from './shop-policy';

const goods = (id: string, over: Partial<GoodsView> = {}): GoodsView => ({
  id,
  shopId: 'shop-1',
  name: `商品${id}`,
  active: true,
  cashLike: false,
  pointsPrice: 10,
  stock: 20,
  ...over,
});

const CATALOGUE: GoodsView[] = [
  goods('soap', { name: '肥皂', pointsPrice: 5, stock: 10 }),
  goods('oil', { name: '菜籽油', pointsPrice: 50, stock: 2 }),
  goods('salt', { name: '食盐', pointsPrice: 3, stock: 0 }),
  goods('old', { name: '旧毛巾', active: false }),
  goods('card', { name: '话费充值卡', cashLike: true, pointsPrice: 30 }),
  goods('other', { name: '别家的米', shopId: 'shop-2' }),
];

function input(over: Partial<RedemptionCheckInput> = {}): RedemptionCheckInput {
  return {
    shopId: 'shop-1',
    servedVillageCodes: ['V1'],
    householdVillageCode: 'V1',
    standing: { schemeInForce: true, exchangeable: 100, blocks: [] },
    lines: [{ goodsId: 'soap', quantity: 2 }],
    goods: new Map(CATALOGUE.map((g) => [g.id, g])),
    policy: NEUTRAL_SHOP_POLICY,
    ...over,
  };
}

function refusals(i: RedemptionCheckInput): RedemptionRefusal[] {
  const r = checkRedemption(i);
  if (r.ok) throw new Error(`expected a refusal, got ok: ${JSON.stringify(r)}`);
  return r.refusals;
}
const codes = (i: RedemptionCheckInput) => refusals(i).map((r) => r.code);

describe('checkRedemption: accepted baskets', () => {
  it('prices the lines and totals them', () => {
    expect(
      checkRedemption(
        input({
          lines: [
            { goodsId: 'soap', quantity: 3, expectedPointsPrice: 5 },
            { goodsId: 'oil', quantity: 1 },
          ],
        }),
      ),
    ).toEqual({
      ok: true,
      lines: [
        { goodsId: 'soap', quantity: 3, pointsPrice: 5, points: 15 },
        { goodsId: 'oil', quantity: 1, pointsPrice: 50, points: 50 },
      ],
      total: 65,
    });
  });

  it.each<[string, number, boolean]>([
    ['total = exchangeable is accepted', 65, true],
    ['total one below exchangeable is accepted', 66, true],
    ['total one above exchangeable is refused', 64, false],
  ])('%s', (_name, exchangeable, ok) => {
    const r = checkRedemption(
      input({
        standing: { schemeInForce: true, exchangeable, blocks: [] },
        lines: [
          { goodsId: 'soap', quantity: 3 },
          { goodsId: 'oil', quantity: 1 },
        ],
      }),
    );
    expect(r.ok).toBe(ok);
    if (!r.ok) expect(r.refusals).toEqual([{ code: 'SHOP_EXCEEDS_EXCHANGEABLE', total: 65, exchangeable }]);
  });

  it('the whole stock may be taken', () => {
    expect(checkRedemption(input({ lines: [{ goodsId: 'oil', quantity: 2 }] }))).toMatchObject({
      ok: true,
      total: 100,
    });
  });

  it('an expected price of null means "not shown" and is not compared', () => {
    expect(checkRedemption(input({ lines: [{ goodsId: 'soap', quantity: 1, expectedPointsPrice: null }] })).ok).toBe(
      true,
    );
  });

  it.each([['V1'], ['V2']])('a shop serving two villages (002) accepts a household of %s', (village) => {
    const r = checkRedemption(input({ servedVillageCodes: ['V1', 'V2'], householdVillageCode: village }));
    expect(r).toMatchObject({ ok: true, total: 10 });
  });
});

describe('checkRedemption: every refusal', () => {
  it.each<[string, Partial<RedemptionCheckInput>, RedemptionRefusal[]]>([
    ['empty basket', { lines: [] }, [{ code: 'SHOP_BASKET_EMPTY' }]],
    [
      'zero quantity',
      { lines: [{ goodsId: 'soap', quantity: 0 }] },
      [{ code: 'SHOP_QUANTITY_INVALID', goodsId: 'soap' }],
    ],
    [
      'negative quantity',
      { lines: [{ goodsId: 'soap', quantity: -1 }] },
      [{ code: 'SHOP_QUANTITY_INVALID', goodsId: 'soap' }],
    ],
    [
      'fractional quantity',
      { lines: [{ goodsId: 'soap', quantity: 1.5 }] },
      [{ code: 'SHOP_QUANTITY_INVALID', goodsId: 'soap' }],
    ],
    [
      'NaN quantity',
      { lines: [{ goodsId: 'soap', quantity: Number.NaN }] },
      [{ code: 'SHOP_QUANTITY_INVALID', goodsId: 'soap' }],
    ],
    [
      'quantity above the limit',
      {
        lines: [{ goodsId: 'soap', quantity: QUANTITY_LIMIT + 1 }],
        goods: new Map([['soap', goods('soap', { stock: 5000, pointsPrice: 1 })]]),
        standing: { schemeInForce: true, exchangeable: 5000, blocks: [] },
      },
      [{ code: 'SHOP_QUANTITY_INVALID', goodsId: 'soap' }],
    ],
    ['village not served', { householdVillageCode: 'V9' }, [{ code: 'SHOP_VILLAGE_NOT_SERVED' }]],
    [
      'village not served by a shop of two villages',
      { servedVillageCodes: ['V1', 'V2'], householdVillageCode: 'V3' },
      [{ code: 'SHOP_VILLAGE_NOT_SERVED' }],
    ],
    [
      'no scheme in force',
      { standing: { schemeInForce: false, exchangeable: 0, blocks: [] } },
      [{ code: 'POINTS_NO_SCHEME_IN_FORCE' }],
    ],
    [
      'goods unknown',
      { lines: [{ goodsId: 'nope', quantity: 1 }] },
      [{ code: 'SHOP_GOODS_NOT_FOUND', goodsId: 'nope' }],
    ],
    [
      'goods of another shop',
      { lines: [{ goodsId: 'other', quantity: 1 }] },
      [{ code: 'SHOP_GOODS_NOT_FOUND', goodsId: 'other' }],
    ],
    [
      'goods inactive',
      { lines: [{ goodsId: 'old', quantity: 1 }] },
      [{ code: 'SHOP_GOODS_INACTIVE', goodsId: 'old', name: '旧毛巾' }],
    ],
    [
      'cash-like goods under 004',
      { lines: [{ goodsId: 'card', quantity: 1 }], policy: shopPolicyOf('GAOYANG_004') },
      [{ code: 'SHOP_GOODS_CASH_FORBIDDEN', goodsId: 'card', name: '话费充值卡' }],
    ],
    [
      'price changed',
      { lines: [{ goodsId: 'soap', quantity: 1, expectedPointsPrice: 4 }] },
      [{ code: 'SHOP_PRICE_CHANGED', goodsId: 'soap', name: '肥皂', pointsPrice: 5 }],
    ],
    [
      'price shown as 0 is still compared',
      { lines: [{ goodsId: 'soap', quantity: 1, expectedPointsPrice: 0 }] },
      [{ code: 'SHOP_PRICE_CHANGED', goodsId: 'soap', name: '肥皂', pointsPrice: 5 }],
    ],
    [
      'out of stock (none left)',
      { lines: [{ goodsId: 'salt', quantity: 1 }] },
      [{ code: 'SHOP_OUT_OF_STOCK', goodsId: 'salt', name: '食盐', stock: 0 }],
    ],
    [
      'out of stock (one more than left)',
      { lines: [{ goodsId: 'oil', quantity: 3 }], standing: { schemeInForce: true, exchangeable: 1000, blocks: [] } },
      [{ code: 'SHOP_OUT_OF_STOCK', goodsId: 'oil', name: '菜籽油', stock: 2 }],
    ],
    [
      'exceeds exchangeable',
      { lines: [{ goodsId: 'oil', quantity: 2 }], standing: { schemeInForce: true, exchangeable: 99, blocks: [] } },
      [{ code: 'SHOP_EXCEEDS_EXCHANGEABLE', total: 100, exchangeable: 99 }],
    ],
    [
      'nothing exchangeable',
      { standing: { schemeInForce: true, exchangeable: 0, blocks: [] } },
      [{ code: 'SHOP_EXCEEDS_EXCHANGEABLE', total: 10, exchangeable: 0 }],
    ],
  ])('%s', (_name, over, expected) => {
    expect(refusals(input(over))).toEqual(expected);
  });

  const BLOCKS: ExchangeBlock[] = [
    'NOT_PARTICIPATING',
    'WINDOW_CLOSED',
    'BELOW_THRESHOLD',
    'BLACK_LISTED',
    'NOTHING_ABOVE_BASE',
  ];
  it.each(BLOCKS)('engine block %s → POINTS_EXCHANGE_%s (and no exceeds-exchangeable on top)', (block) => {
    expect(refusals(input({ standing: { schemeInForce: true, exchangeable: 0, blocks: [block] } }))).toEqual([
      { code: `POINTS_EXCHANGE_${block}` },
    ]);
  });

  it('every engine block is listed, in the engine order', () => {
    expect(codes(input({ standing: { schemeInForce: true, exchangeable: 0, blocks: BLOCKS } }))).toEqual(
      BLOCKS.map((b) => `POINTS_EXCHANGE_${b}`),
    );
  });

  it('no scheme in force: the exchangeable amount is not compared', () => {
    expect(codes(input({ standing: { schemeInForce: false, exchangeable: 0, blocks: ['WINDOW_CLOSED'] } }))).toEqual([
      'POINTS_NO_SCHEME_IN_FORCE',
      'POINTS_EXCHANGE_WINDOW_CLOSED',
    ]);
  });

  it.each<[string, typeof NEUTRAL_SHOP_POLICY, boolean]>([
    ['000', shopPolicyOf('CHANGBA_000'), true],
    ['001', shopPolicyOf('HOUSHAN_001'), true],
    ['002', shopPolicyOf('TUKE_002'), true],
    ['003', shopPolicyOf('GENERIC_003'), true],
    ['no preset', shopPolicyOf(null), true],
    ['004 (严禁…直接发放现金物品)', shopPolicyOf('GAOYANG_004'), false],
  ])('cash-like goods under %s: accepted = %p', (_name, policy, ok) => {
    const r = checkRedemption(input({ lines: [{ goodsId: 'card', quantity: 1 }], policy }));
    expect(r.ok).toBe(ok);
    if (r.ok) expect(r.total).toBe(30);
  });

  it('a non-cash goods is accepted under 004', () => {
    expect(checkRedemption(input({ policy: shopPolicyOf('GAOYANG_004') })).ok).toBe(true);
  });

  it('lists every refusal found, in the documented order', () => {
    expect(
      codes(
        input({
          householdVillageCode: 'V9',
          standing: { schemeInForce: true, exchangeable: 0, blocks: ['BLACK_LISTED'] },
          policy: shopPolicyOf('GAOYANG_004'),
          lines: [
            { goodsId: 'soap', quantity: 0 },
            { goodsId: 'nope', quantity: 1 },
            { goodsId: 'old', quantity: 1 },
            { goodsId: 'card', quantity: 1, expectedPointsPrice: 29 },
            { goodsId: 'salt', quantity: 1 },
          ],
        }),
      ),
    ).toEqual([
      'SHOP_QUANTITY_INVALID',
      'SHOP_VILLAGE_NOT_SERVED',
      'POINTS_EXCHANGE_BLACK_LISTED',
      'SHOP_GOODS_NOT_FOUND',
      'SHOP_GOODS_INACTIVE',
      'SHOP_GOODS_CASH_FORBIDDEN',
      'SHOP_PRICE_CHANGED',
      'SHOP_OUT_OF_STOCK',
    ]);
  });

  it('goods refusals are listed alongside exceeding the exchangeable amount', () => {
    expect(
      codes(
        input({
          standing: { schemeInForce: true, exchangeable: 10, blocks: [] },
          lines: [
            { goodsId: 'oil', quantity: 1 },
            { goodsId: 'salt', quantity: 1 },
          ],
        }),
      ),
    ).toEqual(['SHOP_OUT_OF_STOCK', 'SHOP_EXCEEDS_EXCHANGEABLE']);
  });

  it(`more than ${BASKET_LIMIT} distinct goods refuse the basket`, () => {
    const many = Array.from({ length: BASKET_LIMIT + 1 }, (_, i) => goods(`g${i}`, { pointsPrice: 1 }));
    const base = {
      goods: new Map(many.map((g) => [g.id, g])),
      standing: { schemeInForce: true, exchangeable: 1000, blocks: [] },
    };
    expect(
      checkRedemption(
        input({ ...base, lines: many.slice(0, BASKET_LIMIT).map((g) => ({ goodsId: g.id, quantity: 1 })) }),
      ).ok,
    ).toBe(true);
    expect(codes(input({ ...base, lines: many.map((g) => ({ goodsId: g.id, quantity: 1 })) }))).toEqual([
      'SHOP_BASKET_TOO_LARGE',
    ]);
  });
});

describe('checkRedemption: duplicate lines', () => {
  it('are merged into one priced line', () => {
    expect(
      checkRedemption(
        input({
          lines: [
            { goodsId: 'soap', quantity: 2 },
            { goodsId: 'oil', quantity: 1 },
            { goodsId: 'soap', quantity: 3 },
          ],
        }),
      ),
    ).toEqual({
      ok: true,
      lines: [
        { goodsId: 'soap', quantity: 5, pointsPrice: 5, points: 25 },
        { goodsId: 'oil', quantity: 1, pointsPrice: 50, points: 50 },
      ],
      total: 75,
    });
  });

  it.each<[string, number[], boolean]>([
    ['2 + 1 of a stock of 2 → out of stock', [1, 1, 1], false],
    ['1 + 1 of a stock of 2 → accepted', [1, 1], true],
    ['each line alone within stock, together over it', [2, 1], false],
  ])('%s', (_name, quantities, ok) => {
    const r = checkRedemption(
      input({
        standing: { schemeInForce: true, exchangeable: 1000, blocks: [] },
        lines: quantities.map((quantity) => ({ goodsId: 'oil', quantity })),
      }),
    );
    expect(r.ok).toBe(ok);
    if (!r.ok) {
      expect(r.refusals).toEqual([{ code: 'SHOP_OUT_OF_STOCK', goodsId: 'oil', name: '菜籽油', stock: 2 }]);
    }
  });

  it('merged lines are checked against the exchangeable amount as a whole', () => {
    const lines = [
      { goodsId: 'soap', quantity: 2 },
      { goodsId: 'soap', quantity: 2 },
    ];
    expect(checkRedemption(input({ lines, standing: { schemeInForce: true, exchangeable: 20, blocks: [] } })).ok).toBe(
      true,
    );
    expect(refusals(input({ lines, standing: { schemeInForce: true, exchangeable: 19, blocks: [] } }))).toEqual([
      { code: 'SHOP_EXCEEDS_EXCHANGEABLE', total: 20, exchangeable: 19 },
    ]);
  });

  it('an invalid quantity on one duplicate line refuses the basket', () => {
    expect(
      codes(
        input({
          lines: [
            { goodsId: 'soap', quantity: 3 },
            { goodsId: 'soap', quantity: -1 },
          ],
        }),
      ),
    ).toEqual(['SHOP_QUANTITY_INVALID']);
  });

  it('does not change the lines it is given', () => {
    const lines: BasketLine[] = [
      { goodsId: 'soap', quantity: 2 },
      { goodsId: 'soap', quantity: 3 },
    ];
    checkRedemption(input({ lines }));
    expect(lines).toEqual([
      { goodsId: 'soap', quantity: 2 },
      { goodsId: 'soap', quantity: 3 },
    ]);
  });
});

describe('mergeLines', () => {
  it('adds quantities, keeps the first expected price, in first-seen order', () => {
    expect(
      mergeLines([
        { goodsId: 'b', quantity: 1, expectedPointsPrice: 7 },
        { goodsId: 'a', quantity: 2 },
        { goodsId: 'b', quantity: 4, expectedPointsPrice: 8 },
      ]),
    ).toEqual([
      { goodsId: 'b', quantity: 5, expectedPointsPrice: 7 },
      { goodsId: 'a', quantity: 2 },
    ]);
  });
  it('of no lines is no lines', () => {
    expect(mergeLines([])).toEqual([]);
  });
});

describe('costPointsPrice', () => {
  const v004 = PRESETS.GAOYANG_004.parameters.exchangeValue; // 1 point = 1 yuan, 按成本价兑换
  const v000 = PRESETS.CHANGBA_000.parameters.exchangeValue; // 10 points ≈ 1.2 yuan
  it.each<[string, number, { points: number; yuan: number } | null, number | null]>([
    ['004: 5.00 yuan → 5 points', 500, v004, 5],
    ['004: 12.50 yuan → 13 points (rounded up)', 1250, v004, 13],
    ['004: 0.01 yuan → 1 point', 1, v004, 1],
    ['004: 29.99 yuan → 30 points', 2999, v004, 30],
    ['000: 1.20 yuan → 10 points', 120, v000, 10],
    ['000: 3.60 yuan → 30 points (no float overshoot to 31)', 360, v000, 30],
    ['000: 1.00 yuan → 9 points (8.33… rounded up)', 100, v000, 9],
    ['000: 0.12 yuan → 1 point', 12, v000, 1],
    ['no exchange value → null', 500, null, null],
    ['exchange value of 0 yuan → null', 500, { points: 10, yuan: 0 }, null],
  ])('%s', (_name, costFen, value, points) => {
    expect(costPointsPrice(costFen, value)).toBe(points);
  });

  it('000: every whole multiple of 0.12 yuan gives exactly its points (no rounding up by float error)', () => {
    for (let n = 1; n <= 2000; n++) expect(costPointsPrice(12 * n, v000)).toBe(n);
  });

  it('004: every cost in whole yuan gives exactly that many points', () => {
    for (let yuan = 1; yuan <= 2000; yuan++) expect(costPointsPrice(yuan * 100, v004)).toBe(yuan);
  });

  it('a price at cost never lies below the cost', () => {
    for (let fen = 1; fen <= 3000; fen++) {
      const points = costPointsPrice(fen, v000) as number;
      expect((points * 120) / 10).toBeGreaterThanOrEqual(fen);
      expect(((points - 1) * 120) / 10).toBeLessThan(fen);
    }
  });

  // costPointsPrice(0, …) = Math.ceil(-1e-9) = -0 (see the report of the tests): a goods given away at cost 0
  it('a cost of 0 gives 0 points (as a number; -0 compares equal)', () => {
    expect(costPointsPrice(0, v004) === 0).toBe(true);
  });
});

describe('checkRedemption: quantity limit after merging', () => {
  it('refuses two lines of one goods that together pass the limit', () => {
    const half = Math.ceil((QUANTITY_LIMIT + 1) / 2);
    expect(
      codes(
        input({
          lines: [
            { goodsId: 'soap', quantity: half },
            { goodsId: 'soap', quantity: half },
          ],
        }),
      ),
    ).toContain('SHOP_QUANTITY_INVALID');
  });
});
