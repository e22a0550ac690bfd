import { ApplicationRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { PublicPointsFacade } from '@xiangzhi/points/data-access';
import { HouseholdPointsComponent } from './household-points.component';
import { testTransloco } from './test-transloco';

describe('HouseholdPointsComponent (查询本户积分)', () => {
  const facade = { householdPoints: jest.fn() };

  async function render() {
    TestBed.configureTestingModule({
      imports: [HouseholdPointsComponent, testTransloco()],
      providers: [provideRouter([]), { provide: PublicPointsFacade, useValue: facade }],
    });
    const fixture = TestBed.createComponent(HouseholdPointsComponent);
    fixture.componentRef.setInput('code', '150102001001');
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }
  const q = <T extends HTMLElement>(el: HTMLElement, id: string) => el.querySelector(`[data-testid="${id}"]`) as T;
  function type(el: HTMLElement, id: string, value: string) {
    const input = q<HTMLInputElement>(el, id);
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  beforeEach(() => jest.clearAllMocks());

  it('asks for the card and four digits before looking anything up', async () => {
    const el = await render();
    q<HTMLButtonElement>(el, 'points-household-submit').click();
    await TestBed.inject(ApplicationRef).whenStable();
    expect(facade.householdPoints).not.toHaveBeenCalled();
    expect(el.textContent).toContain('请输入积分信息卡号');
  });

  it("shows the household's own entries and its objections with their states and the town's answer", async () => {
    facade.householdPoints.mockResolvedValue({
      household: '张*明',
      villageName: '长坝村',
      entries: [
        {
          id: 'e1',
          itemName: '环境卫生整治',
          occurredOn: '2026-10-05',
          points: 3,
          reversalOf: null,
          status: 'PUBLISHED',
        },
        {
          id: 'e3',
          itemName: '违反村规民约',
          occurredOn: '2026-11-02',
          points: 2,
          reversalOf: 'e2',
          status: 'APPROVED',
        },
      ],
      objections: [
        {
          id: 'o1',
          entryId: 'e2',
          content: '当天不在村里',
          filedAt: '2026-12-03T02:00:00Z',
          status: 'UPHELD',
          decisionReason: '经核实属实，予以冲正',
        },
        {
          id: 'o2',
          entryId: null,
          content: '漏记义务植树',
          filedAt: '2026-12-04T02:00:00Z',
          status: 'FILED',
          decisionReason: null,
        },
      ],
    });
    const el = await render();
    type(el, 'points-household-card', '150102001001-0007 ');
    type(el, 'points-household-phone', '4321');
    q<HTMLButtonElement>(el, 'points-household-submit').click();
    await TestBed.inject(ApplicationRef).whenStable();
    await new Promise((r) => setTimeout(r));
    await TestBed.inject(ApplicationRef).whenStable();
    expect(facade.householdPoints).toHaveBeenCalledWith('150102001001-0007', '4321');
    const result = q(el, 'points-household-result');
    expect(result.textContent).toContain('张*明户 · 长坝村');
    expect(q(el, 'points-household-entries').textContent).toContain('+3');
    expect(q(el, 'points-household-entries').textContent).toContain('冲正');
    const objections = q(el, 'points-household-objections').textContent ?? '';
    expect(objections).toContain('异议成立，已冲正');
    expect(objections).toContain('镇里答复：经核实属实，予以冲正');
    expect(objections).toContain('待调查');
    expect(objections).toContain('针对遗漏的记录');
  });
});
