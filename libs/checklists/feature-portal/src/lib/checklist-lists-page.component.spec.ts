import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { PortalChecklistsFacade } from '@xiangzhi/checklists/data-access';
import { PublicRegistryFacade } from '@xiangzhi/registry/data-access';
import { ApiError } from '@xiangzhi/shared/data-access';
import { ChecklistListsPageComponent } from './checklist-lists-page.component';
import { fakeEcharts, sampleLists } from './test-fixtures';
import { testTransloco } from './test-transloco';

describe('ChecklistListsPageComponent', () => {
  const facade = { lists: jest.fn() };
  const registry = { village: jest.fn(async () => ({ code: '150626101201', name: '沙尔嘎查' })), regions: jest.fn() };

  async function render(inputs: Record<string, string> = {}) {
    const echarts = fakeEcharts();
    TestBed.configureTestingModule({
      imports: [ChecklistListsPageComponent, testTransloco()],
      providers: [
        provideRouter([]),
        echarts.provider,
        { provide: PortalChecklistsFacade, useValue: facade },
        { provide: PublicRegistryFacade, useValue: registry },
      ],
    });
    const fixture = TestBed.createComponent(ChecklistListsPageComponent);
    fixture.componentRef.setInput('villageCode', '150626101201');
    for (const [k, v] of Object.entries(inputs)) fixture.componentRef.setInput(k, v);
    await fixture.whenStable();
    await new Promise((r) => setTimeout(r));
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const $ = (id: string) => el.querySelector(`[data-testid="${id}"]`) as HTMLElement | null;
    return { fixture, el, $, echarts };
  }

  beforeEach(() => jest.clearAllMocks());

  it('shows the lists in force as tabs, the first one open with its version, change and posters', async () => {
    facade.lists.mockResolvedValue(sampleLists());
    const { $, el } = await render();
    expect(facade.lists).toHaveBeenCalledWith('150626101201');
    expect($('checklists-title')?.textContent).toContain('沙尔嘎查 · 村级清单');
    expect($('checklists-last-changed')?.textContent).toContain('2026年12月4日');
    expect($('checklist-tab-NEGATIVE')?.getAttribute('aria-selected')).toBe('true');
    expect($('checklist-tab-CERTIFICATE')?.textContent).toContain('依法出具证明事项清单');
    expect($('checklist-list-NEGATIVE')).not.toBeNull();
    expect($('checklist-list-CERTIFICATE')).toBeNull();
    expect($('checklist-version')?.textContent).toContain('第 1 版 · 2026年11月1日 起施行');
    expect($('checklist-poster-NEGATIVE')?.getAttribute('href')).toBe(
      '/api/public/checklists/150626101201/NEGATIVE/poster.pdf?size=A4',
    );
    expect($('checklist-poster-a3-NEGATIVE')?.getAttribute('href')).toMatch(/size=A3$/);
    expect(el.querySelectorAll('[data-testid^="checklist-item-"]')).toHaveLength(3);
    // a forbidden matter shows what and why, and has no chart
    expect($('checklist-item-FM-001')?.textContent).toContain('湘民发〔2020〕41号');
    expect(el.querySelector('[data-testid^="checklist-flow-"]')).toBeNull();
  });

  it('switches lists and shows an item with every field and its flow chart', async () => {
    facade.lists.mockResolvedValue(sampleLists());
    const { $, fixture, echarts } = await render();
    $('checklist-tab-CERTIFICATE')?.click();
    await fixture.whenStable();
    expect($('checklist-tab-CERTIFICATE')?.getAttribute('aria-selected')).toBe('true');
    expect($('checklist-change-reason')?.textContent).toContain('新增收养证明');
    const item = $('checklist-item-ZM-001') as HTMLDetailsElement;
    expect(item.open).toBe(false);
    expect(item.textContent).toContain('入党外调政审证明');
    expect(item.querySelector('[data-testid="checklist-field-sample"]')?.textContent).toContain('兹证明');
    expect(item.querySelector('[data-testid="checklist-field-materials"]')?.querySelectorAll('li')).toHaveLength(2);
    expect(item.querySelector('[data-testid="checklist-field-oversight"]')?.textContent).toContain('监督方式：');
    expect($('checklist-flow-ZM-001')).not.toBeNull();
    const steps = $('checklist-flow-steps-ZM-001');
    expect(steps?.querySelectorAll('li')).toHaveLength(6);
    expect(steps?.textContent).toContain('村两委会议研究');
    expect(steps?.textContent).toContain('2 天');
    await new Promise((r) => setTimeout(r, 20));
    await fixture.whenStable();
    expect(echarts.options.length).toBeGreaterThan(0);
  });

  it('opens the list and item named in the address', async () => {
    facade.lists.mockResolvedValue(sampleLists());
    const { $ } = await render({ list: 'CERTIFICATE', item: 'ZM-002' });
    expect($('checklist-list-CERTIFICATE')).not.toBeNull();
    expect(($('checklist-item-ZM-002') as HTMLDetailsElement).open).toBe(true);
    expect(($('checklist-item-ZM-001') as HTMLDetailsElement).open).toBe(false);
  });

  it('says so when the village has no list in force, and shows errors', async () => {
    facade.lists.mockResolvedValue({ villageCode: '150626101201', lastChangedAt: null, lists: [] });
    const empty = await render();
    expect(empty.el.textContent).toContain('本村清单尚未上墙');
    expect(empty.$('checklists-last-changed')).toBeNull();
    TestBed.resetTestingModule();
    facade.lists.mockRejectedValue(new ApiError('NETWORK_ERROR', 'UNAVAILABLE'));
    const failed = await render();
    expect(failed.el.textContent).not.toContain('本村清单尚未上墙');
    expect(failed.el.querySelector('[data-testid^="checklist-tab-"]')).toBeNull();
  });
});
