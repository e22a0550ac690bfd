import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { PublicRegistryFacade } from '@xiangzhi/registry/data-access';
import { PortalShopFacade } from '@xiangzhi/shop/data-access';
import { ShopPortalPageComponent } from './shop-portal-page.component';
import { testTransloco } from './test-transloco';

describe('ShopPortalPageComponent', () => {
  const facade = { shops: jest.fn(), funds: jest.fn(async () => null) };
  const registry = { village: jest.fn(async () => ({ code: '150102001001', name: '长坝村' })), regions: jest.fn() };

  async function render(year?: string) {
    TestBed.configureTestingModule({
      imports: [ShopPortalPageComponent, testTransloco()],
      providers: [
        provideRouter([]),
        { provide: PortalShopFacade, useValue: facade },
        { provide: PublicRegistryFacade, useValue: registry },
      ],
    });
    const fixture = TestBed.createComponent(ShopPortalPageComponent);
    fixture.componentRef.setInput('villageCode', '150102001001');
    if (year) fixture.componentRef.setInput('year', year);
    await fixture.whenStable();
    await new Promise((r) => setTimeout(r));
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  beforeEach(() => jest.clearAllMocks());

  it("shows a card per shop, the village's name and its funds for the year asked", async () => {
    facade.shops.mockResolvedValue([
      {
        id: 's1',
        name: '甲超市',
        address: 'a',
        personInCharge: 'p',
        villageNames: [],
        sixHaves: [],
        goods: [],
        periods: [],
      },
      {
        id: 's2',
        name: '乙超市',
        address: 'b',
        personInCharge: 'q',
        villageNames: [],
        sixHaves: [],
        goods: [],
        periods: [],
      },
    ]);
    const el = await render('2025');
    expect(facade.shops).toHaveBeenCalledWith('150102001001');
    expect(el.querySelectorAll('[data-testid="shop-card"]')).toHaveLength(2);
    expect(el.querySelector('[data-testid="shop-page-title"]')?.textContent).toContain('长坝村 · 积分超市');
    expect(facade.funds).toHaveBeenCalledWith('150102001001', 2025);
    expect(el.querySelector('[data-testid="village-funds"]')).not.toBeNull();
  });

  it('says so in Chinese when the village has no shop', async () => {
    facade.shops.mockResolvedValue([]);
    const el = await render();
    expect(el.querySelector('[data-testid="shop-card"]')).toBeNull();
    expect(el.textContent).toContain('本村还没有开设积分超市');
    expect(facade.funds).toHaveBeenCalledWith('150102001001', new Date().getFullYear());
  });
});
