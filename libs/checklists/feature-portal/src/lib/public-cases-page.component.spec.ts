import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { PortalChecklistPublicFacade } from '@xiangzhi/checklists/data-access';
import { PublicRegistryFacade } from '@xiangzhi/registry/data-access';
import { PublicCasesPageComponent } from './public-cases-page.component';
import { testTransloco } from './test-transloco';

describe('PublicCasesPageComponent', () => {
  const facade = { cases: jest.fn() };
  const registry = { village: jest.fn(async () => ({ code: '150626101201', name: '沙尔嘎查' })) };

  async function render() {
    TestBed.configureTestingModule({
      imports: [PublicCasesPageComponent, testTransloco()],
      providers: [
        provideRouter([]),
        { provide: PortalChecklistPublicFacade, useValue: facade },
        { provide: PublicRegistryFacade, useValue: registry },
      ],
    });
    const fixture = TestBed.createComponent(PublicCasesPageComponent);
    fixture.componentRef.setInput('villageCode', '150626101201');
    await fixture.whenStable();
    await new Promise((r) => setTimeout(r));
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    return { fixture, el, $: (id: string) => el.querySelector(`[data-testid="${id}"]`) as HTMLElement | null };
  }

  beforeEach(() => jest.clearAllMocks());

  it('lists disclosed results with number, matter, dates and result, page by page', async () => {
    const row = (n: number, result: string) => ({
      number: `BJ-2026-${String(n).padStart(6, '0')}`,
      itemName: '入党外调政审证明',
      openedOn: '2026-11-30',
      closedOn: '2026-12-02',
      result,
    });
    facade.cases.mockResolvedValueOnce({ total: 25, items: [row(1, 'APPROVED'), row(2, 'REJECTED')] });
    const { $, fixture } = await render();
    expect(facade.cases).toHaveBeenCalledWith('150626101201', 0);
    expect($('public-cases-title')?.textContent).toContain('沙尔嘎查 · 办事结果公开');
    expect($('public-cases-total')?.textContent).toContain('共 25 件');
    const first = $('public-case-BJ-2026-000001');
    expect(first?.textContent).toContain('入党外调政审证明');
    expect(first?.textContent).toContain('2026年11月30日');
    expect(first?.querySelector('[data-testid="public-case-result"]')?.textContent).toContain('准予办理');
    expect($('public-case-BJ-2026-000002')?.textContent).toContain('不予办理');
    expect(($('public-cases-prev') as HTMLButtonElement).disabled).toBe(true);
    facade.cases.mockResolvedValueOnce({ total: 25, items: [row(21, 'APPROVED')] });
    $('public-cases-next')?.click();
    await fixture.whenStable();
    await new Promise((r) => setTimeout(r));
    await fixture.whenStable();
    expect(facade.cases).toHaveBeenLastCalledWith('150626101201', 1);
    expect($('public-case-BJ-2026-000021')).not.toBeNull();
    expect(($('public-cases-next') as HTMLButtonElement).disabled).toBe(true);
  });

  it('says so when nothing is disclosed', async () => {
    facade.cases.mockResolvedValue({ total: 0, items: [] });
    const { el } = await render();
    expect(el.textContent).toContain('暂无公开的办理结果');
  });
});
