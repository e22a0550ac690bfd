import ExcelJS from 'exceljs';
import { IdentityModule } from '@xiangzhi/identity/api';
import { RegistryModule } from '@xiangzhi/registry/api';
import {
  codeOf,
  dataOf,
  seedHousehold,
  seedRegions,
  sensitiveMatches,
  testActor,
  TEST_REGIONS,
  tokenFor,
} from '@xiangzhi/registry/api/testing';
import { publicationHash } from '@xiangzhi/points/util';
import { Role } from '@xiangzhi/server/core';
import { createTestApp, TestApp } from '@xiangzhi/server/testing';
import { PointsModule } from '../points.module';
import { PointsResultsModule } from '../points-results.module';

const { towns, villages } = TEST_REGIONS;
const [T1] = towns;
const [V1, V2] = villages;
const YEAR = new Date().getUTCFullYear();
const QUARTER_START = Math.floor(new Date().getUTCMonth() / 3) * 3 + 1;
const DAY = `${YEAR}-${String(QUARTER_START).padStart(2, '0')}-01`;

const PUB = `id villageCode villageName seq year fromMonth toMonth publishedOn objectionUntil hash previousHash
  contentJson ranking { rank household value } lines { lineNo entryId household member wording kind points occurredOn reversalOf }`;
const PUBLISH = `mutation($r: String!, $y: Int!, $m: Int!) { publishPoints(regionCode: $r, year: $y, fromMonth: $m) { ${PUB} } }`;
const CHAIN = `query($v: String!) { publicPointsChain(villageCode: $v) { seq hash recomputed valid problem } }`;
const BOARDS = `query($v: String!) { publicPointsBoards(villageCode: $v) { total items { ${PUB} } } }`;
const RECORD = `mutation($i: RecordPointsEntryInput!) { recordPointsEntry(input: $i) { id points } }`;
const REVIEW = `mutation($i: ReviewPointsEntriesInput!) { reviewPointsEntries(input: $i) { id } }`;
const APPROVE = `mutation($i: ApprovePointsEntriesInput!) { approvePointsEntries(input: $i) { id } }`;
const OBJECT = `mutation($i: PortalObjectionInput!) { fileBoardObjection(input: $i) { id status entryId } }`;
const INVESTIGATE = `mutation($id: ID!, $f: String!) { investigatePointsObjection(id: $id, findings: $f) { id status } }`;
const DECIDE = `mutation($id: ID!, $d: PointsObjectionDecision!, $r: String!) {
  decidePointsObjection(id: $id, decision: $d, reason: $r) { id status reversalEntryId } }`;
const RANKING = `query($v: String!, $y: Int!) { pointsVillageRanking(villageCode: $v, year: $y) { rows { householdId rank value } } }`;

interface Pub {
  id: string;
  seq: number;
  hash: string;
  previousHash: string | null;
  contentJson: string;
  objectionUntil: string;
  ranking: Array<{ rank: number; household: string; value: number }>;
  lines: Array<{ entryId: string; household: string; points: number; wording: string; reversalOf: string | null }>;
}

describe('publications, objections, lists and year close', () => {
  let t: TestApp;
  let town: string;
  let admin: string;
  let reviewer: string;
  let sys: string;
  let outsider: string;
  const households: Array<{ id: string; cardNumber: string }> = [];
  let keySeq = 0;

  const ok = async <T>(q: string, v: Record<string, unknown>, token: string) => dataOf(await t.gql<T>(q, v, token));

  async function schemeInForce(year: number, preset = 'TUKE_002', patch?: Record<string, unknown>) {
    const { createPointsScheme: v } = await ok<{ createPointsScheme: { id: string } }>(
      `mutation($i: CreatePointsSchemeInput!) { createPointsScheme(input: $i) { id } }`,
      { i: { townCode: T1, year, presetKey: preset } },
      town,
    );
    if (patch)
      await ok(
        `mutation($i: UpdatePointsSchemeDraftInput!) { updatePointsSchemeDraft(input: $i) { id } }`,
        { i: { id: v.id, parameters: patch } },
        town,
      );
    await ok(`mutation($id: ID!) { submitPointsScheme(id: $id) { id } }`, { id: v.id }, town);
    await ok(`mutation($id: ID!) { approvePointsScheme(id: $id) { id status } }`, { id: v.id }, town);
  }

  /** Records, reviews and approves an entry; returns its id. */
  async function approved(householdId: string, itemCode: string, points: number, occurredOn = DAY): Promise<string> {
    const { recordPointsEntry: e } = await ok<{ recordPointsEntry: { id: string } }>(
      RECORD,
      {
        i: {
          householdId,
          itemCode,
          points,
          occurredOn,
          description: '参加活动',
          channel: 'ON_SITE',
          idempotencyKey: `results-${Date.now()}-${keySeq++}`,
        },
      },
      admin,
    );
    await ok(REVIEW, { i: { entryIds: [e.id], decision: 'APPROVE' } }, reviewer);
    await ok(APPROVE, { i: { entryIds: [e.id] } }, town);
    return e.id;
  }

  beforeAll(async () => {
    t = await createTestApp([IdentityModule, RegistryModule, PointsModule, PointsResultsModule]);
    await seedRegions(t.dataSource);
    town = tokenFor(t.app, testActor(Role.TOWN_SUPERVISOR, T1));
    admin = tokenFor(t.app, testActor(Role.VILLAGE_ADMIN, V1));
    reviewer = tokenFor(t.app, testActor(Role.VILLAGE_REVIEWER, V1));
    sys = tokenFor(t.app, testActor(Role.SYSTEM_ADMIN, '000000000000'));
    outsider = tokenFor(t.app, testActor(Role.VILLAGE_ADMIN, V2));
    for (let i = 0; i < 3; i++) {
      const h = await seedHousehold(t.app, { villageCode: V1 });
      households.push({ id: h.id, cardNumber: h.cardNumber });
    }
    await schemeInForce(YEAR);
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  let first: Pub;
  let entryA: string;

  it('publishes the approved entries masked, with the ranking, and chains the next board to it', async () => {
    entryA = await approved(households[0].id, 'A01', 2);
    await approved(households[1].id, 'A02', 2);
    await approved(households[1].id, 'A01', 2);
    const { publishPoints } = await ok<{ publishPoints: Pub[] }>(PUBLISH, { r: V1, y: YEAR, m: QUARTER_START }, admin);
    expect(publishPoints).toHaveLength(1);
    first = publishPoints[0];
    expect(first.seq).toBe(1);
    expect(first.previousHash).toBeNull();
    expect(first.lines).toHaveLength(3);
    expect(first.lines.map((l) => l.household)).toEqual(['王*国', '王*国', '王*国']);
    expect(first.ranking.map((r) => [r.rank, r.value])).toEqual([
      [1, 4],
      [2, 2],
      [3, 0],
    ]);
    // the browser's check: the canonical content with the previous hash gives the stored hash
    expect(await publicationHash(first.previousHash, JSON.parse(first.contentJson))).toBe(first.hash);
    expect(sensitiveMatches(first)).toEqual([]);
    // the entries are PUBLISHED
    const { pointsEntry } = await ok<{ pointsEntry: { status: string; publishedAt: string | null } }>(
      `query($id: ID!) { pointsEntry(id: $id) { status publishedAt } }`,
      { id: entryA },
      admin,
    );
    expect(pointsEntry.status).toBe('PUBLISHED');
    expect(pointsEntry.publishedAt).not.toBeNull();
  });

  it('refuses a second board for the same period, a period the scheme does not start, and outsiders', async () => {
    const count = async () => Number((await t.dataSource.query(`SELECT count(*) FROM points_publication`))[0].count);
    const before = await count();
    expect(codeOf(await t.gql(PUBLISH, { r: V1, y: YEAR, m: QUARTER_START }, admin))).toBe('PUBLICATION_EXISTS');
    expect(codeOf(await t.gql(PUBLISH, { r: V1, y: YEAR, m: QUARTER_START + 1 }, admin))).toBe(
      'PUBLICATION_PERIOD_INVALID',
    );
    expect(codeOf(await t.gql(PUBLISH, { r: V1, y: YEAR, m: QUARTER_START }, outsider))).toBe('SCOPE_OUT_OF_REGION');
    expect(codeOf(await t.gql(PUBLISH, { r: V1, y: YEAR, m: QUARTER_START }, reviewer))).toBe('AUTH_PERMISSION_DENIED');
    expect(await count()).toBe(before);
  });

  it('lets a resident object on the portal with card and phone digits; upheld → a reversal, the ranking changes', async () => {
    const card = households[0].cardNumber;
    const bad = await t.gql(OBJECT, {
      i: { publicationId: first.id, entryId: entryA, cardNumber: card, phoneLast4: '1111', content: '不是我家' },
    });
    expect(codeOf(bad)).toBe('OBJECTION_IDENTITY_MISMATCH');
    const notOnBoard = await t.gql(OBJECT, {
      i: {
        publicationId: first.id,
        entryId: '00000000-0000-4000-8000-000000000000',
        cardNumber: card,
        phoneLast4: '8000',
        content: '没有这条',
      },
    });
    expect(codeOf(notOnBoard)).toBe('OBJECTION_ENTRY_NOT_PUBLISHED');
    const { fileBoardObjection: o } = dataOf(
      await t.gql<{ fileBoardObjection: { id: string; status: string } }>(OBJECT, {
        i: { publicationId: first.id, entryId: entryA, cardNumber: card, phoneLast4: '8000', content: '当天未参加' },
      }),
    );
    expect(o.status).toBe('FILED');
    // the town decides only after the village has investigated
    expect(codeOf(await t.gql(DECIDE, { id: o.id, d: 'UPHOLD', r: '属实' }, town))).toBe('OBJECTION_NOT_INVESTIGATED');
    await ok(INVESTIGATE, { id: o.id, f: '经核实当天未参加' }, reviewer);
    const { decidePointsObjection: d } = await ok<{
      decidePointsObjection: { status: string; reversalEntryId: string };
    }>(DECIDE, { id: o.id, d: 'UPHOLD', r: '经核实异议成立' }, town);
    expect(d.status).toBe('UPHELD');
    expect(d.reversalEntryId).toBeTruthy();
    const { pointsVillageRanking } = await ok<{
      pointsVillageRanking: { rows: Array<{ householdId: string; value: number }> };
    }>(RANKING, { v: V1, y: YEAR }, admin);
    expect(pointsVillageRanking.rows.find((r) => r.householdId === households[0].id)?.value).toBe(0);
    // the household sees its objection answered and the reversal among its entries
    const { publicHouseholdPoints } = dataOf(
      await t.gql<{
        publicHouseholdPoints: {
          household: string;
          entries: Array<{ points: number; reversalOf: string | null }>;
          objections: Array<{ status: string; decisionReason: string }>;
        };
      }>(
        `query($c: String!, $p: String!) { publicHouseholdPoints(cardNumber: $c, phoneLast4: $p) {
          household entries { points reversalOf } objections { status decisionReason } } }`,
        { c: card, p: '8000' },
      ),
    );
    expect(publicHouseholdPoints.household).toBe('王*国');
    expect(publicHouseholdPoints.entries.map((e) => e.points).sort()).toEqual([-2, 2]);
    expect(publicHouseholdPoints.objections[0]).toEqual({ status: 'UPHELD', decisionReason: '经核实异议成立' });
    expect(sensitiveMatches(publicHouseholdPoints)).toEqual([]);
  });

  it('counts card checks: ten tries of one card in a quarter of an hour, then a pause', async () => {
    const LOOKUP = `query($c: String!, $p: String!) { publicHouseholdPoints(cardNumber: $c, phoneLast4: $p) { household } }`;
    const card = households[2].cardNumber;
    for (let i = 0; i < 10; i++)
      expect(codeOf(await t.gql(LOOKUP, { c: card, p: String(1000 + i) }))).toBe('OBJECTION_IDENTITY_MISMATCH');
    const locked = await t.gql(LOOKUP, { c: card, p: '8000' });
    expect(codeOf(locked)).toBe('CARD_CHECK_TOO_MANY');
    expect(locked.errors?.[0]?.extensions?.['retryAfterSeconds']).toBeGreaterThan(0);
    // another card is not held up by it
    expect(codeOf(await t.gql(LOOKUP, { c: households[1].cardNumber, p: '8000' }))).toBeUndefined();
  });

  it('refuses an objection after the window', async () => {
    const before = Number((await t.dataSource.query(`SELECT count(*) FROM points_objection`))[0].count);
    const after = new Date(`${first.objectionUntil}T12:00:00Z`);
    after.setUTCDate(after.getUTCDate() + 1);
    jest.useFakeTimers({ now: after, doNotFake: TIMERS });
    try {
      const res = await t.gql(OBJECT, {
        i: { publicationId: first.id, cardNumber: households[1].cardNumber, phoneLast4: '8000', content: '漏记一次' },
      });
      expect(codeOf(res)).toBe('OBJECTION_WINDOW_CLOSED');
    } finally {
      jest.useRealTimers();
    }
    expect(Number((await t.dataSource.query(`SELECT count(*) FROM points_objection`))[0].count)).toBe(before);
  });

  it('carries the reversal on the next board, chained to the previous hash', async () => {
    const next = QUARTER_START === 10 ? { y: YEAR + 1, m: 1 } : { y: YEAR, m: QUARTER_START + 3 };
    if (next.y !== YEAR) await schemeInForce(next.y);
    jest.useFakeTimers({
      now: new Date(`${next.y}-${String(next.m).padStart(2, '0')}-02T08:00:00Z`),
      doNotFake: TIMERS,
    });
    try {
      // a token signed at the moved clock (access tokens are short-lived)
      const later = tokenFor(t.app, testActor(Role.TOWN_SUPERVISOR, T1));
      const { publishPoints } = await ok<{ publishPoints: Pub[] }>(PUBLISH, { r: T1, y: next.y, m: next.m }, later);
      const second = publishPoints.find((p) => p.lines.some((l) => l.reversalOf === entryA));
      if (!second) throw new Error('the reversal is on no board');
      expect(second.seq).toBe(2);
      expect(second.previousHash).toBe(first.hash);
      expect(second.lines).toEqual([
        expect.objectContaining({ entryId: expect.any(String), household: '王*国', points: -2, reversalOf: entryA }),
      ]);
      expect(await publicationHash(second.previousHash, JSON.parse(second.contentJson))).toBe(second.hash);
    } finally {
      jest.useRealTimers();
    }
  });

  it('verifies the chain, and detects a published row altered in the database (T1)', async () => {
    const chain = async () =>
      dataOf(await t.gql<{ publicPointsChain: Array<{ valid: boolean; problem: string | null }> }>(CHAIN, { v: V1 }))
        .publicPointsChain;
    expect((await chain()).every((c) => c.valid)).toBe(true);
    // the ledger tables refuse the change …
    await expect(t.dataSource.query(`UPDATE points_publication_line SET points = 20`)).rejects.toThrow(/append-only/);
    // … so an attacker with database rights switches the trigger off first
    await t.dataSource.transaction(async (em) => {
      await em.query(`ALTER TABLE points_publication_line DISABLE TRIGGER points_publication_line_append_only`);
      await em.query(`UPDATE points_publication_line SET points = 20 WHERE entry_id = $1`, [entryA]);
      await em.query(`ALTER TABLE points_publication_line ENABLE TRIGGER points_publication_line_append_only`);
    });
    expect((await chain()).map((c) => c.problem)).toEqual(['HASH_MISMATCH', null]);
    await t.dataSource.transaction(async (em) => {
      await em.query(`ALTER TABLE points_publication_line DISABLE TRIGGER points_publication_line_append_only`);
      await em.query(`UPDATE points_publication_line SET points = 2 WHERE entry_id = $1`, [entryA]);
      await em.query(`ALTER TABLE points_publication_line ENABLE TRIGGER points_publication_line_append_only`);
    });
    expect((await chain()).every((c) => c.valid)).toBe(true);
  });

  it('serves the board publicly and its A4 notice as a Chinese PDF', async () => {
    const { publicPointsBoards } = dataOf(await t.gql<{ publicPointsBoards: { total: number } }>(BOARDS, { v: V1 }));
    expect(publicPointsBoards.total).toBe(2);
    const res = await t.app.inject({ method: 'GET', url: `/api/points/publications/${first.id}/notice.pdf` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(res.rawPayload.length).toBeLessThan(200_000);
  });

  it('exports the village ranking to Excel for staff of the village only', async () => {
    const url = `/api/points/rankings.xlsx?villageCode=${V1}&year=${YEAR}`;
    const res = await t.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${admin}` } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('积分排名'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(String(ws.getCell('A1').value)).toContain(`${YEAR}年1—12月`);
    expect(ws.getRow(3).values).toEqual(expect.arrayContaining(['名次', '积分卡号', '户主', '排名分']));
    const rows = [4, 5, 6].map((n) => [ws.getCell(n, 1).value, ws.getCell(n, 2).value, ws.getCell(n, 8).value]);
    expect(rows).toEqual([
      [1, households[1].cardNumber, 4],
      [2, expect.any(String), 0],
      [2, expect.any(String), 0],
    ]);
    const outside = await t.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${outsider}` } });
    expect(outside.statusCode).toBe(403);
    const anonymous = await t.app.inject({ method: 'GET', url });
    expect(anonymous.statusCode).toBe(401);
  });

  it('keeps red and black lists: public sees masked names today, revocation is once', async () => {
    const ADD = `mutation($i: AddPointsListingInput!) { addPointsListing(input: $i) { id kind title } }`;
    const { addPointsListing: red } = await ok<{ addPointsListing: { id: string } }>(
      ADD,
      { i: { householdId: households[1].id, kind: 'RED', title: '最美家庭', fromDate: DAY } },
      admin,
    );
    await ok(
      ADD,
      { i: { householdId: households[2].id, kind: 'BLACK', title: '违反村规民约', note: '私搭乱建', fromDate: DAY } },
      admin,
    );
    expect(
      codeOf(
        await t.gql(
          ADD,
          {
            i: { householdId: households[2].id, kind: 'BLACK', title: 'x', fromDate: DAY, toDate: `${YEAR - 1}-01-01` },
          },
          admin,
        ),
      ),
    ).toBe('LISTING_DATES_INVALID');
    expect(
      codeOf(
        await t.gql(ADD, { i: { householdId: households[2].id, kind: 'RED', title: 'x', fromDate: DAY } }, outsider),
      ),
    ).toBe('SCOPE_OUT_OF_REGION');
    const { publicPointsListings } = dataOf(
      await t.gql<{ publicPointsListings: Array<{ kind: string; household: string; title: string }> }>(
        `query($v: String!) { publicPointsListings(villageCode: $v) { kind household title } }`,
        { v: V1 },
      ),
    );
    expect(publicPointsListings).toEqual([
      { kind: 'RED', household: '王*国', title: '最美家庭' },
      { kind: 'BLACK', household: '王*国', title: '违反村规民约' },
    ]);
    expect(JSON.stringify(publicPointsListings)).not.toContain('私搭乱建');
    const REVOKE = `mutation($id: ID!, $r: String!) { revokePointsListing(id: $id, reason: $r) { id revokedAt } }`;
    await ok(REVOKE, { id: red.id, r: '荣誉到期' }, admin);
    expect(codeOf(await t.gql(REVOKE, { id: red.id, r: '荣誉到期' }, admin))).toBe('LISTING_REVOKED');
  });

  it('closes a past year once, carrying family points under FAMILY_CARRY_OVER; refuses the current year', async () => {
    const LAST = YEAR - 1;
    await schemeInForce(LAST, 'TUKE_002', {
      cycle: 'FAMILY_CARRY_OVER',
      blackListBlocksExchange: true,
      awardRule: 'ABOVE_VILLAGE_AVERAGE',
    });
    await approved(households[0].id, 'A01', 2, `${LAST}-03-02`);
    await approved(households[0].id, 'A02', 2, `${LAST}-03-03`);
    // a black-list record of last summer blocks exchange then (this scheme says so), not before
    await ok(
      `mutation($i: AddPointsListingInput!) { addPointsListing(input: $i) { id } }`,
      {
        i: {
          householdId: households[0].id,
          kind: 'BLACK',
          title: '违反村规民约',
          fromDate: `${LAST}-06-01`,
          toDate: `${LAST}-08-31`,
        },
      },
      admin,
    );
    const STANDING = `query($h: ID!, $y: Int!, $d: Date) { householdPointsStanding(householdId: $h, year: $y, asOf: $d) {
      balance exchangeable blocks } }`;
    const standing = async (d: string) =>
      (
        await ok<{ householdPointsStanding: { balance: number; exchangeable: number; blocks: string[] } }>(
          STANDING,
          { h: households[0].id, y: LAST, d },
          admin,
        )
      ).householdPointsStanding;
    expect(await standing(`${LAST}-07-01`)).toEqual({ balance: 4, exchangeable: 0, blocks: ['BLACK_LISTED'] });
    expect(await standing(`${LAST}-05-01`)).toEqual({ balance: 4, exchangeable: 4, blocks: [] });
    // 评先选优 under 000's rule: only households above the village average (4 / 3 households) may be nominated
    const AWARD = `query($v: String!, $y: Int!, $h: [ID!]!) { pointsAwardCheck(villageCode: $v, year: $y, householdIds: $h) {
      householdId eligible reason villageAverage } }`;
    const award = async (y: number) =>
      (
        await ok<{ pointsAwardCheck: Array<{ eligible: boolean; reason: string | null; villageAverage: number }> }>(
          AWARD,
          { v: V1, y, h: [households[0].id, households[1].id] },
          admin,
        )
      ).pointsAwardCheck.map((a) => [a.eligible, a.reason, a.villageAverage]);
    expect(await award(LAST)).toEqual([
      [true, null, 1.33],
      [false, 'NOT_ABOVE_AVERAGE', 1.33],
    ]);
    // 002 sets no award rule
    expect((await award(YEAR)).map(([eligible, reason]) => [eligible, reason])).toEqual([
      [false, 'NO_AWARD_RULE'],
      [false, 'NO_AWARD_RULE'],
    ]);
    const PREVIEW = `query($r: String!, $y: Int!) { pointsYearClosePreview(regionCode: $r, year: $y) {
      closed cycle rows { householdId balance carriedBalance carriedFamilyPoints } } }`;
    const { pointsYearClosePreview: p } = await ok<{
      pointsYearClosePreview: {
        closed: boolean;
        cycle: string;
        rows: Array<{ householdId: string; balance: number; carriedBalance: number; carriedFamilyPoints: number }>;
      };
    }>(PREVIEW, { r: V1, y: LAST }, town);
    expect(p.closed).toBe(false);
    expect(p.cycle).toBe('FAMILY_CARRY_OVER');
    expect(p.rows.find((r) => r.householdId === households[0].id)).toEqual({
      householdId: households[0].id,
      balance: 4,
      carriedBalance: 4,
      carriedFamilyPoints: 4,
    });
    const CLOSE = `mutation($r: String!, $y: Int!) { closePointsYear(regionCode: $r, year: $y) { villageCode year households } }`;
    expect(codeOf(await t.gql(CLOSE, { r: V1, y: YEAR }, town))).toBe('YEAR_NOT_ENDED');
    expect(codeOf(await t.gql(CLOSE, { r: V1, y: LAST }, admin))).toBe('AUTH_PERMISSION_DENIED');
    const { closePointsYear } = await ok<{ closePointsYear: Array<{ villageCode: string; households: number }> }>(
      CLOSE,
      { r: T1, y: LAST },
      town,
    );
    // every village of the town under the town's scheme is closed, the one without households too
    expect(closePointsYear).toEqual([
      { villageCode: V1, year: LAST, households: 3 },
      { villageCode: V2, year: LAST, households: 0 },
    ]);
    const before = Number((await t.dataSource.query(`SELECT count(*) FROM points_year_opening`))[0].count);
    expect(codeOf(await t.gql(CLOSE, { r: V1, y: LAST }, town))).toBe('YEAR_ALREADY_CLOSED');
    expect(codeOf(await t.gql(CLOSE, { r: T1, y: LAST }, sys))).toBe('YEAR_ALREADY_CLOSED');
    expect(Number((await t.dataSource.query(`SELECT count(*) FROM points_year_opening`))[0].count)).toBe(before);
    const opening = await t.dataSource.query(
      `SELECT carried_balance, carried_family_points FROM points_year_opening WHERE household_id = $1 AND year = $2`,
      [households[0].id, YEAR],
    );
    expect(opening).toEqual([{ carried_balance: 4, carried_family_points: 4 }]);
  });
});

/** Everything but Date: the API keeps real timers while the clock is moved. */
const TIMERS: Extract<Parameters<typeof jest.useFakeTimers>[0], { doNotFake?: unknown }>['doNotFake'] = [
  'hrtime',
  'nextTick',
  'performance',
  'queueMicrotask',
  'requestAnimationFrame',
  'cancelAnimationFrame',
  'requestIdleCallback',
  'cancelIdleCallback',
  'setImmediate',
  'clearImmediate',
  'setInterval',
  'clearInterval',
  'setTimeout',
  'clearTimeout',
];
