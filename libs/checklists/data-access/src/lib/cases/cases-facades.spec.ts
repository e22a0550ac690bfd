import { inject } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { CERTIFICATE_FLOW } from '@xiangzhi/checklists/util';
import { FileApi } from '@xiangzhi/shared/data-access';
import { Apollo } from 'apollo-angular';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import * as generated from '../generated/graphql';
import { applicantOptions, CaseCatalogFacade, toCaseFlowChart } from './case-catalog.facade';
import { casesPageSize, certificateFileName, caseAttachmentFileName, certificatePdfPath } from './cases-api';
import { ChecklistCasesFacade } from './cases.facade';
import { ChecklistGateFacade } from './gate.facade';
import { ChecklistOversightFacade } from './oversight.facade';

const STEP = {
  __typename: 'ChecklistCaseStep',
  id: 'review',
  name: '村委会受理审核',
  role: 'VILLAGE_ADMIN',
  kind: 'TASK',
  timeLimitDays: 1,
};
const ROW = {
  __typename: 'ChecklistCase',
  id: 'c1',
  number: 'BJ-150626102201-2026-0001',
  regionCode: '150626102201',
  listType: 'CERTIFICATE',
  itemCode: 'ZM-001',
  itemName: '党员组织关系报到反馈',
  versionId: 'v1',
  applicantKind: 'MEMBER',
  applicantName: '张三',
  status: 'OPEN',
  currentStep: STEP,
  openedAt: '2026-12-04T01:00:00.000Z',
  dueAt: '2026-12-10T15:59:59.999Z',
  stepDueAt: '2026-12-05T15:59:59.999Z',
  closedAt: null,
  overdue: false,
  result: null,
};
const CERTIFICATE = {
  __typename: 'ChecklistCertificate',
  id: 'z1',
  serial: 'ZM150626102201-2026-000001',
  caseId: 'c1',
  regionCode: '150626102201',
  itemCode: 'ZM-001',
  itemName: '党员组织关系报到反馈',
  holderName: '张三',
  purpose: '组织关系转接',
  basis: '《中国共产党章程》',
  issuedAt: '2026-12-04T02:00:00.000Z',
  status: 'VALID',
  revokedAt: null,
  revokeReason: null,
};
const DETAIL = {
  ...ROW,
  requestText: '开具党员报到反馈',
  availableActions: [
    { __typename: 'ChecklistCaseAction', action: 'RETURN', label: '退回补正', to: 'apply', toName: '申请人提交申请' },
    { __typename: 'ChecklistCaseAction', action: 'APPROVE', label: '同意', to: 'meeting', toName: '村两委会议研究' },
  ],
  events: [
    {
      __typename: 'ChecklistCaseEvent',
      id: '1',
      kind: 'OPENED',
      action: 'SUBMIT',
      fromStepId: 'apply',
      fromStepName: '申请人提交申请',
      toStepId: 'review',
      toStepName: '村委会受理审核',
      actorRole: 'VILLAGE_ADMIN',
      at: '2026-12-04T01:00:00.000Z',
      note: null,
      attachmentFileIds: [],
    },
    {
      __typename: 'ChecklistCaseEvent',
      id: '2',
      kind: 'ACTION',
      action: 'RETURN',
      fromStepId: 'review',
      fromStepName: '村委会受理审核',
      toStepId: 'apply',
      toStepName: '申请人提交申请',
      actorRole: 'VILLAGE_ADMIN',
      at: '2026-12-04T02:00:00.000Z',
      note: '缺户口簿',
      attachmentFileIds: ['f1', 'f2'],
    },
  ],
  reminders: [
    {
      __typename: 'ChecklistCaseReminder',
      stepId: 'review',
      day: '2026-12-06',
      kind: 'STEP',
      dueAt: '2026-12-05T15:59:59.999Z',
    },
  ],
  certificate: null,
};
const FLOW = {
  __typename: 'ChecklistFlowChart',
  longestPathDays: 4,
  steps: CERTIFICATE_FLOW.steps.map((s) => ({ __typename: 'ChecklistFlowStep', roleLabelZh: '', ...s })),
  transitions: CERTIFICATE_FLOW.transitions.map((t) => ({
    __typename: 'ChecklistFlowTransition',
    condition: t.condition ?? null,
    label: t.label ?? '提交',
    from: t.from,
    to: t.to,
    action: t.action,
  })),
};
const LIST_TYPES = {
  checklistListTypes: [
    {
      __typename: 'ChecklistListType',
      code: 'NEGATIVE',
      kind: 'NEGATIVE',
      nameZh: '工作负面事项清单',
      nameEn: 'Negative',
      order: 3,
    },
    {
      __typename: 'ChecklistListType',
      code: 'CERTIFICATE',
      kind: 'CERTIFICATE',
      nameZh: '依法出具证明事项清单',
      nameEn: 'Certificates',
      order: 4,
    },
    {
      __typename: 'ChecklistListType',
      code: 'AUTONOMY',
      kind: 'GENERAL',
      nameZh: '依法自治事项清单',
      nameEn: 'Autonomy',
      order: 1,
    },
  ],
};
const FINDING = {
  __typename: 'ChecklistFinding',
  id: 'f1',
  inspectionId: 'i1',
  regionCode: '150626102201',
  seq: 1,
  text: '办件结果未公开',
  severity: 'MINOR',
  status: 'RECTIFICATION_REQUIRED',
  dueOn: '2026-12-20',
  overdue: false,
  rectificationText: null,
  rectifiedAt: null,
  verifiedAt: null,
};
const INSPECTION = {
  __typename: 'ChecklistInspection',
  id: 'i1',
  regionCode: '150626102201',
  targetKind: 'LIST',
  listType: 'CERTIFICATE',
  itemCode: null,
  itemName: null,
  caseId: null,
  summary: '检查证明出具登记簿',
  inspectedOn: '2026-12-04',
  inspectorRole: 'OVERSIGHT',
  createdAt: '2026-12-04T02:00:00.000Z',
  findings: [{ ...FINDING, id: 'f2', seq: 2 }, FINDING],
};
const COMPLAINT = {
  __typename: 'ChecklistComplaint',
  id: 'k1',
  number: 'TS20261204-K7M3QX',
  regionCode: '150626102201',
  subject: '证明办理慢',
  text: '申请三天没有答复',
  contactMasked: '138****5678',
  status: 'SUBMITTED',
  reply: null,
  repliedAt: null,
  submittedAt: '2026-12-04T01:00:00.000Z',
  acceptedAt: null,
  closedAt: null,
};

async function tick(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
}

const GQL_SERVICES = [
  generated.CasesListTypesGQL,
  generated.CasesListInForceGQL,
  generated.CasesApplicantSearchGQL,
  generated.CasesListGQL,
  generated.CasesCaseGQL,
  generated.CasesVersionFlowsGQL,
  generated.CasesOpenGQL,
  generated.CasesActGQL,
  generated.CasesIssueCertificateGQL,
  generated.CasesRevokeCertificateGQL,
  generated.CasesCertificatesGQL,
  generated.CasesCheckRequestGQL,
  generated.CasesGateRefusalsGQL,
  generated.CasesOversightGQL,
  generated.CasesInspectionsGQL,
  generated.CasesRecordInspectionGQL,
  generated.CasesActOnFindingGQL,
  generated.CasesRecordRectificationGQL,
  generated.CasesComplaintsGQL,
  generated.CasesHandleComplaintGQL,
  generated.CasesFindingsGQL,
] as const;

describe('case helpers', () => {
  it('keeps pages within the API limit', () => {
    expect(casesPageSize(500)).toBe(100);
    expect(casesPageSize(0)).toBe(1);
  });

  it('names the certificate PDF', () => {
    expect(certificatePdfPath('z 1')).toBe('/api/checklists/certificates/z%201/certificate.pdf');
    expect(certificateFileName('ZM-1')).toBe('证明-ZM-1.pdf');
  });

  it('names an attachment by its place and content type', () => {
    expect(caseAttachmentFileName(1, 'application/pdf')).toBe('附件-1.pdf');
    expect(caseAttachmentFileName(2, 'image/jpeg; charset=binary')).toBe('附件-2.jpg');
    expect(caseAttachmentFileName(3, '')).toBe('附件-3');
  });

  it('turns the API chart into the util chart and lists members heads first', () => {
    const chart = toCaseFlowChart(FLOW as never);
    expect(chart.steps).toHaveLength(CERTIFICATE_FLOW.steps.length);
    expect(chart.transitions.find((t) => t.action === 'RETURN')?.label).toBe('退回补正');
    const options = applicantOptions([
      {
        id: 'h1',
        cardNumber: 'XZ0001',
        address: '一组',
        members: [
          { id: 'm2', name: '李四', isHead: false, relation: 'SPOUSE', idNumberMasked: '1506**********0022' },
          { id: 'm1', name: '张三', isHead: true, relation: 'HEAD', idNumberMasked: '1506**********0011' },
        ],
      },
    ]);
    expect(options.map((o) => o.memberId)).toEqual(['m1', 'm2']);
    expect(options[0]).toMatchObject({ householdId: 'h1', cardNumber: 'XZ0001' });
  });
});

describe('case facades', () => {
  let controller: ApolloTestingController;
  const files = {
    getBlob: jest.fn(),
    saveBlob: jest.fn(),
    openBlob: jest.fn(),
    upload: jest.fn(),
    download: jest.fn(),
  };

  beforeEach(() => {
    jest.resetAllMocks();
    TestBed.configureTestingModule({
      imports: [ApolloTestingModule],
      providers: [
        { provide: FileApi, useValue: files },
        ...GQL_SERVICES.map((service) => ({ provide: service, useFactory: () => new service(inject(Apollo)) })),
      ],
    });
    controller = TestBed.inject(ApolloTestingController);
  });

  afterEach(() => controller.verify());

  it('lists cases by page with the filters', async () => {
    const answer = TestBed.inject(ChecklistCasesFacade).cases({
      regionCode: '150626102000',
      status: 'OPEN',
      overdue: true,
      pageIndex: 2,
      pageSize: 500,
    });
    await tick();
    const op = controller.expectOne('CasesList');
    expect(op.operation.variables).toEqual({
      regionCode: '150626102000',
      status: 'OPEN',
      overdue: true,
      first: 100,
      offset: 100,
    });
    op.flushData({ checklistCases: { __typename: 'ChecklistCasePage', total: 101, items: [ROW] } });
    const page = await answer;
    expect(page.total).toBe(101);
    expect(page.items[0]).toMatchObject({ number: ROW.number, currentStep: { id: 'review' }, overdue: false });
  });

  it('loads a case with the chart of its version and the kind of its list', async () => {
    const answer = TestBed.inject(ChecklistCasesFacade).case('c1');
    await tick();
    controller.expectOne('CasesCase').flushData({ checklistCase: DETAIL });
    await tick();
    const flows = controller.expectOne('CasesVersionFlows');
    expect(flows.operation.variables).toEqual({ id: 'v1' });
    flows.flushData({
      checklistVersion: {
        __typename: 'ChecklistVersion',
        id: 'v1',
        listType: 'CERTIFICATE',
        items: [
          { __typename: 'ChecklistItem', code: 'ZM-001', flow: FLOW },
          { __typename: 'ChecklistItem', code: 'ZM-002', flow: null },
        ],
      },
    });
    const types = controller.expectOne('CasesListTypes');
    expect(types.operation.variables).toEqual({ regionCode: '150626102201' });
    types.flushData(LIST_TYPES);
    const d = await answer;
    expect(d.flow?.steps.map((s) => s.id)).toContain('meeting');
    expect(d.listKind).toBe('CERTIFICATE');
    expect(d.availableActions.map((a) => a.action)).toEqual(['RETURN', 'APPROVE']);
    expect(d.events[0]).toMatchObject({
      fromStepName: '申请人提交申请',
      actorRole: 'VILLAGE_ADMIN',
      attachmentFileIds: [],
    });
    expect(d.events[1].attachmentFileIds).toEqual(['f1', 'f2']);
    expect(d.stepDueAt).toBe(ROW.stepDueAt);
    expect(d.reminders).toEqual([
      { stepId: 'review', day: '2026-12-06', kind: 'STEP', dueAt: '2026-12-05T15:59:59.999Z' },
    ]);
  });

  it('still shows a case whose chart cannot be loaded', async () => {
    const answer = TestBed.inject(ChecklistCasesFacade).case('c1');
    await tick();
    controller.expectOne('CasesCase').flushData({ checklistCase: DETAIL });
    await tick();
    controller
      .expectOne('CasesVersionFlows')
      .graphqlErrors([{ message: 'x', extensions: { code: 'SCOPE_OUT_OF_REGION' } } as never]);
    controller.expectOne('CasesListTypes').flushData(LIST_TYPES);
    const d = await answer;
    expect(d.flow).toBeNull();
    expect(d.number).toBe(ROW.number);
  });

  it('opens a case with its client key (an organisation by name, a member by id)', async () => {
    const facade = TestBed.inject(ChecklistCasesFacade);
    const member = facade.open({
      villageCode: '150626102201',
      listType: 'CERTIFICATE',
      itemCode: 'ZM-001',
      applicantKind: 'MEMBER',
      applicantMemberId: 'm1',
      applicantName: '张三',
      requestText: '',
      clientKey: 'key-00000001',
    });
    await tick();
    const op = controller.expectOne('CasesOpen');
    expect(op.operation.variables['input']).toEqual({
      villageCode: '150626102201',
      listType: 'CERTIFICATE',
      itemCode: 'ZM-001',
      applicantKind: 'MEMBER',
      applicantMemberId: 'm1',
      applicantName: null,
      requestText: null,
      clientKey: 'key-00000001',
    });
    op.flushData({ openChecklistCase: ROW });
    expect((await member).id).toBe('c1');

    const org = facade.open({
      villageCode: '150626102201',
      listType: 'AUTONOMY',
      itemCode: 'ZZ-001',
      applicantKind: 'ORGANISATION',
      applicantMemberId: null,
      applicantName: '图克嘎查股份经济合作社',
      requestText: '申请集体经济项目',
      clientKey: 'key-00000002',
    });
    await tick();
    const second = controller.expectOne('CasesOpen');
    expect(second.operation.variables['input']).toMatchObject({
      applicantKind: 'ORGANISATION',
      applicantMemberId: null,
      applicantName: '图克嘎查股份经济合作社',
      requestText: '申请集体经济项目',
    });
    second.flushData({ openChecklistCase: ROW });
    await org;
  });

  it('reports a gate refusal of an opening with the matched item and basis', async () => {
    const answer = TestBed.inject(ChecklistCasesFacade).open({
      villageCode: '150626102201',
      listType: 'CERTIFICATE',
      itemCode: 'ZM-005',
      applicantKind: 'MEMBER',
      applicantMemberId: 'm1',
      applicantName: '张三',
      requestText: '无犯罪记录证明',
      clientKey: 'key-00000003',
    });
    await tick();
    controller.expectOne('CasesOpen').graphqlErrors([
      {
        message: 'refused',
        extensions: {
          code: 'CHECKLIST_DO_NOT_ISSUE',
          kind: 'BAD_USER_INPUT',
          fields: { itemCode: 'DNI-05', itemName: '无犯罪记录证明', basis: '民发〔2020〕20号' },
        },
      } as never,
    ]);
    await expect(answer).rejects.toMatchObject({
      code: 'CHECKLIST_DO_NOT_ISSUE',
      fields: { itemName: '无犯罪记录证明' },
    });
  });

  it('acts on the current step and answers the case as it stands', async () => {
    const answer = TestBed.inject(ChecklistCasesFacade).act('c1', 'RETURN', '缺户口簿');
    await tick();
    const op = controller.expectOne('CasesAct');
    expect(op.operation.variables['input']).toEqual({
      caseId: 'c1',
      action: 'RETURN',
      note: '缺户口簿',
      attachmentFileIds: [],
    });
    op.flushData({ actOnChecklistCase: { ...DETAIL, availableActions: [] } });
    await tick();
    controller.expectOne('CasesVersionFlows').flushData({
      checklistVersion: { __typename: 'ChecklistVersion', id: 'v1', listType: 'CERTIFICATE', items: [] },
    });
    controller.expectOne('CasesListTypes').flushData(LIST_TYPES);
    const d = await answer;
    expect(d.availableActions).toEqual([]);
    expect(d.flow).toBeNull();
  });

  it('acts with the attached files, each once', async () => {
    const answer = TestBed.inject(ChecklistCasesFacade).act('c1', 'APPROVE', null, ['f1', 'f2', 'f1']);
    await tick();
    const op = controller.expectOne('CasesAct');
    expect(op.operation.variables['input']).toEqual({
      caseId: 'c1',
      action: 'APPROVE',
      note: null,
      attachmentFileIds: ['f1', 'f2'],
    });
    op.flushData({ actOnChecklistCase: DETAIL });
    await tick();
    controller.expectOne('CasesVersionFlows').flushData({
      checklistVersion: { __typename: 'ChecklistVersion', id: 'v1', listType: 'CERTIFICATE', items: [] },
    });
    controller.expectOne('CasesListTypes').flushData(LIST_TYPES);
    expect((await answer).events[1].attachmentFileIds).toEqual(['f1', 'f2']);
  });

  it('uploads attachments through the file endpoint and opens them with the session', async () => {
    const facade = TestBed.inject(ChecklistCasesFacade);
    const file = new File(['%PDF'], '户口簿.pdf', { type: 'application/pdf' });
    files.upload.mockResolvedValue({ id: 'f9', name: '户口簿.pdf', size: 4, contentType: 'application/pdf' });
    expect(await facade.uploadAttachment(file)).toEqual({ id: 'f9', name: '户口簿.pdf' });
    expect(files.upload).toHaveBeenCalledWith(file);

    const blob = new Blob(['%PDF'], { type: 'application/pdf' });
    files.download.mockResolvedValue(blob);
    await facade.openAttachment('f9', 2);
    expect(files.download).toHaveBeenCalledWith('f9');
    expect(files.openBlob).toHaveBeenCalledWith(blob, '附件-2.pdf');

    files.download.mockRejectedValue(new Error('403'));
    await expect(facade.openAttachment('f8', 1)).rejects.toThrow('403');
  });

  it('issues, revokes, lists and prints certificates', async () => {
    const facade = TestBed.inject(ChecklistCasesFacade);
    const issued = facade.issueCertificate('c1', '张三', null);
    await tick();
    const issue = controller.expectOne('CasesIssueCertificate');
    expect(issue.operation.variables['input']).toEqual({ caseId: 'c1', holderName: '张三', purpose: null });
    issue.flushData({ issueChecklistCertificate: CERTIFICATE });
    expect((await issued).status).toBe('VALID');

    const revoked = facade.revokeCertificate('z1', ' 盖错章 ');
    await tick();
    const revoke = controller.expectOne('CasesRevokeCertificate');
    expect(revoke.operation.variables).toEqual({ id: 'z1', reason: '盖错章' });
    revoke.flushData({
      revokeChecklistCertificate: {
        ...CERTIFICATE,
        status: 'REVOKED',
        revokedAt: '2026-12-04T03:00:00.000Z',
        revokeReason: '盖错章',
      },
    });
    expect(await revoked).toMatchObject({ status: 'REVOKED', revokeReason: '盖错章' });

    const log = facade.certificates('150626102000', 1, 20);
    await tick();
    const list = controller.expectOne('CasesCertificates');
    expect(list.operation.variables).toEqual({ regionCode: '150626102000', first: 20, offset: 0 });
    list.flushData({
      checklistCertificates: { __typename: 'ChecklistCertificatePage', total: 1, items: [CERTIFICATE] },
    });
    expect((await log).items[0].serial).toBe(CERTIFICATE.serial);

    const blob = new Blob(['%PDF']);
    files.getBlob.mockResolvedValue(blob);
    await facade.openCertificatePdf(CERTIFICATE);
    expect(files.getBlob).toHaveBeenCalledWith('/api/checklists/certificates/z1/certificate.pdf');
    expect(files.openBlob).toHaveBeenCalledWith(blob, `证明-${CERTIFICATE.serial}.pdf`);
  });

  it('checks a request and reads the refusal with its basis', async () => {
    const answer = TestBed.inject(ChecklistGateFacade).check({
      villageCode: '150626102201',
      kind: 'CERTIFICATE',
      text: '开具无犯罪记录证明',
      department: null,
    });
    await tick();
    const op = controller.expectOne('CasesCheckRequest');
    expect(op.operation.variables['input']).toEqual({
      villageCode: '150626102201',
      kind: 'CERTIFICATE',
      text: '开具无犯罪记录证明',
      department: null,
    });
    op.flushData({
      checkChecklistRequest: {
        __typename: 'ChecklistGateCheck',
        allowed: false,
        itemCode: null,
        itemName: null,
        refusal: {
          __typename: 'ChecklistGateRefusalInfo',
          code: 'CHECKLIST_DO_NOT_ISSUE',
          itemCode: 'DNI-05',
          itemName: '无犯罪记录证明',
          basis: '民发〔2020〕20号',
          alternative: '公安机关出具',
          refusalId: 'r1',
        },
        matches: [
          {
            __typename: 'ChecklistGateMatch',
            source: 'DO_NOT_ISSUE',
            code: 'DNI-05',
            name: '无犯罪记录证明',
            basis: '民发〔2020〕20号',
          },
        ],
      },
    });
    const d = await answer;
    expect(d.allowed).toBe(false);
    expect(d.refusal).toEqual({
      code: 'CHECKLIST_DO_NOT_ISSUE',
      itemCode: 'DNI-05',
      itemName: '无犯罪记录证明',
      basis: '民发〔2020〕20号',
      alternative: '公安机关出具',
    });
    expect(d.matches[0]).toMatchObject({ code: 'DO_NOT_ISSUE', itemCode: 'DNI-05' });
  });

  it('lists the refusals of a region', async () => {
    const answer = TestBed.inject(ChecklistGateFacade).refusals('150626102000', 2, 20);
    await tick();
    const op = controller.expectOne('CasesGateRefusals');
    expect(op.operation.variables).toEqual({ regionCode: '150626102000', first: 20, offset: 20 });
    op.flushData({
      checklistGateRefusals: {
        __typename: 'ChecklistGateRefusalPage',
        total: 21,
        items: [
          {
            __typename: 'ChecklistGateRefusal',
            id: 'r1',
            regionCode: '150626102201',
            requestedAt: '2026-12-04T01:00:00.000Z',
            requestKind: 'TASK',
            requestText: '要求村里出具居民收入证明',
            department: '镇民政办',
            itemCode: null,
            refusalCode: 'CHECKLIST_DO_NOT_ISSUE',
            matchedCode: 'DNI-10',
            matchedName: '居民收入证明',
            policyBasis: '民发〔2020〕20号',
          },
        ],
      },
    });
    expect((await answer).items[0]).toMatchObject({ department: '镇民政办', matchedName: '居民收入证明' });
  });

  it('reads the catalogue: list types by order, items in force with a chart, members by search', async () => {
    const catalog = TestBed.inject(CaseCatalogFacade);
    const types = catalog.listTypes('150626102201');
    await tick();
    controller.expectOne('CasesListTypes').flushData(LIST_TYPES);
    expect((await types).map((t) => t.code)).toEqual(['AUTONOMY', 'NEGATIVE', 'CERTIFICATE']);

    const items = catalog.itemsInForce('150626102201', 'CERTIFICATE');
    await tick();
    const inForce = controller.expectOne('CasesListInForce');
    expect(inForce.operation.variables).toEqual({ regionCode: '150626102201', listType: 'CERTIFICATE' });
    const item = {
      __typename: 'ChecklistItem',
      name: '证明',
      category: '证明',
      purpose: null,
      timeLimit: { __typename: 'ChecklistItemTimeLimit', days: 5, text: '5个工作日', counting: 'WORKING' },
    };
    inForce.flushData({
      checklistInForce: {
        __typename: 'ChecklistVersion',
        id: 'v1',
        regionCode: '150626102201',
        listType: 'CERTIFICATE',
        version: 2,
        publishedAt: null,
        items: [
          { ...item, code: 'ZM-001', flow: FLOW },
          { ...item, code: 'ZM-009', flow: null },
        ],
      },
    });
    expect((await items)?.items.map((i) => i.code)).toEqual(['ZM-001']);

    expect(await catalog.searchApplicants('150626102201', '  ')).toEqual([]);
    const found = catalog.searchApplicants('150626102201', ' 张 ');
    await tick();
    const search = controller.expectOne('CasesApplicantSearch');
    expect(search.operation.variables).toEqual({ regionCode: '150626102201', search: '张', first: 20 });
    search.flushData({
      households: {
        __typename: 'HouseholdPage',
        total: 1,
        items: [
          {
            __typename: 'Household',
            id: 'h1',
            cardNumber: 'XZ0001',
            regionCode: '150626102201',
            address: '一组',
            members: [
              {
                __typename: 'Member',
                id: 'm1',
                name: '张三',
                isHead: true,
                relation: 'HEAD',
                idNumberMasked: '1506**********0011',
              },
            ],
          },
        ],
      },
    });
    expect((await found).map((a) => a.name)).toEqual(['张三']);
  });

  it('keeps each item its own steps although step ids repeat across charts', async () => {
    const items = TestBed.inject(CaseCatalogFacade).itemsInForce('150626102201', 'CERTIFICATE');
    await tick();
    const renamed = {
      ...FLOW,
      steps: FLOW.steps.map((st) => (st.id === 'apply' ? { ...st, name: '单位提交申请' } : st)),
    };
    const item = {
      __typename: 'ChecklistItem',
      name: '证明',
      category: '证明',
      purpose: null,
      timeLimit: { __typename: 'ChecklistItemTimeLimit', days: 5, text: '5个工作日', counting: 'WORKING' },
    };
    controller.expectOne('CasesListInForce').flushData({
      checklistInForce: {
        __typename: 'ChecklistVersion',
        id: 'v1',
        regionCode: '150626102201',
        listType: 'CERTIFICATE',
        version: 1,
        publishedAt: null,
        items: [
          { ...item, code: 'ZM-001', flow: FLOW },
          { ...item, code: 'ZM-002', flow: renamed },
        ],
      },
    });
    const names = (await items)?.items.map((i) => i.flow?.steps.find((st) => st.id === 'apply')?.name);
    expect(names).toEqual(['申请人提交申请', '单位提交申请']);
  });

  it('answers null when no list is in force', async () => {
    const items = TestBed.inject(CaseCatalogFacade).itemsInForce('150626102210', 'CERTIFICATE');
    await tick();
    controller.expectOne('CasesListInForce').flushData({ checklistInForce: null });
    expect(await items).toBeNull();
  });

  it('reads the oversight view, inspections and complaints and acts on them', async () => {
    const facade = TestBed.inject(ChecklistOversightFacade);
    const overview = facade.overview('150626102000');
    await tick();
    controller.expectOne('CasesOversight').flushData({
      checklistOversight: {
        __typename: 'ChecklistOversight',
        regionCode: '150626102000',
        villages: [
          {
            __typename: 'ChecklistOversightVillage',
            villageCode: '150626102201',
            villageName: '图克嘎查',
            openCases: 3,
            overdueCases: 1,
            refusals: 2,
            openComplaints: 1,
            openFindings: 1,
            overdueFindings: 0,
          },
        ],
      },
    });
    expect(await overview).toEqual([
      {
        villageCode: '150626102201',
        villageName: '图克嘎查',
        openCases: 3,
        overdueCases: 1,
        refusals: 2,
        openComplaints: 1,
        openFindings: 1,
      },
    ]);

    const inspections = facade.inspections('150626102000', 1, 20);
    await tick();
    controller
      .expectOne('CasesInspections')
      .flushData({ checklistInspections: { __typename: 'ChecklistInspectionPage', total: 1, items: [INSPECTION] } });
    expect((await inspections).items[0].findings.map((f) => f.seq)).toEqual([1, 2]);

    const recorded = facade.recordInspection({
      villageCode: '150626102201',
      listType: 'CERTIFICATE',
      itemCode: null,
      caseId: null,
      inspectedOn: '2026-12-04',
      summary: '检查证明出具登记簿',
      findings: [{ text: '办件结果未公开', severity: 'MINOR', dueOn: '2026-12-20' }],
      clientKey: 'key-00000009',
    });
    await tick();
    const record = controller.expectOne('CasesRecordInspection');
    expect(record.operation.variables['input']).toMatchObject({
      villageCode: '150626102201',
      findings: [{ text: '办件结果未公开', severity: 'MINOR', dueOn: '2026-12-20' }],
      clientKey: 'key-00000009',
    });
    record.flushData({ recordChecklistInspection: INSPECTION });
    await recorded;

    const acted = facade.actOnFinding('f1', 'VERIFY', null, null);
    await tick();
    const act = controller.expectOne('CasesActOnFinding');
    expect(act.operation.variables['input']).toEqual({ findingId: 'f1', action: 'VERIFY', note: null, dueOn: null });
    act.flushData({ actOnChecklistFinding: { ...FINDING, status: 'VERIFIED' } });
    expect((await acted).status).toBe('VERIFIED');

    const rectified = facade.recordRectification('f1', '已在公开栏公开');
    await tick();
    const rectify = controller.expectOne('CasesRecordRectification');
    expect(rectify.operation.variables['input']).toEqual({ findingId: 'f1', text: '已在公开栏公开', fileIds: [] });
    rectify.flushData({ recordChecklistRectification: { ...FINDING, status: 'RECTIFIED' } });
    await rectified;

    const findings = facade.findings('150626102201', 'RECTIFICATION_REQUIRED', 1, 20);
    await tick();
    const toRectify = controller.expectOne('CasesFindings');
    expect(toRectify.operation.variables).toEqual({
      regionCode: '150626102201',
      status: 'RECTIFICATION_REQUIRED',
      first: 20,
      offset: 0,
    });
    toRectify.flushData({ checklistFindings: { __typename: 'ChecklistFindingPage', total: 1, items: [FINDING] } });
    expect((await findings).items[0].dueOn).toBe('2026-12-20');

    const complaints = facade.complaints('150626102000', 'SUBMITTED', 1, 20);
    await tick();
    const list = controller.expectOne('CasesComplaints');
    expect(list.operation.variables).toEqual({ regionCode: '150626102000', status: 'SUBMITTED', first: 20, offset: 0 });
    list.flushData({ checklistComplaints: { __typename: 'ChecklistComplaintPage', total: 1, items: [COMPLAINT] } });
    expect((await complaints).items[0].contactMasked).toBe('138****5678');

    const handled = facade.handleComplaint('k1', 'REPLY', '已督促办理');
    await tick();
    const handle = controller.expectOne('CasesHandleComplaint');
    expect(handle.operation.variables['input']).toEqual({ complaintId: 'k1', action: 'REPLY', text: '已督促办理' });
    handle.flushData({ handleChecklistComplaint: { ...COMPLAINT, status: 'REPLIED', reply: '已督促办理' } });
    expect((await handled).status).toBe('REPLIED');
  });
});
