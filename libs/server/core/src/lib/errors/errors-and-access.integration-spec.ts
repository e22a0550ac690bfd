import { createTestApp, GqlResult, TestApp } from '../../testing/harness';
import { Role } from '../auth/roles';
import { actor, tokenFor } from '../../testing/helpers';
import { ProbeModule, ProbeState } from '../../testing/probe.module';

const first = (res: GqlResult) => res.errors?.[0];

describe('errors and access (integration)', () => {
  let t: TestApp;
  let probe: ProbeState;

  beforeAll(async () => {
    t = await createTestApp([ProbeModule]);
    probe = t.app.get(ProbeState);
  });

  afterAll(async () => {
    await t?.close();
  });

  describe('GraphQL errors', () => {
    // run twice: the second run goes through the graphql-jit compiled query (jit: 1)
    it.each([1, 2, 3])('hides a plain Error behind INTERNAL_ERROR, with no message or stack (run %d)', async () => {
      const res = await t.app.inject({
        method: 'POST',
        url: '/graphql',
        headers: { 'content-type': 'application/json' },
        payload: JSON.stringify({ query: '{ probeBoom }' }),
      });
      expect(res.statusCode).toBe(200);
      const body = JSON.parse(res.body);
      expect(body).toEqual({
        data: { probeBoom: null },
        errors: [
          { message: 'Internal error', path: ['probeBoom'], extensions: { code: 'INTERNAL_ERROR', kind: 'INTERNAL' } },
        ],
      });
      expect(res.body).not.toMatch(/hunter2|10\.0\.0\.7|stack|\.ts:\d+/);
    });

    it.each([1, 2, 3])('keeps the code, kind and details of a DomainError (run %d)', async () => {
      const res = await t.gql('{ probeDomainError }');
      expect(res.data).toEqual({ probeDomainError: null });
      expect(first(res)).toEqual({
        message: 'PROBE_TAKEN',
        path: ['probeDomainError'],
        extensions: { code: 'PROBE_TAKEN', kind: 'CONFLICT', field: 'label' },
      });
    });

    it('answers the healthy fields of a query beside a failed one', async () => {
      const res = await t.gql('{ probePing probeBoom }');
      expect(res.data).toEqual({ probePing: 'pong', probeBoom: null });
      expect(res.errors).toHaveLength(1);
    });
  });

  describe('access guard (GraphQL)', () => {
    it.each([1, 2])('refuses an operation that declares no access rule, signed in or not (run %d)', async () => {
      const before = probe.count('probeUndeclared');
      const admin = tokenFor(t.app, actor(Role.SYSTEM_ADMIN, '000000000000', { scopePrefixes: [''] }));
      for (const token of [undefined, admin]) {
        const res = await t.gql('{ probeUndeclared }', undefined, token);
        expect(first(res)?.extensions).toEqual({ code: 'AUTH_OPERATION_UNDECLARED', kind: 'FORBIDDEN' });
      }
      expect(probe.count('probeUndeclared')).toBe(before);
    });

    it('refuses a protected operation without a token as AUTH_UNAUTHENTICATED', async () => {
      const before = probe.count('probeProtected');
      const res = await t.gql('{ probeProtected }');
      expect(res.data).toBeNull();
      expect(first(res)?.extensions).toEqual({ code: 'AUTH_UNAUTHENTICATED', kind: 'UNAUTHENTICATED' });
      expect(probe.count('probeProtected')).toBe(before);
    });

    it('treats a bad or foreign token as no token', async () => {
      for (const token of ['not-a-jwt', tokenFor(t.app, actor(Role.VILLAGE_ADMIN)).slice(0, -3) + 'AAA']) {
        const res = await t.gql('{ probeProtected }', undefined, token);
        expect(first(res)?.extensions?.code).toBe('AUTH_UNAUTHENTICATED');
      }
    });

    it('refuses a role that lacks the permission as AUTH_PERMISSION_DENIED', async () => {
      const before = probe.count('probeProtected');
      for (const role of [Role.VILLAGE_REVIEWER, Role.GRID_WORKER, Role.SHOP_OPERATOR]) {
        const res = await t.gql('{ probeProtected }', undefined, tokenFor(t.app, actor(role)));
        expect(first(res)?.extensions).toEqual({
          code: 'AUTH_PERMISSION_DENIED',
          kind: 'FORBIDDEN',
          permission: 'AUDIT_READ',
        });
      }
      expect(probe.count('probeProtected')).toBe(before);
    });

    it('lets a role that holds the permission through', async () => {
      for (const role of [Role.VILLAGE_ADMIN, Role.OVERSIGHT, Role.TOWN_SUPERVISOR]) {
        const a = actor(role);
        const res = await t.gql<{ probeProtected: string }>('{ probeProtected }', undefined, tokenFor(t.app, a));
        expect(res).toEqual({ data: { probeProtected: a.username } });
      }
    });

    it('refuses a protected mutation without a token before it runs', async () => {
      const before = probe.count('probeTouch');
      const res = await t.gql('mutation { probeTouch }');
      expect(first(res)?.extensions?.code).toBe('AUTH_UNAUTHENTICATED');
      expect(probe.count('probeTouch')).toBe(before);
    });
  });

  describe('REST', () => {
    const token = () => tokenFor(t.app, actor(Role.VILLAGE_ADMIN));

    it('builds the request context for REST routes (actor and request id)', async () => {
      const res = await t.app.inject({
        method: 'GET',
        url: '/api/probe/whoami',
        headers: { authorization: `Bearer ${token()}`, 'x-request-id': 'rest-req-000123' },
      });
      expect(res.statusCode).toBe(200);
      expect(JSON.parse(res.body)).toEqual({ username: 'probe.village_admin', requestId: 'rest-req-000123' });
    });

    it('answers 401 AUTH_UNAUTHENTICATED without a token', async () => {
      const res = await t.app.inject({ method: 'GET', url: '/api/probe/whoami' });
      expect(res.statusCode).toBe(401);
      expect(JSON.parse(res.body)).toEqual({ code: 'AUTH_UNAUTHENTICATED', kind: 'UNAUTHENTICATED', details: {} });
    });

    it('answers 403 AUTH_OPERATION_UNDECLARED for a route without an access rule', async () => {
      const before = probe.count('rest:undeclared');
      const res = await t.app.inject({
        method: 'GET',
        url: '/api/probe/undeclared',
        headers: { authorization: `Bearer ${token()}` },
      });
      expect(res.statusCode).toBe(403);
      expect(JSON.parse(res.body)).toMatchObject({ code: 'AUTH_OPERATION_UNDECLARED', kind: 'FORBIDDEN' });
      expect(probe.count('rest:undeclared')).toBe(before);
    });

    it('answers 500 INTERNAL_ERROR for a plain Error, without its message', async () => {
      const res = await t.app.inject({ method: 'GET', url: '/api/probe/boom' });
      expect(res.statusCode).toBe(500);
      expect(JSON.parse(res.body)).toEqual({ code: 'INTERNAL_ERROR', kind: 'INTERNAL', details: {} });
      expect(res.body).not.toMatch(/secret|srv/);
    });

    it('answers 400 VALIDATION_FAILED with the fields for a bad body', async () => {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/probe/echo',
        payload: { text: 'far too long text', extra: 1 },
      });
      expect(res.statusCode).toBe(400);
      const body = JSON.parse(res.body);
      expect(body).toMatchObject({ code: 'VALIDATION_FAILED', kind: 'BAD_USER_INPUT' });
      expect(body.details.fields).toEqual(
        expect.arrayContaining([
          'property extra should not exist',
          'text must be shorter than or equal to 10 characters',
        ]),
      );
    });

    it('accepts a good body', async () => {
      const res = await t.app.inject({ method: 'POST', url: '/api/probe/echo', payload: { text: 'hello' } });
      expect(res.statusCode).toBe(201);
      expect(JSON.parse(res.body)).toEqual({ text: 'hello' });
    });

    it('answers an unknown route with 404 NOT_FOUND', async () => {
      const res = await t.app.inject({ method: 'GET', url: '/api/nothing-here' });
      expect(res.statusCode).toBe(404);
      expect(JSON.parse(res.body)).toEqual({ code: 'NOT_FOUND', kind: 'NOT_FOUND' });
    });
  });
});
