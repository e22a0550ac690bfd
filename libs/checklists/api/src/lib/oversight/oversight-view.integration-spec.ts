import 'reflect-metadata';
import { EXAMPLE_CERTIFICATE_ITEMS } from '@xiangzhi/checklists/util';
import { todayIso } from '@xiangzhi/registry/util';
import { Actor, Role } from '@xiangzhi/server/core';
import { createTestApp, TestApp } from '@xiangzhi/server/testing';
import { IdentityModule } from '@xiangzhi/identity/api';
import { RegistryModule } from '@xiangzhi/registry/api';
import { ChecklistsModule } from '../checklists.module';
import {
  codeOf,
  dataOf,
  seedHousehold,
  seedRegions,
  TEST_REGIONS,
  testActor,
  tokenFor,
} from '@xiangzhi/registry/api/testing';
import { ChecklistApplicantKind, ChecklistRequestKind } from '../cases/cases.enums';
import { ChecklistCasesService } from '../cases/cases.service';
import { ChecklistGateService } from '../cases/gate.service';
import { ComplaintThrottle } from './complaint-throttle';
import { ChecklistComplaintAction, ChecklistFindingAction, ChecklistFindingSeverity } from './oversight.enums';
import { oversightCtx as ctx, publishVillageList } from './oversight.testing';
import { ComplaintsService } from './services/complaints.service';
import { InspectionsService } from './services/inspections.service';
import { OversightViewService } from './services/oversight-view.service';

const [T1, T2] = TEST_REGIONS.towns;
const [V1, V2, V3] = TEST_REGIONS.villages;

const addDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

describe('oversight: the oversight view', () => {
  let t: TestApp;
  let view: OversightViewService;
  let town: Actor;
  let committee: Actor;
  let county: Actor;
  let n = 0;

  const complain = (villageCode: string) =>
    t.app.get(ComplaintsService).submit(ctx(null, `10.8.0.${++n}`), {
      villageCode,
      subject: '办事不公开',
      text: '村里办理事项没有公开结果，群众不知道进度。',
      contact: null,
    });

  const inspect = (actor: Actor, villageCode: string, findings: Array<{ dueOn?: string }>) =>
    t.app.get(InspectionsService).record(ctx(actor), {
      villageCode,
      listType: 'AUTONOMY',
      inspectedOn: todayIso(),
      summary: '例行监督检查',
      findings: findings.map((f, i) => ({
        text: `发现问题${i + 1}`,
        severity: ChecklistFindingSeverity.MINOR,
        dueOn: f.dueOn ?? null,
      })),
      clientKey: `view-${Date.now().toString(36)}-${++n}`,
    });

  beforeAll(async () => {
    t = await createTestApp([IdentityModule, RegistryModule, ChecklistsModule]);
    await seedRegions(t.dataSource);
    view = t.app.get(OversightViewService);
    town = testActor(Role.TOWN_SUPERVISOR, T1);
    committee = testActor(Role.OVERSIGHT, V1);
    county = testActor(Role.COUNTY_SUPERVISOR, TEST_REGIONS.county);
    t.app.get(ComplaintThrottle).reset();
    await publishVillageList(t.app, V1);
    await publishVillageList(t.app, V1, 'CERTIFICATE');
    await publishVillageList(t.app, V3);

    // V1: 3 cases opened, 1 of them closed by hand, 1 past its deadline; 2 requests refused by the negative list
    const admin = testActor(Role.VILLAGE_ADMIN, V1);
    const memberId = (await seedHousehold(t.app, { villageCode: V1 })).headMemberId as string;
    const caseIds: string[] = [];
    for (let i = 0; i < 3; i++) {
      const c = await t.app.get(ChecklistCasesService).open(ctx(admin), {
        villageCode: V1,
        listType: 'CERTIFICATE',
        itemCode: EXAMPLE_CERTIFICATE_ITEMS[0].code,
        applicantKind: ChecklistApplicantKind.MEMBER,
        applicantMemberId: memberId,
        requestText: '入党外调政审证明',
        clientKey: `view-case-${Date.now().toString(36)}-${i}`,
      });
      caseIds.push(c.id);
    }
    // fixtures on the state row (the case log is untouched): one closed, one overdue
    await t.dataSource.query(
      `UPDATE checklist_case SET status = 'CLOSED', closed_at = now(), result = 'APPROVED' WHERE id = $1`,
      [caseIds[0]],
    );
    await t.dataSource.query(`UPDATE checklist_case SET due_at = now() - interval '1 day' WHERE id = $1`, [caseIds[1]]);
    for (const text of ['请村里开一个无犯罪记录证明', '开具无犯罪记录证明']) {
      const r = await t.app
        .get(ChecklistGateService)
        .check(ctx(admin), { villageCode: V1, kind: ChecklistRequestKind.CERTIFICATE, text, department: null });
      expect(r.allowed).toBe(false);
    }

    // V1: 3 complaints (one closed), findings: 2 open (one overdue), 1 verified
    const closed = await complain(V1);
    await complain(V1);
    await complain(V1);
    const [{ id: closedId }] = await t.dataSource.query(`SELECT id FROM checklist_complaint WHERE number = $1`, [
      closed.number,
    ]);
    await t.app
      .get(ComplaintsService)
      .handle(ctx(town), { complaintId: closedId, action: ChecklistComplaintAction.CLOSE, text: '经核实已公开，办结' });
    const i1 = await inspect(committee, V1, [{ dueOn: addDays(todayIso(), 3) }, {}, { dueOn: addDays(todayIso(), 3) }]);
    const findings = (await t.app.get(InspectionsService).findingsOf([i1.id])).get(i1.id) ?? [];
    await t.dataSource.query(`UPDATE checklist_finding SET due_on = '2020-01-01' WHERE id = $1`, [findings[0].id]);
    const village = testActor(Role.VILLAGE_ADMIN, V1);
    await t.app
      .get(InspectionsService)
      .rectify(ctx(village), { findingId: findings[2].id, text: '已整改完毕', fileIds: [] });
    await t.app
      .get(InspectionsService)
      .act(ctx(committee), { findingId: findings[2].id, action: ChecklistFindingAction.VERIFY });
    // V3 (the other town): 1 complaint, 1 finding
    await complain(V3);
    await inspect(testActor(Role.TOWN_SUPERVISOR, T2), V3, [{}]);
  });
  afterAll(() => t?.close());

  const zero = { openCases: 0, overdueCases: 0, refusals: 0, openComplaints: 0, openFindings: 0, overdueFindings: 0 };
  const V1_COUNTS = {
    openCases: 2,
    overdueCases: 1,
    refusals: 2,
    openComplaints: 2,
    openFindings: 2,
    overdueFindings: 1,
  };

  it('counts per village of a town, and the totals', async () => {
    const v = await view.view(ctx(town), T1);
    expect(v.regionCode).toBe(T1);
    expect(v.villages).toEqual([
      { villageCode: V1, villageName: '呼和嘎查', ...V1_COUNTS },
      { villageCode: V2, villageName: '巴音嘎查', ...zero },
    ]);
    expect(v.totals).toEqual(V1_COUNTS);
  });

  it('covers every village of a county; a village committee sees its own village only', async () => {
    const c = await view.view(ctx(county), TEST_REGIONS.county);
    expect(c.villages.map((x) => x.villageCode)).toEqual([...TEST_REGIONS.villages]);
    expect(c.totals).toEqual({ ...V1_COUNTS, openComplaints: 3, openFindings: 3 });

    const own = await view.view(ctx(committee), V1);
    expect(own.villages.map((x) => x.villageCode)).toEqual([V1]);
    // asking for its town, the committee still sees only its village
    expect((await view.view(ctx(committee), T1)).villages.map((x) => x.villageCode)).toEqual([V1]);
  });

  it('refuses other regions and roles without oversight', async () => {
    await expect(view.view(ctx(town), T2)).rejects.toMatchObject({ code: 'SCOPE_OUT_OF_REGION' });
    await expect(view.view(ctx(committee), V2)).rejects.toMatchObject({ code: 'SCOPE_OUT_OF_REGION' });
    await expect(view.view(ctx(testActor(Role.VILLAGE_ADMIN, V1)), V1)).rejects.toMatchObject({
      code: 'AUTH_PERMISSION_DENIED',
    });
  });

  it('answers over GraphQL', async () => {
    const q = `query ($r: String!) { checklistOversight(regionCode: $r) { regionCode
      villages { villageCode villageName openCases overdueCases refusals openComplaints openFindings overdueFindings }
      totals { openCases overdueCases refusals openComplaints openFindings overdueFindings } } }`;
    const res = await t.gql<{ checklistOversight: { totals: Record<string, number> } }>(
      q,
      { r: T1 },
      tokenFor(t.app, town),
    );
    expect(dataOf(res).checklistOversight.totals).toEqual(V1_COUNTS);
    expect(codeOf(await t.gql(q, { r: T2 }, tokenFor(t.app, town)))).toBe('SCOPE_OUT_OF_REGION');
    expect(codeOf(await t.gql(q, { r: T1 }))).toBe('AUTH_UNAUTHENTICATED');
  });
});
