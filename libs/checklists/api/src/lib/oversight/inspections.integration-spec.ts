import 'reflect-metadata';
import { EXAMPLE_AUTONOMY_ITEM, EXAMPLE_CERTIFICATE_ITEMS } from '@xiangzhi/checklists/util';
import { todayIso } from '@xiangzhi/registry/util';
import { Actor, FilesService, Role } from '@xiangzhi/server/core';
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
import { ChecklistApplicantKind } from '../cases/cases.enums';
import { ChecklistCasesService } from '../cases/cases.service';
import type { RecordChecklistInspectionInput } from './dto/inspection.input';
import { ChecklistFindingAction, ChecklistFindingSeverity, ChecklistFindingStatus } from './oversight.enums';
import { oversightCtx as ctx, publishVillageList } from './oversight.testing';
import { InspectionsService } from './services/inspections.service';

const [T1, T2] = TEST_REGIONS.towns;
const [V1, V2] = TEST_REGIONS.villages;
const ITEM = EXAMPLE_AUTONOMY_ITEM.code;
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000001e221bc330000000049454e44ae426082',
  'hex',
);

const addDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

let keyN = 0;
const key = () => `test-key-${Date.now().toString(36)}-${++keyN}`;

describe('oversight: inspections, findings and rectifications', () => {
  let t: TestApp;
  let svc: InspectionsService;
  let committee: Actor; // village oversight committee of V1
  let committee2: Actor; // of V2
  let villageAdmin: Actor;
  let villageAdmin2: Actor;
  let reviewer: Actor;
  let town: Actor;
  let townColleague: Actor;
  let town2: Actor;
  let county: Actor;
  const today = todayIso();

  const listInput = (over: Partial<RecordChecklistInspectionInput> = {}): RecordChecklistInspectionInput => ({
    villageCode: V1,
    listType: 'AUTONOMY',
    inspectedOn: today,
    summary: '检查本村依法自治事项清单上墙及运行情况',
    findings: [
      { text: '清单未在村务公开栏上墙', severity: ChecklistFindingSeverity.MAJOR, dueOn: addDays(today, 10) },
      { text: '部分事项办理记录不全', severity: ChecklistFindingSeverity.MINOR },
    ],
    clientKey: key(),
    ...over,
  });

  beforeAll(async () => {
    t = await createTestApp([IdentityModule, RegistryModule, ChecklistsModule]);
    await seedRegions(t.dataSource);
    svc = t.app.get(InspectionsService);
    committee = testActor(Role.OVERSIGHT, V1);
    committee2 = testActor(Role.OVERSIGHT, V2);
    villageAdmin = testActor(Role.VILLAGE_ADMIN, V1);
    villageAdmin2 = testActor(Role.VILLAGE_ADMIN, V2);
    reviewer = testActor(Role.VILLAGE_REVIEWER, V1);
    town = testActor(Role.TOWN_SUPERVISOR, T1);
    townColleague = testActor(Role.TOWN_SUPERVISOR, T1);
    town2 = testActor(Role.TOWN_SUPERVISOR, T2);
    county = testActor(Role.COUNTY_SUPERVISOR, TEST_REGIONS.county);
    await publishVillageList(t.app, V1, 'AUTONOMY');
    await publishVillageList(t.app, V1, 'CERTIFICATE');
  });
  afterAll(() => t?.close());

  it('records an inspection of a list with its findings, each step in the log; a replay returns it', async () => {
    const input = listInput();
    const inspection = await svc.record(ctx(committee), input);
    expect(inspection).toMatchObject({
      regionCode: V1,
      targetKind: 'LIST',
      listType: 'AUTONOMY',
      itemCode: null,
      inspectorId: committee.userId,
      inspectorRole: 'OVERSIGHT',
    });
    expect(inspection.versionId).toBeTruthy();
    const findings = (await svc.findingsOf([inspection.id])).get(inspection.id) ?? [];
    expect(findings.map((f) => [f.seq, f.status, f.dueOn])).toEqual([
      [1, ChecklistFindingStatus.RECTIFICATION_REQUIRED, addDays(today, 10)],
      [2, ChecklistFindingStatus.OPEN, null],
    ]);
    const events = (await svc.eventsOf([inspection.id])).get(inspection.id) ?? [];
    expect(events.map((e) => e.type)).toEqual(['RECORDED', 'FINDING_ADDED', 'RECTIFICATION_REQUIRED', 'FINDING_ADDED']);

    // the same key and request: the same inspection, nothing added
    expect((await svc.record(ctx(committee), input)).id).toBe(inspection.id);
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM checklist_finding WHERE inspection_id = $1`,
      [inspection.id],
    );
    expect(n).toBe(2);
    // the same key for another request is refused
    await expect(svc.record(ctx(committee), { ...input, summary: '另一次检查' })).rejects.toMatchObject({
      code: 'CHECKLIST_KEY_REUSED',
    });
  });

  it('inspects an item of the list in force, and checks the target', async () => {
    const item = await svc.record(ctx(town), listInput({ itemCode: ITEM, findings: [] }));
    expect(item).toMatchObject({ targetKind: 'ITEM', itemCode: ITEM, itemName: EXAMPLE_AUTONOMY_ITEM.name });

    await expect(svc.record(ctx(town), listInput({ itemCode: 'NO-SUCH' }))).rejects.toMatchObject({
      code: 'CHECKLIST_ITEM_NOT_FOUND',
    });
    await expect(svc.record(ctx(town), listInput({ listType: 'PETTY_POWER' }))).rejects.toMatchObject({
      code: 'CHECKLIST_LIST_TYPE_UNKNOWN',
    });
    await expect(svc.record(ctx(town), listInput({ listType: null }))).rejects.toMatchObject({
      code: 'CHECKLIST_INSPECTION_TARGET_INVALID',
    });
    await expect(svc.record(ctx(town), listInput({ villageCode: T1 }))).rejects.toMatchObject({
      code: 'CHECKLIST_INSPECTION_TARGET_INVALID',
    });
    // an item of a list the village has not published
    await expect(
      svc.record(ctx(town), listInput({ listType: 'ASSISTED_GOVERNMENT', itemCode: 'XZ-001' })),
    ).rejects.toMatchObject({ code: 'CHECKLIST_ITEM_NOT_FOUND' });
    await expect(
      svc.record(ctx(town), listInput({ caseId: '00000000-0000-4000-8000-000000000000' })),
    ).rejects.toMatchObject({ code: 'CHECKLIST_CASE_NOT_FOUND' });
    // a list not yet published may be inspected (that is a finding in itself)
    const unpublished = await svc.record(ctx(county), listInput({ listType: 'NEGATIVE', findings: [] }));
    expect(unpublished.versionId).toBeNull();
  });

  it('inspects a case: the village and item are the case’s', async () => {
    const memberId = (await seedHousehold(t.app, { villageCode: V1 })).headMemberId as string;
    const zm1 = EXAMPLE_CERTIFICATE_ITEMS[0];
    const c = await t.app.get(ChecklistCasesService).open(ctx(villageAdmin), {
      villageCode: V1,
      listType: 'CERTIFICATE',
      itemCode: zm1.code,
      applicantKind: ChecklistApplicantKind.MEMBER,
      applicantMemberId: memberId,
      requestText: '入党外调政审证明',
      clientKey: key(),
    });
    const inspection = await svc.record(
      ctx(committee),
      listInput({ villageCode: null, listType: null, caseId: c.id, summary: '抽查办件过程记录', findings: [] }),
    );
    expect(inspection).toMatchObject({
      targetKind: 'CASE',
      regionCode: V1,
      listType: 'CERTIFICATE',
      itemCode: zm1.code,
      itemName: zm1.name,
      caseId: c.id,
      versionId: c.versionId,
    });
    // the case's own village given is fine; another village, list or item is not
    expect(
      (await svc.record(ctx(town), listInput({ caseId: c.id, listType: 'CERTIFICATE', findings: [] }))).caseId,
    ).toBe(c.id);
    await expect(svc.record(ctx(town), listInput({ caseId: c.id, villageCode: V2 }))).rejects.toMatchObject({
      code: 'CHECKLIST_INSPECTION_TARGET_INVALID',
    });
    await expect(svc.record(ctx(town), listInput({ caseId: c.id }))).rejects.toMatchObject({
      code: 'CHECKLIST_INSPECTION_TARGET_INVALID',
    });
    await expect(svc.record(ctx(committee2), listInput({ caseId: c.id, villageCode: null }))).rejects.toMatchObject({
      code: 'SCOPE_OUT_OF_REGION',
    });
  });

  it('checks the input: summary, date, findings, deadlines, key', async () => {
    await expect(svc.record(ctx(committee), listInput({ summary: ' ' }))).rejects.toMatchObject({
      code: 'CHECKLIST_INSPECTION_SUMMARY_INVALID',
    });
    await expect(svc.record(ctx(committee), listInput({ inspectedOn: addDays(today, 1) }))).rejects.toMatchObject({
      code: 'CHECKLIST_INSPECTION_DATE_INVALID',
    });
    await expect(
      svc.record(ctx(committee), listInput({ findings: [{ text: '短', severity: ChecklistFindingSeverity.MINOR }] })),
    ).rejects.toMatchObject({ code: 'CHECKLIST_FINDING_TEXT_INVALID', details: { index: 0 } });
    await expect(
      svc.record(
        ctx(committee),
        listInput({
          findings: [{ text: '整改期限已过', severity: ChecklistFindingSeverity.MINOR, dueOn: addDays(today, -1) }],
        }),
      ),
    ).rejects.toMatchObject({ code: 'CHECKLIST_FINDING_DUE_INVALID' });
    const many = Array.from({ length: 51 }, (_, i) => ({
      text: `问题${i + 1}号`,
      severity: ChecklistFindingSeverity.MINOR,
    }));
    await expect(svc.record(ctx(committee), listInput({ findings: many }))).rejects.toMatchObject({
      code: 'CHECKLIST_FINDINGS_TOO_MANY',
    });
    await expect(svc.record(ctx(committee), listInput({ clientKey: 'short' }))).rejects.toMatchObject({
      code: 'CHECKLIST_KEY_INVALID',
    });
  });

  it('refuses the wrong role and the wrong region', async () => {
    for (const a of [villageAdmin, reviewer]) {
      await expect(svc.record(ctx(a), listInput())).rejects.toMatchObject({ code: 'AUTH_PERMISSION_DENIED' });
    }
    for (const a of [committee2, town2]) {
      await expect(svc.record(ctx(a), listInput())).rejects.toMatchObject({ code: 'SCOPE_OUT_OF_REGION' });
    }
  });

  it('runs a finding through rectification: require → rectify → reopen → rectify → verify', async () => {
    const inspection = await svc.record(ctx(committee), listInput());
    const [required, open] = (await svc.findingsOf([inspection.id])).get(inspection.id) ?? [];

    // the deadline is needed and lies ahead
    await expect(
      svc.act(ctx(committee), { findingId: open.id, action: ChecklistFindingAction.REQUIRE_RECTIFICATION }),
    ).rejects.toMatchObject({ code: 'CHECKLIST_FINDING_DUE_INVALID' });
    const due = addDays(today, 5);
    expect(
      await svc.act(ctx(committee), {
        findingId: open.id,
        action: ChecklistFindingAction.REQUIRE_RECTIFICATION,
        dueOn: due,
      }),
    ).toMatchObject({ status: ChecklistFindingStatus.RECTIFICATION_REQUIRED, dueOn: due, overdue: false });
    // nothing to verify yet
    await expect(
      svc.act(ctx(committee), { findingId: required.id, action: ChecklistFindingAction.VERIFY }),
    ).rejects.toMatchObject({
      code: 'CHECKLIST_FINDING_STATUS_INVALID',
      details: { status: 'RECTIFICATION_REQUIRED' },
    });

    // the village rectifies, with evidence uploaded by its administrator; the committee cannot, nor another village
    const file = await t.app.get(FilesService).saveUpload(ctx(villageAdmin), '整改照片.png', PNG);
    const rectification = { findingId: required.id, text: '清单已在村务公开栏上墙', fileIds: [file.id] };
    await expect(svc.rectify(ctx(committee), rectification)).rejects.toMatchObject({
      code: 'AUTH_PERMISSION_DENIED',
    });
    await expect(svc.rectify(ctx(villageAdmin2), rectification)).rejects.toMatchObject({
      code: 'SCOPE_OUT_OF_REGION',
    });
    const otherFile = await t.app.get(FilesService).saveUpload(ctx(villageAdmin2), '别村.png', PNG);
    await expect(svc.rectify(ctx(villageAdmin), { ...rectification, fileIds: [otherFile.id] })).rejects.toMatchObject({
      code: 'CHECKLIST_EVIDENCE_INVALID',
      details: { fileId: otherFile.id },
    });
    const rectified = await svc.rectify(ctx(villageAdmin), rectification);
    expect(rectified).toMatchObject({
      status: ChecklistFindingStatus.RECTIFIED,
      rectificationText: '清单已在村务公开栏上墙',
      rectificationFileIds: [file.id],
      rectifiedBy: villageAdmin.userId,
    });
    await expect(svc.rectify(ctx(villageAdmin), rectification)).rejects.toMatchObject({
      code: 'CHECKLIST_FINDING_STATUS_INVALID',
    });

    // reopened with a reason and a new deadline
    await expect(
      svc.act(ctx(committee), { findingId: required.id, action: ChecklistFindingAction.REOPEN }),
    ).rejects.toMatchObject({ code: 'CHECKLIST_FINDING_NOTE_REQUIRED' });
    const reopened = await svc.act(ctx(committee), {
      findingId: required.id,
      action: ChecklistFindingAction.REOPEN,
      note: '公开栏内容不全，缺少流程图',
      dueOn: addDays(today, 3),
    });
    expect(reopened).toMatchObject({ status: ChecklistFindingStatus.RECTIFICATION_REQUIRED, dueOn: addDays(today, 3) });
    await svc.rectify(ctx(villageAdmin), { findingId: required.id, text: '已补充流程图并上墙', fileIds: [] });
    // another village's committee may not verify; the committee of the village may
    await expect(
      svc.act(ctx(committee2), { findingId: required.id, action: ChecklistFindingAction.VERIFY }),
    ).rejects.toMatchObject({ code: 'SCOPE_OUT_OF_REGION' });
    const verified = await svc.act(ctx(committee), {
      findingId: required.id,
      action: ChecklistFindingAction.VERIFY,
      note: '复查合格',
    });
    expect(verified).toMatchObject({ status: ChecklistFindingStatus.VERIFIED, verifiedBy: committee.userId });
    await expect(
      svc.act(ctx(committee), { findingId: required.id, action: ChecklistFindingAction.REOPEN, note: '再次复查' }),
    ).rejects.toMatchObject({ code: 'CHECKLIST_FINDING_STATUS_INVALID', details: { status: 'VERIFIED' } });

    const events = ((await svc.eventsOf([inspection.id])).get(inspection.id) ?? []).filter(
      (e) => e.findingId === required.id,
    );
    expect(events.map((e) => e.type)).toEqual([
      'FINDING_ADDED',
      'RECTIFICATION_REQUIRED',
      'RECTIFIED',
      'REOPENED',
      'RECTIFIED',
      'VERIFIED',
    ]);
    expect(events[2].fileIds).toEqual([file.id]);
    expect(events[3]).toMatchObject({ note: '公开栏内容不全，缺少流程图', dueOn: addDays(today, 3) });
  });

  it('closes a finding that needs no rectification, with a note', async () => {
    const inspection = await svc.record(ctx(committee), listInput());
    const [, open] = (await svc.findingsOf([inspection.id])).get(inspection.id) ?? [];
    await expect(
      svc.act(ctx(committee), { findingId: open.id, action: ChecklistFindingAction.CLOSE }),
    ).rejects.toMatchObject({ code: 'CHECKLIST_FINDING_NOTE_REQUIRED' });
    await expect(
      svc.act(ctx(villageAdmin), { findingId: open.id, action: ChecklistFindingAction.CLOSE, note: '已当场说明' }),
    ).rejects.toMatchObject({ code: 'AUTH_PERMISSION_DENIED' });
    expect(
      await svc.act(ctx(committee), { findingId: open.id, action: ChecklistFindingAction.CLOSE, note: '已当场说明' }),
    ).toMatchObject({ status: ChecklistFindingStatus.CLOSED });
    // a further finding on a later visit
    const added = await svc.addFinding(ctx(committee), {
      inspectionId: inspection.id,
      finding: { text: '回访发现公示内容未更新', severity: ChecklistFindingSeverity.SEVERE },
    });
    expect(added).toMatchObject({ seq: 3, status: ChecklistFindingStatus.OPEN, severity: 'SEVERE' });
    // a replay returns it
    const replayed = await svc.addFinding(ctx(committee), {
      inspectionId: inspection.id,
      finding: { text: '回访发现公示内容未更新', severity: ChecklistFindingSeverity.SEVERE },
    });
    expect(replayed.id).toBe(added.id);
    await expect(
      svc.addFinding(ctx(committee2), {
        inspectionId: inspection.id,
        finding: { text: '越权添加的问题', severity: ChecklistFindingSeverity.MINOR },
      }),
    ).rejects.toMatchObject({ code: 'SCOPE_OUT_OF_REGION' });
  });

  it('keeps the inspector from rectifying their own finding and the rectifier from verifying it', async () => {
    const inspection = await svc.record(ctx(town), listInput());
    const [required] = (await svc.findingsOf([inspection.id])).get(inspection.id) ?? [];
    await expect(
      svc.rectify(ctx(town), { findingId: required.id, text: '镇里自己整改', fileIds: [] }),
    ).rejects.toMatchObject({ code: 'CHECKLIST_FINDING_SAME_PERSON' });
    await svc.rectify(ctx(townColleague), { findingId: required.id, text: '镇干部指导整改完成', fileIds: [] });
    await expect(
      svc.act(ctx(townColleague), { findingId: required.id, action: ChecklistFindingAction.VERIFY }),
    ).rejects.toMatchObject({ code: 'CHECKLIST_FINDING_SAME_PERSON' });
    expect(await svc.act(ctx(town), { findingId: required.id, action: ChecklistFindingAction.VERIFY })).toMatchObject({
      status: ChecklistFindingStatus.VERIFIED,
    });
  });

  it('lists inspections and findings within the region: open only, overdue', async () => {
    const inspection = await svc.record(ctx(committee), listInput({ summary: '逾期整改测试' }));
    const [required] = (await svc.findingsOf([inspection.id])).get(inspection.id) ?? [];
    // the deadline passed (a fixture: the row, not the log, holds the deadline)
    await t.dataSource.query(`UPDATE checklist_finding SET due_on = $2 WHERE id = $1`, [required.id, '2020-01-01']);

    const page = await svc.list(ctx(villageAdmin), { regionCode: V1, first: 100, offset: 0 });
    expect(page.total).toBeGreaterThanOrEqual(5);
    expect(page.items.every((i) => i.regionCode === V1)).toBe(true);
    const byTown = await svc.list(ctx(town), { regionCode: T1, first: 100, offset: 0 });
    expect(byTown.total).toBe(page.total);
    const open = await svc.list(ctx(villageAdmin), { regionCode: V1, openOnly: true, first: 100, offset: 0 });
    expect(open.total).toBeLessThan(page.total);
    expect(open.items.map((i) => i.id)).toContain(inspection.id);

    const overdue = await svc.findings(ctx(villageAdmin), { regionCode: V1, overdue: true, first: 100, offset: 0 });
    expect(overdue.items.map((f) => [f.id, f.overdue])).toEqual([[required.id, true]]);
    const verified = await svc.findings(ctx(town), {
      regionCode: T1,
      status: ChecklistFindingStatus.VERIFIED,
      first: 100,
      offset: 0,
    });
    expect(verified.total).toBe(2);

    await expect(svc.list(ctx(villageAdmin2), { regionCode: V1, first: 20, offset: 0 })).rejects.toMatchObject({
      code: 'SCOPE_OUT_OF_REGION',
    });
    await expect(svc.get(ctx(villageAdmin2), inspection.id)).rejects.toMatchObject({ code: 'SCOPE_OUT_OF_REGION' });
    expect((await svc.list(ctx(town2), { regionCode: T2, first: 20, offset: 0 })).total).toBe(0);
    // a village's staff asking for their town see their own village only
    expect((await svc.list(ctx(villageAdmin2), { regionCode: T1, first: 20, offset: 0 })).total).toBe(0);
  });

  it('keeps the inspection log append-only', async () => {
    await expect(t.dataSource.query(`UPDATE checklist_inspection_event SET note = 'x'`)).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query(`DELETE FROM checklist_inspection_event`)).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query(`TRUNCATE checklist_inspection_event CASCADE`)).rejects.toThrow(/append-only/);
  });

  it('works over GraphQL with findings, events and the audit log', async () => {
    const as = (a: Actor) => tokenFor(t.app, a);
    const FIELDS = `id regionCode targetKind listType itemCode itemName summary inspectedOn inspectorRole
      findings { id seq text severity status dueOn overdue } events { type findingId note dueOn fileIds }`;
    const res = await t.gql<{
      recordChecklistInspection: { id: string; findings: Array<{ id: string; status: string }> };
    }>(
      `mutation ($i: RecordChecklistInspectionInput!) { recordChecklistInspection(input: $i) { ${FIELDS} } }`,
      {
        i: {
          villageCode: V1,
          listType: 'AUTONOMY',
          itemCode: ITEM,
          inspectedOn: today,
          summary: '抽查事项办理',
          findings: [{ text: '办理时限公示不清', severity: 'MINOR', dueOn: addDays(today, 7) }],
          clientKey: key(),
        },
      },
      as(committee),
    );
    const inspection = dataOf(res).recordChecklistInspection;
    expect(inspection.findings.map((f) => f.status)).toEqual(['RECTIFICATION_REQUIRED']);
    const [audit] = await t.dataSource.query(
      `SELECT operation, target_type, region_code FROM audit_log WHERE target_id = $1`,
      [inspection.id],
    );
    expect(audit).toEqual({
      operation: 'recordChecklistInspection',
      target_type: 'checklistInspection',
      region_code: V1,
    });

    const rect = await t.gql(
      `mutation ($i: RecordChecklistRectificationInput!) { recordChecklistRectification(input: $i) { id status } }`,
      { i: { findingId: inspection.findings[0].id, text: '已在公开栏写明办理时限' } },
      as(villageAdmin),
    );
    expect(dataOf(rect)).toEqual({
      recordChecklistRectification: { id: inspection.findings[0].id, status: 'RECTIFIED' },
    });
    const [audit2] = await t.dataSource.query(`SELECT target_type FROM audit_log WHERE target_id = $1`, [
      inspection.findings[0].id,
    ]);
    expect(audit2.target_type).toBe('checklistFinding');

    const denied = await t.gql(
      `mutation ($i: ActOnChecklistFindingInput!) { actOnChecklistFinding(input: $i) { id } }`,
      { i: { findingId: inspection.findings[0].id, action: 'VERIFY' } },
      as(villageAdmin),
    );
    expect(codeOf(denied)).toBe('AUTH_PERMISSION_DENIED');

    const list = await t.gql<{
      checklistInspections: { total: number; items: Array<{ id: string; events: unknown[] }> };
    }>(
      `query ($r: String!) { checklistInspections(regionCode: $r, first: 100) { total items { ${FIELDS} } } }`,
      { r: T1 },
      as(town),
    );
    expect(dataOf(list).checklistInspections.items.map((i) => i.id)).toContain(inspection.id);
    const one = await t.gql(
      `query ($id: ID!) { checklistInspection(id: $id) { id } }`,
      { id: inspection.id },
      as(committee2),
    );
    expect(codeOf(one)).toBe('SCOPE_OUT_OF_REGION');
  });
});
