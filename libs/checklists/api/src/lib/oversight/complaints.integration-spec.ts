import 'reflect-metadata';
import { Actor, Role } from '@xiangzhi/server/core';
import { createTestApp, TestApp } from '@xiangzhi/server/testing';
import { IdentityModule } from '@xiangzhi/identity/api';
import { IdNumberCipher, RegistryModule } from '@xiangzhi/registry/api';
import { ChecklistsModule } from '../checklists.module';
import {
  codeOf,
  dataOf,
  seedRegions,
  sensitiveMatches,
  TEST_REGIONS,
  testActor,
  tokenFor,
} from '@xiangzhi/registry/api/testing';
import { ComplaintThrottle } from './complaint-throttle';
import { oversightCtx as ctx } from './oversight.testing';
import type { SubmitChecklistComplaintInput } from './dto/complaint.input';
import { ChecklistComplaintAction, ChecklistComplaintStatus } from './oversight.enums';
import { ComplaintsService } from './services/complaints.service';

const [T1] = TEST_REGIONS.towns;
const [V1, V2, V3] = TEST_REGIONS.villages;
const PHONE = '13912345678';
const NUMBER = /^TS\d{8}-[2-9A-HJKMNP-Z]{6}$/;

let ipN = 0;
/** A fresh client address per test call (the limiter counts per address). */
const ip = () => `10.9.${Math.floor(++ipN / 250)}.${ipN % 250}`;

describe('oversight: complaints from the portal and their handling', () => {
  let t: TestApp;
  let svc: ComplaintsService;
  let committee: Actor;
  let committee2: Actor;
  let villageAdmin: Actor;
  let town: Actor;

  const input = (over: Partial<SubmitChecklistComplaintInput> = {}): SubmitChecklistComplaintInput => ({
    villageCode: V1,
    subject: '开具证明被要求跑多次',
    text: '到村委会开具居住证明，工作人员要求先到派出所盖章，来回跑了三趟。',
    contact: PHONE,
    ...over,
  });
  const submit = (over: Partial<SubmitChecklistComplaintInput> = {}, from = ip()) =>
    svc.submit(ctx(null, from), input(over));
  const idOf = async (number: string) =>
    (await t.dataSource.query(`SELECT id FROM checklist_complaint WHERE number = $1`, [number]))[0].id as string;

  beforeAll(async () => {
    t = await createTestApp([IdentityModule, RegistryModule, ChecklistsModule]);
    await seedRegions(t.dataSource);
    svc = t.app.get(ComplaintsService);
    committee = testActor(Role.OVERSIGHT, V1);
    committee2 = testActor(Role.OVERSIGHT, V2);
    villageAdmin = testActor(Role.VILLAGE_ADMIN, V1);
    town = testActor(Role.TOWN_SUPERVISOR, T1);
  });
  beforeEach(() => t.app.get(ComplaintThrottle).reset());
  afterAll(() => t?.close());

  it('takes a complaint without sign-in over GraphQL and answers with its number only; the phone is kept encrypted', async () => {
    const res = await t.gql<{ submitChecklistComplaint: { number: string } }>(
      `mutation ($i: SubmitChecklistComplaintInput!) { submitChecklistComplaint(input: $i) { number } }`,
      { i: input() },
    );
    const { number } = dataOf(res).submitChecklistComplaint;
    expect(number).toMatch(NUMBER);
    expect(sensitiveMatches(res)).toEqual([]);
    const [row] = await t.dataSource.query(
      `SELECT region_code, status, contact_masked, contact_cipher FROM checklist_complaint WHERE number = $1`,
      [number],
    );
    expect(row).toMatchObject({ region_code: V1, status: 'SUBMITTED', contact_masked: '139****5678' });
    expect(row.contact_cipher.toString('latin1')).not.toContain(PHONE);
    expect(t.app.get(IdNumberCipher).decrypt(row.contact_cipher)).toBe(PHONE);
    // the audit row of the anonymous call carries no phone (the contact is redacted)
    const audits = await t.dataSource.query(
      `SELECT actor_id, actor_name, target_type, summary::text AS summary FROM audit_log WHERE operation = 'submitChecklistComplaint'`,
    );
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actor_id: null, actor_name: 'anonymous', target_type: 'checklistComplaint' });
    expect(audits[0].summary).not.toContain(PHONE);
    expect(audits[0].summary).toContain('"contact": "[redacted]"');
    const [event] = await t.dataSource.query(
      `SELECT type, actor_id FROM checklist_complaint_event WHERE complaint_id = $1`,
      [await idOf(number)],
    );
    expect(event).toEqual({ type: 'SUBMITTED', actor_id: null });
  });

  it('checks the input: village, subject, text, contact', async () => {
    await expect(submit({ villageCode: T1 })).rejects.toMatchObject({ code: 'CHECKLIST_COMPLAINT_VILLAGE_UNKNOWN' });
    await expect(submit({ villageCode: '150626100299' })).rejects.toMatchObject({
      code: 'CHECKLIST_COMPLAINT_VILLAGE_UNKNOWN',
    });
    await expect(submit({ subject: '投' })).rejects.toMatchObject({ code: 'CHECKLIST_COMPLAINT_SUBJECT_INVALID' });
    await expect(submit({ subject: '投'.repeat(61) })).rejects.toMatchObject({
      code: 'CHECKLIST_COMPLAINT_SUBJECT_INVALID',
    });
    await expect(submit({ text: '太慢' })).rejects.toMatchObject({ code: 'CHECKLIST_COMPLAINT_TEXT_INVALID' });
    await expect(submit({ text: '慢'.repeat(2001) })).rejects.toMatchObject({
      code: 'CHECKLIST_COMPLAINT_TEXT_INVALID',
    });
    await expect(submit({ contact: '12345' })).rejects.toMatchObject({ code: 'CHECKLIST_COMPLAINT_CONTACT_INVALID' });
    await expect(submit({ clientKey: 'bad key!' })).rejects.toMatchObject({ code: 'CHECKLIST_KEY_INVALID' });
    // without a contact is fine (anonymous), and a landline is a contact too
    const anonymous = await submit({ contact: null });
    expect(anonymous.number).toMatch(NUMBER);
    const landline = await submit({ contact: '0477-8512345' });
    const [row] = await t.dataSource.query(`SELECT contact_masked FROM checklist_complaint WHERE number = $1`, [
      landline.number,
    ]);
    expect(row.contact_masked).toBe('047****2345');
    // over GraphQL an oversized field is refused before the service
    const huge = await t.gql(
      `mutation ($i: SubmitChecklistComplaintInput!) { submitChecklistComplaint(input: $i) { number } }`,
      { i: input({ text: '长'.repeat(9000) }) },
    );
    expect(huge.errors?.[0]?.extensions?.kind).toBe('BAD_USER_INPUT');
  });

  it('limits complaints per client address, and a retry with the same key returns the same number', async () => {
    const from = ip();
    for (let i = 0; i < 5; i++) await submit({ subject: `第${i + 1}次投诉` }, from);
    await expect(submit({}, from)).rejects.toMatchObject({
      code: 'CHECKLIST_COMPLAINT_TOO_MANY',
      details: { retryAfterSeconds: expect.any(Number) },
    });
    // another address is not affected
    expect((await submit({}, ip())).number).toMatch(NUMBER);

    const key = `portal-${Date.now().toString(36)}`;
    const first = await submit({ clientKey: key });
    const again = await submit({ clientKey: key });
    expect(again.number).toBe(first.number);
    await expect(submit({ clientKey: key, text: '换了内容的另一份投诉，不应算同一份。' })).rejects.toMatchObject({
      code: 'CHECKLIST_KEY_REUSED',
    });
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM checklist_complaint WHERE client_key = $1`,
      [key],
    );
    expect(n).toBe(1);
  });

  it('limits complaints over GraphQL by the caller’s address', async () => {
    const call = () =>
      t.gql(`mutation ($i: SubmitChecklistComplaintInput!) { submitChecklistComplaint(input: $i) { number } }`, {
        i: input(),
      });
    for (let i = 0; i < 5; i++) expect(codeOf(await call())).toBeUndefined();
    expect(codeOf(await call())).toBe('CHECKLIST_COMPLAINT_TOO_MANY');
  });

  it('lists complaints for oversight only, within the region, with the contact masked', async () => {
    await submit({ villageCode: V2, subject: '巴音嘎查的投诉' });
    const page = await svc.list(ctx(committee), { regionCode: V1, first: 100, offset: 0 });
    expect(page.total).toBeGreaterThan(0);
    expect(page.items.every((c) => c.regionCode === V1)).toBe(true);
    expect(page.items.find((c) => c.contactMasked)?.contactMasked).toBe('139****5678');
    expect(JSON.stringify(page)).not.toContain(PHONE);
    const byTown = await svc.list(ctx(town), { regionCode: T1, first: 100, offset: 0 });
    expect(byTown.items.map((c) => c.regionCode)).toEqual(expect.arrayContaining([V1, V2]));
    // the committee of a village asking for its town sees its own village only
    const narrowed = await svc.list(ctx(committee), { regionCode: T1, first: 100, offset: 0 });
    expect(narrowed.total).toBe(page.total);

    await expect(svc.list(ctx(villageAdmin), { regionCode: V1, first: 20, offset: 0 })).rejects.toMatchObject({
      code: 'AUTH_PERMISSION_DENIED',
    });
    await expect(svc.list(ctx(committee2), { regionCode: V1, first: 20, offset: 0 })).rejects.toMatchObject({
      code: 'SCOPE_OUT_OF_REGION',
    });
    await expect(
      svc.list(ctx(testActor(Role.OVERSIGHT, V3)), { regionCode: T1, first: 20, offset: 0 }),
    ).rejects.toMatchObject({ code: 'SCOPE_OUT_OF_REGION' });

    const res = await t.gql(
      `query ($r: String!) { checklistComplaints(regionCode: $r, first: 100) { total items { id number contactMasked events { type } } } }`,
      { r: V1 },
      tokenFor(t.app, committee),
    );
    expect(dataOf(res)).toBeTruthy();
    expect(sensitiveMatches(res)).toEqual([]);
  });

  it('handles a complaint: accept → reply → close, each step logged; the public sees status and reply only', async () => {
    const { number } = await submit();
    const id = await idOf(number);
    await expect(
      svc.handle(ctx(villageAdmin), { complaintId: id, action: ChecklistComplaintAction.ACCEPT }),
    ).rejects.toMatchObject({ code: 'AUTH_PERMISSION_DENIED' });
    await expect(
      svc.handle(ctx(committee2), { complaintId: id, action: ChecklistComplaintAction.ACCEPT }),
    ).rejects.toMatchObject({ code: 'SCOPE_OUT_OF_REGION' });

    expect(await svc.publicStatus(number)).toMatchObject({ number, status: 'SUBMITTED', reply: null });
    const accepted = await svc.handle(ctx(committee), { complaintId: id, action: ChecklistComplaintAction.ACCEPT });
    expect(accepted).toMatchObject({ status: ChecklistComplaintStatus.ACCEPTED, handledBy: committee.userId });
    await expect(
      svc.handle(ctx(committee), { complaintId: id, action: ChecklistComplaintAction.ACCEPT }),
    ).rejects.toMatchObject({ code: 'CHECKLIST_COMPLAINT_STATUS_INVALID', details: { status: 'ACCEPTED' } });
    await expect(
      svc.handle(ctx(committee), { complaintId: id, action: ChecklistComplaintAction.REPLY, text: ' ' }),
    ).rejects.toMatchObject({ code: 'CHECKLIST_COMPLAINT_REPLY_REQUIRED' });
    const reply = '经核实，居住证明属于村级可出具事项，已要求工作人员一次办结，并向您致歉。';
    const replied = await svc.handle(ctx(committee), {
      complaintId: id,
      action: ChecklistComplaintAction.REPLY,
      text: reply,
    });
    expect(replied).toMatchObject({ status: 'REPLIED', reply });

    const shown = await svc.publicStatus(number.toLowerCase());
    expect(shown).toMatchObject({ number, status: 'REPLIED', villageName: '呼和嘎查', reply });
    expect(shown?.repliedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(JSON.stringify(shown)).not.toContain(PHONE);
    expect(Object.keys(shown ?? {})).not.toEqual(expect.arrayContaining(['subject']));

    await expect(
      svc.handle(ctx(town), { complaintId: id, action: ChecklistComplaintAction.CLOSE }),
    ).rejects.toMatchObject({ code: 'CHECKLIST_COMPLAINT_REPLY_REQUIRED' });
    const closed = await svc.handle(ctx(town), {
      complaintId: id,
      action: ChecklistComplaintAction.CLOSE,
      text: '投诉人满意，办结',
    });
    expect(closed.status).toBe('CLOSED');
    expect(closed.closedAt).toBeInstanceOf(Date);
    await expect(
      svc.handle(ctx(town), { complaintId: id, action: ChecklistComplaintAction.REPLY, text: '补充答复内容' }),
    ).rejects.toMatchObject({ code: 'CHECKLIST_COMPLAINT_STATUS_INVALID', details: { status: 'CLOSED' } });

    const events = (await svc.eventsOf([id])).get(id) ?? [];
    expect(events.map((e) => [e.type, e.actorId])).toEqual([
      ['SUBMITTED', null],
      ['ACCEPTED', committee.userId],
      ['REPLIED', committee.userId],
      ['CLOSED', town.userId],
    ]);
    await expect(t.dataSource.query(`UPDATE checklist_complaint_event SET note = 'x'`)).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query(`DELETE FROM checklist_complaint_event`)).rejects.toThrow(/append-only/);
  });

  it('limits public status look-ups per address', async () => {
    const { number } = await submit();
    const from = ip();
    for (let i = 0; i < 120; i++) await svc.publicStatus(i % 2 ? number : 'TS20200101-AAAAAA', from);
    await expect(svc.publicStatus(number, from)).rejects.toMatchObject({ code: 'CHECKLIST_COMPLAINT_TOO_MANY' });
    expect((await svc.publicStatus(number, ip()))?.number).toBe(number);
  });

  it('answers the public status query without sign-in and without personal data', async () => {
    const { number } = await submit();
    const query = `query ($n: String!) { publicChecklistComplaint(number: $n) { number status villageName submittedOn reply repliedOn closedOn } }`;
    const res = await t.gql<{ publicChecklistComplaint: { number: string; status: string } }>(query, { n: number });
    expect(dataOf(res).publicChecklistComplaint).toMatchObject({ number, status: 'SUBMITTED', reply: null });
    expect(sensitiveMatches(res)).toEqual([]);
    const none = (n: string) =>
      t.gql<{ publicChecklistComplaint: null }>(query, { n }).then((r) => dataOf(r).publicChecklistComplaint);
    expect(await none('TS20200101-AAAAAA')).toBeNull();
    expect(await none('not a number')).toBeNull();

    const handled = await t.gql(
      `mutation ($i: HandleChecklistComplaintInput!) { handleChecklistComplaint(input: $i) { status contactMasked } }`,
      { i: { complaintId: await idOf(number), action: 'ACCEPT' } },
      tokenFor(t.app, committee),
    );
    expect(dataOf(handled)).toEqual({ handleChecklistComplaint: { status: 'ACCEPTED', contactMasked: '139****5678' } });
    const [audit] = await t.dataSource.query(
      `SELECT target_type, region_code FROM audit_log WHERE operation = 'handleChecklistComplaint'`,
    );
    expect(audit).toEqual({ target_type: 'checklistComplaint', region_code: V1 });
  });
});
