import type { INestApplicationContext } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { PRESETS, PolicyParameters, SchemeDefinition, SchemeItem } from '@xiangzhi/points/util';
import { HouseholdModel, Relation, Residency } from '@xiangzhi/registry/api';
import { nextTestIdNumber, seedHousehold } from '@xiangzhi/registry/api/testing';
import { PointsSchemeVersionEntity } from './lib/entities/scheme-version.entity';
import { SchemeStatus } from './lib/points.enums';

/** Test fixtures of the points domain, for any domain's integration tests. */

const item = (over: Partial<SchemeItem> & Pick<SchemeItem, 'code'>): SchemeItem => ({
  category: '测试类',
  name: `测试事项${over.code}`,
  kind: 'POSITIVE',
  minPoints: 1,
  maxPoints: 10,
  subject: 'HOUSEHOLD',
  capPerPeriod: null,
  evidenceRequired: false,
  publicWording: `测试事项${over.code}`,
  ...over,
});

/**
 * The items of the test scheme: T01 household 1–10 (no cap, no evidence), T02 individual 1–10, T03 household
 * NEGATIVE 2–5 with evidence, T04 household 5 fixed with a cap of 10 per period, T05 VETO 20.
 */
export const TEST_ITEMS: readonly SchemeItem[] = [
  item({ code: 'T01', name: '参加环境卫生整治', publicWording: '参加环境卫生整治' }),
  item({ code: 'T02', subject: 'INDIVIDUAL', name: '参加志愿服务', publicWording: '参加志愿服务' }),
  item({ code: 'T03', kind: 'NEGATIVE', minPoints: 2, maxPoints: 5, evidenceRequired: true, name: '乱堆乱放' }),
  item({ code: 'T04', minPoints: 5, maxPoints: 5, capPerPeriod: 10, name: '义务劳动' }),
  item({ code: 'T05', kind: 'VETO', minPoints: 20, maxPoints: 20, name: '违法犯罪被依法处理' }),
];

/** Parameters of the test scheme (monthly review, quarterly publication), adoption as given. */
export function testParameters(villageAdoption: PolicyParameters['villageAdoption'] = 'APPROVAL'): PolicyParameters {
  return { ...PRESETS.GENERIC_003.parameters, reviewCadenceMonths: 1, publicationCadenceMonths: 3, villageAdoption };
}

export function testScheme(
  year: number,
  villageAdoption: PolicyParameters['villageAdoption'] = 'APPROVAL',
): SchemeDefinition {
  return { name: '测试积分方案', year, parameters: testParameters(villageAdoption), items: TEST_ITEMS };
}

/** A version of `regionCode`'s scheme for `year`, written directly (IN_FORCE unless told). */
export async function seedScheme(
  dataSource: DataSource,
  regionCode: string,
  year: number,
  options: { status?: SchemeStatus; definition?: SchemeDefinition; basedOnId?: string | null } = {},
): Promise<PointsSchemeVersionEntity> {
  const repo = dataSource.getRepository(PointsSchemeVersionEntity);
  const last = await repo.maximum('version', { regionCode, year });
  const status = options.status ?? SchemeStatus.IN_FORCE;
  return repo.save(
    repo.create({
      regionCode,
      year,
      version: (last ?? 0) + 1,
      status,
      presetKey: null,
      definition: options.definition ?? testScheme(year),
      basedOnId: options.basedOnId ?? null,
      changeReason: '测试',
      decidedAt: status === SchemeStatus.IN_FORCE ? new Date() : null,
    }),
  );
}

/** A local household taking part, with a head and `extraMembers` more members (of `gridCode` if given). */
export async function seedPointsHousehold(
  app: INestApplicationContext,
  villageCode: string,
  options: { gridCode?: string | null; extraMembers?: number; headName?: string; participating?: boolean } = {},
): Promise<HouseholdModel> {
  return seedHousehold(app, {
    villageCode,
    gridCode: options.gridCode ?? null,
    residency: Residency.LOCAL_HUKOU,
    participating: options.participating ?? true,
    members: [
      { name: options.headName ?? '张建明', idNumber: nextTestIdNumber(), relation: Relation.HEAD },
      ...Array.from({ length: options.extraMembers ?? 1 }, (_, i) => ({
        name: `张小${'一二三四五六七八九十'[i % 10]}`,
        idNumber: nextTestIdNumber(),
        relation: Relation.CHILD,
      })),
    ],
  });
}

let keySerial = 0;

/** A fresh client idempotency key. */
export function nextKey(): string {
  keySerial += 1;
  return `test-${Date.now().toString(36)}-${keySerial}`;
}
