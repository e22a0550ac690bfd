import { inject } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Apollo } from 'apollo-angular';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { FileApi } from '@xiangzhi/shared/data-access';
import * as generated from '../generated/graphql';
import { FundsConsoleFacade } from './funds-console.facade';
import { GoodsConsoleFacade } from './goods-console.facade';
import {
  issueLedgerFileName,
  issueLedgerPdfPath,
  issueLedgerXlsxPath,
  IssueLedgerConsoleFacade,
  redemptionReceiptPath,
} from './issue-ledger-console.facade';
import { RatingsConsoleFacade } from './ratings-console.facade';
import { RoundsConsoleFacade } from './rounds-console.facade';
import { ShopsConsoleFacade } from './shops-console.facade';
import { StockConsoleFacade } from './stock-console.facade';

const SHOP = {
  __typename: 'Shop' as const,
  id: 's1',
  name: '长坝村积分超市',
  regionCode: '150121101',
  villageCodes: ['150121101201'],
  address: '村委会一楼',
  personInCharge: '王主任',
  active: true,
  sixHaves: [
    {
      __typename: 'ShopSixHave' as const,
      key: 'PLACE',
      label: '有固定场所',
      description: '村委会一楼',
      photoFileId: null,
    },
  ],
  sixHavesMissing: ['SIGN', 'PRICES', 'RULES', 'LEDGER', 'PERSON'],
  operators: [{ __typename: 'ShopOperator' as const, userId: 'u1', displayName: '李店员' }],
};

const GOODS = {
  __typename: 'Goods',
  id: 'g1',
  shopId: 's1',
  name: '洗衣粉',
  unit: '袋',
  pointsPrice: 20,
  costYuan: 9.5,
  cashLike: false,
  active: true,
  photoFileId: null,
  stock: 12,
};

const MOVEMENT = {
  __typename: 'StockMovement',
  id: 'm1',
  goodsId: 'g1',
  goodsName: '洗衣粉',
  kind: 'STOCK_IN',
  quantity: 10,
  unitCostYuan: 9.5,
  supplier: '供销社',
  occurredOn: '2026-12-01',
  fundSource: 'ALLOCATION',
  fundVillageCode: '150121101201',
  receiptFileId: null,
  redemptionId: null,
  reason: null,
  createdAt: '2026-12-01T08:00:00Z',
};

const REDEMPTION = {
  __typename: 'Redemption',
  id: 'r1',
  shopId: 's1',
  householdId: 'h1',
  villageCode: '150121101201',
  cardNumber: 'C0001',
  headMasked: '张*',
  receiptNumber: 'DH-0001',
  occurredOn: '2026-12-02',
  createdAt: '2026-12-02T09:00:00Z',
  points: 40,
  balanceBefore: 100,
  balanceAfter: 60,
  operatorName: '李店员',
  reason: null,
  reversalOf: null,
  reversedBy: null,
  lines: [
    {
      __typename: 'RedemptionLine',
      goodsId: 'g1',
      goodsName: '洗衣粉',
      unit: '袋',
      quantity: 2,
      pointsPrice: 20,
      points: 40,
    },
  ],
};

const TOTALS = {
  __typename: 'IssueLedgerTotals',
  redemptions: 1,
  reversals: 0,
  households: 1,
  points: 40,
  byGoods: [
    { __typename: 'IssueLedgerGoodsTotal', goodsId: 'g1', goodsName: '洗衣粉', unit: '袋', quantity: 2, points: 40 },
  ],
};

/** Lets Apollo hand the operation to the testing backend. */
async function tick(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
}

/** The generated services, built with the testing Apollo (their constructor parameter is not reflected in specs). */
const GQL_SERVICES = [
  generated.ShopConsoleShopsGQL,
  generated.ShopConsoleShopGQL,
  generated.ShopConsoleCreateShopGQL,
  generated.ShopConsoleUpdateShopGQL,
  generated.ShopConsoleBindOperatorGQL,
  generated.ShopConsoleUnbindOperatorGQL,
  generated.ShopConsoleOperatorCandidatesGQL,
  generated.ShopConsoleGoodsGQL,
  generated.ShopConsoleCreateGoodsGQL,
  generated.ShopConsoleUpdateGoodsGQL,
  generated.ShopConsoleChangeGoodsPriceGQL,
  generated.ShopConsolePriceHistoryGQL,
  generated.ShopConsoleStockMovementsGQL,
  generated.ShopConsoleRecordStockInGQL,
  generated.ShopConsoleRecordStocktakeGQL,
  generated.ShopConsoleIssueLedgerGQL,
  generated.ShopConsoleReverseRedemptionGQL,
  generated.ShopConsoleVillageFundsGQL,
  generated.ShopConsoleRecordFundEntryGQL,
  generated.ShopConsoleReverseFundEntryGQL,
  generated.ShopConsoleExchangeRoundsGQL,
  generated.ShopConsoleOperatorRatingsGQL,
  generated.ShopConsoleRateOperatorGQL,
  generated.ShopConsoleHouseholdSearchGQL,
] as const;

describe('console helpers', () => {
  it('names the export and print endpoints', () => {
    expect(issueLedgerXlsxPath('s 1', '2026-12-01', '2026-12-31')).toBe(
      '/api/shop/shops/s%201/issue-ledger.xlsx?from=2026-12-01&to=2026-12-31',
    );
    expect(issueLedgerPdfPath('s1', '2026-12-01', '2026-12-31')).toBe(
      '/api/shop/shops/s1/issue-ledger.pdf?from=2026-12-01&to=2026-12-31',
    );
    expect(redemptionReceiptPath('r1')).toBe('/api/shop/redemptions/r1/receipt.pdf');
    expect(issueLedgerFileName('长坝村积分超市', '2026-12-01', '2026-12-31', 'xlsx')).toBe(
      '兑换台账-长坝村积分超市-2026-12-01-2026-12-31.xlsx',
    );
  });
});

describe('shop console facades', () => {
  let controller: ApolloTestingController;
  const files = {
    getBlob: jest.fn(),
    saveBlob: jest.fn(),
    openBlob: jest.fn(),
    upload: jest.fn(),
    download: jest.fn(),
  };

  beforeEach(() => {
    jest.resetAllMocks();
    TestBed.configureTestingModule({
      imports: [ApolloTestingModule],
      providers: [
        { provide: FileApi, useValue: files },
        ...GQL_SERVICES.map((service) => ({ provide: service, useFactory: () => new service(inject(Apollo)) })),
      ],
    });
    controller = TestBed.inject(ApolloTestingController);
  });

  afterEach(() => controller.verify());

  it('lists the shops of a region by page', async () => {
    const answer = TestBed.inject(ShopsConsoleFacade).shops('150121101', 2, 10);
    await tick();
    const op = controller.expectOne('ShopConsoleShops');
    expect(op.operation.variables).toEqual({ regionCode: '150121101', first: 10, offset: 10 });
    op.flushData({ shops: { __typename: 'ShopPage', total: 11, items: [SHOP] } });
    const page = await answer;
    expect(page.total).toBe(11);
    expect(page.items[0].sixHavesMissing).toHaveLength(5);
  });

  it('creates a shop for several villages', async () => {
    const input = {
      name: '联合积分超市',
      villageCodes: ['150121101201', '150121101202'],
      address: '镇政府旁',
      personInCharge: '王主任',
    };
    const answer = TestBed.inject(ShopsConsoleFacade).create(input);
    await tick();
    const op = controller.expectOne('ShopConsoleCreateShop');
    expect(op.operation.variables).toEqual({ input });
    op.flushData({ createShop: SHOP });
    expect((await answer).id).toBe('s1');
  });

  it('saves the 六有 with the rest of the shop unchanged', async () => {
    const answer = TestBed.inject(ShopsConsoleFacade).saveSixHaves(SHOP, [
      { key: 'SIGN', description: '统一招牌', photoFileId: 'f1' },
    ]);
    await tick();
    const op = controller.expectOne('ShopConsoleUpdateShop');
    expect(op.operation.variables).toEqual({
      id: 's1',
      input: {
        name: SHOP.name,
        address: SHOP.address,
        personInCharge: SHOP.personInCharge,
        villageCodes: SHOP.villageCodes,
        active: true,
        sixHaves: [{ key: 'SIGN', description: '统一招牌', photoFileId: 'f1' }],
      },
    });
    op.flushData({ updateShop: SHOP });
    await answer;
  });

  it('looks up SHOP_OPERATOR users and binds one', async () => {
    const facade = TestBed.inject(ShopsConsoleFacade);
    const candidates = facade.operatorCandidates('150121101', ' 李 ');
    await tick();
    const lookup = controller.expectOne('ShopConsoleOperatorCandidates');
    expect(lookup.operation.variables).toEqual({ regionCode: '150121101', search: '李' });
    lookup.flushData({
      users: {
        __typename: 'UserPage',
        total: 1,
        items: [
          { __typename: 'User', id: 'u2', displayName: '赵店员', username: 'zhao', regionCode: 'x', active: true },
        ],
      },
    });
    expect((await candidates).map((u) => u.id)).toEqual(['u2']);

    const bound = facade.bindOperator('s1', 'u2');
    await tick();
    const bind = controller.expectOne('ShopConsoleBindOperator');
    expect(bind.operation.variables).toEqual({ shopId: 's1', userId: 'u2' });
    bind.flushData({ bindShopOperator: SHOP });
    await bound;
  });

  it('reports a refused mutation with the server code', async () => {
    const answer = TestBed.inject(ShopsConsoleFacade).unbindOperator('s1', 'u1');
    await tick();
    controller
      .expectOne('ShopConsoleUnbindOperator')
      .graphqlErrors([{ message: 'forbidden', extensions: { code: 'FORBIDDEN' } }]);
    await expect(answer).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('reads a shop of more than 100 goods page by page (the API serves at most 100 a page)', async () => {
    const facade = TestBed.inject(GoodsConsoleFacade);
    const list = facade.goods('s1');
    await tick();
    const first = controller.expectOne('ShopConsoleGoods');
    expect(first.operation.variables).toMatchObject({ first: 100, offset: 0 });
    first.flushData({
      shopGoods: {
        __typename: 'GoodsPage',
        total: 101,
        items: Array.from({ length: 100 }, (_, i) => ({ ...GOODS, id: `g${i}` })),
      },
    });
    await tick();
    const second = controller.expectOne('ShopConsoleGoods');
    expect(second.operation.variables).toMatchObject({ first: 100, offset: 100 });
    second.flushData({ shopGoods: { __typename: 'GoodsPage', total: 101, items: [{ ...GOODS, id: 'g100' }] } });
    const all = await list;
    expect(all.items).toHaveLength(101);
    expect(all.total).toBe(101);
  });

  it('lists goods with off-shelf ones and changes a price with its reason', async () => {
    const facade = TestBed.inject(GoodsConsoleFacade);
    const list = facade.goods('s1');
    await tick();
    const op = controller.expectOne('ShopConsoleGoods');
    expect(op.operation.variables).toEqual({ shopId: 's1', includeInactive: true, first: 100, offset: 0 });
    op.flushData({ shopGoods: { __typename: 'GoodsPage', total: 1, items: [GOODS] } });
    expect((await list).items[0].stock).toBe(12);

    const changed = facade.changePrice({ goodsId: 'g1', pointsPrice: 25, costYuan: 10, reason: '进价上涨' });
    await tick();
    const price = controller.expectOne('ShopConsoleChangeGoodsPrice');
    expect(price.operation.variables).toEqual({
      input: { goodsId: 'g1', pointsPrice: 25, costYuan: 10, reason: '进价上涨' },
    });
    price.flushData({ changeGoodsPrice: { ...GOODS, pointsPrice: 25, costYuan: 10 } });
    expect((await changed).pointsPrice).toBe(25);
  });

  it('reads the price history of a goods item', async () => {
    const answer = TestBed.inject(GoodsConsoleFacade).priceHistory('g1');
    await tick();
    const op = controller.expectOne('ShopConsolePriceHistory');
    expect(op.operation.variables).toEqual({ goodsId: 'g1', first: 20, offset: 0 });
    op.flushData({
      goodsPriceHistory: {
        __typename: 'GoodsPricePage',
        total: 1,
        items: [
          { __typename: 'GoodsPrice', id: 'p1', pointsPrice: 20, costYuan: 9.5, reason: null, changedAt: '2026-01-01' },
        ],
      },
    });
    expect((await answer).items).toHaveLength(1);
  });

  it('filters the stock ledger and records a stock-in with the client key', async () => {
    const facade = TestBed.inject(StockConsoleFacade);
    const list = facade.movements({ shopId: 's1', goodsId: 'g1', kind: 'STOCK_IN', pageIndex: 1, pageSize: 20 });
    await tick();
    const op = controller.expectOne('ShopConsoleStockMovements');
    expect(op.operation.variables).toEqual({ shopId: 's1', goodsId: 'g1', kind: 'STOCK_IN', first: 20, offset: 0 });
    op.flushData({ stockMovements: { __typename: 'StockMovementPage', total: 1, items: [MOVEMENT] } });
    expect((await list).items[0].supplier).toBe('供销社');

    const input = {
      goodsId: 'g1',
      quantity: 10,
      unitCostYuan: 9.5,
      supplier: '供销社',
      occurredOn: '2026-12-01',
      fundVillageCode: '150121101201',
      fundSource: 'ALLOCATION' as const,
      receiptFileId: null,
    };
    const recorded = facade.stockIn(input, 'key-1');
    await tick();
    const stockIn = controller.expectOne('ShopConsoleRecordStockIn');
    expect(stockIn.operation.variables).toEqual({ input: { ...input, clientKey: 'key-1' } });
    stockIn.flushData({ recordStockIn: MOVEMENT });
    expect((await recorded).id).toBe('m1');
  });

  it('records a stocktake and answers the adjustment', async () => {
    const answer = TestBed.inject(StockConsoleFacade).stocktake(
      { goodsId: 'g1', countedQuantity: 9, reason: '月末盘点' },
      'key-2',
    );
    await tick();
    const op = controller.expectOne('ShopConsoleRecordStocktake');
    expect(op.operation.variables).toEqual({
      input: { goodsId: 'g1', countedQuantity: 9, reason: '月末盘点', clientKey: 'key-2' },
    });
    op.flushData({ recordStocktake: { ...MOVEMENT, id: 'm2', kind: 'STOCKTAKE', quantity: -3, reason: '月末盘点' } });
    expect((await answer).quantity).toBe(-3);
  });

  it('reads the issue ledger of a period with its totals', async () => {
    const answer = TestBed.inject(IssueLedgerConsoleFacade).ledger({
      shopId: 's1',
      from: '2026-12-01',
      to: '2026-12-31',
      pageIndex: 1,
      pageSize: 20,
    });
    await tick();
    const op = controller.expectOne('ShopConsoleIssueLedger');
    expect(op.operation.variables).toEqual({
      shopId: 's1',
      from: '2026-12-01',
      to: '2026-12-31',
      first: 20,
      offset: 0,
    });
    op.flushData({
      issueLedger: { __typename: 'RedemptionPage', total: 1, items: [REDEMPTION] },
      issueLedgerTotals: TOTALS,
    });
    const page = await answer;
    expect(page.items[0].receiptNumber).toBe('DH-0001');
    expect(page.totals.points).toBe(40);
  });

  it('reverses a redemption with a trimmed reason and the client key', async () => {
    const answer = TestBed.inject(IssueLedgerConsoleFacade).reverse('r1', ' 误操作 ', 'key-3');
    await tick();
    const op = controller.expectOne('ShopConsoleReverseRedemption');
    expect(op.operation.variables).toEqual({ id: 'r1', reason: '误操作', clientKey: 'key-3' });
    op.flushData({ reverseRedemption: { ...REDEMPTION, id: 'r2', reversalOf: 'r1', points: -40 } });
    expect((await answer).reversalOf).toBe('r1');
  });

  it('downloads the Excel and opens the PDF with the token-carrying file API', async () => {
    const blob = new Blob(['x']);
    files.getBlob.mockResolvedValue(blob);
    const facade = TestBed.inject(IssueLedgerConsoleFacade);
    await facade.exportXlsx('s1', '超市', '2026-12-01', '2026-12-31');
    expect(files.getBlob).toHaveBeenCalledWith('/api/shop/shops/s1/issue-ledger.xlsx?from=2026-12-01&to=2026-12-31');
    expect(files.saveBlob).toHaveBeenCalledWith(blob, '兑换台账-超市-2026-12-01-2026-12-31.xlsx');
    await facade.openPdf('s1', '超市', '2026-12-01', '2026-12-31');
    expect(files.openBlob).toHaveBeenCalledWith(blob, '兑换台账-超市-2026-12-01-2026-12-31.pdf');
    await facade.openReceipt({ id: 'r1', receiptNumber: 'DH-0001' });
    expect(files.getBlob).toHaveBeenLastCalledWith('/api/shop/redemptions/r1/receipt.pdf');
  });

  it('reads the funds of a village beside its liability and records an entry with the client key', async () => {
    const facade = TestBed.inject(FundsConsoleFacade);
    const answer = facade.funds('150121101201');
    await tick();
    const op = controller.expectOne('ShopConsoleVillageFunds');
    expect(op.operation.variables).toEqual({ villageCode: '150121101201', first: 20, offset: 0 });
    op.flushData({
      villageFunds: {
        __typename: 'VillageFunds',
        villageCode: '150121101201',
        balanceYuan: 1200,
        bySource: [
          {
            __typename: 'FundSourceBalance',
            source: 'ALLOCATION',
            incomeYuan: 3000,
            spendingYuan: 1800,
            balanceYuan: 1200,
          },
        ],
        outstandingPoints: 20000,
        exchangeValue: { __typename: 'ExchangeValue', points: 10, yuan: 1 },
        liabilityYuan: 2000,
        shortfallYuan: 800,
        warning: true,
      },
      fundEntries: { __typename: 'FundEntryPage', total: 0, items: [] },
    });
    const page = await answer;
    expect(page.funds.warning).toBe(true);
    expect(page.funds.shortfallYuan).toBe(800);

    const recorded = facade.record(
      {
        villageCode: '150121101201',
        kind: 'DONATION',
        source: 'DONATION',
        amountYuan: 500,
        occurredOn: '2026-12-01',
        description: ' 企业捐赠 ',
      },
      'key-4',
    );
    await tick();
    const record = controller.expectOne('ShopConsoleRecordFundEntry');
    expect(record.operation.variables['input']).toEqual({
      villageCode: '150121101201',
      kind: 'DONATION',
      source: 'DONATION',
      amountYuan: 500,
      occurredOn: '2026-12-01',
      description: '企业捐赠',
      clientKey: 'key-4',
    });
    record.flushData({
      recordFundEntry: {
        __typename: 'FundEntry',
        id: 'e1',
        villageCode: '150121101201',
        kind: 'DONATION',
        source: 'DONATION',
        amountYuan: 500,
        description: '企业捐赠',
        occurredOn: '2026-12-01',
        createdAt: '2026-12-01T08:00:00Z',
        createdByName: '王主任',
        reversalOf: null,
        reversedBy: null,
        stockMovementId: null,
      },
    });
    expect((await recorded).id).toBe('e1');
  });

  it('reverses a funds entry with its reason and key', async () => {
    const answer = TestBed.inject(FundsConsoleFacade).reverse('e1', ' 金额录错 ', 'key-5');
    await tick();
    const op = controller.expectOne('ShopConsoleReverseFundEntry');
    expect(op.operation.variables).toEqual({ id: 'e1', reason: '金额录错', clientKey: 'key-5' });
    op.graphqlErrors([{ message: 'already', extensions: { code: 'ALREADY_REVERSED' } }]);
    await expect(answer).rejects.toMatchObject({ code: 'ALREADY_REVERSED' });
  });

  it('reads the exchange rounds of a town for a year', async () => {
    const answer = TestBed.inject(RoundsConsoleFacade).rounds('150121101', 2026);
    await tick();
    const op = controller.expectOne('ShopConsoleExchangeRounds');
    expect(op.operation.variables).toEqual({ townCode: '150121101', year: 2026 });
    op.flushData({
      exchangeRounds: [
        {
          __typename: 'ExchangeRoundReport',
          index: 1,
          fromMonth: 1,
          toMonth: 6,
          from: '2026-01-01',
          to: '2026-06-30',
          target: 0.3,
          totals: {
            __typename: 'ExchangeRoundTotals',
            redeemingHouseholds: 60,
            residentHouseholds: 200,
            share: 0.3,
            met: true,
          },
          villages: [
            {
              __typename: 'ExchangeRoundVillage',
              villageCode: '150121101201',
              villageName: '长坝村',
              redeemingHouseholds: 20,
              residentHouseholds: 100,
              share: 0.2,
              met: false,
            },
          ],
        },
      ],
    });
    const rounds = await answer;
    expect(rounds[0].villages[0].met).toBe(false);
  });

  it('rates an operator with award points for a household', async () => {
    const facade = TestBed.inject(RatingsConsoleFacade);
    expect(await facade.searchHouseholds('s1', '  ')).toEqual([]);
    const answer = facade.rate({
      shopId: 's1',
      operatorUserId: 'u1',
      year: 2026,
      score: 5,
      comment: ' 服务热情 ',
      points: 10,
      householdId: 'h9',
    });
    await tick();
    const op = controller.expectOne('ShopConsoleRateOperator');
    expect(op.operation.variables['input']).toEqual({
      shopId: 's1',
      operatorUserId: 'u1',
      year: 2026,
      score: 5,
      comment: '服务热情',
      points: 10,
      householdId: 'h9',
    });
    op.flushData({
      rateShopOperator: {
        __typename: 'OperatorRating',
        id: 'rt1',
        shopId: 's1',
        operatorUserId: 'u1',
        operatorName: '李店员',
        year: 2026,
        score: 5,
        comment: '服务热情',
        awardedPoints: 10,
        householdId: 'h9',
        pointsEntryId: 'pe1',
        ratedByName: '王主任',
        createdAt: '2026-12-03T08:00:00Z',
      },
    });
    expect((await answer).awardedPoints).toBe(10);
  });
});
