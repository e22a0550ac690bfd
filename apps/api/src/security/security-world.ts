import { DataSource } from 'typeorm';
import { randomBytes } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { FilesService, RequestContext, Role } from '@xiangzhi/server/core';
import { seedUser } from '@xiangzhi/identity/api/testing';
import { RegionEntity, RegionLevelValue, GridEntity } from '@xiangzhi/registry/api';
import { seedHousehold, seedRegions, TEST_REGIONS, testActor } from '@xiangzhi/registry/api/testing';
import type { Actor } from '@xiangzhi/server/core';

/** Targets on one side of a scope boundary: what an operation's arguments may point at. */
export interface Side {
  village: string;
  grid: string;
  householdId: string;
  memberId: string;
  cardNumber: string;
  userId: string;
  fileId: string;
}

export interface SecurityWorld {
  inside: Side;
  outside: Side;
  actors: Record<Role, Actor>;
  password: string;
}

export const OTHER_COUNTY = { county: '150627000000', town: '150627100000', village: '150627100201', grid: '150627100201001' };

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

/**
 * Two sides of a boundary: inside = village 1 of town 1 of the test county (grid 001), outside = a village of
 * another county. Every role's actor is bound inside (grid worker: grid 001).
 */
export async function buildSecurityWorld(app: INestApplicationContext): Promise<SecurityWorld> {
  const ds = app.get(DataSource);
  await seedRegions(ds);
  await ds.getRepository(RegionEntity).insert([
    { code: OTHER_COUNTY.county, name: '鄂托克前旗', level: RegionLevelValue.COUNTY, parentCode: '150600000000', countyCode: OTHER_COUNTY.county },
    { code: OTHER_COUNTY.town, name: '城川镇', level: RegionLevelValue.TOWN, parentCode: OTHER_COUNTY.county, countyCode: OTHER_COUNTY.county },
    { code: OTHER_COUNTY.village, name: '大沙头嘎查', level: RegionLevelValue.VILLAGE, parentCode: OTHER_COUNTY.town, countyCode: OTHER_COUNTY.county },
  ]);
  await ds.getRepository(GridEntity).insert({ code: OTHER_COUNTY.grid, villageCode: OTHER_COUNTY.village, countyCode: OTHER_COUNTY.county, name: '第一网格' });
  const village = TEST_REGIONS.villages[0];
  const grid = TEST_REGIONS.grids(village)[0];
  const password = 'Matrix@' + randomBytes(4).toString('hex');
  const side = async (v: string, g: string, tag: string): Promise<Side> => {
    const h = await seedHousehold(app, { villageCode: v, gridCode: g });
    const user = await seedUser(ds, { username: `target.${tag}`, password, role: Role.GRID_WORKER, regionCode: v, gridCodes: [g] });
    const files = app.get(FilesService);
    const file = await ds.transaction((em) => files.saveGenerated(em, RequestContext.system(), `${tag}.png`, 'image/png', PNG, v));
    const memberId = (await ds.query(`SELECT id FROM member WHERE household_id = $1 LIMIT 1`, [h.id]))[0].id as string;
    return { village: v, grid: g, householdId: h.id, memberId, cardNumber: h.cardNumber, userId: user.id, fileId: file.id };
  };
  const inside = await side(village, grid, 'inside');
  const outside = await side(OTHER_COUNTY.village, OTHER_COUNTY.grid, 'outside');
  const bound: Record<Role, [string, string[]]> = {
    [Role.SYSTEM_ADMIN]: ['000000000000', []],
    [Role.COUNTY_SUPERVISOR]: [TEST_REGIONS.county, []],
    [Role.TOWN_SUPERVISOR]: [TEST_REGIONS.towns[0], []],
    [Role.VILLAGE_ADMIN]: [village, []],
    [Role.VILLAGE_REVIEWER]: [village, []],
    [Role.OVERSIGHT]: [village, []],
    [Role.GRID_WORKER]: [village, [grid]],
    [Role.SHOP_OPERATOR]: [village, []],
  };
  const actors = {} as Record<Role, Actor>;
  for (const role of Object.values(Role)) {
    const [code, grids] = bound[role];
    const u = await seedUser(ds, { username: `matrix.${role.toLowerCase()}`, password, role, regionCode: code, gridCodes: grids });
    actors[role] = { ...testActor(role, code, grids), userId: u.id, username: u.username };
  }
  return { inside, outside, actors, password };
}
