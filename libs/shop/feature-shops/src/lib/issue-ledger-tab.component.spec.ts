import { TestBed } from '@angular/core/testing';
import { SessionFacade } from '@xiangzhi/identity/data-access';
import { en_US, provideNzI18n } from 'ng-zorro-antd/i18n';
import { IssueLedgerConsoleFacade, IssueLedgerPage } from '@xiangzhi/shop/data-access';
import { IssueLedgerTabComponent } from './issue-ledger-tab.component';
import { isoDay, monthRange } from './shop-rules';
import { SHOP, sessionStub, settle, translocoForSpecs } from './testing';

const LINE = { goodsId: 'g1', goodsName: '洗衣粉', unit: '袋', quantity: 2, pointsPrice: 20, points: 40 };
const REDEMPTION = {
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
  lines: [LINE],
};
const PAGE: IssueLedgerPage = {
  total: 2,
  items: [
    REDEMPTION,
    { ...REDEMPTION, id: 'r2', receiptNumber: 'DH-0002', reversalOf: 'r0', points: -10, reason: '误操作' },
  ],
  totals: { redemptions: 2, reversals: 1, households: 1, points: 30, byGoods: [] },
};

describe('IssueLedgerTabComponent', () => {
  const facade = { ledger: jest.fn(), reverse: jest.fn(), exportXlsx: jest.fn(), openPdf: jest.fn() };

  async function render(permissions: Parameters<typeof sessionStub>[0]) {
    facade.ledger.mockResolvedValue(PAGE);
    TestBed.configureTestingModule({
      imports: [IssueLedgerTabComponent, translocoForSpecs()],
      providers: [
        // the range picker formats dates with the locale data Angular ships (en)
        provideNzI18n(en_US),
        { provide: IssueLedgerConsoleFacade, useValue: facade },
        { provide: SessionFacade, useValue: sessionStub(permissions) },
      ],
    });
    const fixture = TestBed.createComponent(IssueLedgerTabComponent);
    fixture.componentRef.setInput('shop', SHOP);
    await settle(fixture);
    return fixture;
  }

  beforeEach(() => jest.resetAllMocks());

  it('loads this month, with the lines, the reversal tag and the totals', async () => {
    const fixture = await render(['SHOP_READ']);
    const month = monthRange(isoDay(new Date()));
    expect(facade.ledger).toHaveBeenCalledWith({ shopId: 's1', ...month, pageIndex: 1, pageSize: 20 });
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelectorAll('[data-testid="ledger-row"]')).toHaveLength(2);
    expect(element.textContent).toContain('洗衣粉 ×2袋');
    expect(element.querySelectorAll('[data-testid="ledger-reversal"]')).toHaveLength(1);
    expect(element.querySelector('[data-testid="ledger-totals"]')?.textContent).toContain('净兑换积分 30');
    expect(element.querySelector('[data-testid="ledger-reverse"]')).toBeNull();
  });

  it('offers the reversal of an original only to SHOP_REVERSE', async () => {
    const fixture = await render(['SHOP_READ', 'SHOP_REVERSE']);
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelectorAll('[data-testid="ledger-reverse"]')).toHaveLength(1);
  });

  it('exports the period as Excel', async () => {
    const fixture = await render(['SHOP_READ']);
    facade.exportXlsx.mockResolvedValue(undefined);
    (fixture.nativeElement as HTMLElement).querySelector<HTMLButtonElement>('[data-testid="ledger-export"]')?.click();
    await settle(fixture);
    const month = monthRange(isoDay(new Date()));
    expect(facade.exportXlsx).toHaveBeenCalledWith('s1', SHOP.name, month.from, month.to);
  });
});
