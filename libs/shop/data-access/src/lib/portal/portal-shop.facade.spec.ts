import { inject } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ApiError } from '@xiangzhi/shared/data-access';
import { Apollo } from 'apollo-angular';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import {
  PortalShopsDocument,
  PortalShopsGQL,
  PortalVillageFundsDocument,
  PortalVillageFundsGQL,
} from '../generated/graphql';
import { PORTAL_SHOPS_PAGE, PortalShopFacade } from './portal-shop.facade';

// the generated services' constructor types are erased under Jest: build them on the testing Apollo
const GQL_SERVICES = [PortalShopsGQL, PortalVillageFundsGQL].map((service) => ({
  provide: service,
  useFactory: () => new service(inject(Apollo)),
}));

const shop = {
  __typename: 'PublicShop',
  id: 's1',
  name: '长坝村积分超市',
  address: '长坝村村委会东侧',
  personInCharge: '村妇联主席',
  villageNames: ['长坝村'],
  sixHaves: [{ __typename: 'PublicSixHave', key: 'PLACE', label: '有固定场所', description: '村委会东侧两间' }],
  goods: [{ __typename: 'PublicGoods', name: '洗衣粉', unit: '袋', pointsPrice: 20 }],
  periods: [
    {
      __typename: 'PublicIssuePeriod',
      label: '2026年第1季度',
      from: '2026-01-01',
      to: '2026-03-31',
      redemptions: 12,
      households: 9,
      points: 340,
    },
  ],
};

const funds = {
  __typename: 'PublicVillageFunds',
  villageCode: '150102001001',
  year: 2026,
  periods: [
    {
      __typename: 'PublicFundsPeriod',
      label: '2026年第1季度',
      from: '2026-01-01',
      to: '2026-03-31',
      incomeYuan: 5000,
      spendingYuan: 1234.5,
      balanceYuan: 3765.5,
    },
  ],
  balanceYuan: 3765.5,
  liabilityYuan: null,
};

describe('PortalShopFacade', () => {
  let facade: PortalShopFacade;
  let controller: ApolloTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ imports: [ApolloTestingModule], providers: GQL_SERVICES });
    facade = TestBed.inject(PortalShopFacade);
    controller = TestBed.inject(ApolloTestingController);
  });

  afterEach(() => controller.verify());

  it("asks for the first page of a village's shops and reads them with the total", async () => {
    const pending = facade.shops('150102001001');
    const op = controller.expectOne(PortalShopsDocument);
    expect(op.operation.variables).toEqual({ villageCode: '150102001001', first: 20, offset: 0 });
    op.flushData({ portalShops: { __typename: 'PublicShopPage', items: [shop], total: 1 } });
    const { items, total } = await pending;
    expect(total).toBe(1);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ name: '长坝村积分超市', goods: [{ name: '洗衣粉', pointsPrice: 20 }] });
    expect(items[0].periods[0]).toMatchObject({ redemptions: 12, households: 9, points: 340 });
  });

  it('asks for a further page from an offset, 20 shops a page', async () => {
    expect(PORTAL_SHOPS_PAGE).toBe(20);
    const pending = facade.shops('150102001001', 20);
    const op = controller.expectOne(PortalShopsDocument);
    expect(op.operation.variables).toEqual({ villageCode: '150102001001', first: 20, offset: 20 });
    op.flushData({ portalShops: { __typename: 'PublicShopPage', items: [{ ...shop, id: 's21' }], total: 21 } });
    expect(await pending).toMatchObject({ items: [{ id: 's21' }], total: 21 });
  });

  it('asks for nothing personal about a shop', () => {
    void facade.shops('150102001001').catch(() => undefined);
    const op = controller.expectOne(PortalShopsDocument);
    const fields = JSON.stringify(op.operation.query);
    for (const personal of ['operators', 'userId', 'phone', 'cardNumber', 'household"', 'idNumber']) {
      expect(fields).not.toContain(personal);
    }
    op.flushData({ portalShops: { __typename: 'PublicShopPage', items: [], total: 0 } });
  });

  it("asks for a village's funds for a year, with a liability that may be unknown", async () => {
    const pending = facade.funds('150102001001', 2026);
    const op = controller.expectOne(PortalVillageFundsDocument);
    expect(op.operation.variables).toEqual({ villageCode: '150102001001', year: 2026 });
    op.flushData({ portalVillageFunds: funds });
    const result = await pending;
    expect(result).toMatchObject({ balanceYuan: 3765.5, liabilityYuan: null });
    expect(result?.periods[0]).toMatchObject({ incomeYuan: 5000, spendingYuan: 1234.5 });
  });

  it('answers null when the village keeps no funds', async () => {
    const pending = facade.funds('150102001001', 2025);
    controller.expectOne(PortalVillageFundsDocument).flushData({ portalVillageFunds: null });
    expect(await pending).toBeNull();
  });

  it("rethrows the API's errors with their stable code", async () => {
    const pending = facade.shops('150102001001');
    controller
      .expectOne(PortalShopsDocument)
      .graphqlErrors([{ message: 'village not found', extensions: { code: 'VILLAGE_NOT_FOUND', kind: 'NOT_FOUND' } }]);
    const error = await pending.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'VILLAGE_NOT_FOUND', kind: 'NOT_FOUND' });
  });
});
