import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { PublicRegistryFacade } from '@xiangzhi/registry/data-access';
import { PortalShop, PortalShopFacade } from '@xiangzhi/shop/data-access';
import { ApiError } from '@xiangzhi/shared/data-access';
import { ShopPortalPageComponent } from './shop-portal-page.component';
import { testTransloco } from './test-transloco';

const shop = (id: string, name: string): PortalShop => ({
  id,
  name,
  address: 'a',
  personInCharge: 'p',
  villageNames: [],
  sixHaves: [],
  goods: [],
  periods: [],
});

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
    await settle(fixture);
    return { fixture, el: fixture.nativeElement as HTMLElement };
  }

  async function settle(fixture: { whenStable(): Promise<unknown> }) {
    await fixture.whenStable();
    await new Promise((r) => setTimeout(r));
    await fixture.whenStable();
  }

  const cards = (el: HTMLElement) =>
    Array.from(el.querySelectorAll('[data-testid="shop-card"]')).map((card) => card.textContent ?? '');
  const moreButton = (el: HTMLElement) => el.querySelector<HTMLButtonElement>('[data-testid="shop-more"]');

  beforeEach(() => jest.clearAllMocks());

  it("shows a card per shop, the village's name and its funds for the year asked, and no “more” for one page", async () => {
    facade.shops.mockResolvedValue({ items: [shop('s1', '甲超市'), shop('s2', '乙超市')], total: 2 });
    const { el } = await render('2025');
    expect(facade.shops).toHaveBeenCalledWith('150102001001');
    expect(el.querySelectorAll('[data-testid="shop-card"]')).toHaveLength(2);
    expect(moreButton(el)).toBeNull();
    expect(el.querySelector('[data-testid="shop-page-title"]')?.textContent).toContain('长坝村 · 积分超市');
    expect(facade.funds).toHaveBeenCalledWith('150102001001', 2025);
    expect(el.querySelector('[data-testid="village-funds"]')).not.toBeNull();
  });

  it('says so in Chinese when the village has no shop', async () => {
    facade.shops.mockResolvedValue({ items: [], total: 0 });
    const { el } = await render();
    expect(el.querySelector('[data-testid="shop-card"]')).toBeNull();
    expect(moreButton(el)).toBeNull();
    expect(el.textContent).toContain('本村还没有开设积分超市');
    expect(facade.funds).toHaveBeenCalledWith('150102001001', new Date().getFullYear());
  });

  it('appends the next page with “more”, which reads “loading” and is disabled meanwhile, then goes', async () => {
    let answer!: (page: { items: PortalShop[]; total: number }) => void;
    facade.shops
      .mockResolvedValueOnce({ items: [shop('s1', '甲超市'), shop('s2', '乙超市')], total: 3 })
      .mockReturnValueOnce(new Promise((resolve) => (answer = resolve)));
    const { fixture, el } = await render();
    expect(cards(el)).toHaveLength(2);
    const button = moreButton(el);
    expect(button?.textContent?.trim()).toBe('加载更多（已显示 2 家，共 3 家）');
    expect(button?.disabled).toBe(false);

    button?.click();
    await fixture.whenStable();
    expect(facade.shops).toHaveBeenLastCalledWith('150102001001', 2);
    expect(moreButton(el)?.textContent?.trim()).toBe('正在加载…');
    expect(moreButton(el)?.disabled).toBe(true);

    answer({ items: [shop('s3', '丙超市')], total: 3 });
    await settle(fixture);
    expect(cards(el)).toHaveLength(3);
    expect(cards(el)[2]).toContain('丙超市');
    expect(moreButton(el)).toBeNull();
    expect(facade.shops).toHaveBeenCalledTimes(2);
  });

  it('keeps the shops shown and says why when the next page fails, and lets it be tried again', async () => {
    facade.shops
      .mockResolvedValueOnce({ items: [shop('s1', '甲超市')], total: 2 })
      .mockRejectedValueOnce(new ApiError('NETWORK_ERROR', 'UNAVAILABLE'))
      .mockResolvedValueOnce({ items: [shop('s2', '乙超市')], total: 2 });
    const { fixture, el } = await render();
    expect(el.querySelector('[data-testid="error-message"]')).toBeNull();
    moreButton(el)?.click();
    await settle(fixture);
    expect(el.querySelector('[data-testid="error-message"]')).not.toBeNull();
    expect(cards(el)).toHaveLength(1);
    expect(moreButton(el)?.disabled).toBe(false);

    moreButton(el)?.click();
    await settle(fixture);
    expect(el.querySelector('[data-testid="error-message"]')).toBeNull();
    expect(cards(el)).toHaveLength(2);
    expect(moreButton(el)).toBeNull();
  });
});
