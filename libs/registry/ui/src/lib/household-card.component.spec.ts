import { TestBed } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { HouseholdCardComponent, HouseholdCardData } from './household-card.component';

const household: HouseholdCardData = {
  cardNumber: '150102001001-0042',
  address: '一组 12 号',
  residency: 'LOCAL_HUKOU',
  participating: true,
  village: { name: '长坝村' },
  grid: { name: '第一网格' },
  head: { name: '李四', idNumberMasked: '1501**********0012' },
  members: [
    {
      id: 'm1',
      name: '李四',
      relation: 'HEAD',
      gender: 'MALE',
      idNumberMasked: '1501**********0012',
      participating: true,
      isHead: true,
    },
    {
      id: 'm2',
      name: '王芳',
      relation: 'SPOUSE',
      gender: 'FEMALE',
      idNumberMasked: '1501**********002X',
      participating: true,
      isHead: false,
    },
    {
      id: 'm3',
      name: '李小',
      relation: 'CHILD',
      gender: 'MALE',
      idNumberMasked: '1501**********0034',
      participating: false,
      isHead: false,
      active: false,
    },
  ],
};

describe('HouseholdCardComponent', () => {
  it('shows the card number, the head and active members with masked ID numbers only', async () => {
    TestBed.configureTestingModule({
      imports: [
        HouseholdCardComponent,
        TranslocoTestingModule.forRoot({
          langs: { 'zh-CN': {}, 'registry/zh-CN': {} },
          translocoConfig: {
            availableLangs: ['zh-CN'],
            defaultLang: 'zh-CN',
            missingHandler: { logMissingKey: false },
          },
          preloadLangs: true,
        }),
      ],
    });
    const fixture = TestBed.createComponent(HouseholdCardComponent);
    fixture.componentRef.setInput('household', household);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;

    expect(element.querySelector('[data-testid="household-card"]')).not.toBeNull();
    expect(element.querySelector('[data-testid="household-card-number"]')?.textContent).toBe('150102001001-0042');
    expect(element.querySelector('[data-testid="household-card-head"]')?.textContent?.trim()).toBe('李四');
    const rows = element.querySelectorAll('tbody tr');
    expect(rows).toHaveLength(2);
    expect(element.textContent).toContain('1501**********002X');
    expect(element.textContent).not.toContain('李小');
  });
});
