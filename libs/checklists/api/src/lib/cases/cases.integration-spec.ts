import 'reflect-metadata';
import {
  caseDeadline,
  EXAMPLE_ASSISTED_ITEM,
  EXAMPLE_CERTIFICATE_ITEMS,
  SUBSISTENCE_ALLOWANCE_FLOW,
  type FlowChart,
} from '@xiangzhi/checklists/util';
import { Actor, FilesService, Role } from '@xiangzhi/server/core';
import { createTestApp, TestApp } from '@xiangzhi/server/testing';
import { IdentityModule } from '@xiangzhi/identity/api';
import { RegistryModule } from '@xiangzhi/registry/api';
import {
  codeOf,
  dataOf,
  seedHousehold,
  seedRegions,
  sensitiveMatches,
  TEST_REGIONS,
  testActor,
  tokenFor,
} from '@xiangzhi/registry/api/testing';
import { checklistCtx as ctx, publishExampleLists } from '../../testing';
import { FlowActionValue } from '../checklists.enums';
import { ChecklistsModule } from '../checklists.module';
import { ChecklistApplicantKind, ChecklistCaseResult, ChecklistCaseStatus } from './cases.enums';
import { ChecklistCasesService } from './cases.service';
import { ChecklistRemindersService } from './reminders.service';

const [T1] = TEST_REGIONS.towns;
const [V1, V2] = TEST_REGIONS.villages;
const ZM1 = EXAMPLE_CERTIFICATE_ITEMS[0];
const XZ1 = EXAMPLE_ASSISTED_ITEM;
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000001e221bc330000000049454e44ae426082',
  'hex',
);
const DAY = 86_400_000;
let keys = 0;
const key = () => `case-key-${Date.now()}-${++keys}`;

describe('checklist cases: open, act by role, deadlines, reminders, disclosure', () => {
  let t: TestApp;
  let cases: ChecklistCasesService;
  let reminders: ChecklistRemindersService;
  let admin: Actor;
  let reviewer: Actor;
  let town: Actor;
  let county: Actor;
  let oversight: Actor;
  let neighbour: Actor;
  let grid: Actor;
  let memberId: string;
  let neighbourMemberId: string;

  const open = (actor: Actor, over: Record<string, unknown> = {}, at?: Date) =>
    cases.open(
      ctx(actor),
      {
        villageCode: V1,
        listType: 'CERTIFICATE',
        itemCode: ZM1.code,
        applicantKind: ChecklistApplicantKind.MEMBER,
        applicantMemberId: memberId,
        requestText: '入党外调政审证明',
        clientKey: key(),
        ...over,
      },
      at ? { at } : {},
    );
  const act = (actor: Actor, caseId: string, action: FlowActionValue, over: Record<string, unknown> = {}) =>
    cases.act(ctx(actor), { caseId, action, note: `${action} by ${actor.role}`, ...over });

  beforeAll(async () => {
    t = await createTestApp([IdentityModule, RegistryModule, ChecklistsModule]);
    await seedRegions(t.dataSource);
    await publishExampleLists(t.app, [V1, V2]);
    cases = t.app.get(ChecklistCasesService);
    reminders = t.app.get(ChecklistRemindersService);
    admin = testActor(Role.VILLAGE_ADMIN, V1);
    reviewer = testActor(Role.VILLAGE_REVIEWER, V1);
    town = testActor(Role.TOWN_SUPERVISOR, T1);
    county = testActor(Role.COUNTY_SUPERVISOR, TEST_REGIONS.county);
    oversight = testActor(Role.OVERSIGHT, V1);
    neighbour = testActor(Role.VILLAGE_ADMIN, V2);
    grid = testActor(Role.GRID_WORKER, V1, [TEST_REGIONS.grids(V1)[0]]);
    memberId = (await seedHousehold(t.app, { villageCode: V1 })).headMemberId as string;
    neighbourMemberId = (await seedHousehold(t.app, { villageCode: V2 })).headMemberId as string;
  });
  afterAll(() => t?.close());

  it('opens a case for an item in force and a registry member, idempotently by client key', async () => {
    const clientKey = key();
    const c = await open(admin, { clientKey });
    expect(c).toMatchObject({
      regionCode: V1,
      listType: 'CERTIFICATE',
      itemCode: ZM1.code,
      itemName: ZM1.name,
      applicantKind: 'MEMBER',
      applicantMemberId: memberId,
      applicantName: '王建国',
      status: ChecklistCaseStatus.OPEN,
      currentStepId: 'review',
      result: null,
      disclose: false,
    });
    expect(c.number).toMatch(new RegExp(`^BL-${V1}-\\d{4}-\\d{5}$`));
    // 5 working days from the day after opening, to 24:00 China time
    const due = caseDeadline(ZM1.flow as FlowChart, c.openedAt.toISOString(), { counting: 'WORKING', totalDays: 5 });
    expect(c.dueAt?.toISOString()).toBe(new Date(due as string).toISOString());
    expect(c.stepDueAt).not.toBeNull();
    const again = await open(admin, { clientKey, requestText: '另一次请求' });
    expect(again.id).toBe(c.id);
    const events = await t.dataSource.query(
      `SELECT kind, action, from_step_id, to_step_id FROM checklist_case_event WHERE case_id = $1`,
      [c.id],
    );
    expect(events).toEqual([{ kind: 'OPENED', action: 'SUBMIT', from_step_id: 'apply', to_step_id: 'review' }]);
  });

  it('opens a case for an organisation by name', async () => {
    const c = await open(admin, {
      listType: 'AUTONOMY',
      itemCode: 'ZZ-001',
      applicantKind: ChecklistApplicantKind.ORGANISATION,
      applicantMemberId: null,
      applicantName: '呼和嘎查股份经济合作社',
      requestText: '村集体经营性资产处置',
    });
    expect(c).toMatchObject({ applicantName: '呼和嘎查股份经济合作社', applicantMemberId: null, disclose: true });
  });

  it('opens once under concurrent calls with one client key, and numbers concurrent cases apart', async () => {
    const clientKey = key();
    const same = await Promise.all([
      open(admin, { clientKey }),
      open(admin, { clientKey }),
      open(admin, { clientKey }),
    ]);
    expect(new Set(same.map((c) => c.id)).size).toBe(1);
    const many = await Promise.all(Array.from({ length: 5 }, () => open(admin)));
    expect(new Set(many.map((c) => c.number)).size).toBe(5);
  });

  it('refuses opening outside the list in force, outside the village, without permission or a valid applicant', async () => {
    await expect(open(admin, { itemCode: 'ZM-999' })).rejects.toMatchObject({ code: 'CHECKLIST_ITEM_NOT_IN_FORCE' });
    await expect(open(admin, { listType: 'NO_SUCH' })).rejects.toMatchObject({ code: 'CHECKLIST_LIST_TYPE_UNKNOWN' });
    await expect(open(neighbour)).rejects.toMatchObject({ code: 'SCOPE_OUT_OF_REGION' });
    await expect(open(grid)).rejects.toMatchObject({ code: 'AUTH_PERMISSION_DENIED' });
    await expect(open(admin, { applicantMemberId: neighbourMemberId })).rejects.toMatchObject({
      code: 'CHECKLIST_APPLICANT_INVALID',
    });
    await expect(open(admin, { applicantMemberId: null })).rejects.toMatchObject({
      code: 'CHECKLIST_APPLICANT_INVALID',
    });
    await expect(
      open(admin, { applicantKind: ChecklistApplicantKind.ORGANISATION, applicantMemberId: null, applicantName: ' ' }),
    ).rejects.toMatchObject({ code: 'CHECKLIST_APPLICANT_INVALID' });
    await expect(open(admin, { clientKey: 'short' })).rejects.toMatchObject({ code: 'CHECKLIST_KEY_INVALID' });
    await expect(open(admin, { villageCode: T1 })).rejects.toMatchObject({ code: 'CHECKLIST_REGION_NOT_VILLAGE' });
  });

  it('moves a case step by step by the role of each step, refusing wrong roles, skipping and a closed case', async () => {
    const c = await open(admin, { listType: 'ASSISTED_GOVERNMENT', itemCode: XZ1.code, requestText: '申请低保' });
    expect(c).toMatchObject({ currentStepId: 'accept', disclose: true });
    // skipping: the accept step has no COMPLETE
    await expect(act(admin, c.id, FlowActionValue.COMPLETE)).rejects.toMatchObject({
      code: 'CHECKLIST_CASE_ACTION_NOT_ALLOWED',
      details: { stepId: 'accept', available: ['APPROVE', 'RETURN'] },
    });
    // the reviewer and the town do not accept for the village
    await expect(act(reviewer, c.id, FlowActionValue.APPROVE)).rejects.toMatchObject({
      code: 'CHECKLIST_CASE_WRONG_ROLE',
      details: { requiredRole: 'VILLAGE_ADMIN' },
    });
    await expect(act(town, c.id, FlowActionValue.APPROVE)).rejects.toMatchObject({ code: 'CHECKLIST_CASE_WRONG_ROLE' });
    await expect(act(neighbour, c.id, FlowActionValue.APPROVE)).rejects.toMatchObject({ code: 'SCOPE_OUT_OF_REGION' });
    await expect(act(grid, c.id, FlowActionValue.APPROVE)).rejects.toMatchObject({ code: 'AUTH_PERMISSION_DENIED' });

    // a return to the applicant, who submits again through the village administrator
    expect((await act(admin, c.id, FlowActionValue.RETURN)).currentStepId).toBe('apply');
    expect((await act(admin, c.id, FlowActionValue.SUBMIT)).currentStepId).toBe('accept');

    const file = await t.app.get(FilesService).saveUpload(ctx(admin), '入户调查.png', PNG);
    const foreign = await t.app.get(FilesService).saveUpload(ctx(neighbour), '别村.png', PNG);
    expect((await act(admin, c.id, FlowActionValue.APPROVE)).currentStepId).toBe('survey');
    await expect(act(admin, c.id, FlowActionValue.SUBMIT, { attachmentFileIds: [foreign.id] })).rejects.toMatchObject({
      code: 'FILE_NOT_FOUND',
    });
    expect((await act(admin, c.id, FlowActionValue.SUBMIT, { attachmentFileIds: [file.id] })).currentStepId).toBe(
      'publicity',
    );
    expect((await act(admin, c.id, FlowActionValue.ESCALATE)).currentStepId).toBe('town');
    await expect(act(admin, c.id, FlowActionValue.ESCALATE)).rejects.toMatchObject({
      code: 'CHECKLIST_CASE_WRONG_ROLE',
    });
    expect((await act(town, c.id, FlowActionValue.ESCALATE)).currentStepId).toBe('county');
    await expect(act(town, c.id, FlowActionValue.COMPLETE)).rejects.toMatchObject({
      code: 'CHECKLIST_CASE_WRONG_ROLE',
    });
    const closed = await act(county, c.id, FlowActionValue.COMPLETE);
    expect(closed).toMatchObject({
      status: ChecklistCaseStatus.CLOSED,
      currentStepId: 'done',
      result: ChecklistCaseResult.APPROVED,
      stepDueAt: null,
    });
    expect(closed.closedAt).toBeInstanceOf(Date);
    await expect(act(county, c.id, FlowActionValue.COMPLETE)).rejects.toMatchObject({ code: 'CHECKLIST_CASE_CLOSED' });

    const events = (await t.dataSource.query(
      `SELECT action, from_step_id AS "from", to_step_id AS "to", actor_role AS role, attachment_file_ids AS files
         FROM checklist_case_event WHERE case_id = $1 ORDER BY id`,
      [c.id],
    )) as Array<{ action: string; from: string; to: string; role: string; files: string[] }>;
    expect(events.map((e) => `${e.from}-${e.action}->${e.to} ${e.role}`)).toEqual([
      'apply-SUBMIT->accept APPLICANT',
      'accept-RETURN->apply VILLAGE_ADMIN',
      'apply-SUBMIT->accept APPLICANT',
      'accept-APPROVE->survey VILLAGE_ADMIN',
      'survey-SUBMIT->publicity VILLAGE_ADMIN',
      'publicity-ESCALATE->town VILLAGE_ADMIN',
      'town-ESCALATE->county TOWN_OFFICER',
      'county-COMPLETE->done COUNTY_OFFICER',
    ]);
    expect(events[4].files).toEqual([file.id]);
    // the log is append-only
    await expect(
      t.dataSource.query(`UPDATE checklist_case_event SET note = 'x' WHERE case_id = $1`, [c.id]),
    ).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query(`DELETE FROM checklist_case_event WHERE case_id = $1`, [c.id])).rejects.toThrow(
      /append-only/,
    );

    // disclosed on the portal without the applicant
    const pub = await cases.publicCases(V1, { first: 20, offset: 0 });
    expect(pub.items).toContainEqual(
      expect.objectContaining({ number: closed.number, itemName: XZ1.name, result: ChecklistCaseResult.APPROVED }),
    );
    expect(JSON.stringify(pub)).not.toContain('王建国');
    expect((await cases.publicCases(V2, { first: 20, offset: 0 })).items).toEqual([]);
  });

  it('lets the system administrator act on any step and oversight only on its own', async () => {
    const sysadmin = testActor(Role.SYSTEM_ADMIN, '000000000000');
    const c = await open(admin, { listType: 'AUTONOMY', itemCode: 'ZZ-001', requestText: '修订村规民约' });
    expect(c.currentStepId).toBe('consult');
    await expect(act(oversight, c.id, FlowActionValue.APPROVE)).rejects.toMatchObject({
      code: 'CHECKLIST_CASE_WRONG_ROLE',
    });
    const moved = await act(sysadmin, c.id, FlowActionValue.APPROVE);
    expect(moved.currentStepId).toBe('party');
    // a rejection closes the case with the result REJECTED
    const stopped = await act(admin, c.id, FlowActionValue.REJECT);
    expect(stopped).toMatchObject({ status: 'CLOSED', currentStepId: 'stopped', result: ChecklistCaseResult.REJECTED });
  });

  it('refuses an item whose flow chart is missing or invalid', async () => {
    await t.dataSource.query(
      `UPDATE checklist_version SET items = jsonb_set(items, '{0,flow}', 'null'::jsonb)
        WHERE region_code = $1 AND list_type = 'CERTIFICATE' AND status = 'PUBLISHED'`,
      [V2],
    );
    await expect(open(neighbour, { villageCode: V2, applicantMemberId: neighbourMemberId })).rejects.toMatchObject({
      code: 'CHECKLIST_CASE_FLOW_INVALID',
    });
    const broken = { steps: SUBSISTENCE_ALLOWANCE_FLOW.steps.filter((s) => s.kind !== 'END'), transitions: [] };
    await t.dataSource.query(
      `UPDATE checklist_version SET items = jsonb_set(items, '{0,flow}', $2::jsonb)
        WHERE region_code = $1 AND list_type = 'CERTIFICATE' AND status = 'PUBLISHED'`,
      [V2, JSON.stringify(broken)],
    );
    await expect(open(neighbour, { villageCode: V2, applicantMemberId: neighbourMemberId })).rejects.toMatchObject({
      code: 'CHECKLIST_CASE_FLOW_INVALID',
    });
  });

  it('flags overdue cases, filters them, and records at most one reminder per case, step and day', async () => {
    const late = await open(admin, {}, new Date(Date.now() - 12 * DAY));
    const fresh = await open(admin);
    const page = await cases.list(ctx(admin), { regionCode: V1, overdue: true, first: 100, offset: 0 });
    const ids = page.items.map((i) => i.id);
    expect(ids).toContain(late.id);
    expect(ids).not.toContain(fresh.id);
    expect(page.items.find((i) => i.id === late.id)).toMatchObject({ overdue: true, status: 'OPEN' });
    const notOverdue = await cases.list(ctx(admin), { regionCode: V1, overdue: false, first: 100, offset: 0 });
    expect(notOverdue.items.map((i) => i.id)).toContain(fresh.id);
    expect(notOverdue.items.map((i) => i.id)).not.toContain(late.id);
    // the town sees its villages' cases; a neighbour village does not
    expect((await cases.list(ctx(town), { regionCode: T1, overdue: true, first: 100, offset: 0 })).total).toBe(
      page.total,
    );
    await expect(cases.list(ctx(neighbour), { regionCode: V1, first: 20, offset: 0 })).rejects.toMatchObject({
      code: 'SCOPE_OUT_OF_REGION',
    });

    const first = await reminders.sendReminders();
    expect(first.reminded).toBeGreaterThanOrEqual(1);
    expect((await reminders.sendReminders()).reminded).toBe(0);
    const rows = await t.dataSource.query(`SELECT step_id, kind FROM checklist_case_reminder WHERE case_id = $1`, [
      late.id,
    ]);
    expect(rows).toEqual([{ step_id: 'review', kind: 'STEP' }]);
    expect(await t.dataSource.query(`SELECT 1 FROM checklist_case_reminder WHERE case_id = $1`, [fresh.id])).toEqual(
      [],
    );
    // the next day: one more
    expect((await reminders.sendReminders(new Date(Date.now() + DAY))).reminded).toBeGreaterThanOrEqual(1);
    expect(
      (
        await t.dataSource.query(`SELECT count(*)::int AS n FROM checklist_case_reminder WHERE case_id = $1`, [late.id])
      )[0].n,
    ).toBe(2);
    // reminders are append-only
    await expect(t.dataSource.query(`DELETE FROM checklist_case_reminder`)).rejects.toThrow(/append-only/);
  });

  it('serves cases over GraphQL with the current step, actions, events, reminders and no ID numbers', async () => {
    const late = await open(admin, {}, new Date(Date.now() - 12 * DAY));
    await reminders.sendReminders();
    const q = `query($id: ID!) { checklistCase(id: $id) {
      id number status overdue dueAt stepDueAt lastRemindedAt applicantName
      currentStep { id name role kind timeLimitDays }
      availableActions { action label to toName }
      events { kind action fromStepName toStepName actorRole actorName at }
      reminders { stepId day kind }
      certificate { serial }
    } }`;
    const res = await t.gql<{ checklistCase: Record<string, unknown> }>(q, { id: late.id }, tokenFor(t.app, admin));
    const c = dataOf(res).checklistCase;
    expect(c).toMatchObject({
      status: 'OPEN',
      overdue: true,
      currentStep: { id: 'review', role: 'VILLAGE_ADMIN', kind: 'TASK', timeLimitDays: 1 },
      reminders: [expect.objectContaining({ stepId: 'review', kind: 'STEP' })],
      certificate: null,
    });
    expect((c['availableActions'] as Array<{ action: string }>).map((a) => a.action)).toEqual([
      'APPROVE',
      'REJECT',
      'RETURN',
    ]);
    expect(c['lastRemindedAt']).not.toBeNull();
    expect(sensitiveMatches(c)).toEqual([]);
    expect(codeOf(await t.gql(q, { id: late.id }, tokenFor(t.app, neighbour)))).toBe('SCOPE_OUT_OF_REGION');

    const list = await t.gql<{ checklistCases: { total: number; items: Array<{ id: string }> } }>(
      `{ checklistCases(regionCode: "${V1}", status: OPEN, overdue: true, first: 100) { total items { id number events { action } } } }`,
      {},
      tokenFor(t.app, oversight),
    );
    expect(dataOf(list).checklistCases.items.map((i) => i.id)).toContain(late.id);

    const opened = await t.gql<{ openChecklistCase: { id: string; currentStep: { id: string } } }>(
      `mutation($input: OpenChecklistCaseInput!) { openChecklistCase(input: $input) { id currentStep { id } } }`,
      {
        input: {
          villageCode: V1,
          listType: 'CERTIFICATE',
          itemCode: ZM1.code,
          applicantKind: 'MEMBER',
          applicantMemberId: memberId,
          requestText: '入党政审',
          clientKey: key(),
        },
      },
      tokenFor(t.app, admin),
    );
    const id = dataOf(opened).openChecklistCase.id;
    const acted = await t.gql<{ actOnChecklistCase: { currentStep: { id: string }; events: unknown[] } }>(
      `mutation($input: ActOnChecklistCaseInput!) { actOnChecklistCase(input: $input) { currentStep { id } events { action } } }`,
      { input: { caseId: id, action: 'APPROVE', note: '材料齐全' } },
      tokenFor(t.app, admin),
    );
    expect(dataOf(acted).actOnChecklistCase).toMatchObject({ currentStep: { id: 'meeting' } });
    const audits = await t.dataSource.query(
      `SELECT operation, target_type FROM audit_log WHERE target_id = $1 ORDER BY id`,
      [id],
    );
    expect(audits).toEqual([
      { operation: 'openChecklistCase', target_type: 'checklistCase' },
      { operation: 'actOnChecklistCase', target_type: 'checklistCase' },
    ]);

    const pub = await t.gql(
      `{ publicChecklistCases(villageCode: "${V1}") { total items { number itemName openedOn closedOn result } } }`,
    );
    expect(pub.errors).toBeUndefined();
    expect(JSON.stringify(pub)).not.toContain('王建国');
  });
});
