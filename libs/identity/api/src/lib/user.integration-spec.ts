import { Global, Module } from '@nestjs/common';
import { Role } from '@xiangzhi/server/core';
import { createTestApp, GqlResult, TestApp } from '@xiangzhi/server/testing';
import { login, SeededUser, seedUser } from '../testing';
import { IdentityModule } from './identity.module';
import { RegionDirectory } from './region-directory';

/** The data of a successful answer (fails the test with the errors otherwise). */
function dataOf<T>(res: GqlResult<T>): T {
  if (!res.data) throw new Error(`no data: ${JSON.stringify(res.errors)}`);
  return res.data;
}

const COUNTY = '150121000000';
const TOWN_A = '150121100000';
const VILLAGE_A1 = '150121100001';
const VILLAGE_A2 = '150121100002';
const TOWN_B = '150121101000';
const VILLAGE_B1 = '150121101001';
const UNKNOWN_VILLAGE = '150121100099';
const PASSWORD = 'seed-password-1';

/** The registry's part, faked: these regions exist. */
class FakeRegionDirectory extends RegionDirectory {
  private readonly codes = new Set([COUNTY, TOWN_A, VILLAGE_A1, VILLAGE_A2, TOWN_B, VILLAGE_B1]);
  async exists(code: string): Promise<boolean> {
    return this.codes.has(code);
  }
}

@Global()
@Module({ providers: [{ provide: RegionDirectory, useClass: FakeRegionDirectory }], exports: [RegionDirectory] })
class FakeRegistryModule {}

const USERS = `query Users($regionCode: String, $search: String, $role: Role, $first: Int, $offset: Int) {
  users(regionCode: $regionCode, search: $search, role: $role, first: $first, offset: $offset) {
    items { id username displayName role regionCode gridCodes phoneMasked active lockedUntil createdAt }
    total
  }
}`;
const CREATE = `mutation Create($input: CreateUserInput!) {
  createUser(input: $input) { id username displayName role regionCode gridCodes phoneMasked active }
}`;
const UPDATE = `mutation Update($input: UpdateUserInput!) {
  updateUser(input: $input) { id displayName role regionCode gridCodes phoneMasked active }
}`;
const RESET = `mutation Reset($input: ResetUserPasswordInput!) { resetUserPassword(input: $input) }`;

interface UserRow {
  id: string;
  username: string;
  role: string;
  regionCode: string;
  gridCodes: string[];
  phoneMasked: string | null;
  active: boolean;
  displayName: string;
}

describe('identity users (integration)', () => {
  let t: TestApp;
  const seeded: Record<string, SeededUser> = {};
  const tokens: Record<string, string> = {};
  let n = 0;

  const codeOf = (res: { errors?: Array<{ extensions?: { code?: string } }> }) => res.errors?.[0]?.extensions?.code;
  const list = (as: string, vars: Record<string, unknown> = {}) =>
    t.gql<{ users: { items: UserRow[]; total: number } }>(USERS, vars, tokens[as]);
  const create = (as: string, input: Record<string, unknown>) =>
    t.gql<{ createUser: UserRow }>(
      CREATE,
      { input: { password: 'a-new-password', displayName: '新用户', ...input } },
      tokens[as],
    );
  const update = (as: string, input: Record<string, unknown>) =>
    t.gql<{ updateUser: UserRow }>(UPDATE, { input }, tokens[as]);
  const reset = (as: string, input: Record<string, unknown>) =>
    t.gql<{ resetUserPassword: boolean }>(RESET, { input }, tokens[as]);
  const nextName = () => `new.user${++n}`;

  beforeAll(async () => {
    t = await createTestApp([IdentityModule, FakeRegistryModule]);
    const people: Array<[string, Role, string, string[]?]> = [
      ['admin', Role.SYSTEM_ADMIN, '000000000000'],
      ['county', Role.COUNTY_SUPERVISOR, COUNTY],
      ['town-a', Role.TOWN_SUPERVISOR, TOWN_A],
      ['town-b', Role.TOWN_SUPERVISOR, TOWN_B],
      ['village-a1', Role.VILLAGE_ADMIN, VILLAGE_A1],
      ['reviewer-a1', Role.VILLAGE_REVIEWER, VILLAGE_A1],
      ['reviewer-a2', Role.VILLAGE_REVIEWER, VILLAGE_A2],
      ['grid-a1', Role.GRID_WORKER, VILLAGE_A1, [`${VILLAGE_A1}001`]],
      ['reviewer-b1', Role.VILLAGE_REVIEWER, VILLAGE_B1],
      ['oversight-a1', Role.OVERSIGHT, VILLAGE_A1],
    ];
    for (const [username, role, regionCode, gridCodes] of people) {
      seeded[username] = await seedUser(t.dataSource, { username, password: PASSWORD, role, regionCode, gridCodes });
    }
    for (const who of ['admin', 'county', 'town-a', 'town-b', 'village-a1', 'grid-a1', 'oversight-a1']) {
      tokens[who] = await login(t, who, PASSWORD);
    }
  });

  afterAll(async () => {
    await t?.close();
  });

  describe('users', () => {
    it("shows a town supervisor the users of its town's villages, not another town's", async () => {
      const res = await list('town-a', { first: 100 });
      expect(res.errors).toBeUndefined();
      const names = dataOf(res).users.items.map((u) => u.username);
      expect(names).toEqual(
        expect.arrayContaining(['town-a', 'village-a1', 'reviewer-a1', 'reviewer-a2', 'grid-a1', 'oversight-a1']),
      );
      for (const outside of ['town-b', 'reviewer-b1', 'county', 'admin']) expect(names).not.toContain(outside);
      expect(dataOf(res).users.total).toBe(names.length);
    });

    it('shows a village only its own users, and the county all of its towns', async () => {
      const village = dataOf(await list('oversight-a1', { first: 100 })).users.items.map((u) => u.username);
      expect(village).toEqual(expect.arrayContaining(['village-a1', 'reviewer-a1', 'grid-a1']));
      expect(village).not.toContain('reviewer-a2');
      expect(village).not.toContain('town-a');
      const county = dataOf(await list('county', { first: 100 })).users.items.map((u) => u.username);
      expect(county).toEqual(expect.arrayContaining(['town-a', 'town-b', 'reviewer-b1', 'county']));
      expect(county).not.toContain('admin');
    });

    it('filters by region, role and search, and pages', async () => {
      const inVillage = dataOf(await list('town-a', { regionCode: VILLAGE_A2 })).users;
      expect(inVillage.items.map((u) => u.username)).toEqual(['reviewer-a2']);
      const reviewers = dataOf(await list('county', { role: 'VILLAGE_REVIEWER', first: 100 })).users;
      expect(reviewers.items.every((u) => u.role === 'VILLAGE_REVIEWER')).toBe(true);
      expect(reviewers.items.map((u) => u.username)).toEqual(expect.arrayContaining(['reviewer-a1', 'reviewer-b1']));
      const search = dataOf(await list('county', { search: 'VIEWER-A', first: 100 })).users;
      expect(search.items.map((u) => u.username).sort()).toEqual(['reviewer-a1', 'reviewer-a2']);
      const wildcard = dataOf(await list('county', { search: '%' })).users;
      expect(wildcard.total).toBe(0);
      const byGrid = dataOf(await list('town-a', { regionCode: `${VILLAGE_A1}001` })).users;
      expect(byGrid.items.map((u) => u.username)).toEqual(['grid-a1']);

      const page1 = dataOf(await list('county', { first: 2, offset: 0 })).users;
      const page2 = dataOf(await list('county', { first: 2, offset: 2 })).users;
      expect(page1.items).toHaveLength(2);
      expect(page1.total).toBe(page2.total);
      expect(page2.items[0].id).not.toBe(page1.items[1].id);
    });

    it('refuses a region filter outside the scope, bad paging, and callers without USER_READ', async () => {
      expect(codeOf(await list('town-a', { regionCode: VILLAGE_B1 }))).toBe('SCOPE_OUT_OF_REGION');
      expect(codeOf(await list('town-a', { regionCode: COUNTY }))).toBe('SCOPE_OUT_OF_REGION');
      expect(codeOf(await list('town-a', { first: 101 }))).toBe('VALIDATION_FAILED');
      expect(codeOf(await list('town-a', { regionCode: 'abc' }))).toBe('VALIDATION_FAILED');
      expect(codeOf(await list('grid-a1'))).toBe('AUTH_PERMISSION_DENIED');
      expect(codeOf(await t.gql(USERS, {}))).toBe('AUTH_UNAUTHENTICATED');
    });
  });

  describe('createUser', () => {
    it('creates a user in scope, masks the phone and audits without secrets', async () => {
      const username = nextName();
      const res = await create('town-a', {
        username: username.toUpperCase(),
        role: 'VILLAGE_ADMIN',
        regionCode: VILLAGE_A2,
        phone: '13812345678',
      });
      expect(res.errors).toBeUndefined();
      const user = dataOf(res).createUser;
      expect(user).toMatchObject({
        username,
        role: 'VILLAGE_ADMIN',
        regionCode: VILLAGE_A2,
        phoneMasked: '138****5678',
      });
      const [row] = await t.dataSource.query(`SELECT county_code, created_by, phone FROM app_user WHERE id = $1`, [
        user.id,
      ]);
      expect(row).toEqual({ county_code: COUNTY, created_by: seeded['town-a'].id, phone: '13812345678' });

      const audit = await t.dataSource.query(
        `SELECT actor_id, region_code, target_type, summary FROM audit_log WHERE operation = 'createUser' AND target_id = $1`,
        [user.id],
      );
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ actor_id: seeded['town-a'].id, region_code: VILLAGE_A2, target_type: 'user' });
      const text = JSON.stringify(audit[0].summary);
      expect(text).not.toContain('a-new-password');
      expect(text).not.toContain('13812345678');

      const token = await login(t, username, 'a-new-password');
      expect(token).toBeTruthy();
    });

    it('refuses a region outside the scope and a role the caller may not manage', async () => {
      expect(
        codeOf(await create('town-a', { username: nextName(), role: 'VILLAGE_ADMIN', regionCode: VILLAGE_B1 })),
      ).toBe('SCOPE_OUT_OF_REGION');
      expect(
        codeOf(await create('town-a', { username: nextName(), role: 'TOWN_SUPERVISOR', regionCode: TOWN_A })),
      ).toBe('USER_ROLE_NOT_MANAGEABLE');
      expect(
        codeOf(await create('village-a1', { username: nextName(), role: 'VILLAGE_ADMIN', regionCode: VILLAGE_A1 })),
      ).toBe('USER_ROLE_NOT_MANAGEABLE');
      expect(
        codeOf(await create('oversight-a1', { username: nextName(), role: 'GRID_WORKER', regionCode: VILLAGE_A1 })),
      ).toBe('AUTH_PERMISSION_DENIED');
      const audit = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM audit_log WHERE operation = 'createUser' AND target_id IS NULL`,
      );
      expect(audit[0].n).toBe(0);
    });

    it('binds each role to a region of its level, and to a region that exists', async () => {
      expect(codeOf(await create('county', { username: nextName(), role: 'VILLAGE_ADMIN', regionCode: TOWN_A }))).toBe(
        'USER_REGION_LEVEL_MISMATCH',
      );
      expect(
        codeOf(await create('county', { username: nextName(), role: 'TOWN_SUPERVISOR', regionCode: TOWN_B })),
      ).toBeUndefined();
      expect(
        codeOf(await create('town-a', { username: nextName(), role: 'VILLAGE_ADMIN', regionCode: UNKNOWN_VILLAGE })),
      ).toBe('USER_REGION_NOT_FOUND');
    });

    it('requires grid workers to have grids of their own village, and only them', async () => {
      const grid = (codes?: string[]) =>
        create('village-a1', { username: nextName(), role: 'GRID_WORKER', regionCode: VILLAGE_A1, gridCodes: codes });
      expect(codeOf(await grid())).toBe('USER_GRID_CODES_REQUIRED');
      expect(codeOf(await grid([]))).toBe('USER_GRID_CODES_REQUIRED');
      expect(codeOf(await grid([`${VILLAGE_A2}001`]))).toBe('USER_GRID_CODE_INVALID');
      expect(codeOf(await grid(['15012110000100']))).toBe('USER_GRID_CODE_INVALID');
      const ok = await grid([`${VILLAGE_A1}001`, `${VILLAGE_A1}002`]);
      expect(ok.errors).toBeUndefined();
      expect(dataOf(ok).createUser.gridCodes).toEqual([`${VILLAGE_A1}001`, `${VILLAGE_A1}002`]);
      expect(
        codeOf(
          await create('village-a1', {
            username: nextName(),
            role: 'VILLAGE_REVIEWER',
            regionCode: VILLAGE_A1,
            gridCodes: [`${VILLAGE_A1}001`],
          }),
        ),
      ).toBe('USER_GRID_CODES_NOT_ALLOWED');
    });

    it('applies the password policy and keeps usernames unique regardless of case', async () => {
      const base = { role: 'VILLAGE_REVIEWER', regionCode: VILLAGE_A1 };
      expect(codeOf(await create('village-a1', { ...base, username: nextName(), password: 'short' }))).toBe(
        'AUTH_PASSWORD_TOO_SHORT',
      );
      const username = nextName();
      expect(codeOf(await create('village-a1', { ...base, username, password: username }))).toBe(
        'AUTH_PASSWORD_EQUALS_USERNAME',
      );
      expect(codeOf(await create('village-a1', { ...base, username: 'Reviewer-A1' }))).toBe('USER_USERNAME_TAKEN');
      expect(codeOf(await create('village-a1', { ...base, username: 'no spaces' }))).toBe('USER_USERNAME_INVALID');
      // an unknown enum value is refused by GraphQL validation, before any resolver
      const unknownRole = await create('village-a1', { ...base, username: nextName(), role: 'KING' });
      expect(unknownRole.data).toBeNull();
      expect(unknownRole.errors?.length).toBeGreaterThan(0);
    });
  });

  describe('updateUser', () => {
    async function newReviewer(region = VILLAGE_A1) {
      const res = await create('town-a', { username: nextName(), role: 'VILLAGE_REVIEWER', regionCode: region });
      return dataOf(res).createUser;
    }

    it('changes name, phone, role and region within reach and audits what changed', async () => {
      const u = await newReviewer();
      const res = await update('town-a', {
        id: u.id,
        displayName: '李四',
        phone: '13900001111',
        role: 'GRID_WORKER',
        gridCodes: [`${VILLAGE_A1}003`],
      });
      expect(res.errors).toBeUndefined();
      expect(dataOf(res).updateUser).toMatchObject({
        displayName: '李四',
        phoneMasked: '139****1111',
        role: 'GRID_WORKER',
        gridCodes: [`${VILLAGE_A1}003`],
      });
      const moved = await update('town-a', { id: u.id, role: 'OVERSIGHT', regionCode: VILLAGE_A2, phone: null });
      expect(moved.errors).toBeUndefined();
      expect(dataOf(moved).updateUser).toMatchObject({
        role: 'OVERSIGHT',
        regionCode: VILLAGE_A2,
        gridCodes: [],
        phoneMasked: null,
      });
      const [row] = await t.dataSource.query(`SELECT county_code, grid_codes FROM app_user WHERE id = $1`, [u.id]);
      expect(row).toEqual({ county_code: COUNTY, grid_codes: [] });

      const audit = await t.dataSource.query(
        `SELECT summary FROM audit_log WHERE operation = 'updateUser' AND target_id = $1 ORDER BY id`,
        [u.id],
      );
      expect(audit.map((a: { summary: { change: { changed: string[] } } }) => a.summary.change.changed)).toEqual([
        ['role', 'gridCodes', 'displayName', 'phone'],
        ['role', 'regionCode', 'gridCodes', 'phone'],
      ]);
      expect(JSON.stringify(audit)).not.toContain('13900001111');
    });

    it('refuses targets and destinations outside the scope or reach', async () => {
      const inB = dataOf(
        await create('town-b', { username: nextName(), role: 'VILLAGE_REVIEWER', regionCode: VILLAGE_B1 }),
      ).createUser;
      expect(codeOf(await update('town-a', { id: inB.id, displayName: 'x' }))).toBe('SCOPE_OUT_OF_REGION');
      const u = await newReviewer();
      expect(codeOf(await update('town-a', { id: u.id, regionCode: VILLAGE_B1 }))).toBe('SCOPE_OUT_OF_REGION');
      expect(codeOf(await update('town-a', { id: u.id, role: 'TOWN_SUPERVISOR', regionCode: TOWN_A }))).toBe(
        'USER_ROLE_NOT_MANAGEABLE',
      );
      expect(codeOf(await update('village-a1', { id: seeded['oversight-a1'].id, displayName: 'x' }))).toBe(
        'USER_ROLE_NOT_MANAGEABLE',
      );
      expect(codeOf(await update('town-a', { id: u.id, role: 'GRID_WORKER' }))).toBe('USER_GRID_CODES_REQUIRED');
      expect(codeOf(await update('town-a', { id: '00000000-0000-4000-8000-000000000000', displayName: 'x' }))).toBe(
        'USER_NOT_FOUND',
      );
      expect(codeOf(await update('county', { id: seeded['county'].id, active: false }))).toBe(
        'USER_SELF_CHANGE_REFUSED',
      );
    });

    it('disabling a user ends their sessions and stops their sign-in', async () => {
      const u = await newReviewer();
      const session = await t.gql<{ login: { refreshToken: string } }>(
        `mutation { login(input: { username: "${u.username}", password: "a-new-password" }) { refreshToken } }`,
      );
      const res = await update('town-a', { id: u.id, active: false });
      expect(dataOf(res).updateUser.active).toBe(false);
      const refreshed = await t.gql(
        `mutation R($t: String!) { refreshSession(input: { refreshToken: $t }) { accessToken } }`,
        {
          t: dataOf(session).login.refreshToken,
        },
      );
      expect(codeOf(refreshed)).toBe('AUTH_REFRESH_INVALID');
      await expect(login(t, u.username, 'a-new-password')).rejects.toThrow('AUTH_ACCOUNT_DISABLED');
    });
  });

  describe('resetUserPassword', () => {
    it('sets a new password, clears a lock and ends all sessions of the user', async () => {
      const u = dataOf(
        await create('village-a1', { username: nextName(), role: 'VILLAGE_REVIEWER', regionCode: VILLAGE_A1 }),
      ).createUser;
      await login(t, u.username, 'a-new-password');
      await t.dataSource.query(
        `UPDATE app_user SET locked_until = now() + interval '1 hour', failed_logins = 2 WHERE id = $1`,
        [u.id],
      );
      expect(codeOf(await reset('village-a1', { userId: u.id, newPassword: 'short' }))).toBe('AUTH_PASSWORD_TOO_SHORT');
      const res = await reset('village-a1', { userId: u.id, newPassword: 'reset-password-1' });
      expect(res.errors).toBeUndefined();
      expect(dataOf(res).resetUserPassword).toBe(true);
      await expect(login(t, u.username, 'a-new-password')).rejects.toThrow('AUTH_INVALID_CREDENTIALS');
      expect(await login(t, u.username, 'reset-password-1')).toBeTruthy();
      const live = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM refresh_token WHERE user_id = $1 AND revoked_at IS NULL`,
        [u.id],
      );
      expect(live[0].n).toBe(1); // only the sign-in after the reset
      const audit = await t.dataSource.query(
        `SELECT summary FROM audit_log WHERE operation = 'resetUserPassword' AND target_id = $1`,
        [u.id],
      );
      expect(audit).toHaveLength(1);
      expect(audit[0].summary.change).toEqual({ event: 'PASSWORD_RESET', sessionsRevoked: 1 });
      expect(JSON.stringify(audit)).not.toContain('reset-password-1');
    });

    it('refuses users outside the scope or reach, and the caller themselves', async () => {
      expect(codeOf(await reset('town-a', { userId: seeded['reviewer-b1'].id, newPassword: 'reset-password-1' }))).toBe(
        'SCOPE_OUT_OF_REGION',
      );
      expect(codeOf(await reset('town-a', { userId: seeded['county'].id, newPassword: 'reset-password-1' }))).toBe(
        'SCOPE_OUT_OF_REGION',
      );
      expect(
        codeOf(await reset('village-a1', { userId: seeded['oversight-a1'].id, newPassword: 'reset-password-1' })),
      ).toBe('USER_ROLE_NOT_MANAGEABLE');
      expect(codeOf(await reset('county', { userId: seeded['county'].id, newPassword: 'reset-password-1' }))).toBe(
        'USER_SELF_CHANGE_REFUSED',
      );
    });
  });

  it('lets the system administrator manage anywhere', async () => {
    const res = await create('admin', { username: nextName(), role: 'COUNTY_SUPERVISOR', regionCode: COUNTY });
    expect(res.errors).toBeUndefined();
    const all = dataOf(await list('admin', { first: 100 })).users.items.map((u) => u.username);
    expect(all).toEqual(expect.arrayContaining(['admin', 'town-b', 'reviewer-a1']));
  });
});
