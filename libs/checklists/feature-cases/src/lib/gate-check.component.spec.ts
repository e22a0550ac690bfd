import { TestBed } from '@angular/core/testing';
import { ChecklistGateFacade } from '@xiangzhi/checklists/data-access';
import { RegionContext, RegionsFacade } from '@xiangzhi/registry/data-access';
import { GateCheckComponent } from './gate-check.component';
import { regionContextStub, regionsStub, settle, TOWN, translocoForSpecs, VILLAGE } from './testing';

describe('GateCheckComponent', () => {
  const facade = { check: jest.fn() };

  async function render(region: object) {
    TestBed.configureTestingModule({
      imports: [GateCheckComponent, translocoForSpecs()],
      providers: [
        { provide: ChecklistGateFacade, useValue: facade },
        { provide: RegionContext, useValue: regionContextStub(region) },
        { provide: RegionsFacade, useValue: regionsStub([VILLAGE]) },
      ],
    });
    const fixture = TestBed.createComponent(GateCheckComponent);
    await settle(fixture);
    return fixture;
  }

  function type(fixture: { nativeElement: unknown }, testid: string, value: string): void {
    const input = (fixture.nativeElement as HTMLElement).querySelector<HTMLTextAreaElement>(
      `[data-testid="${testid}"]`,
    );
    if (!input) throw new Error(testid);
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  beforeEach(() => jest.resetAllMocks());

  it('refuses a do-not-issue request in red with the matched item and its basis', async () => {
    facade.check.mockResolvedValue({
      allowed: false,
      itemName: null,
      refusal: {
        code: 'CHECKLIST_DO_NOT_ISSUE',
        itemCode: 'DNI-05',
        itemName: '无犯罪记录证明',
        basis: '民发〔2020〕20号',
        alternative: '由公安机关出具',
      },
      matches: [],
    });
    const fixture = await render(VILLAGE);
    const element = fixture.nativeElement as HTMLElement;
    element.querySelector<HTMLButtonElement>('[data-testid="gate-check"]')?.click();
    await settle(fixture);
    expect(facade.check).not.toHaveBeenCalled();
    expect(element.textContent).toContain('请填写要审查的内容');

    type(fixture, 'gate-text', ' 开具无犯罪记录证明 ');
    fixture.detectChanges();
    element.querySelector<HTMLButtonElement>('[data-testid="gate-check"]')?.click();
    await settle(fixture);
    expect(facade.check).toHaveBeenCalledWith({
      villageCode: VILLAGE.code,
      kind: 'CERTIFICATE',
      text: '开具无犯罪记录证明',
      department: null,
    });
    const refusal = element.querySelector('[data-testid="gate-refusal"]');
    expect(refusal?.querySelector('[data-testid="gate-refusal-item"]')?.textContent).toContain('无犯罪记录证明');
    expect(refusal?.querySelector('[data-testid="gate-refusal-basis"]')?.textContent).toContain('民发〔2020〕20号');
    expect(refusal?.textContent).toContain('由公安机关出具');
    expect(element.querySelector('[data-testid="gate-allowed"]')).toBeNull();
  });

  it("checks a town department's task for one of the town's villages", async () => {
    facade.check.mockResolvedValue({ allowed: true, itemName: '协助开展社会救助', refusal: null, matches: [] });
    const fixture = await render(TOWN);
    const gate = fixture.componentInstance as unknown as { kind: string; department: string; text: string };
    gate.kind = 'TASK';
    gate.department = '镇民政办';
    gate.text = '协助低保入户调查';
    await fixture.componentInstance.check();
    await settle(fixture);
    expect(facade.check).toHaveBeenCalledWith({
      villageCode: VILLAGE.code,
      kind: 'TASK',
      text: '协助低保入户调查',
      department: '镇民政办',
    });
    expect((fixture.nativeElement as HTMLElement).querySelector('[data-testid="gate-allowed"]')?.textContent).toContain(
      '协助开展社会救助',
    );
  });
});
