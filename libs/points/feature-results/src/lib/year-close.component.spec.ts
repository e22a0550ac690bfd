import { TestBed } from '@angular/core/testing';
import { YearCloseFacade, YearClosePreview } from '@xiangzhi/points/data-access';
import { ApiError } from '@xiangzhi/shared/data-access';
import { RegionContext, RegionsFacade } from '@xiangzhi/registry/data-access';
import { regionContextStub, settle, TOWN, translocoForSpecs, VILLAGE } from './testing';
import { knownCycle, YearCloseComponent } from './year-close.component';

const PREVIEW: YearClosePreview = {
  villageCode: VILLAGE.code,
  year: 2025,
  cycle: 'FAMILY_CARRY_OVER',
  closed: false,
  rows: [
    {
      householdId: 'h1',
      cardNumber: '150121101201-0001',
      headName: '张三明',
      balance: 126,
      familyTotal: 126,
      carriedBalance: 126,
      carriedFamilyPoints: 126,
    },
    {
      householdId: 'h2',
      cardNumber: '150121101201-0002',
      headName: '李四',
      balance: 35.5,
      familyTotal: 40,
      carriedBalance: 35.5,
      carriedFamilyPoints: 40,
    },
  ],
};

describe('YearCloseComponent', () => {
  const facade = { preview: jest.fn(), close: jest.fn() };

  async function render(region = VILLAGE, preview: YearClosePreview = PREVIEW) {
    facade.preview.mockResolvedValue(preview);
    TestBed.configureTestingModule({
      imports: [YearCloseComponent, translocoForSpecs()],
      providers: [
        { provide: YearCloseFacade, useValue: facade },
        { provide: RegionContext, useValue: regionContextStub(region) },
        { provide: RegionsFacade, useValue: { children: async () => [VILLAGE] } },
      ],
    });
    const fixture = TestBed.createComponent(YearCloseComponent);
    await settle(fixture);
    return fixture;
  }

  beforeEach(() => jest.resetAllMocks());

  it('previews last year: each household, what is carried, and the cycle rule in Chinese', async () => {
    const fixture = await render();
    expect(facade.preview).toHaveBeenCalledWith(VILLAGE.code, new Date().getFullYear() - 1);
    const element = fixture.nativeElement as HTMLElement;
    const rows = element.querySelectorAll('[data-testid="year-close-row"]');
    expect(rows).toHaveLength(2);
    expect(rows[1].textContent).toContain('李四');
    expect(rows[1].querySelector('[data-testid="year-close-carried"]')?.textContent?.trim()).toBe('35.5');
    const rule = element.querySelector('[data-testid="year-close-rule"]')?.textContent ?? '';
    expect(rule).toContain('家庭总积分结转、个人积分清零');
    expect(rule).toContain('个人积分清零，次年重新累计');
    expect(element.querySelector('[data-testid="year-close-state"]')?.textContent?.trim()).toBe('尚未结算');
  });

  it('closes after the confirmation and shows a refusal translated', async () => {
    const fixture = await render();
    const page = fixture.componentInstance as unknown as { askConfirm(): void; confirmOpen(): boolean };
    page.askConfirm();
    await settle(fixture);
    expect(facade.close).not.toHaveBeenCalled();
    expect(document.body.querySelector('[data-testid="year-close-confirm-text"]')?.textContent).toContain('不能撤销');
    facade.close.mockRejectedValue(new ApiError('YEAR_ALREADY_CLOSED', 'CONFLICT'));
    await fixture.componentInstance.close();
    await settle(fixture);
    expect(facade.close).toHaveBeenCalledWith(VILLAGE.code, new Date().getFullYear() - 1);
    expect(page.confirmOpen()).toBe(true);
    expect(document.body.textContent).toContain('该村本年度积分已结算，不能重复结算');
  });

  it('a closed village cannot be closed again; under a town the whole town is closed', async () => {
    const closed = await render(VILLAGE, { ...PREVIEW, closed: true });
    expect(
      (closed.nativeElement as HTMLElement).querySelector<HTMLButtonElement>('[data-testid="year-close-open"]')
        ?.disabled,
    ).toBe(true);
    TestBed.resetTestingModule();

    const town = await render(TOWN);
    facade.close.mockResolvedValue([
      { id: 'c1', villageCode: VILLAGE.code, year: 2025, cycle: 'ANNUAL_RESET', households: 2, closedAt: 'x' },
    ]);
    await town.componentInstance.close();
    await settle(town);
    expect(facade.close).toHaveBeenCalledWith(TOWN.code, new Date().getFullYear() - 1);
    expect((town.nativeElement as HTMLElement).querySelector('[data-testid="year-close-done"]')?.textContent).toContain(
      '已结算 1 个村',
    );
  });

  it('knows the two cycle rules', () => {
    expect(knownCycle('ANNUAL_RESET')).toBe(true);
    expect(knownCycle('FAMILY_CARRY_OVER')).toBe(true);
    expect(knownCycle('OTHER')).toBe(false);
  });
});
