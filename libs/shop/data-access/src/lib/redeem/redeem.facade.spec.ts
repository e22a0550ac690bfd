import { inject } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Apollo } from 'apollo-angular';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { ApiError, FileApi } from '@xiangzhi/shared/data-access';
import {
  CounterRedeemPointsDocument,
  CounterRedeemPointsGQL,
  CounterRedemptionGQL,
  CounterSearchHouseholdsDocument,
  CounterSearchHouseholdsGQL,
  CounterShopGoodsDocument,
  CounterShopGoodsGQL,
  CounterShopHouseholdDocument,
  CounterShopHouseholdGQL,
  CounterShopsDocument,
  CounterShopsGQL,
} from '../generated/graphql';
import { receiptPath, RedeemError, ShopRedeemFacade } from './redeem.facade';

const tick = () => new Promise((r) => setTimeout(r));

/** The generated services over the testing backend (Jest compiles files in isolation: no constructor metadata). */
const GQL_SERVICES = [
  CounterShopsGQL,
  CounterShopGoodsGQL,
  CounterShopHouseholdGQL,
  CounterSearchHouseholdsGQL,
  CounterRedemptionGQL,
  CounterRedeemPointsGQL,
].map((service) => ({ provide: service, useFactory: () => new service(inject(Apollo)) }));

const household = {
  __typename: 'ShopHousehold',
  householdId: 'h1',
  cardNumber: '150102001001-0007',
  headMasked: '张*明',
  villageCode: '150102001001',
  villageName: '长坝村',
  served: true,
  schemeInForce: true,
  year: 2026,
  balance: 180,
  redeemed: 20,
  exchangeable: 80,
  exchangeableRule: 'ABOVE_BASE',
  basePoints: 100,
  threshold: 0,
  windowLabel: null,
  blocks: [],
};

const redemption = {
  __typename: 'Redemption',
  id: 'r1',
  receiptNumber: 'DH-2026-000001',
  shopId: 's1',
  householdId: 'h1',
  cardNumber: '150102001001-0007',
  headMasked: '张*明',
  villageCode: '150102001001',
  occurredOn: '2026-05-01',
  createdAt: '2026-05-01T02:00:00Z',
  operatorName: '李娟',
  points: 30,
  balanceBefore: 180,
  balanceAfter: 150,
  exchangeableAfter: 50,
  reversalOf: null,
  reversedBy: null,
  lines: [
    {
      __typename: 'RedemptionLine',
      goodsId: 'g1',
      goodsName: '洗衣粉',
      unit: '袋',
      quantity: 2,
      pointsPrice: 15,
      points: 30,
    },
  ],
};

describe('ShopRedeemFacade', () => {
  const files = {
    getBlob: jest.fn(async (path: string) => ({ text: async () => `<html>${path}</html>` }) as unknown as Blob),
    saveBlob: jest.fn(),
  };
  let facade: ShopRedeemFacade;
  let controller: ApolloTestingController;

  beforeEach(() => {
    jest.clearAllMocks();
    TestBed.configureTestingModule({
      imports: [ApolloTestingModule],
      providers: [...GQL_SERVICES, { provide: FileApi, useValue: files }],
    });
    facade = TestBed.inject(ShopRedeemFacade);
    controller = TestBed.inject(ApolloTestingController);
  });

  afterEach(() => controller.verify());

  it('lists the shops and the goods of a shop', async () => {
    const shops = facade.shops();
    await tick();
    const op = controller.expectOne(CounterShopsDocument);
    expect(op.operation.variables).toEqual({ first: 100, offset: 0 });
    op.flushData({
      shops: {
        __typename: 'ShopPage',
        total: 1,
        items: [
          { __typename: 'Shop', id: 's1', name: '长坝村积分超市', address: '村委会', active: true, villageCodes: [] },
        ],
      },
    });
    expect((await shops).map((s) => s.name)).toEqual(['长坝村积分超市']);

    const goods = facade.goods('s1');
    await tick();
    const goodsOp = controller.expectOne(CounterShopGoodsDocument);
    expect(goodsOp.operation.variables).toEqual({ shopId: 's1', first: 100, offset: 0 });
    goodsOp.flushData({
      shopGoods: {
        __typename: 'GoodsPage',
        total: 1,
        items: [
          {
            __typename: 'Goods',
            id: 'g1',
            shopId: 's1',
            name: '洗衣粉',
            unit: '袋',
            pointsPrice: 15,
            stock: 9,
            active: true,
            cashLike: false,
            photoFileId: null,
          },
        ],
      },
    });
    expect((await goods)[0]).toMatchObject({ name: '洗衣粉', pointsPrice: 15, stock: 9 });
  });

  it('finds a household by a trimmed card number or by id, and searches by text', async () => {
    const byCard = facade.household('s1', { cardNumber: ' 150102001001-0007 ' });
    await tick();
    const op = controller.expectOne(CounterShopHouseholdDocument);
    expect(op.operation.variables).toEqual({ shopId: 's1', cardNumber: '150102001001-0007', householdId: null });
    op.flushData({ shopHousehold: household });
    expect((await byCard).exchangeable).toBe(80);

    const byId = facade.household('s1', { householdId: 'h1' });
    await tick();
    const idOp = controller.expectOne(CounterShopHouseholdDocument);
    expect(idOp.operation.variables).toEqual({ shopId: 's1', cardNumber: null, householdId: 'h1' });
    idOp.flushData({ shopHousehold: household });
    await byId;

    expect(await facade.search('s1', '   ')).toEqual([]);
    const found = facade.search('s1', ' 张 ');
    await tick();
    const searchOp = controller.expectOne(CounterSearchHouseholdsDocument);
    expect(searchOp.operation.variables).toEqual({ shopId: 's1', text: '张' });
    searchOp.flushData({ searchShopHouseholds: [household] });
    expect((await found).length).toBe(1);
  });

  it('turns a missing household into a coded ApiError', async () => {
    const byCard = facade.household('s1', { cardNumber: 'NOPE-0001' });
    await tick();
    controller
      .expectOne(CounterShopHouseholdDocument)
      .graphqlErrors([
        { message: 'HOUSEHOLD_NOT_FOUND', extensions: { code: 'HOUSEHOLD_NOT_FOUND', kind: 'NOT_FOUND' } },
      ]);
    await expect(byCard).rejects.toMatchObject({ code: 'HOUSEHOLD_NOT_FOUND', kind: 'NOT_FOUND' });
    await expect(byCard).rejects.toBeInstanceOf(ApiError);
  });

  it('redeems with the input as given, the client key included', async () => {
    const input = {
      shopId: 's1',
      householdId: 'h1',
      clientKey: '00000000-0000-4000-8000-000000000001',
      lines: [{ goodsId: 'g1', quantity: 2, expectedPointsPrice: 15 }],
    };
    const done = facade.redeem(input);
    await tick();
    const op = controller.expectOne(CounterRedeemPointsDocument);
    expect(op.operation.variables).toEqual({ input });
    op.flushData({ redeemPoints: redemption });
    expect(await done).toMatchObject({ receiptNumber: 'DH-2026-000001', balanceAfter: 150, exchangeableAfter: 50 });
  });

  it('carries every refusal of a refused basket (the new price, the stock left)', async () => {
    const done = facade.redeem({ shopId: 's1', householdId: 'h1', clientKey: 'k-12345678', lines: [] });
    await tick();
    controller.expectOne(CounterRedeemPointsDocument).graphqlErrors([
      {
        message: 'SHOP_PRICE_CHANGED',
        extensions: {
          code: 'SHOP_PRICE_CHANGED',
          kind: 'CONFLICT',
          goodsId: 'g1',
          name: '洗衣粉',
          pointsPrice: 18,
          refusals: [
            { code: 'SHOP_PRICE_CHANGED', goodsId: 'g1', name: '洗衣粉', pointsPrice: 18 },
            { code: 'SHOP_OUT_OF_STOCK', goodsId: 'g2', name: '食用油', stock: 1 },
          ],
        },
      },
    ]);
    const error = (await done.catch((e: unknown) => e)) as RedeemError;
    expect(error).toBeInstanceOf(RedeemError);
    expect(error).toBeInstanceOf(ApiError);
    expect(error.code).toBe('SHOP_PRICE_CHANGED');
    expect(error.kind).toBe('CONFLICT');
    expect(error.refusals).toEqual([
      { code: 'SHOP_PRICE_CHANGED', goodsId: 'g1', name: '洗衣粉', pointsPrice: 18 },
      { code: 'SHOP_OUT_OF_STOCK', goodsId: 'g2', name: '食用油', stock: 1 },
    ]);
  });

  it('fetches the receipt with the token through the file API', async () => {
    expect(receiptPath('r/1', 'pdf')).toBe('/api/shop/redemptions/r%2F1/receipt.pdf');
    expect(await facade.receiptHtml('r1')).toBe('<html>/api/shop/redemptions/r1/receipt.html</html>');
    await facade.downloadReceiptPdf({ id: 'r1', receiptNumber: 'DH-2026-000001' });
    expect(files.getBlob).toHaveBeenLastCalledWith('/api/shop/redemptions/r1/receipt.pdf');
    expect(files.saveBlob).toHaveBeenCalledWith(expect.anything(), 'DH-2026-000001.pdf');
  });
});
