import { TestBed } from '@angular/core/testing';
import { PortalShop } from '@xiangzhi/shop/data-access';
import { ShopCardComponent } from './shop-card.component';
import { testTransloco } from './test-transloco';

const shop = (overrides: Partial<PortalShop> = {}): PortalShop => ({
  id: 's1',
  name: '长坝村积分超市',
  address: '长坝村村委会东侧',
  personInCharge: '村妇联主席',
  villageNames: ['长坝村', '河湾村'],
  sixHaves: [
    { key: 'PLACE', label: '有固定场所', description: '村委会东侧两间平房' },
    { key: 'PRICES', label: '有明码标价', description: '货架标签标明兑换积分' },
  ],
  goods: [
    { name: '洗衣粉', unit: '袋', pointsPrice: 20 },
    { name: '食用油', unit: '桶', pointsPrice: 1200 },
  ],
  periods: [
    { label: '2026年第1季度', from: '2026-01-01', to: '2026-03-31', redemptions: 1234, households: 56, points: 7890 },
  ],
  ...overrides,
});

describe('ShopCardComponent', () => {
  async function render(value: PortalShop) {
    TestBed.configureTestingModule({ imports: [ShopCardComponent, testTransloco()] });
    const fixture = TestBed.createComponent(ShopCardComponent);
    fixture.componentRef.setInput('shop', value);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('shows the facts, the villages served and the 六有 with the missing ones marked 未落实', async () => {
    const el = await render(shop());
    const card = el.querySelector('[data-testid="shop-card"]');
    expect(card?.textContent).toContain('长坝村积分超市');
    expect(card?.textContent).toContain('长坝村村委会东侧');
    expect(card?.textContent).toContain('村妇联主席');
    expect(card?.textContent).toContain('长坝村、河湾村');
    const sixHaves = el.querySelector('[data-testid="shop-six-haves"]');
    expect(sixHaves?.querySelectorAll('[data-testid="shop-six-have"]')).toHaveLength(6);
    expect(sixHaves?.querySelectorAll('[data-testid="shop-six-have-missing"]')).toHaveLength(4);
    expect(sixHaves?.textContent).toContain('村委会东侧两间平房');
    expect(sixHaves?.textContent).toContain('未落实');
    expect(sixHaves?.textContent).toContain('已落实 2 / 6 项');
  });

  it('lists the goods with their points, as a table and as a compact list', async () => {
    const el = await render(shop());
    const goods = el.querySelector('[data-testid="shop-goods"]') as HTMLElement;
    expect(goods.querySelectorAll('tbody tr')).toHaveLength(2);
    expect(goods.querySelector('tbody')?.textContent).toContain('1,200 分');
    expect(goods.querySelector('[data-testid="shop-goods-compact"]')?.textContent).toContain('1,200 分/桶');
  });

  it('shows the issue totals per quarter', async () => {
    const el = await render(shop());
    const periods = el.querySelector('[data-testid="shop-issue-periods"]') as HTMLElement;
    const row = periods.querySelector('tbody tr')?.textContent ?? '';
    expect(row).toContain('2026年第1季度');
    expect(row).toContain('1,234');
    expect(row).toContain('56');
    expect(row).toContain('7,890');
    expect(periods.querySelector('thead')?.textContent).toContain('兑换户数');
  });

  it('says so in Chinese when there are no goods and no exchanges', async () => {
    const el = await render(shop({ goods: [], periods: [], sixHaves: [] }));
    expect(el.querySelector('[data-testid="shop-goods"]')?.textContent).toContain('暂无上架商品');
    expect(el.querySelector('[data-testid="shop-issue-periods"]')?.textContent).toContain('暂无兑换记录');
    expect(el.querySelectorAll('[data-testid="shop-six-have-missing"]')).toHaveLength(6);
  });
});
