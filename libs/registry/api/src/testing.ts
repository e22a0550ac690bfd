import type { INestApplicationContext } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { Actor, claimsFromActor, countyCodeOf, RequestContext, Role, scopePrefix } from '@xiangzhi/server/core';
import { withIdCheckChar } from '@xiangzhi/registry/util';
import { CreateHouseholdInput, MemberInput } from './lib/dto/household.input';
import { GridEntity } from './lib/entities/grid.entity';
import { RegionEntity } from './lib/entities/region.entity';
import { HouseholdModel } from './lib/models/household.model';
import { Relation, RegionLevelValue, Residency } from './lib/registry.enums';
import { HouseholdService } from './lib/services/household.service';

/** Test fixtures of the registry domain, for any domain's integration tests. */

/** The codes of the tree made by `seedRegions`. */
export const TEST_REGIONS = {
  county: '150626000000',
  towns: ['150626100000', '150626101000'] as const,
  /** Two villages per town: [town 1 village 1, town 1 village 2, town 2 village 1, town 2 village 2]. */
  villages: ['150626100201', '150626100202', '150626101201', '150626101202'] as const,
  /** Grids `<village>001` and `<village>002` of every village. */
  grids: (village: string) => [`${village}001`, `${village}002`] as const,
};

/** 1 county, 2 towns, 2 villages each, 2 grids per village. Idempotent. */
export async function seedRegions(dataSource: DataSource): Promise<typeof TEST_REGIONS> {
  const { county, towns, villages } = TEST_REGIONS;
  const regions: Array<Partial<RegionEntity>> = [
    {
      code: county,
      name: '乌审旗',
      level: RegionLevelValue.COUNTY,
      parentCode: '150600000000',
      countyCode: county,
      sort: 0,
    },
    ...towns.map((code, i) => ({
      code,
      name: ['图克镇', '嘎鲁图镇'][i],
      level: RegionLevelValue.TOWN,
      parentCode: county,
      countyCode: county,
      sort: i,
    })),
    ...villages.map((code, i) => ({
      code,
      name: ['呼和嘎查', '巴音嘎查', '沙尔嘎查', '乌兰嘎查'][i],
      level: RegionLevelValue.VILLAGE,
      parentCode: code.slice(0, 9) + '000',
      countyCode: county,
      sort: i % 2,
    })),
  ];
  await dataSource.createQueryBuilder().insert().into(RegionEntity).values(regions).orIgnore().execute();
  const grids = villages.flatMap((v) =>
    TEST_REGIONS.grids(v).map((code, i) => ({
      code,
      villageCode: v,
      countyCode: countyCodeOf(v),
      name: `第${i + 1}网格`,
    })),
  );
  await dataSource.createQueryBuilder().insert().into(GridEntity).values(grids).orIgnore().execute();
  return TEST_REGIONS;
}

/** A valid, distinct GB 11643 ID number for every `n` (county 150626, birth dates from 1950 on). */
export function testIdNumber(n: number): string {
  const birth = new Date(Date.UTC(1950, 0, 1) + (n % 20000) * 86_400_000).toISOString().slice(0, 10).replace(/-/g, '');
  const seq = String(Math.floor(n / 20000) % 1000).padStart(3, '0');
  return withIdCheckChar(`150626${birth}${seq}`);
}

let idCounter = 0;

/** A unique test ID number (process-wide counter, random start). */
export function nextTestIdNumber(): string {
  if (idCounter === 0) idCounter = Math.floor(Math.random() * 1_000_000);
  idCounter += 1;
  return testIdNumber(idCounter);
}

/** Creates a household through the real service (as the system), with a head and `extraMembers` children. */
export async function seedHousehold(
  app: INestApplicationContext,
  options: Partial<Omit<CreateHouseholdInput, 'members'>> & {
    villageCode: string;
    members?: MemberInput[];
    extraMembers?: number;
  },
): Promise<HouseholdModel> {
  const members: MemberInput[] = options.members ?? [
    { name: '王建国', idNumber: nextTestIdNumber(), relation: Relation.HEAD, phone: '13800138000' },
    ...Array.from({ length: options.extraMembers ?? 1 }, (_, i) => ({
      name: `王小${'一二三四五六七八九十'[i % 10]}`,
      idNumber: nextTestIdNumber(),
      relation: Relation.CHILD,
    })),
  ];
  return app.get(HouseholdService, { strict: false }).create(RequestContext.system(), {
    regionCode: options.villageCode,
    gridCode: options.gridCode ?? null,
    address: options.address ?? '测试地址1号',
    residency: options.residency ?? Residency.LOCAL_HUKOU,
    residentSince: options.residentSince ?? null,
    participating: options.participating ?? null,
    members,
  });
}

/** An actor as the identity domain builds it (scope = region subtree; a grid worker's grids). */
export function testActor(role: Role, regionCode: string, gridCodes: string[] = []): Actor {
  const scopePrefixes =
    role === Role.SYSTEM_ADMIN ? [''] : role === Role.GRID_WORKER ? [...gridCodes] : [scopePrefix(regionCode)];
  const id = randomUUID();
  return {
    userId: id,
    username: `${role.toLowerCase()}-${id.slice(0, 8)}`,
    displayName: `测试${role}`,
    role,
    regionCode,
    scopePrefixes,
  };
}

/** A bearer token for `actor`, signed by the app's JWT service (no user row needed). */
export function tokenFor(app: INestApplicationContext, actor: Actor): string {
  return app.get(JwtService).sign(claimsFromActor(actor, randomUUID()));
}

/** What a GraphQL answer looks like to these helpers. */
interface GqlAnswer<T> {
  data: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string } & Record<string, unknown> }>;
}

/** The data of a successful answer; throws with the errors otherwise. */
export function dataOf<T>(res: GqlAnswer<T>): T {
  if (!res.data || res.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
  return res.data;
}

/** The code of the first error (undefined when there is none). */
export function codeOf(res: GqlAnswer<unknown>): string | undefined {
  return res.errors?.[0]?.extensions?.code;
}

/** Full ID numbers (18 characters) and mainland mobile numbers: must never appear in masked or public payloads. */
export const SENSITIVE_PATTERNS = [/(?<![\d*])\d{17}[\dXx](?![\d*])/, /(?<![\d*])1[3-9]\d{9}(?![\d*])/];

/** The patterns of SENSITIVE_PATTERNS found in `payload` (JSON-stringified). */
export function sensitiveMatches(payload: unknown): string[] {
  // ids and hashes are hex: a run of their digits can look like a phone number (a UUID's last group is 12 long)
  const text = JSON.stringify(payload)
    .replace(/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, '<uuid>')
    .replace(/\b[0-9a-f]{64}\b/gi, '<sha256>');
  return SENSITIVE_PATTERNS.flatMap((p) => text.match(p) ?? []);
}
