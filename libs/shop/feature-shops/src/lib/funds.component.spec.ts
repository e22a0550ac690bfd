import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { SessionFacade } from '@xiangzhi/identity/data-access';
import { RegionContext, RegionNode, RegionsFacade } from '@xiangzhi/registry/data-access';
import { FundsConsoleFacade, VillageFundsPage } from '@xiangzhi/shop/data-access';
import { en_US, provideNzI18n } from 'ng-zorro-antd/i18n';
import { FundsComponent } from './funds.component';
import { sessionStub, settle, translocoForSpecs } from './testing';

const VILLAGE: RegionNode = {
  code: '150121101201',
  name: '长坝村',
  level: 'VILLAGE',
  parentCode: '150121101',
  fullName: '某县 某镇 长坝村',
};

function page(warning: boolean): VillageFundsPage {
  return {
    funds: {
      villageCode: VILLAGE.code,
      balanceYuan: 1200,
      bySource: [{ source: 'ALLOCATION', incomeYuan: 3000, spendingYuan: 1800, balanceYuan: 1200 }],
      outstandingPoints: 20000,
      exchangeValue: { points: 10, yuan: 1 },
      liabilityYuan: warning ? 2000 : 800,
      shortfallYuan: warning ? 800 : 0,
      warning,
    },
    total: 1,
    items: [
      {
        id: 'e1',
        villageCode: VILLAGE.code,
        kind: 'ALLOCATION',
        source: 'ALLOCATION',
        amountYuan: 3000,
        description: '镇里拨付启动经费',
        occurredOn: '2026-01-05',
        createdAt: '2026-01-05T08:00:00Z',
        createdByName: '王主任',
        reversalOf: null,
        reversedBy: null,
        stockMovementId: null,
      },
    ],
  };
}

describe('FundsComponent', () => {
  const facade = { funds: jest.fn(), record: jest.fn(), reverse: jest.fn() };

  async function render(warning: boolean) {
    facade.funds.mockResolvedValue(page(warning));
    TestBed.configureTestingModule({
      imports: [FundsComponent, translocoForSpecs()],
      providers: [
        provideNzI18n(en_US),
        { provide: FundsConsoleFacade, useValue: facade },
        { provide: SessionFacade, useValue: sessionStub(['SHOP_READ', 'FUNDS_MANAGE']) },
        { provide: RegionContext, useValue: { current: signal(VILLAGE) } },
        { provide: RegionsFacade, useValue: { children: async () => [] } },
      ],
    });
    const fixture = TestBed.createComponent(FundsComponent);
    await settle(fixture);
    return fixture.nativeElement as HTMLElement;
  }

  beforeEach(() => jest.resetAllMocks());

  it('shows the funds left beside the liability and warns when the liability exceeds them', async () => {
    const element = await render(true);
    expect(facade.funds).toHaveBeenCalledWith(VILLAGE.code, 1, 20);
    expect(element.querySelector('[data-testid="funds-balance"]')?.textContent).toContain('¥1200.00');
    expect(element.querySelector('[data-testid="funds-liability"]')?.textContent).toContain('¥2000.00');
    expect(element.querySelector('[data-testid="funds-warning"]')?.textContent).toContain('¥800.00');
    expect(element.querySelectorAll('[data-testid="funds-row"]')).toHaveLength(1);
    expect(element.querySelector('[data-testid="funds-reverse"]')).not.toBeNull();
  });

  it('does not warn when the funds cover the liability', async () => {
    const element = await render(false);
    expect(element.querySelector('[data-testid="funds-warning"]')).toBeNull();
  });
});
