import { inject } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Apollo } from 'apollo-angular';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { GraphQLError, print } from 'graphql';
import { FileApi, requiredData } from '@xiangzhi/shared/data-access';
import * as generated from '../generated/graphql';
import {
  ChecklistListTypeDraft,
  checklistPosterFileName,
  listTypeProblems,
  checklistPosterPath,
  refusalDetails,
} from './checklists-console-api';
import { ChecklistsConsoleFacade } from './checklists-console.facade';

const GQL_SERVICES = [
  generated.ChecklistConsoleListTypesGQL,
  generated.ChecklistConsoleVersionsGQL,
  generated.ChecklistConsoleVersionGQL,
  generated.ChecklistConsoleInForceGQL,
  generated.ChecklistConsoleDiffGQL,
  generated.ChecklistConsoleCreateDraftGQL,
  generated.ChecklistConsoleAdoptTemplateGQL,
  generated.ChecklistConsoleUpdateDraftGQL,
  generated.ChecklistConsoleSubmitGQL,
  generated.ChecklistConsolePublishTemplateGQL,
  generated.ChecklistConsoleApproveGQL,
  generated.ChecklistConsoleRejectGQL,
  generated.ChecklistConsoleCountyListTypesGQL,
  generated.ChecklistConsoleSetListTypeGQL,
] as const;

const SUMMARY = {
  __typename: 'ChecklistVersion' as const,
  id: 'v1',
  regionCode: '150121101201',
  countyCode: '150121',
  listType: 'AUTONOMY',
  version: 2,
  status: 'SUBMITTED' as const,
  basedOnId: 't1',
  changeReason: '增加事项',
  legalBasis: '村民委员会组织法',
  decisionReason: null,
  createdAt: '2026-12-01T08:00:00Z',
  updatedAt: '2026-12-01T08:00:00Z',
  submittedAt: '2026-12-02T08:00:00Z',
  decidedAt: null,
  publishedAt: null,
  items: [],
};

const VERSION = { ...SUMMARY, events: [] };

async function tick(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
}

describe('checklist console helpers', () => {
  it('names the poster endpoint and file', () => {
    expect(checklistPosterPath('v 1', 'A3')).toBe('/api/checklists/versions/v%201/poster.pdf?size=A3');
    expect(checklistPosterPath('v1', 'A4')).toBe('/api/checklists/versions/v1/poster.pdf?size=A4');
    expect(checklistPosterFileName('依法自治事项清单', 3, 'A4')).toBe('依法自治事项清单-第3版-A4.pdf');
  });

  it('turns a missing answer into UNKNOWN', () => {
    expect(() => requiredData(undefined)).toThrow(expect.objectContaining({ code: 'UNKNOWN' }));
  });

  it("checks a list type by the server's rules", () => {
    const good: ChecklistListTypeDraft = {
      code: 'MICRO_POWER',
      nameZh: '小微权力清单',
      nameEn: 'Petty power list',
      order: 50,
      kind: 'GENERAL',
      enabled: true,
    };
    expect(listTypeProblems(good)).toEqual([]);
    expect(listTypeProblems({ ...good, order: 0 })).toEqual([]);
    expect(listTypeProblems({ ...good, order: 999, code: 'A1' })).toEqual([]);
    expect(listTypeProblems({ ...good, code: 'micro', nameZh: ' 小 ', nameEn: 'x'.repeat(101), order: 1000 })).toEqual([
      'code',
      'nameZh',
      'nameEn',
      'order',
    ]);
    expect(listTypeProblems({ ...good, code: '1ABC', order: null })).toEqual(['code', 'order']);
    expect(listTypeProblems({ ...good, code: 'A'.repeat(41), order: 1.5 })).toEqual(['code', 'order']);
    expect(listTypeProblems({ ...good, nameZh: '清'.repeat(51), order: -1 })).toEqual(['nameZh', 'order']);
  });

  it('reads no refusal details from no error', () => {
    expect(refusalDetails(null)).toEqual({ itemCode: null, problems: [] });
  });
});

describe('ChecklistsConsoleFacade', () => {
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

  it('reads the list types in display order', async () => {
    const answer = TestBed.inject(ChecklistsConsoleFacade).listTypes('150121101');
    await tick();
    const op = controller.expectOne('ChecklistConsoleListTypes');
    expect(op.operation.variables).toEqual({ regionCode: '150121101' });
    op.flushData({
      checklistListTypes: [
        {
          __typename: 'ChecklistListType',
          code: 'NEGATIVE',
          nameZh: '工作负面事项清单',
          nameEn: 'n',
          order: 30,
          kind: 'NEGATIVE',
        },
        {
          __typename: 'ChecklistListType',
          code: 'AUTONOMY',
          nameZh: '依法自治事项清单',
          nameEn: 'a',
          order: 10,
          kind: 'GENERAL',
        },
      ],
    });
    expect((await answer).map((t) => t.code)).toEqual(['AUTONOMY', 'NEGATIVE']);
  });

  it("reads all of a county's list types, switched-off ones too, in display order", async () => {
    const answer = TestBed.inject(ChecklistsConsoleFacade).countyListTypes('150121000000');
    await tick();
    const op = controller.expectOne('ChecklistConsoleCountyListTypes');
    expect(op.operation.variables).toEqual({ regionCode: '150121000000' });
    expect(print(op.operation.query)).toContain('includeDisabled: true');
    op.flushData({
      checklistListTypes: [
        {
          __typename: 'ChecklistListType',
          code: 'MICRO_POWER',
          nameZh: '小微权力清单',
          nameEn: 'm',
          order: 50,
          kind: 'GENERAL',
          enabled: false,
        },
        {
          __typename: 'ChecklistListType',
          code: 'AUTONOMY',
          nameZh: '依法自治事项清单',
          nameEn: 'a',
          order: 10,
          kind: 'GENERAL',
          enabled: true,
        },
      ],
    });
    expect((await answer).map((t) => [t.code, t.enabled])).toEqual([
      ['AUTONOMY', true],
      ['MICRO_POWER', false],
    ]);
  });

  it('sets a list type with trimmed fields and keeps a coded refusal', async () => {
    const facade = TestBed.inject(ChecklistsConsoleFacade);
    const draft: ChecklistListTypeDraft = {
      code: ' MICRO_POWER ',
      nameZh: ' 小微权力清单 ',
      nameEn: ' Petty power list ',
      order: 50,
      kind: 'GENERAL',
      enabled: true,
    };
    const saved = facade.setListType('150121000000', draft);
    await tick();
    const op = controller.expectOne('ChecklistConsoleSetListType');
    expect(op.operation.variables).toEqual({
      input: {
        countyCode: '150121000000',
        code: 'MICRO_POWER',
        nameZh: '小微权力清单',
        nameEn: 'Petty power list',
        order: 50,
        kind: 'GENERAL',
        enabled: true,
      },
    });
    op.flushData({
      setChecklistListType: {
        __typename: 'ChecklistListType',
        code: 'MICRO_POWER',
        nameZh: '小微权力清单',
        nameEn: 'Petty power list',
        order: 50,
        kind: 'GENERAL',
        enabled: true,
      },
    });
    expect((await saved).code).toBe('MICRO_POWER');

    const refused = facade.setListType('150121000000', { ...draft, code: 'NEGATIVE', kind: 'GENERAL' });
    await tick();
    controller
      .expectOne('ChecklistConsoleSetListType')
      .graphqlErrors([
        new GraphQLError('fixed', { extensions: { code: 'CHECKLIST_LIST_TYPE_KIND_FIXED', kind: 'BAD_USER_INPUT' } }),
      ]);
    expect(await refused.catch((e: unknown) => e)).toMatchObject({ code: 'CHECKLIST_LIST_TYPE_KIND_FIXED' });
  });

  it('never asks for more than 100 versions a page', async () => {
    const answer = TestBed.inject(ChecklistsConsoleFacade).versions('150121101', 'AUTONOMY', 500, 20);
    await tick();
    const op = controller.expectOne('ChecklistConsoleVersions');
    expect(op.operation.variables).toEqual({ regionCode: '150121101', listType: 'AUTONOMY', first: 100, offset: 20 });
    op.flushData({ checklistVersions: { __typename: 'ChecklistVersionPage', total: 1, items: [SUMMARY] } });
    expect((await answer).total).toBe(1);
  });

  it('collects the submitted versions of the villages, oldest submission first', async () => {
    const answer = TestBed.inject(ChecklistsConsoleFacade).awaitingApproval(['150121101201', '150121101202']);
    await tick();
    const ops = controller.match('ChecklistConsoleVersions');
    expect(ops.map((o) => o.operation.variables)).toEqual([
      { regionCode: '150121101201', listType: null, first: 100, offset: 0 },
      { regionCode: '150121101202', listType: null, first: 100, offset: 0 },
    ]);
    ops[0].flushData({
      checklistVersions: {
        __typename: 'ChecklistVersionPage',
        total: 2,
        items: [SUMMARY, { ...SUMMARY, id: 'v0', status: 'PUBLISHED', version: 1 }],
      },
    });
    ops[1].flushData({
      checklistVersions: {
        __typename: 'ChecklistVersionPage',
        total: 1,
        items: [{ ...SUMMARY, id: 'v9', regionCode: '150121101202', submittedAt: '2026-12-01T07:00:00Z' }],
      },
    });
    expect((await answer).map((v) => v.id)).toEqual(['v9', 'v1']);
  });

  it('adopts some items of the town template', async () => {
    const answer = TestBed.inject(ChecklistsConsoleFacade).adoptTemplate('150121101201', 'AUTONOMY', ['ZZ-001']);
    await tick();
    const op = controller.expectOne('ChecklistConsoleAdoptTemplate');
    expect(op.operation.variables).toEqual({
      input: { villageCode: '150121101201', listType: 'AUTONOMY', itemCodes: ['ZZ-001'] },
    });
    op.flushData({ adoptChecklistTemplate: { ...VERSION, status: 'DRAFT' } });
    expect((await answer).status).toBe('DRAFT');
  });

  it('creates a town template draft from the examples', async () => {
    const answer = TestBed.inject(ChecklistsConsoleFacade).createDraft('150121101', 'AUTONOMY', 'EXAMPLES');
    await tick();
    const op = controller.expectOne('ChecklistConsoleCreateDraft');
    expect(op.operation.variables).toEqual({
      input: { regionCode: '150121101', listType: 'AUTONOMY', source: 'EXAMPLES', fromVersionId: null },
    });
    op.flushData({ createChecklistDraft: VERSION });
    await answer;
  });

  it('submits with trimmed reason and basis, approves and rejects', async () => {
    const facade = TestBed.inject(ChecklistsConsoleFacade);
    const submitted = facade.submit('v1', ' 增加事项 ', ' 组织法 ');
    await tick();
    const submit = controller.expectOne('ChecklistConsoleSubmit');
    expect(submit.operation.variables).toEqual({ id: 'v1', changeReason: '增加事项', legalBasis: '组织法' });
    submit.flushData({ submitChecklist: VERSION });
    await submitted;

    const approved = facade.approve('v1', '  ');
    await tick();
    const approve = controller.expectOne('ChecklistConsoleApprove');
    expect(approve.operation.variables).toEqual({ id: 'v1', reason: null });
    approve.flushData({ approveChecklist: { ...VERSION, status: 'PUBLISHED' } });
    expect((await approved).status).toBe('PUBLISHED');

    const rejected = facade.reject('v1', ' 依据不足 ');
    await tick();
    const reject = controller.expectOne('ChecklistConsoleReject');
    expect(reject.operation.variables).toEqual({ id: 'v1', reason: '依据不足' });
    reject.flushData({ rejectChecklist: { ...VERSION, status: 'REJECTED' } });
    await rejected;
  });

  it('keeps the item and problems of a refused edit', async () => {
    const answer = TestBed.inject(ChecklistsConsoleFacade).removeItem('v1', 'ZZ-001');
    await tick();
    const op = controller.expectOne('ChecklistConsoleUpdateDraft');
    expect(op.operation.variables).toEqual({ input: { id: 'v1', removeItemCodes: ['ZZ-001'] } });
    op.graphqlErrors([
      new GraphQLError('invalid', {
        extensions: {
          code: 'CHECKLIST_ITEM_FLOW_INVALID',
          kind: 'BAD_USER_INPUT',
          itemCode: 'ZZ-002',
          problems: [
            {
              code: 'CHECKLIST_ITEM_FLOW_INVALID',
              field: 'flow',
              message: 'm',
              flowProblem: 'FLOW_DEAD_END',
              stepId: 's2',
            },
          ],
        },
      }),
    ]);
    const error = await answer.catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'CHECKLIST_ITEM_FLOW_INVALID', kind: 'BAD_USER_INPUT' });
    expect(refusalDetails(error as never)).toEqual({
      itemCode: 'ZZ-002',
      problems: [
        {
          code: 'CHECKLIST_ITEM_FLOW_INVALID',
          field: 'flow',
          message: 'm',
          flowProblem: 'FLOW_DEAD_END',
          stepId: 's2',
        },
      ],
    });
  });

  it('downloads a poster with the session', async () => {
    const blob = new Blob(['%PDF']);
    files.getBlob.mockResolvedValue(blob);
    await TestBed.inject(ChecklistsConsoleFacade).downloadPoster({ id: 'v1', version: 2 }, '依法自治事项清单', 'A3');
    expect(files.getBlob).toHaveBeenCalledWith('/api/checklists/versions/v1/poster.pdf?size=A3');
    expect(files.saveBlob).toHaveBeenCalledWith(blob, '依法自治事项清单-第2版-A3.pdf');
  });
});
