/**
 * Demo data of the five towns (`npm run db:seed`, and `npm start` on an empty database): the region tree, grids,
 * about 300 households per town with members, a user for every role in every town, and the points of each town
 * under its own scheme (points-demo.ts). Households go through the
 * registry's bulk-import writer (the path an Excel import takes); users through the identity service.
 * Every person is synthetic; see demo-towns.ts for which names are real.
 */
import { resolve } from 'node:path';
import type { DataSource, EntityManager } from 'typeorm';
import { AppConfig, AuditService, createApp, RequestContext, Role } from '@xiangzhi/server/core';
import { CreateUserInput, UserService } from '@xiangzhi/identity/api';
import {
  GridEntity,
  HouseholdDraft,
  IdNumberCipher,
  loadHouseholds,
  RegionEntity,
  RegionLevelValue,
} from '@xiangzhi/registry/api';
import { AppModule } from '../../apps/api/src/app/app.module';
import { importEsm } from '../db/database-url';
import { DEMO_TOWNS, DemoTown, villageCode } from './demo-towns';
import { toDraft } from './drafts';
import { prng, synthHousehold } from './people';
import { seedPointsDemo } from './points-demo';
import { seedShopDemo } from './shop-demo';
import { seedChecklistsDemo } from './checklists-demo';

/** Whether the database holds no regions yet (a fresh installation). */
export async function isDatabaseEmpty(ds: DataSource): Promise<boolean> {
  const rows: Array<{ n: string }> = await ds.query(`SELECT count(*)::text AS n FROM region`);
  return rows[0]?.n === '0';
}

const HOUSEHOLDS_PER_TOWN = 300;
const GRID_NAMES = ['第一网格', '第二网格', '第三网格', '第四网格'];
const LEADERS = ['王德明', '李秀英', '张国华', '刘建军', '陈桂兰', '杨志强', '黄丽萍', '赵永福'];

interface DemoUser {
  username: string;
  password: string;
  role: Role;
  regionCode: string;
  gridCodes?: string[];
  displayName: string;
}

function regionRows(town: DemoTown): Array<Partial<RegionEntity>> {
  const county = town.county.code;
  const rows: Array<Partial<RegionEntity>> = [
    {
      code: town.province.code,
      name: town.province.name,
      level: RegionLevelValue.PROVINCE,
      parentCode: null,
      countyCode: null,
    },
    {
      code: town.city.code,
      name: town.city.name,
      level: RegionLevelValue.CITY,
      parentCode: town.province.code,
      countyCode: null,
    },
    {
      code: county,
      name: town.county.name,
      level: RegionLevelValue.COUNTY,
      parentCode: town.city.code,
      countyCode: county,
    },
    {
      code: town.town.code,
      name: town.town.name,
      level: RegionLevelValue.TOWN,
      parentCode: county,
      countyCode: county,
    },
  ];
  town.villages.forEach((name, i) =>
    rows.push({
      code: villageCode(town, i),
      name,
      level: RegionLevelValue.VILLAGE,
      parentCode: town.town.code,
      countyCode: county,
      sort: i,
    }),
  );
  return rows;
}

function gridRows(town: DemoTown, r: () => number): Array<Partial<GridEntity>> {
  const rows: Array<Partial<GridEntity>> = [];
  town.villages.forEach((_v, i) => {
    const village = villageCode(town, i);
    const n = 2 + Math.floor(r() * 3);
    for (let g = 0; g < n; g++) {
      rows.push({
        code: village + String(g + 1).padStart(3, '0'),
        villageCode: village,
        countyCode: town.county.code,
        name: GRID_NAMES[g],
        leaderName: LEADERS[Math.floor(r() * LEADERS.length)],
        note: `第${g + 1}村民小组`,
      });
    }
  });
  return rows;
}

/** Loads the demo data. Idempotent only on an empty database (use `npm run db:reset` to start over). */
export async function seedDemo(ds: DataSource, log: (m: string) => void): Promise<void> {
  const config = AppConfig.fromEnv({
    ...process.env,
    NODE_ENV: 'production',
    LOG_LEVEL: 'silent',
    JOBS_ENABLED: 'false',
  });
  const app = await createApp(AppModule.forRoot(config), config, { logs: false });
  await app.init();
  try {
    const cipher = IdNumberCipher.fromKeys(config.values.ID_ENCRYPTION_KEY, config.values.ID_HASH_KEY);
    const users = app.get(UserService, { strict: false });
    const audit = app.get(AuditService, { strict: false });
    const ctx = RequestContext.system('seed-demo');
    const r = prng(20260601);
    const taken = new Set<string>();

    await ds.transaction(async (em: EntityManager) => {
      const seen = new Set<string>();
      for (const town of DEMO_TOWNS) {
        const regions = regionRows(town).filter((x) => !seen.has(x.code as string));
        regions.forEach((x) => seen.add(x.code as string));
        if (regions.length) await em.insert(RegionEntity, regions);
        await em.insert(GridEntity, gridRows(town, r));
      }
    });
    log(`regions and grids of ${DEMO_TOWNS.length} towns loaded`);

    let serial = 0;
    for (const town of DEMO_TOWNS) {
      const grids: GridEntity[] = await ds.getRepository(GridEntity).find({ where: { countyCode: town.county.code } });
      const perVillage = Math.ceil(HOUSEHOLDS_PER_TOWN / town.villages.length);
      let count = 0;
      for (let i = 0; i < town.villages.length; i++) {
        const village = villageCode(town, i);
        const villageGrids = grids.filter((g) => g.villageCode === village);
        const drafts: HouseholdDraft[] = [];
        for (let k = 0; k < perVillage; k++) {
          const synth = synthHousehold(r, town.county.code.slice(0, 6), serial++, town.villages[i], taken);
          drafts.push(toDraft(synth, villageGrids[k % villageGrids.length].code));
        }
        const loaded = await loadHouseholds(ds, cipher, village, drafts, ctx);
        await audit.record(ds.manager, ctx, 'seedDemo', { village }, [
          { targetType: 'region', targetId: village, regionCode: village, summary: loaded },
        ]);
        count += loaded.households;
      }
      log(`${town.town.name}: ${count} households`);
    }

    const logins = (await importEsm(resolve(__dirname, 'demo-logins.mjs'))) as { demoLogins: DemoUser[] };
    for (const u of logins.demoLogins) {
      const input: CreateUserInput = Object.assign(new CreateUserInput(), {
        username: u.username,
        displayName: u.displayName,
        password: u.password,
        role: u.role,
        regionCode: u.regionCode,
        gridCodes: u.gridCodes,
      });
      await ds.transaction(async (em) => {
        ctx.em = em;
        ctx.auditNotes.length = 0;
        try {
          await users.create(ctx, input);
          await audit.record(em, ctx, 'createUser', { username: u.username }, ctx.auditNotes);
        } finally {
          ctx.em = undefined;
        }
      });
    }
    log(`${logins.demoLogins.length} demo users created`);
    await seedPointsDemo(app, ds, log);
    await seedShopDemo(app, ds, log);
    await seedChecklistsDemo(app, ds, log);
  } finally {
    await app.close();
  }
}
