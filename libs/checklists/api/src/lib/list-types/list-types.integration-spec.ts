import 'reflect-metadata';
import { Role } from '@xiangzhi/server/core';
import { createTestApp, TestApp } from '@xiangzhi/server/testing';
import { IdentityModule } from '@xiangzhi/identity/api';
import { RegistryModule } from '@xiangzhi/registry/api';
import { codeOf, dataOf, seedRegions, TEST_REGIONS, testActor, tokenFor } from '@xiangzhi/registry/api/testing';
import { checklistCtx as ctx } from '../../testing';
import { ChecklistDraftSource, ChecklistListKind } from '../checklists.enums';
import { ChecklistsModule } from '../checklists.module';
import { ChecklistReadsService } from '../services/checklist-reads.service';
import { ChecklistVersionsService } from '../services/checklist-versions.service';
import { ChecklistListTypesService } from './list-types.service';

const COUNTY = TEST_REGIONS.county;
const [T1] = TEST_REGIONS.towns;
const [V1] = TEST_REGIONS.villages;
const OTHER_COUNTY = '150627000000';

const micro = {
  countyCode: COUNTY,
  code: 'MICRO_POWER',
  nameZh: '小微权力清单',
  nameEn: 'Small powers',
  order: 50,
  kind: ChecklistListKind.GENERAL,
  enabled: true,
};

describe("checklists: a county's own list types", () => {
  let t: TestApp;
  let service: ChecklistListTypesService;
  let reads: ChecklistReadsService;
  const county = testActor(Role.COUNTY_SUPERVISOR, COUNTY);
  const village = testActor(Role.VILLAGE_ADMIN, V1);
  const codes = async (region: string, includeDisabled = false) =>
    (await reads.listTypes(ctx(testActor(Role.SYSTEM_ADMIN, '000000000000')), region, includeDisabled)).map(
      (l) => `${l.code}${l.enabled ? '' : '(off)'}`,
    );

  beforeAll(async () => {
    t = await createTestApp([IdentityModule, RegistryModule, ChecklistsModule]);
    await seedRegions(t.dataSource);
    service = t.app.get(ChecklistListTypesService);
    reads = t.app.get(ChecklistReadsService);
  });
  afterAll(() => t?.close());

  it('adds a fifth list for the county only, and its towns can draft it', async () => {
    expect(await codes(V1)).toEqual(['AUTONOMY', 'ASSISTED_GOVERNMENT', 'NEGATIVE', 'CERTIFICATE']);
    const added = await service.set(ctx(county), micro);
    expect(added).toMatchObject({ code: 'MICRO_POWER', nameZh: '小微权力清单', order: 50, enabled: true });
    expect(await codes(V1)).toEqual(['AUTONOMY', 'ASSISTED_GOVERNMENT', 'NEGATIVE', 'CERTIFICATE', 'MICRO_POWER']);
    expect(await codes(OTHER_COUNTY.slice(0, 6) + '000000')).not.toContain('MICRO_POWER');
    const draft = await t.app.get(ChecklistVersionsService).createDraft(ctx(testActor(Role.TOWN_SUPERVISOR, T1)), {
      regionCode: T1,
      listType: 'MICRO_POWER',
      source: ChecklistDraftSource.EXAMPLES,
    });
    expect(draft).toMatchObject({ listType: 'MICRO_POWER', status: 'DRAFT' });
  });

  it('switches one of the four off for the county (kept, listed as off on request) and on again', async () => {
    await service.set(ctx(county), {
      ...micro,
      code: 'NEGATIVE',
      nameZh: '工作负面事项',
      nameEn: 'Negative',
      order: 3,
      kind: ChecklistListKind.NEGATIVE,
      enabled: false,
    });
    expect(await codes(V1)).not.toContain('NEGATIVE');
    expect(await codes(V1, true)).toContain('NEGATIVE(off)');
    await service.set(ctx(county), {
      ...micro,
      code: 'NEGATIVE',
      nameZh: '工作负面清单',
      nameEn: 'Negative',
      order: 3,
      kind: ChecklistListKind.NEGATIVE,
      enabled: true,
    });
    const listed = await reads.listTypes(ctx(village), V1);
    expect(listed.find((l) => l.code === 'NEGATIVE')).toMatchObject({ nameZh: '工作负面清单', enabled: true });
  });

  it("keeps a list's kind once the county has versions of it", async () => {
    await expect(service.set(ctx(county), { ...micro, kind: ChecklistListKind.CERTIFICATE })).rejects.toMatchObject({
      code: 'CHECKLIST_LIST_TYPE_KIND_FIXED',
    });
  });

  it('is for the county supervisor of that county only, and audited', async () => {
    await expect(service.set(ctx(testActor(Role.TOWN_SUPERVISOR, T1)), micro)).rejects.toMatchObject({
      code: 'AUTH_PERMISSION_DENIED',
    });
    await expect(service.set(ctx(testActor(Role.COUNTY_SUPERVISOR, OTHER_COUNTY)), micro)).rejects.toMatchObject({
      code: 'SCOPE_OUT_OF_REGION',
    });
    await expect(service.set(ctx(county), { ...micro, countyCode: T1 })).rejects.toMatchObject({
      code: 'CHECKLIST_REGION_LEVEL_INVALID',
    });
    const res = await t.gql<{ setChecklistListType: { code: string; enabled: boolean } }>(
      `mutation ($i: SetChecklistListTypeInput!) { setChecklistListType(input: $i) { code enabled } }`,
      { i: { ...micro, enabled: false } },
      tokenFor(t.app, county),
    );
    expect(dataOf(res).setChecklistListType).toEqual({ code: 'MICRO_POWER', enabled: false });
    const bad = await t.gql(
      `mutation ($i: SetChecklistListTypeInput!) { setChecklistListType(input: $i) { code } }`,
      { i: { ...micro, code: 'micro power' } },
      tokenFor(t.app, county),
    );
    expect(codeOf(bad)).toBe('VALIDATION_FAILED');
    const [row] = await t.dataSource.query(
      `SELECT region_code, target_type FROM audit_log WHERE operation = 'setChecklistListType' ORDER BY id DESC LIMIT 1`,
    );
    expect(row).toEqual({ region_code: COUNTY, target_type: 'checklistListType' });
  });
});
