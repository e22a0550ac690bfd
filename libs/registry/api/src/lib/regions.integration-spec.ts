import { RegionDirectory, UserEntity } from '@xiangzhi/identity/api';
import { IdentityModule } from '@xiangzhi/identity/api';
import { Role } from '@xiangzhi/server/core';
import { createTestApp, TestApp } from '@xiangzhi/server/testing';
import {
  codeOf,
  dataOf,
  seedHousehold,
  seedRegions,
  sensitiveMatches,
  testActor,
  TEST_REGIONS,
  tokenFor,
} from '../testing';
import { RegistryModule } from './registry.module';

const { county, towns, villages } = TEST_REGIONS;
const [V1, V2, V3] = villages;

const REGION = `fragment R on Region { code name level parentCode fullName }`;

describe('registry regions and grids (integration)', () => {
  let t: TestApp;
  const token = (role: Role, region: string, grids: string[] = []) => tokenFor(t.app, testActor(role, region, grids));

  beforeAll(async () => {
    t = await createTestApp([IdentityModule, RegistryModule]);
    await seedRegions(t.dataSource);
    await seedHousehold(t.app, { villageCode: V1, gridCode: `${V1}001` });
    await seedHousehold(t.app, { villageCode: V1, participating: false });
  });
  afterAll(() => t?.close());

  it('myRegions are the roots of the scope, for each kind of role', async () => {
    const roots = async (tok: string) =>
      dataOf(
        await t.gql<{ myRegions: Array<{ code: string; level: string }> }>(`{ myRegions { code level } }`, {}, tok),
      ).myRegions;
    expect(await roots(token(Role.COUNTY_SUPERVISOR, county))).toEqual([{ code: county, level: 'COUNTY' }]);
    expect(await roots(token(Role.TOWN_SUPERVISOR, towns[0]))).toEqual([{ code: towns[0], level: 'TOWN' }]);
    expect(await roots(token(Role.VILLAGE_ADMIN, V1))).toEqual([{ code: V1, level: 'VILLAGE' }]);
    expect(await roots(token(Role.GRID_WORKER, V1, [`${V1}002`]))).toEqual([{ code: `${V1}002`, level: 'GRID' }]);
    expect(await roots(token(Role.SYSTEM_ADMIN, '000000000000'))).toEqual([{ code: county, level: 'COUNTY' }]);
  });

  it('children are limited to the scope; a village lists its grids; names read top-down', async () => {
    const res = await t.gql<{ regions: Array<{ code: string; fullName: string; children: Array<{ code: string }> }> }>(
      `query($p: String!) { regions(parentCode: $p) { ...R children { code level } } } ${REGION}`,
      { p: county },
      token(Role.TOWN_SUPERVISOR, towns[0]),
    );
    const list = dataOf(res).regions;
    expect(list.map((r) => r.code)).toEqual([towns[0]]);
    expect(list[0].fullName).toBe('乌审旗图克镇');
    expect(list[0].children.map((c) => c.code)).toEqual([V1, V2]);

    const grids = dataOf(
      await t.gql<{ regions: Array<{ code: string; level: string }> }>(
        `query($p: String!) { regions(parentCode: $p) { code level } }`,
        { p: V1 },
        token(Role.GRID_WORKER, V1, [`${V1}002`]),
      ),
    ).regions;
    expect(grids).toEqual([{ code: `${V1}002`, level: 'GRID' }]);
  });

  it.each([
    ['regions of another town', `query { regions(parentCode: "${towns[1]}") { code } }`],
    ['a region of another town', `query { region(code: "${V3}") { code } }`],
    ['grids of another village', `query { grids(villageCode: "${V3}") { code } }`],
  ])('refuses %s with SCOPE_OUT_OF_REGION', async (_what, query) => {
    const res = await t.gql(query, {}, token(Role.TOWN_SUPERVISOR, towns[0]));
    expect(codeOf(res)).toBe('SCOPE_OUT_OF_REGION');
  });

  it('answers unknown codes with REGISTRY_REGION_NOT_FOUND, malformed ones with VALIDATION_FAILED', async () => {
    const admin = token(Role.SYSTEM_ADMIN, '000000000000');
    expect(codeOf(await t.gql(`{ region(code: "150626999999") { code } }`, {}, admin))).toBe(
      'REGISTRY_REGION_NOT_FOUND',
    );
    expect(codeOf(await t.gql(`{ region(code: "15x") { code } }`, {}, admin))).toBe('VALIDATION_FAILED');
    expect(codeOf(await t.gql(`{ myRegions { code } }`))).toBe('AUTH_UNAUTHENTICATED');
  });

  it('a village admin manages the grids of its village only', async () => {
    const admin = token(Role.VILLAGE_ADMIN, V2);
    const created = dataOf(
      await t.gql<{ createGrid: { code: string; name: string; leaderName: string } }>(
        `mutation($i: CreateGridInput!) { createGrid(input: $i) { code name leaderName villageCode } }`,
        { i: { villageCode: V2, name: '第三网格', leaderName: '赵六' } },
        admin,
      ),
    ).createGrid;
    expect(created).toEqual({ code: `${V2}003`, name: '第三网格', leaderName: '赵六', villageCode: V2 });
    const updated = dataOf(
      await t.gql<{ updateGrid: { name: string; leaderName: string | null } }>(
        `mutation($i: UpdateGridInput!) { updateGrid(input: $i) { name leaderName } }`,
        { i: { code: created.code, name: '三组', leaderName: null } },
        admin,
      ),
    ).updateGrid;
    expect(updated).toEqual({ name: '三组', leaderName: null });
    const outside = await t.gql(
      `mutation($i: CreateGridInput!) { createGrid(input: $i) { code } }`,
      { i: { villageCode: V1, name: 'x' } },
      admin,
    );
    expect(codeOf(outside)).toBe('SCOPE_OUT_OF_REGION');
    const reviewer = await t.gql(
      `mutation($i: CreateGridInput!) { createGrid(input: $i) { code } }`,
      { i: { villageCode: V2, name: 'x' } },
      token(Role.VILLAGE_REVIEWER, V2),
    );
    expect(codeOf(reviewer)).toBe('AUTH_PERMISSION_DENIED');
    const audit = await t.dataSource.query(`SELECT operation FROM audit_log WHERE target_id = $1 ORDER BY id`, [
      created.code,
    ]);
    expect(audit.map((a: { operation: string }) => a.operation)).toEqual(['createGrid', 'updateGrid']);
  });

  it('public queries give names, codes and counts, without signing in, and nothing personal', async () => {
    const regions = await t.gql<{ publicRegions: Array<{ code: string; name: string }> }>(
      `query($p: String) { publicRegions(parentCode: $p) { code name level parentCode } }`,
      { p: towns[0] },
    );
    expect(dataOf(regions).publicRegions.map((r) => r.code)).toEqual([V1, V2]);
    const village = await t.gql<{ publicVillage: Record<string, unknown> }>(
      `query($c: String!) { publicVillage(code: $c) { code name fullName gridCount householdCount participatingHouseholdCount } }`,
      { c: V1 },
    );
    expect(dataOf(village).publicVillage).toEqual({
      code: V1,
      name: '呼和嘎查',
      fullName: '乌审旗图克镇呼和嘎查',
      gridCount: 2,
      householdCount: 2,
      participatingHouseholdCount: 1,
    });
    const tops = await t.gql(`{ publicRegions { code name } }`);
    expect(sensitiveMatches([regions, village, tops])).toEqual([]);
    expect(codeOf(await t.gql(`{ publicVillage(code: "${towns[0]}") { code } }`))).toBe('REGISTRY_REGION_NOT_VILLAGE');
  });

  it('adds User.region to the identity type and tells identity which regions exist', async () => {
    const user = await t.dataSource.getRepository(UserEntity).save({
      username: 'village.admin.region',
      displayName: '村管理员',
      passwordHash: 'x',
      role: Role.VILLAGE_ADMIN,
      regionCode: V1,
      countyCode: county,
      gridCodes: [],
    });
    const actor = { ...testActor(Role.VILLAGE_ADMIN, V1), userId: user.id, username: user.username };
    const me = await t.gql<{ me: { region: { code: string; name: string; fullName: string } } }>(
      `{ me { username region { code name fullName } } }`,
      {},
      tokenFor(t.app, actor),
    );
    expect(dataOf(me).me.region).toEqual({ code: V1, name: '呼和嘎查', fullName: '乌审旗图克镇呼和嘎查' });
    const directory = t.app.get(RegionDirectory, { strict: false });
    await expect(directory.exists(V1)).resolves.toBe(true);
    await expect(directory.exists(`${V1}001`)).resolves.toBe(true);
    await expect(directory.exists('150626999999')).resolves.toBe(false);
  });
});
