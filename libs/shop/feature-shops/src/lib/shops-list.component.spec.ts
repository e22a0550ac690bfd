import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { SessionFacade } from '@xiangzhi/identity/data-access';
import { RegionContext, RegionNode, RegionsFacade } from '@xiangzhi/registry/data-access';
import { ShopsConsoleFacade } from '@xiangzhi/shop/data-access';
import { ShopsListComponent, shopVillageOptions } from './shops-list.component';
import { SHOP, sessionStub, settle, translocoForSpecs } from './testing';

const TOWN: RegionNode = {
  code: '150121101',
  name: '某镇',
  level: 'TOWN',
  parentCode: '150121',
  fullName: '某县 某镇',
};
const VILLAGES: RegionNode[] = [
  { code: '150121101201', name: '长坝村', level: 'VILLAGE', parentCode: TOWN.code, fullName: '某县 某镇 长坝村' },
  { code: '150121101202', name: '河口村', level: 'VILLAGE', parentCode: TOWN.code, fullName: '某县 某镇 河口村' },
];

describe('shopVillageOptions', () => {
  const regions = { children: jest.fn(async () => VILLAGES) } as unknown as RegionsFacade;

  it('offers the villages of a town, or a village with its neighbours', async () => {
    expect((await shopVillageOptions(TOWN, regions)).map((v) => v.code)).toEqual(VILLAGES.map((v) => v.code));
    expect((await shopVillageOptions(VILLAGES[0], regions)).map((v) => v.code)).toHaveLength(2);
    expect(await shopVillageOptions(null, regions)).toEqual([]);
  });
});

describe('ShopsListComponent', () => {
  const facade = { shops: jest.fn(), create: jest.fn() };

  async function render(permissions: Parameters<typeof sessionStub>[0]) {
    facade.shops.mockResolvedValue({ items: [SHOP], total: 1 });
    TestBed.configureTestingModule({
      imports: [ShopsListComponent, translocoForSpecs()],
      providers: [
        provideRouter([]),
        { provide: ShopsConsoleFacade, useValue: facade },
        { provide: SessionFacade, useValue: sessionStub(permissions) },
        { provide: RegionContext, useValue: { current: signal(TOWN) } },
        { provide: RegionsFacade, useValue: { children: async () => VILLAGES } },
      ],
    });
    const fixture = TestBed.createComponent(ShopsListComponent);
    await settle(fixture);
    return fixture;
  }

  beforeEach(() => jest.resetAllMocks());

  it('lists the shops of the region with their villages and six-haves progress', async () => {
    const fixture = await render(['SHOP_READ']);
    expect(facade.shops).toHaveBeenCalledWith(TOWN.code, 1, 20);
    const element = fixture.nativeElement as HTMLElement;
    const row = element.querySelector('[data-testid="shop-row"]');
    expect(row?.textContent).toContain('长坝村积分超市');
    expect(row?.textContent).toContain('长坝村');
    expect(row?.textContent).toContain('六有 1/6');
    expect(element.querySelector('[data-testid="shop-create"]')).toBeNull();
  });

  it('offers a new shop to SHOP_MANAGE', async () => {
    const fixture = await render(['SHOP_READ', 'SHOP_MANAGE']);
    expect((fixture.nativeElement as HTMLElement).querySelector('[data-testid="shop-create"]')).not.toBeNull();
  });
});
