import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { PortalShopFacade, PortalVillageFunds } from '@xiangzhi/shop/data-access';
import { ApiError } from '@xiangzhi/shared/data-access';
import { testTransloco } from './test-transloco';
import { VillageFundsComponent } from './village-funds.component';

const funds = (overrides: Partial<PortalVillageFunds> = {}): PortalVillageFunds => ({
  villageCode: '150102001001',
  year: 2026,
  periods: [
    { label: 'Q1', from: '2026-01-01', to: '2026-03-31', incomeYuan: 5000, spendingYuan: 1234.5, balanceYuan: 3765.5 },
  ],
  balanceYuan: 3765.5,
  liabilityYuan: 4000,
  ...overrides,
});

describe('VillageFundsComponent', () => {
  const facade = { funds: jest.fn(), shops: jest.fn() };

  async function render(year = 2026) {
    TestBed.configureTestingModule({
      imports: [VillageFundsComponent, testTransloco()],
      providers: [provideRouter([]), { provide: PortalShopFacade, useValue: facade }],
    });
    const fixture = TestBed.createComponent(VillageFundsComponent);
    fixture.componentRef.setInput('villageCode', '150102001001');
    fixture.componentRef.setInput('year', year);
    await fixture.whenStable();
    await new Promise((r) => setTimeout(r));
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  beforeEach(() => jest.clearAllMocks());

  it('shows income, spending and closing balance per quarter', async () => {
    facade.funds.mockResolvedValue(funds());
    const el = await render(2025);
    expect(facade.funds).toHaveBeenCalledWith('150102001001', 2025);
    const row = el.querySelector('[data-testid="funds-period"]')?.textContent ?? '';
    expect(row).toContain('2026年第1季度');
    expect(row).toContain('¥5,000.00');
    expect(row).toContain('¥1,234.50');
    expect(row).toContain('¥3,765.50');
    expect(el.querySelector('[data-testid="funds-year"]')?.textContent).toContain('2025年');
  });

  it('puts the balance beside the liability and warns when the liability exceeds it', async () => {
    facade.funds.mockResolvedValue(funds());
    const el = await render();
    const pair = el.querySelector('[data-testid="funds-liability"]')?.textContent ?? '';
    expect(pair).toContain('资金结余');
    expect(pair).toContain('积分负债');
    expect(el.querySelector('[data-testid="funds-liability-value"]')?.textContent).toContain('¥4,000.00');
    expect(el.querySelector('[data-testid="funds-shortfall"]')?.textContent).toContain('¥234.50');
  });

  it('gives no warning when the balance covers the liability, or the liability is not known', async () => {
    facade.funds.mockResolvedValue(funds({ liabilityYuan: 3765.5 }));
    let el = await render();
    expect(el.querySelector('[data-testid="funds-shortfall"]')).toBeNull();
    expect(el.textContent).toContain('资金结余足以兑付积分负债');
    TestBed.resetTestingModule();
    facade.funds.mockResolvedValue(funds({ liabilityYuan: null }));
    el = await render();
    expect(el.querySelector('[data-testid="funds-shortfall"]')).toBeNull();
    expect(el.querySelector('[data-testid="funds-liability"]')?.textContent).toContain('暂未核算');
  });

  it('says so in Chinese when the year has no funds, and shows a failure', async () => {
    facade.funds.mockResolvedValue(null);
    let el = await render();
    expect(el.querySelector('[data-testid="village-funds"]')?.textContent).toContain('本年度暂无资金公开');
    TestBed.resetTestingModule();
    facade.funds.mockRejectedValue(new ApiError('NETWORK_ERROR', 'UNAVAILABLE'));
    el = await render();
    expect(el.querySelector('[data-testid="funds-liability"]')).toBeNull();
    expect(el.querySelector('xz-error-message')).not.toBeNull();
  });
});
