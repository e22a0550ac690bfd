/**
 * `npm run data:synth -- --scale village|county [--seed N] [--entries N]`: a reproducible synthetic data set loaded
 * through the registry's bulk-import writer (the path an Excel import takes), into DATABASE_URL or the embedded
 * database, with N points entries per household this year (default 12; synth-points.ts).
 * Synthetic regions use province code 99 (no real province), so they never mix with real codes.
 *
 *   village: 1 village, 400 households, about 1,300 members
 *   county:  1 county, 12 towns, 150 villages, 600 grids, 60,000 households, about 180,000 members
 */
import 'reflect-metadata';
import type { DataSource } from 'typeorm';
import {
  GridEntity,
  HouseholdDraft,
  IdNumberCipher,
  loadHouseholds,
  RegionEntity,
  RegionLevelValue,
} from '@xiangzhi/registry/api';
import { createDataSource } from '../../apps/api/src/database/data-source';
import { loadSecretsIntoEnv, resolveDatabaseUrl } from './database-url';
import { prng, synthHousehold } from '../seed/people';
import { toDraft } from '../seed/drafts';
import { synthesizePoints } from './synth-points';
import { todayIso } from '@xiangzhi/registry/util';

export interface Scale {
  name: string;
  towns: number;
  villagesPerTown: number;
  gridsPerVillage: number;
  householdsPerVillage: number;
  county: string;
  /** Region digits of the synthetic ID numbers: a real province (ID numbers are validated), a county code no demo uses. */
  idPrefix: string;
}

export const SCALES: Record<string, Scale> = {
  village: {
    name: 'village',
    towns: 1,
    villagesPerTown: 1,
    gridsPerVillage: 4,
    householdsPerVillage: 400,
    county: '990101000000',
    idPrefix: '510198',
  },
  county: {
    name: 'county',
    towns: 12,
    villagesPerTown: 13,
    gridsPerVillage: 4,
    householdsPerVillage: 400,
    county: '990102000000',
    idPrefix: '510199',
  },
};

export interface SynthResult {
  county: string;
  villages: string[];
  households: number;
  members: number;
  seconds: number;
}

/** Loads a scale into the database behind `ds`; returns what it made. Refuses if the county is already there. */
export async function synthesize(
  ds: DataSource,
  scale: Scale,
  seed = 1,
  log: (m: string) => void = console.log,
): Promise<SynthResult> {
  const t0 = Date.now();
  const exists: unknown[] = await ds.query(`SELECT 1 FROM region WHERE code = $1`, [scale.county]);
  if (exists.length)
    throw new Error(`synthetic county ${scale.county} already loaded (npm run db:reset to start over)`);
  const county = scale.county;
  const villages: string[] = [];
  // county: 150 villages in 12 towns (13 × 12 = 156, trimmed to 150)
  const villageTarget = scale.name === 'county' ? 150 : scale.towns * scale.villagesPerTown;
  await ds.query(
    `INSERT INTO region (code, name, level, parent_code, county_code, sort) VALUES
      ('990000000000', '合成省（测试数据）', 'PROVINCE', NULL, NULL, 0),
      ('990100000000', '合成市', 'CITY', '990000000000', NULL, 0)
     ON CONFLICT (code) DO NOTHING`,
  );
  const regions: Array<Partial<RegionEntity>> = [
    {
      code: county,
      name: `合成县${scale.name}`,
      level: RegionLevelValue.COUNTY,
      parentCode: '990100000000',
      countyCode: county,
    },
  ];
  const grids: Array<Partial<GridEntity>> = [];
  for (let t = 0; t < scale.towns; t++) {
    const town = county.slice(0, 6) + String(101 + t).padStart(3, '0') + '000';
    regions.push({
      code: town,
      name: `合成镇${t + 1}`,
      level: RegionLevelValue.TOWN,
      parentCode: county,
      countyCode: county,
      sort: t,
    });
    for (let v = 0; v < scale.villagesPerTown && villages.length < villageTarget; v++) {
      const village = town.slice(0, 9) + String(201 + v).padStart(3, '0');
      villages.push(village);
      regions.push({
        code: village,
        name: `合成${t + 1}镇${v + 1}村`,
        level: RegionLevelValue.VILLAGE,
        parentCode: town,
        countyCode: county,
        sort: v,
      });
      for (let g = 0; g < scale.gridsPerVillage; g++) {
        grids.push({
          code: village + String(g + 1).padStart(3, '0'),
          villageCode: village,
          countyCode: county,
          name: `第${g + 1}网格`,
          leaderName: null,
          note: null,
        });
      }
    }
  }
  await ds.transaction(async (em) => {
    await em.insert(RegionEntity, regions);
    for (let i = 0; i < grids.length; i += 1000) await em.insert(GridEntity, grids.slice(i, i + 1000));
  });

  const cipher = IdNumberCipher.fromKeys(String(process.env['ID_ENCRYPTION_KEY']), String(process.env['ID_HASH_KEY']));
  const r = prng(seed);
  const taken = new Set<string>();
  let households = 0;
  let members = 0;
  let serial = 0;
  for (const village of villages) {
    const drafts: HouseholdDraft[] = [];
    for (let k = 0; k < scale.householdsPerVillage; k++) {
      const h = synthHousehold(r, scale.idPrefix, serial++, '合成村', taken);
      drafts.push(toDraft(h, village + String((k % scale.gridsPerVillage) + 1).padStart(3, '0')));
    }
    const loaded = await loadHouseholds(ds, cipher, village, drafts);
    households += loaded.households;
    members += loaded.members;
    if (villages.length > 1 && households % 10000 < scale.householdsPerVillage) log(`  ${households} households …`);
  }
  return { county, villages, households, members, seconds: (Date.now() - t0) / 1000 };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const scaleName = args[args.indexOf('--scale') + 1] ?? 'village';
  const seed = args.includes('--seed') ? Number(args[args.indexOf('--seed') + 1]) : 1;
  const scale = SCALES[scaleName];
  if (!scale) throw new Error(`unknown scale ${scaleName} (village | county)`);
  await loadSecretsIntoEnv();
  const { url, stop } = await resolveDatabaseUrl();
  process.env['DATABASE_URL'] = url;
  const ds = createDataSource(url, 4);
  await ds.initialize();
  try {
    await ds.runMigrations({ transaction: 'each' });
    const result = await synthesize(ds, scale, seed);
    const today = todayIso();
    const points = await synthesizePoints(ds, result.villages, {
      year: Number(today.slice(0, 4)),
      perHousehold: args.includes('--entries') ? Number(args[args.indexOf('--entries') + 1]) : 12,
      lastMonth: Number(today.slice(5, 7)),
    });
    console.log(
      JSON.stringify({
        scale: scale.name,
        ...result,
        villages: result.villages.length,
        points_entries: points.entries,
        points_seconds: points.seconds,
      }),
    );
  } finally {
    await ds.destroy();
    await stop();
  }
}

if (require.main === module) {
  main().catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
