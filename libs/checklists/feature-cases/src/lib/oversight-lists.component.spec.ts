import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { CaseCatalogFacade, ChecklistCasesFacade, ChecklistOversightFacade } from '@xiangzhi/checklists/data-access';
import { SessionFacade } from '@xiangzhi/identity/data-access';
import { RegionContext, RegionsFacade } from '@xiangzhi/registry/data-access';
import { CertificatesLogComponent } from './certificates-log.component';
import { ComplaintsComponent } from './complaints.component';
import { FindingsToRectifyComponent } from './findings-to-rectify.component';
import { InspectionsComponent } from './inspections.component';
import { regionContextStub, regionsStub, sessionStub, settle, translocoForSpecs, VILLAGE } from './testing';

const FINDING = {
  id: 'f1',
  inspectionId: 'i1',
  regionCode: VILLAGE.code,
  seq: 1,
  text: '办件结果未公开',
  severity: 'MINOR',
  status: 'RECTIFIED',
  dueOn: '2026-12-20',
  overdue: false,
  rectificationText: '已在公开栏公开',
  rectifiedAt: '2026-12-10T00:00:00Z',
  verifiedAt: null,
};
const INSPECTION = {
  id: 'i1',
  regionCode: VILLAGE.code,
  targetKind: 'LIST',
  listType: 'CERTIFICATE',
  itemCode: null,
  itemName: null,
  caseId: null,
  summary: '检查证明出具登记簿',
  inspectedOn: '2026-12-04',
  inspectorRole: 'OVERSIGHT',
  createdAt: '2026-12-04T02:00:00Z',
  findings: [FINDING, { ...FINDING, id: 'f2', seq: 2, status: 'RECTIFICATION_REQUIRED', rectificationText: null }],
};
const COMPLAINT = {
  id: 'k1',
  number: 'TS20261204-K7M3QX',
  regionCode: VILLAGE.code,
  subject: '证明办理慢',
  text: '申请三天没有答复',
  contactMasked: '138****5678',
  status: 'SUBMITTED',
  reply: null,
  repliedAt: null,
  submittedAt: '2026-12-04T01:00:00Z',
  acceptedAt: null,
  closedAt: null,
};

describe('oversight lists', () => {
  const oversight = {
    inspections: jest.fn(),
    recordInspection: jest.fn(),
    actOnFinding: jest.fn(),
    recordRectification: jest.fn(),
    complaints: jest.fn(),
    handleComplaint: jest.fn(),
    findings: jest.fn(),
  };
  const cases = { certificates: jest.fn(), openCertificatePdf: jest.fn(), revokeCertificate: jest.fn() };
  const catalog = { listTypes: jest.fn() };

  function configure(permissions: Parameters<typeof sessionStub>[0]) {
    TestBed.configureTestingModule({
      imports: [translocoForSpecs()],
      providers: [
        provideRouter([]),
        { provide: ChecklistOversightFacade, useValue: oversight },
        { provide: ChecklistCasesFacade, useValue: cases },
        { provide: CaseCatalogFacade, useValue: catalog },
        { provide: SessionFacade, useValue: sessionStub(permissions) },
        { provide: RegionContext, useValue: regionContextStub(VILLAGE) },
        { provide: RegionsFacade, useValue: regionsStub() },
      ],
    });
  }

  beforeEach(() => {
    jest.resetAllMocks();
    oversight.inspections.mockResolvedValue({ total: 1, items: [INSPECTION] });
    oversight.complaints.mockResolvedValue({ total: 1, items: [COMPLAINT] });
    catalog.listTypes.mockResolvedValue([]);
  });

  it('lets the inspector verify a rectification and the village rectify a finding', async () => {
    configure(['CHECKLIST_READ', 'CHECKLIST_OVERSIGHT', 'CHECKLIST_EDIT']);
    const fixture = TestBed.createComponent(InspectionsComponent);
    await settle(fixture);
    expect(oversight.inspections).toHaveBeenCalledWith(VILLAGE.code, 1, 20);
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelectorAll('[data-testid="finding-row"]')).toHaveLength(2);
    expect(element.querySelector('[data-testid="finding-VERIFY"]')).not.toBeNull();
    expect(element.querySelector('[data-testid="finding-RECTIFY"]')).not.toBeNull();

    element.querySelector<HTMLElement>('[data-testid="finding-VERIFY"]')?.click();
    await settle(fixture);
    oversight.actOnFinding.mockResolvedValue({ ...FINDING, status: 'VERIFIED' });
    document.querySelector<HTMLButtonElement>('[data-testid="finding-confirm"]')?.click();
    await settle(fixture);
    expect(oversight.actOnFinding).toHaveBeenCalledWith('f1', 'VERIFY', null, '2026-12-20');
  });

  it('records an inspection with a finding to rectify by a date', async () => {
    configure(['CHECKLIST_READ', 'CHECKLIST_OVERSIGHT']);
    const fixture = TestBed.createComponent(InspectionsComponent);
    await settle(fixture);
    const page = fixture.componentInstance as unknown as {
      startRecord(): void;
      addFinding(): void;
      patchFinding(i: number, p: object): void;
      summary: string;
      inspectedOn: string;
    };
    page.startRecord();
    page.summary = '检查证明出具登记簿';
    page.addFinding();
    await fixture.componentInstance.record();
    expect(oversight.recordInspection).not.toHaveBeenCalled();
    page.patchFinding(0, { text: '办件结果未公开', dueOn: '2026-12-20' });
    oversight.recordInspection.mockResolvedValue(INSPECTION);
    await fixture.componentInstance.record();
    expect(oversight.recordInspection).toHaveBeenCalledWith(
      expect.objectContaining({
        villageCode: VILLAGE.code,
        summary: '检查证明出具登记簿',
        inspectedOn: page.inspectedOn,
        findings: [{ text: '办件结果未公开', severity: 'MINOR', dueOn: '2026-12-20' }],
      }),
    );
  });

  it('replies to a complaint only with a reply', async () => {
    configure(['CHECKLIST_READ', 'CHECKLIST_OVERSIGHT']);
    const fixture = TestBed.createComponent(ComplaintsComponent);
    await settle(fixture);
    expect(oversight.complaints).toHaveBeenCalledWith(VILLAGE.code, null, 1, 20);
    const element = fixture.nativeElement as HTMLElement;
    expect(element.textContent).toContain('138****5678');
    element.querySelector<HTMLElement>('[data-testid="complaint-REPLY"]')?.click();
    await settle(fixture);
    document.querySelector<HTMLButtonElement>('[data-testid="complaint-confirm"]')?.click();
    await settle(fixture);
    expect(oversight.handleComplaint).not.toHaveBeenCalled();
    const text = document.querySelector<HTMLTextAreaElement>('[data-testid="complaint-text"]');
    if (text) {
      text.value = '已督促村委会办理';
      text.dispatchEvent(new Event('input'));
    }
    oversight.handleComplaint.mockResolvedValue({ ...COMPLAINT, status: 'REPLIED' });
    document.querySelector<HTMLButtonElement>('[data-testid="complaint-confirm"]')?.click();
    await settle(fixture);
    expect(oversight.handleComplaint).toHaveBeenCalledWith('k1', 'REPLY', '已督促村委会办理');
  });

  it('lists certificates with their status and offers revocation of valid ones to CHECKLIST_CERTIFY', async () => {
    cases.certificates.mockResolvedValue({
      total: 2,
      items: [
        {
          id: 'z1',
          serial: 'S1',
          caseId: 'c1',
          itemName: '证明',
          holderName: '张三',
          purpose: '用途',
          issuedAt: '2026-12-04T00:00:00Z',
          revokedAt: null,
          revokeReason: null,
          status: 'VALID',
        },
        {
          id: 'z2',
          serial: 'S2',
          caseId: 'c2',
          itemName: '证明',
          holderName: '李四',
          purpose: '用途',
          issuedAt: '2026-12-03T00:00:00Z',
          revokedAt: '2026-12-04T00:00:00Z',
          revokeReason: '盖错章',
          status: 'REVOKED',
        },
      ],
    });
    configure(['CHECKLIST_READ', 'CHECKLIST_CERTIFY']);
    const fixture = TestBed.createComponent(CertificatesLogComponent);
    await settle(fixture);
    expect(cases.certificates).toHaveBeenCalledWith(VILLAGE.code, 1, 20);
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelectorAll('[data-testid="certificate-row"]')).toHaveLength(2);
    expect(element.querySelectorAll('[data-testid="certificate-status-REVOKED"]')).toHaveLength(1);
    expect(element.querySelectorAll('[data-testid="certificate-revoke"]')).toHaveLength(1);
    expect(element.textContent).toContain('盖错章');
  });

  it('lets the village record the rectification of a finding it was asked to rectify', async () => {
    oversight.findings.mockResolvedValue({ total: 1, items: [{ ...FINDING, status: 'RECTIFICATION_REQUIRED' }] });
    configure(['CHECKLIST_READ', 'CHECKLIST_EDIT']);
    const fixture = TestBed.createComponent(FindingsToRectifyComponent);
    await settle(fixture);
    expect(oversight.findings).toHaveBeenCalledWith(VILLAGE.code, 'RECTIFICATION_REQUIRED', 1, 20);
    (fixture.nativeElement as HTMLElement).querySelector<HTMLElement>('[data-testid="finding-RECTIFY"]')?.click();
    await settle(fixture);
    const note = document.querySelector<HTMLTextAreaElement>('[data-testid="finding-note"]');
    if (note) {
      note.value = '已在村务公开栏公开办件结果';
      note.dispatchEvent(new Event('input'));
    }
    oversight.recordRectification.mockResolvedValue({ ...FINDING, status: 'RECTIFIED' });
    document.querySelector<HTMLButtonElement>('[data-testid="finding-confirm"]')?.click();
    await settle(fixture);
    expect(oversight.recordRectification).toHaveBeenCalledWith('f1', '已在村务公开栏公开办件结果');
  });
});
