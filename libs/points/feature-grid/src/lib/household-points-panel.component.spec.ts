import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { GridPointsFacade } from '@xiangzhi/points/data-access';
import { HouseholdPointsPanelComponent } from './household-points-panel.component';
import { testTransloco } from './test-transloco';

describe('HouseholdPointsPanelComponent', () => {
  const facade = {
    standing: jest.fn(async () => ({
      householdId: 'h1',
      year: 2026,
      asOf: '2026-12-03',
      schemeInForce: true,
      balance: 112,
      exchangeable: 0,
      blocks: ['WINDOW_CLOSED', 'BLACK_LISTED'],
      familyTotal: 12,
      familyAverage: 4,
      rankingValue: 12,
      vetoed: false,
    })),
    entries: jest.fn(async () => ({
      total: 14,
      items: [
        {
          id: 'e1',
          itemCode: 'A11',
          itemName: '清扫巷道',
          itemKind: 'POSITIVE',
          points: 3,
          occurredOn: '2026-11-02',
          status: 'RECORDED',
          reversed: false,
          reversalOf: null,
          channel: 'QR_SCAN',
          member: null,
        },
        {
          id: 'e2',
          itemCode: 'C31',
          itemName: '违反村规民约',
          itemKind: 'NEGATIVE',
          points: -2,
          occurredOn: '2026-10-02',
          status: 'PUBLISHED',
          reversed: true,
          reversalOf: null,
          channel: 'ON_SITE',
          member: null,
        },
      ],
    })),
  };

  it('shows the balance, why it cannot be exchanged now, and the recent entries with their states', async () => {
    TestBed.configureTestingModule({
      imports: [HouseholdPointsPanelComponent, testTransloco()],
      providers: [provideRouter([]), { provide: GridPointsFacade, useValue: facade }],
    });
    const fixture = TestBed.createComponent(HouseholdPointsPanelComponent);
    fixture.componentRef.setInput('householdId', 'h1');
    fixture.componentRef.setInput('year', 2026);
    await fixture.whenStable();
    await new Promise((r) => setTimeout(r));
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    expect(facade.standing).toHaveBeenCalledWith('h1', 2026);
    expect(el.querySelector('[data-testid="household-balance"]')?.textContent).toContain('112');
    expect(el.querySelector('[data-testid="household-exchangeable"]')?.textContent).toContain('0');
    const blocks = el.querySelector('[data-testid="household-blocks"]')?.textContent ?? '';
    expect(blocks).toContain('不在兑换期内');
    expect(blocks).toContain('该户在黑榜上，暂停兑换');
    const states = Array.from(el.querySelectorAll('[data-testid="household-entry-status"]')).map((s) =>
      s.textContent?.trim(),
    );
    expect(states).toEqual(['待村审核', '已公示']);
    expect(el.textContent).toContain('已冲正');
    expect(el.textContent).toContain('-2');
    expect(el.querySelector('[data-testid="household-record-points"]')?.getAttribute('href')).toBe(
      '/households/h1/record-points',
    );
  });
});
