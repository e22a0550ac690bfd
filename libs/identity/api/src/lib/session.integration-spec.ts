import { JwtService } from '@nestjs/jwt';
import { Role, claimsFromActor } from '@xiangzhi/server/core';
import { createTestApp, GqlResult, TestApp } from '@xiangzhi/server/testing';
import { randomUUID } from 'node:crypto';
import { login as loginHelper, seedUser } from '../testing';
import { IdentityModule } from './identity.module';
import { LoginThrottle } from './login-throttle';
import { actorOf } from './user-rules';

/** The data of a successful answer (fails the test with the errors otherwise). */
function dataOf<T>(res: GqlResult<T>): T {
  if (!res.data) throw new Error(`no data: ${JSON.stringify(res.errors)}`);
  return res.data;
}

const VILLAGE = '150121100001';
const PASSWORD = 'correct-horse-1';
const MAX_FAILURES = 3;

const LOGIN = `mutation Login($input: LoginInput!) {
  login(input: $input) {
    accessToken accessTokenExpiresAt refreshToken
    user { id username displayName role regionCode gridCodes phoneMasked active lockedUntil createdAt }
  }
}`;
const REFRESH = `mutation Refresh($input: RefreshSessionInput!) {
  refreshSession(input: $input) { accessToken accessTokenExpiresAt refreshToken user { id } }
}`;
const LOGOUT = `mutation Logout($input: LogoutInput!) { logout(input: $input) }`;
const CHANGE = `mutation Change($input: ChangePasswordInput!) { changePassword(input: $input) }`;
const ME = `{ me { id username role regionCode phoneMasked } }`;

interface Payload {
  accessToken: string;
  accessTokenExpiresAt: string;
  refreshToken: string;
  user: { id: string; username: string; phoneMasked: string | null; lockedUntil: string | null };
}

describe('identity sessions (integration)', () => {
  let t: TestApp;
  let n = 0;

  /** A fresh village admin for one test, so that counters and sessions never leak between tests. */
  async function freshUser(extra: { phone?: string; active?: boolean } = {}) {
    n += 1;
    return seedUser(t.dataSource, {
      username: `village.user${n}`,
      password: PASSWORD,
      role: Role.VILLAGE_ADMIN,
      regionCode: VILLAGE,
      displayName: `用户${n}`,
      ...extra,
    });
  }

  const login = (username: string, password: string) =>
    t.gql<{ login: Payload }>(LOGIN, { input: { username, password } });
  const refresh = (refreshToken: string) => t.gql<{ refreshSession: Payload }>(REFRESH, { input: { refreshToken } });
  const codeOf = (res: { errors?: Array<{ extensions?: { code?: string } }> }) => res.errors?.[0]?.extensions?.code;

  beforeAll(async () => {
    t = await createTestApp([IdentityModule], { LOGIN_MAX_FAILURES: String(MAX_FAILURES), LOGIN_LOCK_SECONDS: '600' });
  });

  afterAll(async () => {
    await t?.close();
  });

  beforeEach(() => {
    // every request of the tests comes from one address
    t.app.get(LoginThrottle).reset();
  });

  describe('login', () => {
    it('signs in with the right password and the token opens `me`', async () => {
      const u = await freshUser({ phone: '13812345678' });
      const before = Date.now();
      const res = await login(`  ${u.username.toUpperCase()} `, PASSWORD);
      expect(res.errors).toBeUndefined();
      const p = dataOf(res).login;
      expect(p.user).toMatchObject({ id: u.id, username: u.username, phoneMasked: '138****5678', lockedUntil: null });
      expect(p.refreshToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
      const ttl = t.config.values.ACCESS_TOKEN_TTL_SECONDS * 1000;
      const expiresAt = new Date(p.accessTokenExpiresAt).getTime();
      expect(expiresAt).toBeGreaterThanOrEqual(before + ttl - 1000);
      expect(expiresAt).toBeLessThanOrEqual(Date.now() + ttl + 1000);

      const me = await t.gql<{ me: { id: string; role: string; regionCode: string } }>(ME, {}, p.accessToken);
      expect(me.data?.me).toMatchObject({ id: u.id, role: 'VILLAGE_ADMIN', regionCode: VILLAGE });
    });

    it('stores an argon2id hash with the OWASP parameters, and only a sha256 of the refresh token', async () => {
      const u = await freshUser();
      const p = dataOf(await login(u.username, PASSWORD)).login;
      const [row] = await t.dataSource.query(`SELECT password_hash FROM app_user WHERE id = $1`, [u.id]);
      expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
      const tokens = await t.dataSource.query(
        `SELECT token_hash, region_code, county_code FROM refresh_token WHERE user_id = $1`,
        [u.id],
      );
      expect(tokens).toHaveLength(1);
      expect(tokens[0].token_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(tokens[0].token_hash).not.toContain(p.refreshToken);
      expect(tokens[0]).toMatchObject({ region_code: VILLAGE, county_code: '150121000000' });
    });

    it('answers a wrong password and an unknown user alike, and counts the failure', async () => {
      const u = await freshUser();
      const wrong = await login(u.username, 'wrong-password');
      const unknown = await login('nobody-here', 'wrong-password');
      expect(codeOf(wrong)).toBe('AUTH_INVALID_CREDENTIALS');
      expect(codeOf(unknown)).toBe('AUTH_INVALID_CREDENTIALS');
      expect(wrong.errors?.[0].extensions?.kind).toBe('UNAUTHENTICATED');
      expect(wrong.errors?.[0].message).toBe(unknown.errors?.[0].message);
      // the mutation was rolled back, the counter was not
      const [row] = await t.dataSource.query(`SELECT failed_logins FROM app_user WHERE id = $1`, [u.id]);
      expect(row.failed_logins).toBe(1);
      const audit = await t.dataSource.query(
        `SELECT summary FROM audit_log WHERE operation = 'login' AND target_id = $1`,
        [u.id],
      );
      expect(audit).toHaveLength(1);
      expect(audit[0].summary.change).toMatchObject({ event: 'LOGIN_FAILED' });
      expect(JSON.stringify(audit[0].summary)).not.toContain('wrong-password');
    });

    it(`locks the account after ${MAX_FAILURES} failures and lets it in again once the lock has passed`, async () => {
      const u = await freshUser();
      for (let i = 1; i < MAX_FAILURES; i++)
        expect(codeOf(await login(u.username, 'bad-password'))).toBe('AUTH_INVALID_CREDENTIALS');
      const locking = await login(u.username, 'bad-password');
      expect(codeOf(locking)).toBe('AUTH_ACCOUNT_LOCKED');
      const lockedUntil = new Date(String(locking.errors?.[0].extensions?.['lockedUntil']));
      expect(lockedUntil.getTime()).toBeGreaterThan(Date.now() + 590_000);

      const right = await login(u.username, PASSWORD);
      expect(codeOf(right)).toBe('AUTH_ACCOUNT_LOCKED');
      expect(right.errors?.[0].extensions?.['lockedUntil']).toBe(lockedUntil.toISOString());

      // the lock time passes
      await t.dataSource.query(`UPDATE app_user SET locked_until = now() - interval '1 second' WHERE id = $1`, [u.id]);
      const after = await login(u.username, PASSWORD);
      expect(after.errors).toBeUndefined();
      expect(dataOf(after).login.user.lockedUntil).toBeNull();
      const [row] = await t.dataSource.query(`SELECT failed_logins, locked_until FROM app_user WHERE id = $1`, [u.id]);
      expect(row).toEqual({ failed_logins: 0, locked_until: null });
    });

    it('refuses a disabled account only to someone who knows its password', async () => {
      const u = await freshUser({ active: false });
      expect(codeOf(await login(u.username, PASSWORD))).toBe('AUTH_ACCOUNT_DISABLED');
      expect(codeOf(await login(u.username, 'bad-password'))).toBe('AUTH_INVALID_CREDENTIALS');
    });

    it('throttles attempts per address', async () => {
      const limit = 20;
      for (let i = 0; i < limit; i++)
        expect(codeOf(await login(`ghost${i}`, 'whatever-1'))).toBe('AUTH_INVALID_CREDENTIALS');
      const refused = await login('ghost-last', 'whatever-1');
      expect(codeOf(refused)).toBe('AUTH_TOO_MANY_ATTEMPTS');
      expect(refused.errors?.[0].extensions?.['retryAfterSeconds']).toBeGreaterThan(0);
    });

    it('writes an audit row for a successful sign-in', async () => {
      const u = await freshUser();
      await login(u.username, PASSWORD);
      const rows = await t.dataSource.query(
        `SELECT actor_name, region_code, target_type, summary FROM audit_log WHERE operation = 'login' AND target_id = $1`,
        [u.id],
      );
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ actor_name: 'anonymous', region_code: VILLAGE, target_type: 'user' });
      expect(rows[0].summary.change.event).toBe('LOGIN');
      expect(rows[0].summary.args.input.password).toBe('[redacted]');
    });

    it('validates the input shape', async () => {
      expect(codeOf(await login('', PASSWORD))).toBe('VALIDATION_FAILED');
      expect(codeOf(await login('someone', 'x'.repeat(2000)))).toBe('VALIDATION_FAILED');
    });
  });

  describe('access tokens', () => {
    it('refuses an expired or foreign token as unauthenticated', async () => {
      const u = await freshUser();
      const jwt = t.app.get(JwtService);
      const claims = claimsFromActor(actorOf({ ...u, displayName: u.username, gridCodes: [] }), randomUUID());
      const expired = jwt.sign({ ...claims }, { expiresIn: -10 });
      const res = await t.gql(ME, {}, expired);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'AUTH_UNAUTHENTICATED', kind: 'UNAUTHENTICATED' });

      const valid = jwt.sign({ ...claims });
      expect((await t.gql(ME, {}, valid)).errors).toBeUndefined();
      const forged = valid.slice(0, valid.lastIndexOf('.') + 1) + 'A'.repeat(43);
      expect(codeOf(await t.gql(ME, {}, forged))).toBe('AUTH_UNAUTHENTICATED');
      expect(codeOf(await t.gql(ME))).toBe('AUTH_UNAUTHENTICATED');
    });

    it('exposes no phone or password field on User', async () => {
      const res = await t.gql<{ __type: { fields: Array<{ name: string }> } }>(
        `{ __type(name: "User") { fields { name } } }`,
      );
      const fields = dataOf(res).__type.fields.map((f) => f.name);
      expect(fields).toContain('phoneMasked');
      for (const hidden of ['phone', 'passwordHash', 'failedLogins', 'countyCode'])
        expect(fields).not.toContain(hidden);
    });
  });

  describe('refresh tokens', () => {
    it('rotates: the presented token is spent and a new one issued in the same family', async () => {
      const u = await freshUser();
      const first = dataOf(await login(u.username, PASSWORD)).login;
      const res = await refresh(first.refreshToken);
      expect(res.errors).toBeUndefined();
      const second = dataOf(res).refreshSession;
      expect(second.refreshToken).not.toBe(first.refreshToken);
      expect(second.user.id).toBe(u.id);
      expect((await t.gql(ME, {}, second.accessToken)).errors).toBeUndefined();
      const rows = await t.dataSource.query(
        `SELECT family_id, used_at IS NOT NULL AS used, revoked_at IS NOT NULL AS revoked FROM refresh_token WHERE user_id = $1 ORDER BY created_at`,
        [u.id],
      );
      expect(rows).toHaveLength(2);
      expect(rows[0].family_id).toBe(rows[1].family_id);
      expect(rows.map((r: { used: boolean }) => r.used)).toEqual([true, false]);
      // the new token carries the session id of the family
      const sid = t.app.get(JwtService).decode<{ sid: string }>(second.accessToken).sid;
      expect(sid).toBe(rows[0].family_id);
    });

    it('revokes the whole family when a spent token is presented again', async () => {
      const u = await freshUser();
      const first = dataOf(await login(u.username, PASSWORD)).login;
      const second = dataOf(await refresh(first.refreshToken)).refreshSession;
      const other = dataOf(await login(u.username, PASSWORD)).login; // another device: another family

      expect(codeOf(await refresh(first.refreshToken))).toBe('AUTH_REFRESH_REUSED');
      expect(codeOf(await refresh(second.refreshToken))).toBe('AUTH_REFRESH_INVALID');
      const live = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM refresh_token WHERE user_id = $1 AND revoked_at IS NULL`,
        [u.id],
      );
      expect(live[0].n).toBe(1);
      expect((await refresh(other.refreshToken)).errors).toBeUndefined();
      const audit = await t.dataSource.query(
        `SELECT summary FROM audit_log WHERE operation = 'refreshSession' AND target_id = $1 AND summary->'change'->>'event' = 'REFRESH_REUSED'`,
        [u.id],
      );
      expect(audit).toHaveLength(1);
    });

    it('refuses unknown, expired and revoked tokens', async () => {
      const u = await freshUser();
      expect(codeOf(await refresh('not-a-token'))).toBe('AUTH_REFRESH_INVALID');
      const p = dataOf(await login(u.username, PASSWORD)).login;
      await t.dataSource.query(`UPDATE refresh_token SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [
        u.id,
      ]);
      expect(codeOf(await refresh(p.refreshToken))).toBe('AUTH_REFRESH_INVALID');
    });

    it('refuses to refresh the session of a disabled user', async () => {
      const u = await freshUser();
      const p = dataOf(await login(u.username, PASSWORD)).login;
      await t.dataSource.query(`UPDATE app_user SET active = false WHERE id = $1`, [u.id]);
      expect(codeOf(await refresh(p.refreshToken))).toBe('AUTH_ACCOUNT_DISABLED');
    });
  });

  describe('logout', () => {
    it('revokes the family of the presented token', async () => {
      const u = await freshUser();
      const p = dataOf(await login(u.username, PASSWORD)).login;
      const res = await t.gql<{ logout: boolean }>(LOGOUT, { input: { refreshToken: p.refreshToken } }, p.accessToken);
      expect(res.data?.logout).toBe(true);
      expect(codeOf(await refresh(p.refreshToken))).toBe('AUTH_REFRESH_INVALID');
      const audit = await t.dataSource.query(
        `SELECT actor_id FROM audit_log WHERE operation = 'logout' AND target_id = $1`,
        [u.id],
      );
      expect(audit).toEqual([{ actor_id: u.id }]);
    });

    it('needs a signed-in caller and only ends their own sessions', async () => {
      const a = await freshUser();
      const b = await freshUser();
      const pa = dataOf(await login(a.username, PASSWORD)).login;
      const pb = dataOf(await login(b.username, PASSWORD)).login;
      expect(codeOf(await t.gql(LOGOUT, { input: { refreshToken: pa.refreshToken } }))).toBe('AUTH_UNAUTHENTICATED');
      expect(codeOf(await t.gql(LOGOUT, { input: { refreshToken: pb.refreshToken } }, pa.accessToken))).toBe(
        'AUTH_REFRESH_INVALID',
      );
      expect((await refresh(pb.refreshToken)).errors).toBeUndefined();
    });
  });

  describe('changePassword', () => {
    it('checks the current password and the policy', async () => {
      const u = await freshUser();
      const token = await loginHelper(t, u.username, PASSWORD);
      const change = (currentPassword: string, newPassword: string) =>
        t.gql(CHANGE, { input: { currentPassword, newPassword } }, token);
      expect(codeOf(await change('not-my-password', 'new-password-1'))).toBe('AUTH_CURRENT_PASSWORD_INVALID');
      expect(codeOf(await change(PASSWORD, 'short'))).toBe('AUTH_PASSWORD_TOO_SHORT');
      expect(codeOf(await change(PASSWORD, 'x'.repeat(129)))).toBe('AUTH_PASSWORD_TOO_LONG');
      expect(codeOf(await change(PASSWORD, u.username.toUpperCase()))).toBe('AUTH_PASSWORD_EQUALS_USERNAME');
      expect(codeOf(await change(PASSWORD, PASSWORD))).toBe('AUTH_PASSWORD_UNCHANGED');
      expect(codeOf(await t.gql(CHANGE, { input: { currentPassword: PASSWORD, newPassword: 'new-password-1' } }))).toBe(
        'AUTH_UNAUTHENTICATED',
      );
    });

    it('changes the password and ends every other session of the user', async () => {
      const u = await freshUser();
      const here = dataOf(await login(u.username, PASSWORD)).login;
      const elsewhere = dataOf(await login(u.username, PASSWORD)).login;
      const res = await t.gql<{ changePassword: boolean }>(
        CHANGE,
        { input: { currentPassword: PASSWORD, newPassword: 'new-password-1' } },
        here.accessToken,
      );
      expect(res.errors).toBeUndefined();
      expect(res.data?.changePassword).toBe(true);

      expect(codeOf(await refresh(elsewhere.refreshToken))).toBe('AUTH_REFRESH_INVALID');
      expect((await refresh(here.refreshToken)).errors).toBeUndefined();
      expect(codeOf(await login(u.username, PASSWORD))).toBe('AUTH_INVALID_CREDENTIALS');
      expect((await login(u.username, 'new-password-1')).errors).toBeUndefined();
      const audit = await t.dataSource.query(
        `SELECT summary FROM audit_log WHERE operation = 'changePassword' AND target_id = $1`,
        [u.id],
      );
      expect(audit).toHaveLength(1);
      expect(audit[0].summary.change).toEqual({ event: 'PASSWORD_CHANGED', sessionsRevoked: 1 });
      expect(JSON.stringify(audit[0].summary)).not.toContain('new-password-1');
    });
  });
});
