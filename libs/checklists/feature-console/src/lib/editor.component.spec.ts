import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { ChecklistsConsoleFacade } from '@xiangzhi/checklists/data-access';
import { ApiError } from '@xiangzhi/shared/data-access';
import { ChecklistEditorComponent } from './editor.component';
import { fakeEcharts, ITEM, LIST_TYPES, settle, SUBMITTED, translocoForSpecs } from './testing';

const DRAFT = { ...SUBMITTED, id: 'd1', status: 'DRAFT' as const, changeReason: null, legalBasis: null };

function setup() {
  const facade = {
    version: jest.fn().mockResolvedValue(DRAFT),
    listTypes: jest.fn().mockResolvedValue(LIST_TYPES),
    updateDraft: jest.fn().mockImplementation(() => Promise.resolve(DRAFT)),
    removeItem: jest.fn().mockResolvedValue({ ...DRAFT, items: [] }),
    submit: jest.fn().mockResolvedValue({ ...DRAFT, status: 'SUBMITTED' }),
    publishTemplate: jest.fn(),
  };
  const echarts = fakeEcharts();
  TestBed.configureTestingModule({
    imports: [ChecklistEditorComponent, translocoForSpecs()],
    providers: [provideRouter([]), echarts.provider, { provide: ChecklistsConsoleFacade, useValue: facade }],
  });
  const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
  const fixture = TestBed.createComponent(ChecklistEditorComponent);
  fixture.componentRef.setInput('id', 'd1');
  const el = fixture.nativeElement as HTMLElement;
  const testid = (id: string) =>
    (el.querySelector(`[data-testid="${id}"]`) ??
      document.querySelector(`[data-testid="${id}"]`)) as HTMLElement | null;
  const type = async (id: string, value: string) => {
    const input = testid(id) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await settle(fixture);
  };
  return { fixture, facade, navigate, testid, type };
}

// a whole form with the flow editor and its chart renders several times per step: slower than the default 5 s
jest.setTimeout(30_000);

describe('ChecklistEditorComponent', () => {
  it('edits an item: validation under the field, the flow editor, saving the item', async () => {
    const { fixture, facade, testid, type } = setup();
    await settle(fixture);
    testid('checklist-item-edit-ZZ-001')?.click();
    await settle(fixture);
    expect(testid('checklist-item-form')).not.toBeNull();
    expect(testid('flow-editor')).not.toBeNull();
    expect(testid('checklist-item-problems')).toBeNull();

    await type('checklist-field-oversight.who', '');
    expect(testid('checklist-item-problems')?.textContent).toContain('监督主体：必填');

    await type('checklist-field-oversight.who', '村务监督委员会、村民');
    testid('flow-step-add')?.click();
    await settle(fixture);
    expect(testid('flow-problems')?.textContent).toContain('从开始无法到达');

    facade.updateDraft.mockRejectedValueOnce(
      new ApiError('CHECKLIST_ITEM_FLOW_INVALID', 'BAD_USER_INPUT', {
        itemCode: 'ZZ-001',
        problems: [
          {
            code: 'CHECKLIST_ITEM_FLOW_INVALID',
            field: 'flow',
            message: 'm',
            flowProblem: 'FLOW_DEAD_END',
            stepId: 's4',
          },
        ],
      }),
    );
    testid('checklist-item-save')?.click();
    await settle(fixture);
    expect(testid('error-message')?.textContent).toContain('事项流程图有误');
    expect(testid('checklist-save-refusal')?.textContent).toContain('“s4”走不到办结');

    testid('flow-step-remove-s4')?.click();
    await settle(fixture);
    testid('checklist-item-save')?.click();
    await settle(fixture);
    const sent = facade.updateDraft.mock.calls.at(-1);
    expect(sent?.[0]).toBe('d1');
    expect(sent?.[1].upsertItems[0]).toMatchObject({
      code: 'ZZ-001',
      oversight: { who: '村务监督委员会、村民', ofWhom: ITEM.oversight.ofWhom, how: ITEM.oversight.how },
      flow: { steps: expect.arrayContaining([expect.objectContaining({ id: 's2' })]) },
    });
    expect(sent?.[1].upsertItems[0].flow.steps).toHaveLength(3);
    expect(sent?.[1].removeItemCodes).toBeUndefined();
    expect(testid('checklist-item-saved')).not.toBeNull();
  });

  it('submits with reason and legal basis, both required', async () => {
    const { fixture, facade, navigate, testid, type } = setup();
    await settle(fixture);
    testid('checklist-finish')?.click();
    await settle(fixture);
    testid('checklist-finish-confirm')?.click();
    await settle(fixture);
    expect(facade.submit).not.toHaveBeenCalled();
    expect(document.body.textContent).toContain('errors.CHECKLIST_CHANGE_REASON_REQUIRED');
    await type('checklist-change-reason-input', '增加本村事项');
    await type('checklist-legal-basis-input', '《村民委员会组织法》');
    testid('checklist-finish-confirm')?.click();
    await settle(fixture);
    expect(facade.submit).toHaveBeenCalledWith('d1', '增加本村事项', '《村民委员会组织法》');
    expect(navigate).toHaveBeenCalledWith(['..'], expect.anything());
  });

  it('removes an item', async () => {
    const { fixture, facade } = setup();
    await settle(fixture);
    (fixture.componentInstance as unknown as { removeItem(code: string): Promise<void> }).removeItem('ZZ-001');
    await settle(fixture);
    expect(facade.removeItem).toHaveBeenCalledWith('d1', 'ZZ-001');
  });
});
