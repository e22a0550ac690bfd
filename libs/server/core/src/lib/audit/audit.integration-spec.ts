import { createTestApp, GqlResult, TestApp } from '../../testing/harness';
import { Role } from '../auth/roles';
import { RequestContext } from '../context/request-context';
import { inlineAuditInsert } from './audit.service';
import { scopeCondition } from '../scope/scope-sql';
import { actor, OTHER_VILLAGE, TEST_VILLAGE, tokenFor } from '../../testing/helpers';
import { PROBE_TABLE, ProbeModule, ProbeState } from '../../testing/probe.module';

interface AuditRow {
  actor_id: string | null;
  actor_name: string;
  actor_role: string | null;
  region_code: string;
  operation: string;
  target_type: string | null;
  target_id: string | null;
  summary: { args?: Record<string, unknown>; change?: Record<string, unknown> };
  request_id: string;
  ip: string | null;
}

const WRITE = `mutation Write($label: String!, $regionCode: String!, $password: String, $fail: Boolean) {
  probeWrite(label: $label, regionCode: $regionCode, password: $password, fail: $fail)
}`;

describe('mutation transaction and audit (S5, ADR 0002, integration)', () => {
  let t: TestApp;
  let probe: ProbeState;
  let n = 0;
  const admin = actor(Role.VILLAGE_ADMIN, TEST_VILLAGE, { username: 'audit.admin' });

  beforeAll(async () => {
    t = await createTestApp([ProbeModule]);
    probe = t.app.get(ProbeState);
  });

  afterAll(async () => {
    await t?.close();
  });

  /** A fresh, valid request id (8–64 word characters). */
  const nextRequestId = () => `audit-test-${++n}-${Math.random().toString(36).slice(2, 10)}`;

  async function gql<T>(
    query: string,
    variables: Record<string, unknown>,
    requestId: string,
    token = tokenFor(t.app, admin),
  ) {
    const res = await t.app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-request-id': requestId },
      payload: JSON.stringify({ query, variables }),
    });
    return JSON.parse(res.body) as GqlResult<T>;
  }

  const auditOf = (requestId: string): Promise<AuditRow[]> =>
    t.dataSource.query(`SELECT * FROM audit_log WHERE request_id = $1 ORDER BY id`, [requestId]);
  const probeRows = (labelPrefix: string): Promise<Array<{ id: string; label: string; region_code: string }>> =>
    t.dataSource.query(
      `SELECT id::text AS id, label, region_code FROM ${PROBE_TABLE} WHERE label LIKE $1 ORDER BY id`,
      [`${labelPrefix}%`],
    );

  it('writes one audit row with actor, region, operation, target, request id, and redacted arguments', async () => {
    const requestId = nextRequestId();
    const res = await gql<{ probeWrite: string }>(
      WRITE,
      { label: 'written-1', regionCode: TEST_VILLAGE, password: 'hunter2' },
      requestId,
    );
    expect(res.errors).toBeUndefined();
    const id = res.data?.probeWrite as string;

    const rows = await auditOf(requestId);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      actor_id: admin.userId,
      actor_name: 'audit.admin',
      actor_role: 'VILLAGE_ADMIN',
      region_code: TEST_VILLAGE,
      operation: 'probeWrite',
      target_type: 'probe_item',
      target_id: id,
      request_id: requestId,
    });
    expect(rows[0].summary).toEqual({
      args: { label: 'written-1', regionCode: TEST_VILLAGE, password: '[redacted]' },
      change: { label: 'written-1' },
    });
    expect(JSON.stringify(rows[0])).not.toContain('hunter2');
    expect(rows[0].ip).toBeTruthy();
    expect(await probeRows('written-1')).toEqual([{ id, label: 'written-1', region_code: TEST_VILLAGE }]);
  });

  it('audits a mutation that notes nothing under the actor’s own region, without a target', async () => {
    const requestId = nextRequestId();
    const res = await gql<{ probeTouch: boolean }>('mutation { probeTouch }', {}, requestId);
    expect(res).toEqual({ data: { probeTouch: true } });
    const rows = await auditOf(requestId);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      operation: 'probeTouch',
      region_code: TEST_VILLAGE,
      target_type: null,
      target_id: null,
      summary: { args: {} },
    });
  });

  it('gives each mutation of one request its own audit row', async () => {
    const requestId = nextRequestId();
    const res = await gql(
      `mutation { a: probeWrite(label: "pair-a", regionCode: "${TEST_VILLAGE}") b: probeWrite(label: "pair-b", regionCode: "${OTHER_VILLAGE}") }`,
      {},
      requestId,
    );
    expect(res.errors).toBeUndefined();
    const rows = await auditOf(requestId);
    expect(rows.map((r) => [r.region_code, r.summary.change?.['label']])).toEqual([
      [TEST_VILLAGE, 'pair-a'],
      [OTHER_VILLAGE, 'pair-b'],
    ]);
  });

  it('generates a request id when the header is missing or malformed', async () => {
    const bad = 'bad id with spaces';
    const res = await gql('mutation { probeTouch }', {}, bad);
    expect(res.errors).toBeUndefined();
    expect(await auditOf(bad)).toEqual([]);
    const [row] = await t.dataSource.query(
      `SELECT request_id FROM audit_log WHERE operation = 'probeTouch' ORDER BY id DESC LIMIT 1`,
    );
    expect(row.request_id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('writes nothing when the mutation throws: its changes and its audit roll back together', async () => {
    const requestId = nextRequestId();
    const before = probe.count('probeWrite');
    const res = await gql(WRITE, { label: 'failed-1', regionCode: TEST_VILLAGE, fail: true }, requestId);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'PROBE_FAILED', kind: 'BAD_USER_INPUT' });
    expect(probe.count('probeWrite')).toBe(before + 1); // it ran, inserted, then failed
    expect(await probeRows('failed-1')).toEqual([]);
    expect(await auditOf(requestId)).toEqual([]);
  });

  it('maps a unique violation to CONFLICT_DUPLICATE and keeps nothing of the mutation', async () => {
    const requestId = nextRequestId();
    const res = await gql('mutation { probeDuplicate(label: "dup-1") }', {}, requestId);
    expect(res.errors?.[0]).toMatchObject({
      message: 'CONFLICT_DUPLICATE',
      extensions: { code: 'CONFLICT_DUPLICATE', kind: 'CONFLICT' },
    });
    expect(JSON.stringify(res)).not.toMatch(/probe_item|duplicate key|constraint/);
    expect(await probeRows('dup-1')).toEqual([]);
    expect(await auditOf(requestId)).toEqual([]);
  });

  it('writes nothing for a mutation refused by the access guard', async () => {
    const requestId = nextRequestId();
    const res = await t.app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json', 'x-request-id': requestId },
      payload: JSON.stringify({ query: `mutation { probeWrite(label: "anon-1", regionCode: "${TEST_VILLAGE}") }` }),
    });
    expect(JSON.parse(res.body).errors[0].extensions.code).toBe('AUTH_UNAUTHENTICATED');
    expect(await probeRows('anon-1')).toEqual([]);
    expect(await auditOf(requestId)).toEqual([]);
  });

  describe('audit row written by the service in its own statement (inlineAuditInsert)', () => {
    const INLINE = `mutation Inline($label: String!, $noteFirst: Boolean, $flaky: Boolean, $password: String) {
      probeWriteInline(label: $label, noteFirst: $noteFirst, flaky: $flaky, password: $password)
    }`;

    it('leaves exactly one row, with what the statement added to the summary and the arguments redacted', async () => {
      const requestId = nextRequestId();
      const res = await gql<{ probeWriteInline: string }>(
        INLINE,
        { label: 'inline-1', password: 'hunter2' },
        requestId,
      );
      expect(res.errors).toBeUndefined();
      const id = res.data?.probeWriteInline as string;
      const rows = await auditOf(requestId);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        actor_id: admin.userId,
        actor_name: 'audit.admin',
        actor_role: 'VILLAGE_ADMIN',
        region_code: TEST_VILLAGE,
        operation: 'probeWriteInline',
        target_type: 'probe_item',
        target_id: 'inline-1',
        request_id: requestId,
      });
      expect(rows[0].summary).toEqual({
        args: { label: 'inline-1', password: '[redacted]' },
        change: { label: 'inline-1', rowId: id },
      });
      expect(rows[0].ip).toBeTruthy();
      expect(await probeRows('inline-1#')).toEqual([{ id, label: 'inline-1#1', region_code: TEST_VILLAGE }]);
    });

    it('falls back to the mutation writing every note when another change was noted first', async () => {
      const requestId = nextRequestId();
      const res = await gql(INLINE, { label: 'inline-2', noteFirst: true }, requestId);
      expect(res.errors).toBeUndefined();
      const rows = await auditOf(requestId);
      expect(rows.map((r) => [r.target_id, r.summary.change])).toEqual([
        ['first', { first: true }],
        ['inline-2', { label: 'inline-2' }],
      ]);
    });

    it('after a retried attempt wrote its row inline, a later attempt that only notes is still audited once', async () => {
      const requestId = nextRequestId();
      const res = await gql<{ probeWriteInline: string }>(INLINE, { label: 'inline-3', flaky: true }, requestId);
      expect(res.errors).toBeUndefined();
      expect(probe.count('probeWriteInline:inline-3')).toBe(2);
      expect((await probeRows('inline-3#')).map((r) => r.label)).toEqual(['inline-3#2']);
      const rows = await auditOf(requestId);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        operation: 'probeWriteInline',
        target_id: res.data?.probeWriteInline,
        summary: { change: { label: 'inline-3', attempt: 2 } },
      });
    });

    it('outside a GraphQL mutation it writes nothing itself and only notes the change', async () => {
      const ctx = new RequestContext('inline-outside', admin);
      const note = { targetType: 'probe_item', targetId: 'x', regionCode: TEST_VILLAGE, summary: {} };
      expect(inlineAuditInsert(ctx, note, 1)).toBeNull();
      expect(ctx.auditNotes).toEqual([note]);
      expect(ctx.auditInline).toBe(0);
    });
  });

  describe('retry', () => {
    it('retries a serialization failure (40001) and the caller sees only the success', async () => {
      const requestId = nextRequestId();
      const res = await gql<{ probeFlaky: number }>('mutation { probeFlaky(label: "flaky-1") }', {}, requestId);
      expect(res).toEqual({ data: { probeFlaky: 2 } });
      expect(probe.count('probeFlaky:flaky-1')).toBe(2);
      // the first attempt's insert rolled back with it; only the second one's change and audit remain
      expect((await probeRows('flaky-1#')).map((r) => r.label)).toEqual(['flaky-1#2']);
      const rows = await auditOf(requestId);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ operation: 'probeFlaky', summary: { change: { attempt: 2 } } });
    });
  });

  describe('append-only audit table', () => {
    let someId: string;

    beforeAll(async () => {
      const requestId = nextRequestId();
      await gql('mutation { probeTouch }', {}, requestId);
      [{ id: someId }] = await t.dataSource.query(`SELECT id::text AS id FROM audit_log WHERE request_id = $1`, [
        requestId,
      ]);
    });

    it.each([
      ['UPDATE', `UPDATE audit_log SET actor_name = 'someone else' WHERE id = $1`],
      ['DELETE', `DELETE FROM audit_log WHERE id = $1`],
    ])('refuses %s', async (_op, sql) => {
      await expect(t.dataSource.query(sql, [someId])).rejects.toMatchObject({ code: '42501' });
      const [row] = await t.dataSource.query(`SELECT actor_name FROM audit_log WHERE id = $1`, [someId]);
      expect(row.actor_name).toBe('audit.admin');
    });

    it('refuses TRUNCATE', async () => {
      await expect(t.dataSource.query(`TRUNCATE audit_log`)).rejects.toMatchObject({ code: '42501' });
      const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM audit_log`);
      expect(count).toBeGreaterThan(0);
    });

    it('still accepts new rows', async () => {
      const requestId = nextRequestId();
      await gql('mutation { probeTouch }', {}, requestId);
      expect(await auditOf(requestId)).toHaveLength(1);
    });
  });

  describe('scopeCondition in SQL', () => {
    it('restricts rows to the caller’s prefixes', async () => {
      const regionsSeen = async (ctx: RequestContext) => {
        const c = scopeCondition(ctx, 'a.region_code');
        const rows = await t.dataSource
          .createQueryBuilder()
          .select('DISTINCT a.region_code', 'region')
          .from('audit_log', 'a')
          .where(c.sql, c.params)
          .getRawMany<{ region: string }>();
        return rows.map((r) => r.region).sort();
      };
      const village = new RequestContext('r', actor(Role.VILLAGE_ADMIN, TEST_VILLAGE));
      const town = new RequestContext(
        'r',
        actor(Role.TOWN_SUPERVISOR, '150121100000', { scopePrefixes: ['150121100'] }),
      );
      const elsewhere = new RequestContext('r', actor(Role.VILLAGE_ADMIN, '150122100001'));
      expect(await regionsSeen(village)).toEqual([TEST_VILLAGE]);
      expect(await regionsSeen(town)).toEqual([TEST_VILLAGE, OTHER_VILLAGE]);
      expect(await regionsSeen(elsewhere)).toEqual([]);
      expect(await regionsSeen(new RequestContext('r', null))).toEqual([]);
      expect(await regionsSeen(RequestContext.system())).toEqual([TEST_VILLAGE, OTHER_VILLAGE]);
    });
  });
});
