import { inject } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { CERTIFICATE_FLOW, FLOW_ACTION_LABELS_ZH, flowChartOption, validateFlow } from '@xiangzhi/checklists/util';
import { ApiError } from '@xiangzhi/shared/data-access';
import { Apollo } from 'apollo-angular';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { PortalChecklistsDocument, PortalChecklistsGQL } from '../generated/graphql';
import { checklistPosterUrl, PortalChecklistsFacade, PortalFlowChart, toFlowChart } from './portal-checklists.facade';

// the generated services' constructor types are erased under Jest: build them on the testing Apollo
const GQL_SERVICES = [PortalChecklistsGQL].map((service) => ({
  provide: service,
  useFactory: () => new service(inject(Apollo)),
}));

/** CERTIFICATE_FLOW as the API sends it (labels resolved, nulls for missing conditions). */
const apiFlow: PortalFlowChart = {
  __typename: 'ChecklistFlowChart',
  longestPathDays: 4,
  steps: CERTIFICATE_FLOW.steps.map((s) => ({
    __typename: 'ChecklistFlowStep',
    ...s,
    roleLabelZh: s.role,
  })),
  transitions: CERTIFICATE_FLOW.transitions.map((t) => ({
    __typename: 'ChecklistFlowTransition',
    from: t.from,
    to: t.to,
    action: t.action,
    condition: t.condition ?? null,
    label: t.label ?? FLOW_ACTION_LABELS_ZH[t.action],
  })),
};

const lists = {
  __typename: 'PublicChecklists',
  villageCode: '150626101201',
  lastChangedAt: '2026-12-04T01:00:00.000Z',
  lists: [
    {
      __typename: 'PublicChecklist',
      listType: 'CERTIFICATE',
      nameZh: '依法出具证明事项清单',
      nameEn: 'Certificates issued by law',
      kind: 'CERTIFICATE',
      order: 40,
      version: 2,
      lastChangedAt: '2026-12-04T01:00:00.000Z',
      changeReason: '新增收养证明',
      legalBasis: '民发〔2020〕20号',
      items: [],
    },
  ],
};

describe('PortalChecklistsFacade', () => {
  let facade: PortalChecklistsFacade;
  let controller: ApolloTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ imports: [ApolloTestingModule], providers: GQL_SERVICES });
    facade = TestBed.inject(PortalChecklistsFacade);
    controller = TestBed.inject(ApolloTestingController);
  });

  afterEach(() => controller.verify());

  it("asks for a village's lists in force and reads them", async () => {
    const pending = facade.lists('150626101201');
    const op = controller.expectOne(PortalChecklistsDocument);
    expect(op.operation.variables).toEqual({ villageCode: '150626101201' });
    op.flushData({ publicChecklists: lists });
    const result = await pending;
    expect(result.lists).toHaveLength(1);
    expect(result.lists[0]).toMatchObject({ listType: 'CERTIFICATE', version: 2, changeReason: '新增收养证明' });
  });

  it('asks for nothing personal', () => {
    void facade.lists('150626101201').catch(() => undefined);
    const op = controller.expectOne(PortalChecklistsDocument);
    const fields = JSON.stringify(op.operation.query);
    for (const personal of ['createdBy', 'submittedBy', 'decidedBy', 'actorId', 'userId', 'phone', 'idNumber']) {
      expect(fields).not.toContain(personal);
    }
    op.flushData({ publicChecklists: { ...lists, lists: [] } });
  });

  it("rethrows the API's errors with their stable code", async () => {
    const pending = facade.lists('150626101201');
    controller
      .expectOne(PortalChecklistsDocument)
      .graphqlErrors([{ message: 'unavailable', extensions: { code: 'SERVICE_UNAVAILABLE', kind: 'UNAVAILABLE' } }]);
    const error = await pending.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
  });
});

describe('toFlowChart and checklistPosterUrl', () => {
  it("turns the API's chart back into a valid util chart that ECharts can draw", () => {
    const chart = toFlowChart(apiFlow);
    expect(validateFlow(chart)).toEqual([]);
    expect(chart.steps).toHaveLength(CERTIFICATE_FLOW.steps.length);
    expect(chart.transitions.find((t) => t.action === 'RETURN')).toMatchObject({
      label: '退回补正',
      condition: '材料不全',
    });
    expect(chart.transitions.find((t) => t.from === 'apply')).not.toHaveProperty('condition');
    const option = flowChartOption(chart);
    expect(option.series[0].data.map((n) => n.id)).toEqual(CERTIFICATE_FLOW.steps.map((s) => s.id));
  });

  it('points at the public poster of the version in force', () => {
    expect(checklistPosterUrl('150626101201', 'CERTIFICATE')).toBe(
      '/api/public/checklists/150626101201/CERTIFICATE/poster.pdf?size=A4',
    );
    expect(checklistPosterUrl('150626101201', 'NEGATIVE', 'A3')).toMatch(/NEGATIVE\/poster\.pdf\?size=A3$/);
  });
});
