import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { Actor, RequestContext, Role } from '@xiangzhi/server/core';
import { createTestApp, TestApp } from '@xiangzhi/server/testing';
import { IdentityModule } from '@xiangzhi/identity/api';
import { seedUser } from '@xiangzhi/identity/api/testing';
import { HouseholdModel, RegistryModule } from '@xiangzhi/registry/api';
import { codeOf, dataOf, seedRegions, TEST_REGIONS, testActor, tokenFor } from '@xiangzhi/registry/api/testing';
import { nextKey, seedPointsHousehold, seedScheme, testScheme } from '../testing';
import { PointsModule } from './points.module';
import { EntryChannel, EntryStatus, ReversalSource, ReviewDecision, SchemeStatus } from './points.enums';
import { EntriesService } from './services/entries.service';

const [V1, V2, V3] = TEST_REGIONS.villages;
const [T1] = TEST_REGIONS.towns;
const [G1, G2] = TEST_REGIONS.grids(V1);
const YEAR = 2025;
const DAY = '2025-03-10';

describe('points entries: record, review, approve, reverse', () => {
  let t: TestApp;
  let entries: EntriesService;
  let recorder: Actor;
  let recorder2: Actor;
  let reviewer: Actor;
  let supervisor: Actor;
  let h1: HouseholdModel;
  let h2: HouseholdModel;
  let h3: HouseholdModel;
  let memberOfH1: string;
  const ctx = (a: Actor) => new RequestContext(`req-${randomUUID()}`, a);

  const counts = async () => {
    const [r] = (await t.dataSource.query(`SELECT
      (SELECT count(*)::int FROM points_entry) AS entries,
      (SELECT count(*)::int FROM points_entry_event) AS events,
      (SELECT count(*)::int FROM points_entry_state) AS states`)) as Array<Record<string, number>>;
    return r;
  };

  /** Expects `work` to fail with `code` and to write nothing. */
  const refused = async (work: () => Promise<unknown>, code: string) => {
    const before = await counts();
    await expect(work()).rejects.toMatchObject({ code });
    expect(await counts()).toEqual(before);
  };

  const single = (over: Record<string, unknown> = {}) => ({
    householdId: h1.id,
    itemCode: 'T01',
    points: 5,
    occurredOn: DAY,
    description: '参加村里组织的环境卫生整治',
    channel: EntryChannel.ON_SITE,
    idempotencyKey: nextKey(),
    ...over,
  });

  const user = async (role: Role, region: string, grids: string[] = []): Promise<Actor> => {
    const u = await seedUser(t.dataSource, {
      username: `pts.${role.toLowerCase()}.${randomUUID().slice(0, 6)}`,
      password: 'Points@12345',
      role,
      regionCode: region,
      gridCodes: grids,
      displayName: `${role}-用户`,
    });
    return { ...testActor(role, region, grids), userId: u.id, username: u.username };
  };

  beforeAll(async () => {
    t = await createTestApp([IdentityModule, RegistryModule, PointsModule]);
    await seedRegions(t.dataSource);
    await seedScheme(t.dataSource, T1, YEAR);
    entries = t.app.get(EntriesService);
    recorder = await user(Role.VILLAGE_ADMIN, V1);
    recorder2 = await user(Role.GRID_WORKER, V1, [G1]);
    reviewer = await user(Role.VILLAGE_REVIEWER, V1);
    supervisor = await user(Role.TOWN_SUPERVISOR, T1);
    h1 = await seedPointsHousehold(t.app, V1, { gridCode: G1, extraMembers: 2 });
    h2 = await seedPointsHousehold(t.app, V1, { gridCode: G2, headName: '李四海' });
    h3 = await seedPointsHousehold(t.app, V2, { headName: '王五福' });
    const [m] = (await t.dataSource.query(
      `SELECT id FROM member WHERE household_id = $1 AND relation <> 'HEAD' LIMIT 1`,
      [h1.id],
    )) as Array<{ id: string }>;
    memberOfH1 = m.id;
  });
  afterAll(() => t?.close());

  it('records an entry with its state and RECORDED event, signed by the item kind', async () => {
    const e = await entries.record(ctx(recorder), single({ points: 7 }));
    expect(e).toMatchObject({ points: 7, status: EntryStatus.RECORDED, itemCode: 'T01', villageCode: V1 });
    const n = await entries
      .record(ctx(recorder), single({ itemCode: 'T03', points: 3, evidenceFileIds: [], description: '乱堆乱放' }))
      .catch((err: { code: string }) => err.code);
    expect(n).toBe('POINTS_EVIDENCE_REQUIRED');
    const events = await t.dataSource.query(`SELECT action FROM points_entry_event WHERE entry_id = $1`, [e.id]);
    expect(events).toEqual([{ action: 'RECORDED' }]);
  });

  it('records a NEGATIVE item with negative points', async () => {
    const [{ id: fileId }] = (await t.dataSource.query(
      `INSERT INTO stored_file (name, content_type, size, sha256, region_code, kind, storage_key)
       VALUES ('photo.jpg', 'image/jpeg', 1, repeat('0', 64), $1, 'UPLOAD', 'x/y') RETURNING id`,
      [G1],
    )) as Array<{ id: string }>;
    const e = await entries.record(
      ctx(recorder),
      single({ itemCode: 'T03', points: 3, evidenceFileIds: [fileId], description: '乱堆乱放' }),
    );
    expect(e.points).toBe(-3);
    expect(e.evidenceFileIds).toEqual([fileId]);
  });

  it('refuses bad input with a coded error and writes nothing', async () => {
    await refused(() => entries.record(ctx(recorder), single({ points: 11 })), 'POINTS_OUT_OF_RANGE');
    await refused(() => entries.record(ctx(recorder), single({ points: 0 })), 'POINTS_OUT_OF_RANGE');
    await refused(() => entries.record(ctx(recorder), single({ itemCode: 'T02' })), 'POINTS_MEMBER_REQUIRED');
    await refused(
      () => entries.record(ctx(recorder), single({ itemCode: 'T02', memberId: randomUUID() })),
      'POINTS_MEMBER_NOT_IN_HOUSEHOLD',
    );
    await refused(() => entries.record(ctx(recorder), single({ memberId: memberOfH1 })), 'POINTS_MEMBER_NOT_ALLOWED');
    await refused(() => entries.record(ctx(recorder), single({ itemCode: 'X99' })), 'ITEM_NOT_IN_FORCE');
    // no scheme in force for 2024
    await refused(() => entries.record(ctx(recorder), single({ occurredOn: '2024-05-01' })), 'ITEM_NOT_IN_FORCE');
    await refused(() => entries.record(ctx(recorder), single({ occurredOn: '2999-01-01' })), 'POINTS_DATE_IN_FUTURE');
    await refused(
      () => entries.record(ctx(recorder), single({ itemCode: 'T03', points: 3 })),
      'POINTS_EVIDENCE_REQUIRED',
    );
    await refused(
      () => entries.record(ctx(recorder), single({ itemCode: 'T03', points: 3, evidenceFileIds: [randomUUID()] })),
      'FILE_NOT_FOUND',
    );
    await refused(
      () => entries.record(ctx(recorder), single({ idempotencyKey: 'short' })),
      'POINTS_IDEMPOTENCY_KEY_INVALID',
    );
  });

  it('refuses a household not taking part', async () => {
    const out = await seedPointsHousehold(t.app, V1, { participating: false });
    await refused(() => entries.record(ctx(recorder), single({ householdId: out.id })), 'HOUSEHOLD_NOT_PARTICIPATING');
  });

  it('refuses households outside the recorder’s region (grid worker: the next grid; admin: the next village)', async () => {
    await refused(() => entries.record(ctx(recorder2), single({ householdId: h2.id })), 'SCOPE_OUT_OF_REGION');
    await refused(() => entries.record(ctx(recorder), single({ householdId: h3.id })), 'SCOPE_OUT_OF_REGION');
    await refused(
      () => entries.recordBulk(ctx(recorder2), { ...single(), householdIds: [h1.id, h2.id] }),
      'SCOPE_OUT_OF_REGION',
    );
  });

  it('refuses what goes over the item’s cap for the review period', async () => {
    const h = await seedPointsHousehold(t.app, V1);
    await entries.record(ctx(recorder), single({ householdId: h.id, itemCode: 'T04', points: 5 }));
    await entries.record(ctx(recorder), single({ householdId: h.id, itemCode: 'T04', points: 5 }));
    await refused(
      () => entries.record(ctx(recorder), single({ householdId: h.id, itemCode: 'T04', points: 5 })),
      'POINTS_CAP_EXCEEDED',
    );
    // another month is another review period
    await entries.record(
      ctx(recorder),
      single({ householdId: h.id, itemCode: 'T04', points: 5, occurredOn: '2025-04-02' }),
    );
    await refused(
      () => entries.recordBulk(ctx(recorder), { ...single(), itemCode: 'T04', householdIds: [h.id] }),
      'POINTS_CAP_EXCEEDED',
    );
  });

  it('R3: a repeated key returns the first result and writes nothing (single and bulk)', async () => {
    const input = single();
    const first = await entries.record(ctx(recorder), input);
    const before = await counts();
    const again = await entries.record(ctx(recorder), { ...input, points: 9 });
    expect(again.id).toBe(first.id);
    expect(again.points).toBe(first.points);
    expect(await counts()).toEqual(before);

    const bulk = { ...single(), householdIds: [h1.id, h2.id] };
    const made = await entries.recordBulk(ctx(recorder), bulk);
    expect(made).toMatchObject({ count: 2, replayed: false });
    const mid = await counts();
    const repeat = await entries.recordBulk(ctx(recorder), bulk);
    expect(repeat.replayed).toBe(true);
    expect(repeat.items.map((e) => e.id)).toEqual(made.items.map((e) => e.id));
    expect(await counts()).toEqual(mid);
  });

  it('R3 under concurrency: the same key sent twice at once writes one entry', async () => {
    const input = single();
    const bulk = { ...single(), householdIds: [h1.id, h2.id] };
    const before = await counts();
    const [a, b] = await Promise.all([entries.record(ctx(recorder), input), entries.record(ctx(recorder), input)]);
    const [c, d] = await Promise.all([
      entries.recordBulk(ctx(recorder), bulk),
      entries.recordBulk(ctx(recorder), bulk),
    ]);
    expect(a.id).toBe(b.id);
    expect(c.items.map((e) => e.id)).toEqual(d.items.map((e) => e.id));
    expect([c.replayed, d.replayed].sort()).toEqual([false, true]);
    const after = await counts();
    expect(after.entries - before.entries).toBe(3);
  });

  it('R3 through GraphQL: the same key twice gives the same entry', async () => {
    const token = tokenFor(t.app, recorder);
    const doc = `mutation($input: RecordPointsEntryInput!) { recordPointsEntry(input: $input) { id points status } }`;
    const input = single();
    const a = dataOf(await t.gql<{ recordPointsEntry: { id: string } }>(doc, { input }, token));
    const b = dataOf(await t.gql<{ recordPointsEntry: { id: string } }>(doc, { input }, token));
    expect(b.recordPointsEntry.id).toBe(a.recordPointsEntry.id);
  });

  it('bulk refuses a duplicate household, an individual item and an unknown household, writing nothing', async () => {
    await refused(
      () => entries.recordBulk(ctx(recorder), { ...single(), householdIds: [h1.id, h1.id] }),
      'POINTS_BULK_DUPLICATE_HOUSEHOLD',
    );
    await refused(
      () => entries.recordBulk(ctx(recorder), { ...single(), itemCode: 'T02', householdIds: [h1.id] }),
      'POINTS_MEMBER_REQUIRED',
    );
    await refused(
      () => entries.recordBulk(ctx(recorder), { ...single(), householdIds: [h1.id, randomUUID()] }),
      'REGISTRY_HOUSEHOLD_NOT_FOUND',
    );
    await refused(
      () => entries.recordBulk(ctx(recorder), { ...single(), points: 99, householdIds: [h1.id, h2.id] }),
      'POINTS_OUT_OF_RANGE',
    );
  });

  it('review: reason required to reject, never one’s own entries, only RECORDED ones', async () => {
    const a = await entries.record(ctx(recorder), single());
    const own = await entries.record(ctx(reviewerAsRecorder()), single());
    await refused(
      () => entries.review(ctx(reviewer), { entryIds: [a.id], decision: ReviewDecision.REJECT }),
      'ENTRY_REASON_REQUIRED',
    );
    await refused(
      () => entries.review(ctx(reviewer), { entryIds: [a.id, own.id], decision: ReviewDecision.APPROVE }),
      'ENTRY_OWN_REVIEW',
    );
    const [done] = await entries.review(ctx(reviewer), { entryIds: [a.id], decision: ReviewDecision.APPROVE });
    expect(done.status).toBe(EntryStatus.REVIEWED);
    await refused(
      () => entries.review(ctx(reviewer), { entryIds: [a.id], decision: ReviewDecision.APPROVE }),
      'ENTRY_NOT_RECORDED',
    );
    const b = await entries.record(ctx(recorder), single());
    const [rejected] = await entries.review(ctx(reviewer), {
      entryIds: [b.id],
      decision: ReviewDecision.REJECT,
      reason: '照片与事项不符',
    });
    expect(rejected.status).toBe(EntryStatus.REJECTED);
    const events = await t.dataSource.query(
      `SELECT action, reason FROM points_entry_event WHERE entry_id = $1 ORDER BY id`,
      [b.id],
    );
    expect(events).toEqual([
      { action: 'RECORDED', reason: null },
      { action: 'REVIEW_REJECTED', reason: '照片与事项不符' },
    ]);
  });

  /** The reviewer's own user recording (a reviewer who also records on a busy day). */
  function reviewerAsRecorder(): Actor {
    return { ...reviewer, role: Role.VILLAGE_ADMIN };
  }

  it('approve: only REVIEWED entries, by the town of the village', async () => {
    const a = await entries.record(ctx(recorder), single());
    await refused(() => entries.approve(ctx(supervisor), { entryIds: [a.id] }), 'ENTRY_NOT_REVIEWED');
    await entries.review(ctx(reviewer), { entryIds: [a.id], decision: ReviewDecision.APPROVE });
    const otherTown = testActor(Role.TOWN_SUPERVISOR, TEST_REGIONS.towns[1]);
    await refused(() => entries.approve(ctx(otherTown), { entryIds: [a.id] }), 'SCOPE_OUT_OF_REGION');
    const [ok] = await entries.approve(ctx(supervisor), { entryIds: [a.id] });
    expect(ok).toMatchObject({ status: EntryStatus.APPROVED, approvedBy: supervisor.userId });
  });

  it('reverse: a reversing entry, never a second one; only approved originals', async () => {
    const a = await entries.record(ctx(recorder), single({ points: 6 }));
    await refused(() => entries.reverseByStaff(ctx(supervisor), a.id, '录入错误'), 'ENTRY_NOT_REVERSIBLE');
    await entries.review(ctx(reviewer), { entryIds: [a.id], decision: ReviewDecision.APPROVE });
    await entries.approve(ctx(supervisor), { entryIds: [a.id] });
    await refused(() => entries.reverseByStaff(ctx(supervisor), a.id, '  '), 'ENTRY_REASON_REQUIRED');
    const r = await entries.reverseByStaff(ctx(supervisor), a.id, '录入错误');
    expect(r).toMatchObject({ points: -6, reversalOf: a.id, status: EntryStatus.APPROVED });
    await refused(() => entries.reverseByStaff(ctx(supervisor), a.id, '再次冲正'), 'ENTRY_ALREADY_REVERSED');
    await refused(
      () =>
        entries.reverse(ctx(supervisor), a.id, '异议成立', { source: ReversalSource.OBJECTION, refId: randomUUID() }),
      'ENTRY_ALREADY_REVERSED',
    );
    await refused(() => entries.reverseByStaff(ctx(supervisor), r.id, '冲正的冲正'), 'ENTRY_NOT_REVERSIBLE');
  });

  it('the ledger is append-only: UPDATE, DELETE and TRUNCATE of entries and events fail in the database', async () => {
    const a = await entries.record(ctx(recorder), single());
    await expect(t.dataSource.query(`UPDATE points_entry SET points = 100 WHERE id = $1`, [a.id])).rejects.toThrow(
      /append-only/,
    );
    await expect(t.dataSource.query(`DELETE FROM points_entry WHERE id = $1`, [a.id])).rejects.toThrow(/append-only/);
    await expect(
      t.dataSource.query(`UPDATE points_entry_event SET reason = 'x' WHERE entry_id = $1`, [a.id]),
    ).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query(`DELETE FROM points_entry_event WHERE entry_id = $1`, [a.id])).rejects.toThrow(
      /append-only/,
    );
    await expect(t.dataSource.query(`TRUNCATE points_entry CASCADE`)).rejects.toThrow(/append-only/);
    const [{ points }] = await t.dataSource.query(`SELECT points FROM points_entry WHERE id = $1`, [a.id]);
    expect(points).toBe(5);
  });

  it('T2: the staff view shows evidence, recorder, reviewer, approver and the reversal (one query per relation)', async () => {
    const a = await entries.record(ctx(recorder), single({ points: 4 }));
    await entries.review(ctx(reviewer), { entryIds: [a.id], decision: ReviewDecision.APPROVE });
    await entries.approve(ctx(supervisor), { entryIds: [a.id] });
    const r = await entries.reverseByStaff(ctx(supervisor), a.id, '核实有误');
    const res = await t.gql<{
      pointsEntry: {
        id: string;
        status: string;
        reversed: boolean;
        recorder: { id: string; displayName: string };
        reviewer: { id: string };
        approver: { id: string };
        reversals: Array<{ id: string; points: number; reversalReason: string; recorder: { id: string } }>;
        events: Array<{ action: string; actorId: string }>;
        household: { id: string; cardNumber: string };
        evidence: unknown[];
      };
    }>(
      `query($id: ID!) { pointsEntry(id: $id) { id status reversed
        recorder { id displayName } reviewer { id } approver { id }
        reversals { id points reversalReason recorder { id } }
        events { action actorId } household { id cardNumber } evidence { id } } }`,
      { id: a.id },
      tokenFor(t.app, reviewer),
    );
    const view = dataOf(res).pointsEntry;
    expect(view.recorder).toEqual({ id: recorder.userId, displayName: 'VILLAGE_ADMIN-用户' });
    expect(view.reviewer.id).toBe(reviewer.userId);
    expect(view.approver.id).toBe(supervisor.userId);
    expect(view.reversed).toBe(true);
    expect(view.reversals).toEqual([
      { id: r.id, points: -4, reversalReason: '核实有误', recorder: { id: supervisor.userId } },
    ]);
    expect(view.events.map((e) => e.action)).toEqual(['RECORDED', 'REVIEW_APPROVED', 'APPROVED', 'REVERSED']);
    expect(view.household.id).toBe(h1.id);
  });

  it('lists: the review queue by status and month, the town approval queue, a household’s entries (no N+1)', async () => {
    const queue = await t.gql<{
      pointsEntries: { total: number; items: Array<{ status: string; recorder: { id: string } | null }> };
    }>(
      `query($v: String!) { pointsEntries(villageCode: $v, status: RECORDED, year: 2025, month: 3, first: 100) {
        total items { status occurredOn recorder { id } reviewer { id } household { id } events { action } } } }`,
      { v: V1 },
      tokenFor(t.app, reviewer),
    );
    const q = dataOf(queue).pointsEntries;
    expect(q.total).toBeGreaterThan(3);
    expect(q.items.every((i) => i.status === 'RECORDED')).toBe(true);
    // the grid worker sees only the entries of its grid
    const mine = dataOf(
      await t.gql<{ pointsEntries: { items: Array<{ householdId: string }> } }>(
        `query($v: String!) { pointsEntries(villageCode: $v, first: 100) { items { householdId } } }`,
        { v: V1 },
        tokenFor(t.app, recorder2),
      ),
    ).pointsEntries.items;
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((e) => e.householdId !== h2.id)).toBe(true);

    const reviewed = await entries.record(ctx(recorder), single());
    await entries.review(ctx(reviewer), { entryIds: [reviewed.id], decision: ReviewDecision.APPROVE });
    const town = dataOf(
      await t.gql<{ pointsApprovalQueue: { items: Array<{ id: string; status: string }> } }>(
        `query($t: String!) { pointsApprovalQueue(townCode: $t, first: 100) { total items { id status } } }`,
        { t: T1 },
        tokenFor(t.app, supervisor),
      ),
    ).pointsApprovalQueue.items;
    expect(town.map((e) => e.id)).toContain(reviewed.id);
    expect(town.every((e) => e.status === 'REVIEWED')).toBe(true);
    const refusedQueue = await t.gql(
      `query($t: String!) { pointsApprovalQueue(townCode: $t) { total } }`,
      { t: TEST_REGIONS.towns[1] },
      tokenFor(t.app, supervisor),
    );
    expect(codeOf(refusedQueue)).toBe('SCOPE_OUT_OF_REGION');

    const own = dataOf(
      await t.gql<{ householdPointsEntries: { total: number; items: Array<{ householdId: string }> } }>(
        `query($h: ID!) { householdPointsEntries(householdId: $h, first: 100) { total items { householdId status } } }`,
        { h: h1.id },
        tokenFor(t.app, reviewer),
      ),
    ).householdPointsEntries;
    expect(own.items.every((e) => e.householdId === h1.id)).toBe(true);
  });

  it('T2 without N+1: the staff view of a page costs the same statements for 2 entries as for 15', async () => {
    const pgProto = Client.prototype as unknown as { query: (...a: unknown[]) => unknown };
    const original = pgProto.query;
    let statements = 0;
    pgProto.query = function (this: unknown, ...a: unknown[]) {
      statements++;
      return original.apply(this, a);
    };
    const token = tokenFor(t.app, reviewer);
    const run = async (first: number) => {
      statements = 0;
      const res = await t.gql<{ pointsEntries: { items: unknown[] } }>(
        `query($v: String!, $first: Int!) { pointsEntries(villageCode: $v, first: $first) { total items { id
          recorder { id displayName } reviewer { id } approver { id } evidence { id name } events { action }
          reversals { id recorder { id } } household { id cardNumber } member { id name } } } }`,
        { v: V1, first },
        token,
      );
      expect(dataOf(res).pointsEntries.items).toHaveLength(first);
      return statements;
    };
    try {
      await run(2); // warm-up
      expect(await run(15)).toBe(await run(2));
    } finally {
      pgProto.query = original;
    }
  });

  it('standing and ranking count approved entries only; a reversal changes the ranking', async () => {
    const v = V3;
    const scheme = testScheme(YEAR);
    await seedScheme(t.dataSource, TEST_REGIONS.towns[1], YEAR, {
      definition: {
        ...scheme,
        parameters: { ...scheme.parameters, subjectModel: 'HOUSEHOLD', rankingBasis: 'HOUSEHOLD_TOTAL' },
      },
    });
    const admin = await user(Role.VILLAGE_ADMIN, v);
    const rev = await user(Role.VILLAGE_REVIEWER, v);
    const sup = await user(Role.TOWN_SUPERVISOR, TEST_REGIONS.towns[1]);
    const a = await seedPointsHousehold(t.app, v, { headName: '赵大勇' });
    const b = await seedPointsHousehold(t.app, v, { headName: '钱二宝' });
    const rec = (h: HouseholdModel, points: number) =>
      entries.record(ctx(admin), { ...single(), householdId: h.id, points });
    const ea = await rec(a, 8);
    const eb = await rec(b, 6);
    await rec(b, 9); // recorded only: does not count
    await entries.review(ctx(rev), { entryIds: [ea.id, eb.id], decision: ReviewDecision.APPROVE });
    await entries.approve(ctx(sup), { entryIds: [ea.id, eb.id] });

    const standing = await entries.standing(ctx(rev), a.id, YEAR, '2025-06-30');
    expect(standing).toMatchObject({ householdEarned: 8, schemeInForce: true });
    const rank = await entries.ranking(ctx(rev), v, YEAR);
    expect(rank.rows.map((r) => [r.maskedName, r.rank, r.value])).toEqual([
      ['赵*勇', 1, 8],
      ['钱*宝', 2, 6],
    ]);
    expect(rank.rows[0].headName).toBe('赵大勇');
    await entries.reverseByStaff(ctx(sup), ea.id, '核实不属实');
    const after = await entries.ranking(ctx(rev), v, YEAR);
    expect(after.rows.map((r) => [r.maskedName, r.rank, r.value])).toEqual([
      ['钱*宝', 1, 6],
      ['赵*勇', 2, 0],
    ]);
    const noScheme = await entries.standing(ctx(rev), a.id, 2023);
    expect(noScheme.schemeInForce).toBe(false);
  });

  it('keeps scheme versions’ statuses as seeded (sanity of the fixture)', async () => {
    const rows = await t.dataSource.query(`SELECT status FROM points_scheme_version WHERE region_code = $1`, [T1]);
    expect(rows).toEqual([{ status: SchemeStatus.IN_FORCE }]);
  });
});
