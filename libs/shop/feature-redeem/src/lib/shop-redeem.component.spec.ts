import { ApplicationRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { ApiError } from '@xiangzhi/shared/data-access';
import { CounterGoods, CounterHousehold, RedeemError, ShopRedeemFacade } from '@xiangzhi/shop/data-access';
import { ShopRedeemComponent } from './shop-redeem.component';
import { testTransloco } from './test-transloco';

const shop = { id: 's1', name: '长坝村积分超市', address: '村委会', active: true, villageCodes: ['150102001001'] };
const goodsItem = (id: string, name: string, pointsPrice: number, stock: number, unit = '袋'): CounterGoods => ({
  id,
  shopId: 's1',
  name,
  unit,
  pointsPrice,
  stock,
  active: true,
  cashLike: false,
  photoFileId: null,
});
const soap = goodsItem('g1', '洗衣粉', 15, 9);
const oil = goodsItem('g2', '食用油', 40, 2, '桶');

const household: CounterHousehold = {
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
  id: 'r1',
  receiptNumber: 'DH-2026-000001',
  shopId: 's1',
  householdId: 'h1',
  cardNumber: household.cardNumber,
  headMasked: '张*明',
  villageCode: '150102001001',
  occurredOn: '2026-05-01',
  createdAt: '2026-05-01T02:00:00Z',
  operatorName: '李娟',
  points: 55,
  balanceBefore: 180,
  balanceAfter: 125,
  exchangeableAfter: 25,
  reversalOf: null,
  reversedBy: null,
  lines: [
    { goodsId: 'g1', goodsName: '洗衣粉', unit: '袋', quantity: 1, pointsPrice: 15, points: 15 },
    { goodsId: 'g2', goodsName: '食用油', unit: '桶', quantity: 1, pointsPrice: 40, points: 40 },
  ],
};

describe('ShopRedeemComponent (积分兑换)', () => {
  const facade = {
    shops: jest.fn(async () => [shop]),
    goods: jest.fn(async () => [soap, oil]),
    household: jest.fn(async () => household),
    search: jest.fn(async () => [household]),
    redeem: jest.fn(),
    receiptHtml: jest.fn(async () => '<html><body>凭证</body></html>'),
    downloadReceiptPdf: jest.fn(async () => undefined),
  };

  beforeEach(() => {
    jest.clearAllMocks();
    Object.defineProperty(window.navigator, 'onLine', { configurable: true, get: () => true });
  });

  async function render(shopId?: string) {
    TestBed.configureTestingModule({
      imports: [ShopRedeemComponent, testTransloco()],
      providers: [provideRouter([]), { provide: ShopRedeemFacade, useValue: facade }],
    });
    const router = TestBed.inject(Router);
    jest.spyOn(router, 'navigate').mockResolvedValue(true);
    const fixture = TestBed.createComponent(ShopRedeemComponent);
    if (shopId) fixture.componentRef.setInput('shopId', shopId);
    await settle();
    return { el: fixture.nativeElement as HTMLElement, router };
  }
  async function settle() {
    for (let i = 0; i < 3; i++) {
      await TestBed.inject(ApplicationRef).whenStable();
      await new Promise((r) => setTimeout(r));
    }
  }
  const q = <T extends HTMLElement>(el: HTMLElement, id: string) => el.querySelector(`[data-testid="${id}"]`) as T;
  async function click(el: HTMLElement, id: string) {
    q<HTMLButtonElement>(el, id).click();
    await settle();
  }
  async function findByCard(el: HTMLElement, text: string) {
    const input = q<HTMLInputElement>(el, 'card-input');
    input.value = text;
    input.dispatchEvent(new Event('input'));
    await click(el, 'card-submit');
  }

  it("selects the user's only shop, finds the household by a pasted card link and shows what it may exchange", async () => {
    const { el, router } = await render();
    expect(q<HTMLSelectElement>(el, 'shop-select').value).toBe('s1');
    expect(router.navigate).toHaveBeenCalledWith(['/shop', 's1'], { replaceUrl: true });
    expect(facade.goods).toHaveBeenCalledWith('s1');
    expect(q(el, 'scan-button')).not.toBeNull();
    await findByCard(el, 'https://xz.example.cn/grid/h/150102001001-0007');
    expect(facade.household).toHaveBeenCalledWith('s1', { cardNumber: '150102001001-0007' });
    const panel = q(el, 'household-panel');
    expect(panel.textContent).toContain('张*明');
    expect(panel.textContent).toContain('长坝村');
    expect(q(el, 'household-exchangeable').textContent?.trim()).toBe('80');
    expect(q(el, 'household-rule').textContent).toContain('超出基础分部分可兑换');
    expect(q(el, 'goods-洗衣粉').textContent).toContain('15 分/袋');
    expect(q(el, 'goods-洗衣粉').textContent).toContain('库存 9');
  });

  it('says in Chinese why a household cannot exchange', async () => {
    facade.household.mockResolvedValueOnce({
      ...household,
      exchangeable: 0,
      windowLabel: '每月 1—5 日',
      threshold: 200,
      blocks: ['WINDOW_CLOSED', 'BELOW_THRESHOLD', 'BLACK_LISTED', 'NOTHING_ABOVE_BASE', 'NOT_PARTICIPATING'],
    });
    const { el } = await render('s1');
    await findByCard(el, '150102001001-0007');
    const text = q(el, 'household-blocks').textContent ?? '';
    expect(text).toContain('不在兑换期（每月 1—5 日）');
    expect(text).toContain('家庭总积分未达 200 分');
    expect(text).toContain('列入黑榜，积分不予兑换');
    expect(text).toContain('仅超出基础分（100）部分可兑换');
    expect(text).toContain('未参与积分制');
    await click(el, 'goods-洗衣粉-plus');
    expect(q<HTMLButtonElement>(el, 'confirm-button').disabled).toBe(true);
  });

  it('refuses an invalid card number without asking the API', async () => {
    const { el } = await render('s1');
    await findByCard(el, '??');
    expect(facade.household).not.toHaveBeenCalled();
    expect(el.textContent).toContain('卡号格式不对');
  });

  it('fills the basket, keeps the total within what may be exchanged, confirms and shows the receipt', async () => {
    facade.redeem.mockResolvedValueOnce(redemption);
    const { el } = await render('s1');
    expect(facade.shops).toHaveBeenCalled();
    await findByCard(el, '150102001001-0007');
    expect(q<HTMLButtonElement>(el, 'confirm-button').disabled).toBe(true);
    await click(el, 'goods-洗衣粉-plus');
    await click(el, 'goods-食用油-plus');
    expect(q(el, 'basket-total').textContent?.trim()).toBe('55');
    expect(q(el, 'basket-remaining').textContent?.trim()).toBe('25');
    await click(el, 'goods-食用油-plus');
    expect(q(el, 'basket-total').textContent?.trim()).toBe('95');
    expect(q(el, 'basket-over').textContent).toContain('超出可兑换积分 15 分');
    expect(q<HTMLButtonElement>(el, 'confirm-button').disabled).toBe(true);
    // only 2 in stock
    expect(q<HTMLButtonElement>(el, 'goods-食用油-plus').disabled).toBe(true);
    await click(el, 'goods-食用油-minus');
    await click(el, 'confirm-button');
    expect(q(el, 'confirm-dialog').textContent).toContain('55');
    await click(el, 'dialog-confirm');
    const input = facade.redeem.mock.calls[0][0];
    expect(input).toEqual({
      shopId: 's1',
      householdId: 'h1',
      clientKey: expect.stringMatching(/^[0-9a-f-]{36}$/),
      lines: [
        { goodsId: 'g1', quantity: 1, expectedPointsPrice: 15 },
        { goodsId: 'g2', quantity: 1, expectedPointsPrice: 40 },
      ],
    });
    expect(q(el, 'receipt-panel')).not.toBeNull();
    expect(q(el, 'receipt-number').textContent).toContain('DH-2026-000001');
    expect(q(el, 'receipt-balance-after').textContent?.trim()).toBe('125');
    expect(q(el, 'receipt-exchangeable-after').textContent?.trim()).toBe('25');
    await click(el, 'receipt-pdf');
    expect(facade.downloadReceiptPdf).toHaveBeenCalledWith(redemption);
    await click(el, 'receipt-next');
    expect(q(el, 'receipt-panel')).toBeNull();
    expect(q<HTMLInputElement>(el, 'card-input').value).toBe('');
  });

  it('reuses the client key on a retry and takes a new one after a success', async () => {
    facade.redeem
      .mockRejectedValueOnce(new ApiError('NETWORK_ERROR', 'UNAVAILABLE'))
      .mockResolvedValueOnce(redemption)
      .mockResolvedValueOnce(redemption);
    const { el } = await render('s1');
    await findByCard(el, '150102001001-0007');
    await click(el, 'goods-洗衣粉-plus');
    await click(el, 'confirm-button');
    await click(el, 'dialog-confirm');
    expect(q(el, 'redeem-offline')).not.toBeNull();
    expect(q(el, 'basket-total').textContent?.trim()).toBe('15');
    await click(el, 'confirm-button');
    await click(el, 'dialog-confirm');
    const [first, retry] = facade.redeem.mock.calls.map((c) => c[0].clientKey);
    expect(retry).toBe(first);
    await click(el, 'receipt-next');
    await findByCard(el, '150102001001-0007');
    await click(el, 'goods-洗衣粉-plus');
    await click(el, 'confirm-button');
    await click(el, 'dialog-confirm');
    expect(facade.redeem.mock.calls[2][0].clientKey).not.toBe(first);
  });

  it('on a changed price refreshes the goods, tells the new price and keeps the basket', async () => {
    facade.redeem.mockRejectedValueOnce(
      new RedeemError(new ApiError('SHOP_PRICE_CHANGED', 'CONFLICT'), [
        { code: 'SHOP_PRICE_CHANGED', goodsId: 'g1', name: '洗衣粉', pointsPrice: 18 },
      ]),
    );
    const { el } = await render('s1');
    await findByCard(el, '150102001001-0007');
    await click(el, 'goods-洗衣粉-plus');
    await click(el, 'goods-洗衣粉-plus');
    facade.goods.mockResolvedValueOnce([{ ...soap, pointsPrice: 18 }, oil]);
    await click(el, 'confirm-button');
    await click(el, 'dialog-confirm');
    expect(facade.goods).toHaveBeenCalledTimes(2);
    expect(q(el, 'redeem-conflicts').textContent).toContain('洗衣粉 的价格已调整为 18 分');
    expect(q(el, 'confirm-dialog')).toBeNull();
    expect(q(el, 'basket-total').textContent?.trim()).toBe('36');
    expect(q<HTMLButtonElement>(el, 'confirm-button').disabled).toBe(false);
  });

  it('on a shortage tells the stock left', async () => {
    facade.redeem.mockRejectedValueOnce(
      new RedeemError(new ApiError('SHOP_OUT_OF_STOCK', 'CONFLICT'), [
        { code: 'SHOP_OUT_OF_STOCK', goodsId: 'g2', name: '食用油', stock: 1 },
      ]),
    );
    const { el } = await render('s1');
    await findByCard(el, '150102001001-0007');
    await click(el, 'goods-食用油-plus');
    await click(el, 'goods-食用油-plus');
    facade.goods.mockResolvedValueOnce([soap, { ...oil, stock: 1 }]);
    await click(el, 'confirm-button');
    await click(el, 'dialog-confirm');
    expect(q(el, 'redeem-conflicts').textContent).toContain('食用油 库存只剩 1');
    expect(q<HTMLButtonElement>(el, 'confirm-button').disabled).toBe(true);
    await click(el, 'goods-食用油-minus');
    expect(q<HTMLButtonElement>(el, 'confirm-button').disabled).toBe(false);
  });

  it('searches households by name and picks one', async () => {
    const { el } = await render('s1');
    const input = q<HTMLInputElement>(el, 'search-input');
    input.value = '张';
    input.dispatchEvent(new Event('input'));
    await click(el, 'search-submit');
    expect(facade.search).toHaveBeenCalledWith('s1', '张');
    await click(el, 'result-150102001001-0007');
    expect(q(el, 'household-panel')).not.toBeNull();
  });

  it('prints the receipt in a new window with the fetched page', async () => {
    facade.redeem.mockResolvedValueOnce(redemption);
    const doc = { open: jest.fn(), write: jest.fn(), close: jest.fn() };
    const win = { document: doc, focus: jest.fn(), print: jest.fn(), close: jest.fn() };
    const open = jest.spyOn(window, 'open').mockReturnValue(win as unknown as Window);
    const { el } = await render('s1');
    await findByCard(el, '150102001001-0007');
    await click(el, 'goods-洗衣粉-plus');
    await click(el, 'confirm-button');
    await click(el, 'dialog-confirm');
    await click(el, 'receipt-print');
    expect(open).toHaveBeenCalledWith('', '_blank');
    expect(facade.receiptHtml).toHaveBeenCalledWith('r1');
    expect(doc.write).toHaveBeenCalledWith('<html><body>凭证</body></html>');
    await new Promise((r) => setTimeout(r, 350));
    expect(win.print).toHaveBeenCalled();
    open.mockRestore();
  });

  it('shows a coded error through the error pipe', async () => {
    facade.household.mockRejectedValueOnce(new ApiError('HOUSEHOLD_NOT_FOUND', 'NOT_FOUND'));
    const { el } = await render('s1');
    await findByCard(el, 'C-0000-9999');
    expect(q(el, 'error-message')).not.toBeNull();
    expect(q(el, 'household-panel')).toBeNull();
  });
});
