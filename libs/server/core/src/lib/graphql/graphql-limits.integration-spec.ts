import { createTestApp, GqlResult, TestApp } from '../../testing/harness';
import { getIntrospectionQuery } from 'graphql';
import { randomBytes } from 'node:crypto';
import { ProbeModule, ProbeState } from '../../testing/probe.module';

/** A query of exactly `depth` levels (probeTree, depth − 2 nested `child`, then the `level` leaf). */
function queryOfDepth(depth: number): string {
  let selection = 'level';
  for (let i = 0; i < depth - 2; i++) selection = `level child { ${selection} }`;
  return `{ probeTree(levels: 40) { ${selection} } }`;
}

function aliases(n: number): string {
  return `{ ${Array.from({ length: n }, (_v, i) => `a${i}: probePing`).join(' ')} }`;
}

const codes = (res: GqlResult) => (res.errors ?? []).map((e) => e.extensions?.code);

describe('GraphQL limits (S2, integration)', () => {
  let t: TestApp;
  let probe: ProbeState;

  beforeAll(async () => {
    t = await createTestApp([ProbeModule], { BODY_LIMIT_BYTES: '65536' });
    probe = t.app.get(ProbeState);
  });

  afterAll(async () => {
    await t?.close();
  });

  /** Runs `query` and tells whether the probe operation `op` ran. */
  async function run(query: string, op: string): Promise<{ res: GqlResult; ran: boolean }> {
    const before = probe.count(op);
    const res = await t.gql(query);
    return { res, ran: probe.count(op) > before };
  }

  function expectRefused(r: { res: GqlResult; ran: boolean }, message: RegExp) {
    expect(r.ran).toBe(false);
    expect(r.res.data).toBeNull();
    expect(codes(r.res)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(r.res.errors?.[0].message).toMatch(message);
    expect(r.res.errors?.[0].extensions?.kind).toBe('BAD_USER_INPUT');
  }

  describe('depth', () => {
    it('runs a query at GRAPHQL_MAX_DEPTH', async () => {
      expect(t.config.values.GRAPHQL_MAX_DEPTH).toBe(10);
      const r = await run(queryOfDepth(10), 'probeTree');
      expect(r.res.errors).toBeUndefined();
      expect(r.ran).toBe(true);
      expect((r.res.data as { probeTree: { level: number } }).probeTree.level).toBe(1);
    });

    it('refuses a query one level deeper before executing it', async () => {
      expectRefused(await run(queryOfDepth(11), 'probeTree'), /depth limit of 10 exceeded, found 11/);
    });

    it('refuses a very deep query before executing it', async () => {
      expectRefused(await run(queryOfDepth(30), 'probeTree'), /depth limit/);
    });

    it('counts the depth hidden in fragments', async () => {
      const query = `
        query { probeTree(levels: 40) { ...A } }
        fragment A on ProbeNode { child { child { child { ...B } } } }
        fragment B on ProbeNode { child { child { child { child { child { child { level } } } } } } }`;
      expectRefused(await run(query, 'probeTree'), /depth limit/);
    });

    it('counts fields, not the fragments that group them (ten levels in two fragments run)', async () => {
      const query = `
        query { probeTree(levels: 40) { ...A } }
        fragment A on ProbeNode { child { child { child { child { ...B } } } } }
        fragment B on ProbeNode { child { child { child { child { level } } } } }`;
      const r = await run(query, 'probeTree');
      expect(r.res.errors).toBeUndefined();
      expect(r.ran).toBe(true);
    });
  });

  describe('aliases', () => {
    it('runs GRAPHQL_MAX_ALIASES aliases', async () => {
      const r = await run(aliases(15), 'probePing');
      expect(r.res.errors).toBeUndefined();
      expect(Object.keys(r.res.data ?? {})).toHaveLength(15);
    });

    it('refuses one alias more before executing any of them', async () => {
      expectRefused(await run(aliases(16), 'probePing'), /Aliases limit of 15 exceeded, found 16/);
    });

    it('counts aliases inside fragments', async () => {
      const query = `{ ...F ...G } fragment F on Query { ${aliases(8).slice(1, -1)} } fragment G on Query { ${aliases(9)
        .slice(1, -1)
        .replace(/a(\d+):/g, 'b$1:')} }`;
      expectRefused(await run(query, 'probePing'), /Aliases limit/);
    });
  });

  describe('cost', () => {
    it('runs a list query within GRAPHQL_MAX_COST', async () => {
      const r = await run('{ probeList(first: 100) { level } }', 'probeList');
      expect(r.res.errors).toBeUndefined();
      expect(r.ran).toBe(true);
    });

    it('refuses a query whose cost is over GRAPHQL_MAX_COST before executing it', async () => {
      expectRefused(await run('{ probeList(first: 30000) { level } }', 'probeList'), /Cost limit of 20000 exceeded/);
    });
  });

  describe('variable defaults', () => {
    it('applies a non-null variable default on every call of a cached (compiled) query', async () => {
      const q = 'query($first: Int! = 3) { probeList(first: $first) { level } }';
      for (let i = 0; i < 4; i++) {
        const res = await t.gql<{ probeList: Array<{ level: number }> }>(q);
        expect(res.errors).toBeUndefined();
        expect(res.data?.probeList).toHaveLength(3);
      }
      const given = await t.gql<{ probeList: Array<{ level: number }> }>(q, { first: 2 });
      expect(given.data?.probeList).toHaveLength(2);
    });
  });

  describe('request body', () => {
    it('answers 413 REQUEST_TOO_LARGE for a body over BODY_LIMIT_BYTES, without executing', async () => {
      const before = probe.count('probePing');
      const res = await t.app.inject({
        method: 'POST',
        url: '/graphql',
        headers: { 'content-type': 'application/json' },
        payload: JSON.stringify({ query: '{ probePing }', variables: { padding: 'x'.repeat(70_000) } }),
      });
      expect(res.statusCode).toBe(413);
      expect(JSON.parse(res.body)).toEqual({
        data: null,
        errors: [{ message: 'REQUEST_TOO_LARGE', extensions: { code: 'REQUEST_TOO_LARGE', kind: 'BAD_USER_INPUT' } }],
      });
      expect(probe.count('probePing')).toBe(before);
    });

    it('runs the same request under the limit', async () => {
      const res = await t.app.inject({
        method: 'POST',
        url: '/graphql',
        headers: { 'content-type': 'application/json' },
        payload: JSON.stringify({ query: '{ probePing }', variables: { padding: 'x'.repeat(60_000) } }),
      });
      expect(res.statusCode).toBe(200);
      expect(JSON.parse(res.body)).toEqual({ data: { probePing: 'pong' } });
    });

    it('refuses a malformed JSON body with a coded 400', async () => {
      const res = await t.app.inject({
        method: 'POST',
        url: '/graphql',
        headers: { 'content-type': 'application/json' },
        payload: '{"query": "{ probePing }"',
      });
      expect(res.statusCode).toBe(400);
      expect(JSON.parse(res.body).errors[0].extensions).toEqual({ code: 'BAD_REQUEST', kind: 'BAD_USER_INPUT' });
    });

    it('refuses an unsupported media type with a coded 415', async () => {
      const res = await t.app.inject({
        method: 'POST',
        url: '/graphql',
        headers: { 'content-type': 'text/xml' },
        payload: '<query>{ probePing }</query>',
      });
      expect(res.statusCode).toBe(415);
      expect(JSON.parse(res.body).errors[0].extensions.code).toBe('BAD_REQUEST');
    });
  });

  describe('argument validation', () => {
    it('checks PageArgs bounds with the ValidationPipe before the resolver runs', async () => {
      const r = await run('{ probePage(first: 500, offset: -1) }', 'probePage');
      expect(r.ran).toBe(false);
      expect(r.res.errors?.[0].extensions).toMatchObject({ code: 'VALIDATION_FAILED', kind: 'BAD_USER_INPUT' });
      expect(r.res.errors?.[0].extensions?.['fields']).toEqual(
        expect.arrayContaining(['first must not be greater than 100', 'offset must not be less than 0']),
      );
    });

    it('applies the PageArgs defaults', async () => {
      expect((await t.gql('{ probePage }')).data).toEqual({ probePage: 20 });
      expect((await t.gql('{ probePage(first: 100, offset: 5) }')).data).toEqual({ probePage: 105 });
    });

    it('names the unknown field of an invalid query', async () => {
      const res = await t.gql('{ probeNope }');
      expect(codes(res)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      expect(res.errors?.[0].message).toContain('probeNope');
    });
  });

  describe('outside production', () => {
    it('answers introspection', async () => {
      const res = await t.gql<{ __schema: { queryType: { name: string } } }>('{ __schema { queryType { name } } }');
      expect(res.errors).toBeUndefined();
      expect(res.data?.__schema.queryType.name).toBe('Query');
      const full = await t.gql<{ __schema: { types: Array<{ name: string }> } }>(getIntrospectionQuery());
      expect(full.errors).toBeUndefined();
      expect(full.data?.__schema.types.map((x) => x.name)).toContain('ProbeNode');
    });

    it('serves GraphiQL', async () => {
      const res = await t.app.inject({ method: 'GET', url: '/graphiql' });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/text\/html/);
    });
  });
});

describe('GraphQL in production (S2, S6, integration)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp([ProbeModule], { NODE_ENV: 'production', JWT_SECRET: randomBytes(32).toString('hex') });
  });

  afterAll(async () => {
    await t?.close();
  });

  it('runs in production mode', () => {
    expect(t.config.isProduction).toBe(true);
  });

  it('refuses introspection', async () => {
    for (const query of [
      '{ __schema { queryType { name } } }',
      '{ __type(name: "ProbeNode") { name } }',
      getIntrospectionQuery(),
    ]) {
      const res = await t.gql(query);
      expect(res.data).toBeNull();
      expect(codes(res).length).toBeGreaterThan(0);
      expect(new Set(codes(res))).toEqual(new Set(['GRAPHQL_VALIDATION_FAILED']));
      expect(res.errors?.[0].message).toMatch(/introspection/i);
    }
  });

  it('still answers ordinary queries (and __typename)', async () => {
    expect(await t.gql('{ probePing __typename }')).toEqual({ data: { probePing: 'pong', __typename: 'Query' } });
  });

  it('keeps the limits', async () => {
    expect(codes(await t.gql(queryOfDepth(11)))).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(codes(await t.gql(aliases(16)))).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });

  it('serves no GraphiQL', async () => {
    for (const url of ['/graphiql', '/graphiql/main.js', '/graphiql.html']) {
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.statusCode).toBe(404);
      expect(res.body).not.toMatch(/graphiql/i);
    }
  });

  it('sends a Content-Security-Policy', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/health' });
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
  });
});
