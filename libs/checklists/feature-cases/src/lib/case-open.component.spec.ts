import { TestBed } from '@angular/core/testing';
import { CaseCatalogFacade, ChecklistCasesFacade } from '@xiangzhi/checklists/data-access';
import { ApiError } from '@xiangzhi/shared/data-access';
import { CaseOpenComponent } from './case-open.component';
import { CASE_ROW, settle, translocoForSpecs, VILLAGE } from './testing';

const TYPES = [
  { code: 'AUTONOMY', kind: 'GENERAL', nameZh: '依法自治事项清单', nameEn: 'Autonomy', order: 1 },
  { code: 'NEGATIVE', kind: 'NEGATIVE', nameZh: '工作负面事项清单', nameEn: 'Negative', order: 3 },
  { code: 'CERTIFICATE', kind: 'CERTIFICATE', nameZh: '依法出具证明事项清单', nameEn: 'Certificates', order: 4 },
];

describe('CaseOpenComponent', () => {
  const cases = { open: jest.fn() };
  const catalog = { listTypes: jest.fn(), itemsInForce: jest.fn(), searchApplicants: jest.fn() };

  async function render() {
    TestBed.configureTestingModule({
      imports: [CaseOpenComponent, translocoForSpecs()],
      providers: [
        { provide: ChecklistCasesFacade, useValue: cases },
        { provide: CaseCatalogFacade, useValue: catalog },
      ],
    });
    const fixture = TestBed.createComponent(CaseOpenComponent);
    fixture.componentRef.setInput('villages', [VILLAGE]);
    fixture.componentRef.setInput('initialVillage', VILLAGE.code);
    await settle(fixture);
    return fixture;
  }

  type Internals = {
    chooseList(code: string): Promise<void>;
    chooseKind(kind: 'MEMBER' | 'ORGANISATION'): void;
    search(text: string): Promise<void>;
    chooseMember(id: string): void;
    patch(p: object): void;
    listTypes(): { code: string }[];
  };

  beforeEach(() => {
    jest.resetAllMocks();
    catalog.listTypes.mockResolvedValue(TYPES);
    catalog.itemsInForce.mockResolvedValue({
      versionId: 'v1',
      version: 1,
      items: [
        {
          code: 'ZM-001',
          name: '党员组织关系报到反馈',
          timeLimit: { text: '5个工作日', days: 5, counting: 'WORKING' },
        },
      ],
    });
  });

  it('offers the lists a case runs through (not the negative list) and their items in force', async () => {
    const fixture = await render();
    const form = fixture.componentInstance as unknown as Internals;
    expect(form.listTypes().map((t) => t.code)).toEqual(['AUTONOMY', 'CERTIFICATE']);
    await form.chooseList('CERTIFICATE');
    expect(catalog.itemsInForce).toHaveBeenCalledWith(VILLAGE.code, 'CERTIFICATE');
  });

  it('does not send an incomplete form', async () => {
    const fixture = await render();
    await fixture.componentInstance.submit();
    fixture.detectChanges();
    expect(cases.open).not.toHaveBeenCalled();
    expect((fixture.nativeElement as HTMLElement).textContent).toContain('请选择清单');
  });

  it('opens a case for a member found by search, with one client key per attempt', async () => {
    const fixture = await render();
    const form = fixture.componentInstance as unknown as Internals;
    catalog.searchApplicants.mockResolvedValue([
      {
        memberId: 'm1',
        name: '张三',
        isHead: true,
        relation: 'HEAD',
        idNumberMasked: '1506**0011',
        householdId: 'h1',
        cardNumber: 'XZ1',
        address: '一组',
      },
    ]);
    await form.chooseList('CERTIFICATE');
    form.patch({ itemCode: 'ZM-001', requestText: ' 报到反馈 ' });
    await form.search('张');
    expect(catalog.searchApplicants).toHaveBeenCalledWith(VILLAGE.code, '张');
    form.chooseMember('m1');
    cases.open.mockRejectedValueOnce(new ApiError('NETWORK_ERROR')).mockResolvedValueOnce(CASE_ROW);
    const opened = jest.fn();
    fixture.componentInstance.opened.subscribe(opened);
    await fixture.componentInstance.submit();
    await fixture.componentInstance.submit();
    expect(cases.open).toHaveBeenCalledTimes(2);
    const [first, second] = cases.open.mock.calls.map((c) => c[0]);
    expect(first).toMatchObject({
      villageCode: VILLAGE.code,
      listType: 'CERTIFICATE',
      itemCode: 'ZM-001',
      applicantKind: 'MEMBER',
      applicantMemberId: 'm1',
      applicantName: '张三',
      requestText: '报到反馈',
    });
    // a retry of the same attempt keeps its key, so the server opens one case
    expect(second.clientKey).toBe(first.clientKey);
    expect(opened).toHaveBeenCalledWith(CASE_ROW);
  });

  it('shows a gate refusal in red with the matched item and its basis', async () => {
    const fixture = await render();
    const form = fixture.componentInstance as unknown as Internals;
    await form.chooseList('CERTIFICATE');
    form.chooseKind('ORGANISATION');
    form.patch({ itemCode: 'ZM-001', applicantName: '某公司' });
    cases.open.mockRejectedValue(
      new ApiError('CHECKLIST_DO_NOT_ISSUE', 'BAD_USER_INPUT', {
        itemCode: 'DNI-05',
        itemName: '无犯罪记录证明',
        basis: '民发〔2020〕20号',
      }),
    );
    await fixture.componentInstance.submit();
    await settle(fixture);
    expect(cases.open).toHaveBeenCalledWith(
      expect.objectContaining({ applicantKind: 'ORGANISATION', applicantMemberId: null, applicantName: '某公司' }),
    );
    const alert = (fixture.nativeElement as HTMLElement).querySelector('[data-testid="case-open-refusal"]');
    expect(alert?.textContent).toContain('无犯罪记录证明');
    expect(alert?.textContent).toContain('民发〔2020〕20号');
  });
});
