import { TestBed } from '@angular/core/testing';
import { ActivatedRoute, convertToParamMap, provideRouter } from '@angular/router';
import { ChecklistCasesFacade, type CaseDetail } from '@xiangzhi/checklists/data-access';
import { CERTIFICATE_FLOW } from '@xiangzhi/checklists/util';
import { SessionFacade } from '@xiangzhi/identity/data-access';
import { CaseDetailComponent } from './case-detail.component';
import { FLOW_HIGHLIGHT } from './case-rules';
import { CasesChartComponent } from './chart.component';
import { CASE_ROW, ChartStubComponent, sessionStub, settle, translocoForSpecs } from './testing';

const DETAIL: CaseDetail = {
  ...CASE_ROW,
  requestText: '开具党员报到反馈',
  stepDueAt: '2030-12-05T15:59:59.999Z',
  availableActions: [
    { action: 'RETURN', label: '退回补正', to: 'apply' },
    { action: 'APPROVE', label: '同意', to: 'meeting' },
    { action: 'REJECT', label: '不同意', to: 'refuse' },
  ],
  events: [
    {
      id: '1',
      kind: 'OPENED',
      action: 'SUBMIT',
      fromStepId: 'apply',
      fromStepName: '申请人提交申请',
      toStepId: 'review',
      toStepName: '村委会受理审核',
      actorName: null,
      actorRole: 'VILLAGE_ADMIN',
      at: '2026-12-04T01:00:00.000Z',
      note: null,
      attachmentFileIds: [],
    },
  ],
  reminders: [],
  certificate: null,
  flow: CERTIFICATE_FLOW,
  listKind: 'CERTIFICATE',
};
const CLOSED: CaseDetail = {
  ...DETAIL,
  status: 'CLOSED',
  result: 'APPROVED',
  closedAt: '2026-12-05T01:00:00.000Z',
  currentStep: { id: 'done', name: '办结归档', role: 'VILLAGE_ADMIN', kind: 'END' },
  availableActions: [],
};
const CERTIFICATE = {
  id: 'z1',
  serial: 'ZM-2026-000001',
  caseId: 'c1',
  regionCode: '150626102201',
  itemCode: 'ZM-001',
  itemName: '党员组织关系报到反馈',
  holderName: '张三',
  purpose: '组织关系转接',
  basis: null,
  issuedAt: '2026-12-05T02:00:00.000Z',
  revokedAt: null,
  revokeReason: null,
  status: 'VALID' as const,
};

describe('CaseDetailComponent', () => {
  const facade = {
    case: jest.fn(),
    act: jest.fn(),
    issueCertificate: jest.fn(),
    revokeCertificate: jest.fn(),
    openCertificatePdf: jest.fn(),
    uploadAttachment: jest.fn(),
    openAttachment: jest.fn(),
  };

  async function render(detail: CaseDetail, permissions: Parameters<typeof sessionStub>[0]) {
    facade.case.mockResolvedValue(detail);
    TestBed.configureTestingModule({
      imports: [CaseDetailComponent, translocoForSpecs()],
      providers: [
        provideRouter([]),
        { provide: ActivatedRoute, useValue: { snapshot: { paramMap: convertToParamMap({ id: 'c1' }) } } },
        { provide: ChecklistCasesFacade, useValue: facade },
        { provide: SessionFacade, useValue: sessionStub(permissions) },
      ],
    });
    TestBed.overrideComponent(CaseDetailComponent, {
      remove: { imports: [CasesChartComponent] },
      add: { imports: [ChartStubComponent] },
    });
    const fixture = TestBed.createComponent(CaseDetailComponent);
    await settle(fixture);
    return fixture;
  }

  const el = (fixture: { nativeElement: unknown }) => fixture.nativeElement as HTMLElement;
  const click = (fixture: { nativeElement: unknown }, testid: string) =>
    el(fixture).querySelector<HTMLElement>(`[data-testid="${testid}"]`)?.click();

  beforeEach(() => jest.resetAllMocks());

  it('draws the chart with the current step highlighted, the history and the actions', async () => {
    const fixture = await render(DETAIL, ['CHECKLIST_READ', 'CHECKLIST_CASE']);
    expect(facade.case).toHaveBeenCalledWith('c1');
    const nodes = el(fixture).querySelector('.chart-stub')?.getAttribute('data-nodes') ?? '';
    expect(nodes).toContain(`review:${FLOW_HIGHLIGHT.current}`);
    expect(nodes).toContain(`apply:${FLOW_HIGHLIGHT.visited}`);
    expect(nodes).toContain(`done:${FLOW_HIGHLIGHT.pending}`);
    expect(el(fixture).querySelector('[data-testid="case-current-step"]')?.textContent).toContain('村委会受理审核');
    expect(el(fixture).querySelectorAll('[data-testid="case-event"]')).toHaveLength(1);
    // the review step of the example chart lists no materials; the chart's own list is shown when it has one
    expect(el(fixture).querySelector('[data-testid="case-step-materials"]')).toBeNull();
    const buttons = Array.from(el(fixture).querySelectorAll('[data-testid^="case-action-"]')).map((b) =>
      b.getAttribute('data-testid'),
    );
    expect(buttons).toEqual(['case-action-APPROVE', 'case-action-REJECT', 'case-action-RETURN']);
    expect(el(fixture).querySelector('[data-testid="certificate-form"]')).toBeNull();
  });

  it('shows no actions to a reader without CHECKLIST_CASE', async () => {
    const fixture = await render(DETAIL, ['CHECKLIST_READ']);
    expect(el(fixture).querySelector('[data-testid="case-no-actions"]')).not.toBeNull();
    expect(el(fixture).querySelector('[data-testid^="case-action-"]')).toBeNull();
  });

  it('asks the reason of a return, then acts with the note', async () => {
    const fixture = await render(DETAIL, ['CHECKLIST_READ', 'CHECKLIST_CASE']);
    click(fixture, 'case-action-RETURN');
    await settle(fixture);
    expect(facade.act).not.toHaveBeenCalled();
    expect(el(fixture).textContent).toContain('退回或不同意须填写理由');

    facade.act.mockResolvedValue({
      ...DETAIL,
      currentStep: { id: 'apply', name: '申请人提交申请', role: 'APPLICANT', kind: 'START' },
      availableActions: [],
    });
    const note = el(fixture).querySelector<HTMLTextAreaElement>('[data-testid="case-note"]');
    if (note) {
      note.value = '缺户口簿';
      note.dispatchEvent(new Event('input'));
    }
    click(fixture, 'case-action-RETURN');
    await settle(fixture);
    expect(facade.act).toHaveBeenCalledWith('c1', 'RETURN', '缺户口簿', []);
    expect(el(fixture).querySelector('[data-testid="case-step-materials"]')?.textContent).toContain(
      '居民身份证或户口簿',
    );
    expect(el(fixture).querySelector('[data-testid="case-current-step"]')?.textContent).toContain('申请人提交申请');
  });

  /** Chooses files on the upload control as a user would. */
  function choose(fixture: { nativeElement: unknown }, files: File[]) {
    const input = el(fixture).querySelector<HTMLInputElement>('[data-testid="case-attach"]');
    if (!input) throw new Error('no upload control');
    Object.defineProperty(input, 'files', { value: files, configurable: true });
    input.dispatchEvent(new Event('change'));
  }

  it('attaches uploaded files to the action, with names and remove buttons', async () => {
    const fixture = await render(DETAIL, ['CHECKLIST_READ', 'CHECKLIST_CASE', 'FILE_UPLOAD']);
    const photo = new File(['jpg'], '户口簿.jpg', { type: 'image/jpeg' });
    const scan = new File(['%PDF'], '申请书.pdf', { type: 'application/pdf' });
    facade.uploadAttachment.mockImplementation((file: File) =>
      Promise.resolve({ id: file.name === '户口簿.jpg' ? 'f1' : 'f2', name: file.name }),
    );
    choose(fixture, [photo, scan]);
    await settle(fixture);
    expect(facade.uploadAttachment).toHaveBeenCalledTimes(2);
    expect(facade.uploadAttachment).toHaveBeenCalledWith(photo);
    expect(el(fixture).querySelector('[data-testid="case-attachment-1"]')?.textContent).toContain('户口簿.jpg');
    expect(el(fixture).querySelector('[data-testid="case-attachment-2"]')?.textContent).toContain('申请书.pdf');

    click(fixture, 'case-attach-remove-1');
    await settle(fixture);
    expect(el(fixture).querySelector('[data-testid="case-attachment-2"]')).toBeNull();
    expect(el(fixture).querySelector('[data-testid="case-attachment-1"]')?.textContent).toContain('申请书.pdf');

    facade.act.mockResolvedValue({
      ...DETAIL,
      events: [
        ...DETAIL.events,
        { ...DETAIL.events[0], id: '2', kind: 'ACTION', action: 'APPROVE', attachmentFileIds: ['f2'] },
      ],
    });
    click(fixture, 'case-action-APPROVE');
    await settle(fixture);
    expect(facade.act).toHaveBeenCalledWith('c1', 'APPROVE', null, ['f2']);
    // the files went with the action: the form is empty again, the history shows them
    expect(el(fixture).querySelector('[data-testid="case-attachment-1"]')).toBeNull();
    expect(el(fixture).querySelectorAll('[data-testid="case-event-attachment"]')).toHaveLength(1);
  });

  it('waits for an upload before acting and reports a failed one', async () => {
    const fixture = await render(DETAIL, ['CHECKLIST_READ', 'CHECKLIST_CASE', 'FILE_UPLOAD']);
    let finish: (value: { id: string; name: string }) => void = () => undefined;
    facade.uploadAttachment.mockReturnValueOnce(new Promise((resolve) => (finish = resolve)));
    choose(fixture, [new File(['jpg'], '现场.jpg', { type: 'image/jpeg' })]);
    await settle(fixture);
    expect(el(fixture).querySelector('[data-testid="case-attachment-1"]')?.textContent).toContain('上传中');
    const approve = el(fixture).querySelector<HTMLButtonElement>('[data-testid="case-action-APPROVE"]');
    expect(approve?.disabled).toBe(true);
    finish({ id: 'f1', name: '现场.jpg' });
    await settle(fixture);
    expect(approve?.disabled).toBe(false);

    facade.uploadAttachment.mockRejectedValueOnce(new Error('too large'));
    choose(fixture, [new File(['x'], '大文件.pdf', { type: 'application/pdf' })]);
    await settle(fixture);
    expect(el(fixture).querySelector('[data-testid="case-attachment-2"]')).toBeNull();
    expect(el(fixture).querySelector('[data-testid="case-attachment-1"]')?.textContent).toContain('现场.jpg');
    expect(el(fixture).querySelector('[data-testid="case-actions"] [data-testid="error-message"]')).not.toBeNull();
  });

  it('lets staff without FILE_UPLOAD act without files', async () => {
    const fixture = await render(DETAIL, ['CHECKLIST_READ', 'CHECKLIST_CASE']);
    expect(el(fixture).querySelector('[data-testid="case-attach"]')).toBeNull();
    expect(el(fixture).querySelector('[data-testid="case-note"]')).not.toBeNull();
    facade.act.mockResolvedValue({ ...DETAIL, availableActions: [] });
    click(fixture, 'case-action-APPROVE');
    await settle(fixture);
    expect(facade.act).toHaveBeenCalledWith('c1', 'APPROVE', null, []);
  });

  it("opens an event's attachments with the session", async () => {
    const fixture = await render(
      {
        ...DETAIL,
        events: [{ ...DETAIL.events[0], attachmentFileIds: ['f1', 'f2'] }],
      },
      ['CHECKLIST_READ'],
    );
    const links = el(fixture).querySelectorAll<HTMLAnchorElement>('[data-testid="case-event-attachment"]');
    expect(Array.from(links).map((a) => a.textContent?.trim())).toEqual(['附件1', '附件2']);
    facade.openAttachment.mockResolvedValue(undefined);
    links[1].click();
    expect(facade.openAttachment).toHaveBeenCalledWith('f2', 2);

    facade.openAttachment.mockRejectedValue(new Error('403'));
    links[0].click();
    await settle(fixture);
    expect(facade.openAttachment).toHaveBeenCalledWith('f1', 1);
    const history = el(fixture).querySelector('[data-testid="case-history"]')?.parentElement;
    expect(history?.querySelector('[data-testid="error-message"]')?.textContent).toContain('操作失败');
  });

  it('shows an overdue case in red', async () => {
    const fixture = await render(
      {
        ...DETAIL,
        overdue: true,
        dueAt: '2026-12-01T15:59:59.999Z',
        stepDueAt: '2026-12-01T15:59:59.999Z',
        reminders: [{ stepId: 'review', day: '2026-12-02', kind: 'STEP', dueAt: '2026-12-01T15:59:59.999Z' }],
      },
      ['CHECKLIST_READ'],
    );
    expect(el(fixture).querySelector('[data-testid="case-overdue"]')).not.toBeNull();
    const reminder = el(fixture).querySelector('[data-testid="case-server-reminder"]')?.textContent ?? '';
    expect(reminder).toContain('2026-12-02');
    expect(reminder).toContain('环节超时');
    expect(reminder).toContain('村委会受理审核');
    expect(el(fixture).querySelector('[data-testid="case-deadline-OVERDUE"]')).not.toBeNull();
  });

  it('issues the certificate of a granted case, prints it and revokes it with a reason', async () => {
    const fixture = await render(CLOSED, ['CHECKLIST_READ', 'CHECKLIST_CERTIFY']);
    expect(el(fixture).querySelector('[data-testid="case-closed"]')).not.toBeNull();
    const holder = el(fixture).querySelector<HTMLInputElement>('[data-testid="certificate-holder"]');
    expect(holder?.value).toBe('张三');
    facade.issueCertificate.mockResolvedValue(CERTIFICATE);
    click(fixture, 'certificate-issue');
    await settle(fixture);
    expect(facade.issueCertificate).toHaveBeenCalledWith('c1', '张三', null);
    expect(el(fixture).querySelector('[data-testid="certificate-serial"]')?.textContent).toContain(CERTIFICATE.serial);
    expect(el(fixture).querySelector('[data-testid="certificate-status-VALID"]')).not.toBeNull();
    expect(el(fixture).querySelector('[data-testid="certificate-form"]')).toBeNull();

    facade.openCertificatePdf.mockResolvedValue(undefined);
    click(fixture, 'certificate-pdf');
    expect(facade.openCertificatePdf).toHaveBeenCalledWith(CERTIFICATE);

    click(fixture, 'certificate-revoke');
    await settle(fixture);
    const confirm = () => document.querySelector<HTMLButtonElement>('[data-testid="certificate-revoke-confirm"]');
    confirm()?.click();
    await settle(fixture);
    expect(facade.revokeCertificate).not.toHaveBeenCalled();
    const reason = document.querySelector<HTMLTextAreaElement>('[data-testid="certificate-revoke-reason"]');
    if (reason) {
      reason.value = '盖错章';
      reason.dispatchEvent(new Event('input'));
    }
    facade.revokeCertificate.mockResolvedValue({
      ...CERTIFICATE,
      status: 'REVOKED',
      revokedAt: '2026-12-05T03:00:00Z',
      revokeReason: '盖错章',
    });
    confirm()?.click();
    await settle(fixture);
    expect(facade.revokeCertificate).toHaveBeenCalledWith('z1', '盖错章');
    expect(el(fixture).querySelector('[data-testid="certificate-status-REVOKED"]')).not.toBeNull();
    // a revoked certificate may be replaced
    expect(el(fixture).querySelector('[data-testid="certificate-form"]')).not.toBeNull();
  });

  it('offers no certificate for a refused case or without CHECKLIST_CERTIFY', async () => {
    const refused = await render({ ...CLOSED, result: 'REJECTED' }, ['CHECKLIST_READ', 'CHECKLIST_CERTIFY']);
    expect(el(refused).querySelector('[data-testid="certificate-form"]')).toBeNull();
    TestBed.resetTestingModule();
    const reader = await render(CLOSED, ['CHECKLIST_READ']);
    expect(el(reader).querySelector('[data-testid="certificate-form"]')).toBeNull();
  });
});
