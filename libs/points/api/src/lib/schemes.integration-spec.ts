import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { PRESET_KEYS, PRESETS } from '@xiangzhi/points/util';
import { Actor, RequestContext, Role } from '@xiangzhi/server/core';
import { createTestApp, TestApp } from '@xiangzhi/server/testing';
import { IdentityModule } from '@xiangzhi/identity/api';
import { RegistryModule } from '@xiangzhi/registry/api';
import { dataOf, seedRegions, TEST_REGIONS, testActor, tokenFor } from '@xiangzhi/registry/api/testing';
import { seedScheme, testScheme } from '../testing';
import { SchemeItemInput } from './dto/scheme.input';
import { PointsModule } from './points.module';
import { ItemKindValue, ItemSubjectValue, PresetKeyValue, SchemeStatus } from './points.enums';
import { SchemeService } from './services/scheme.service';

const [T1, T2] = TEST_REGIONS.towns;
const [V1, V2, V3] = TEST_REGIONS.villages;
const YEAR = 2026;

const newItem = (over: Partial<SchemeItemInput> = {}): SchemeItemInput => ({
  itemCode: 'N01',
  category: '环境卫生',
  name: '清理河道垃圾',
  kind: ItemKindValue.POSITIVE,
  minPoints: 2,
  maxPoints: 4,
  subject: ItemSubjectValue.HOUSEHOLD,
  capPerPeriod: 8,
  evidenceRequired: true,
  publicWording: '参加河道清理',
  ...over,
});

describe('points schemes: presets, drafts, adaptation, approval and filing, diff', () => {
  let t: TestApp;
  let schemes: SchemeService;
  let town: Actor;
  let town2: Actor;
  let village: Actor;
  const ctx = (a: Actor) => new RequestContext(`req-${randomUUID()}`, a);

  const rowCount = async () =>
    Number((await t.dataSource.query(`SELECT count(*)::int AS n FROM points_scheme_version`))[0].n);
  const definitionOf = async (id: string) =>
    (await t.dataSource.query(`SELECT definition FROM points_scheme_version WHERE id = $1`, [id]))[0].definition;

  beforeAll(async () => {
    t = await createTestApp([IdentityModule, RegistryModule, PointsModule]);
    await seedRegions(t.dataSource);
    schemes = t.app.get(SchemeService);
    town = testActor(Role.TOWN_SUPERVISOR, T1);
    town2 = testActor(Role.TOWN_SUPERVISOR, T2);
    village = testActor(Role.VILLAGE_ADMIN, V1);
  });
  afterAll(() => t?.close());

  it.each(PRESET_KEYS.map((k) => [k] as const))('creates a town draft from preset %s, reproducing it', async (key) => {
    const v = await schemes.create(ctx(town), { townCode: T1, year: YEAR, presetKey: key as PresetKeyValue });
    expect(v.status).toBe(SchemeStatus.DRAFT);
    expect(v.presetKey).toBe(key);
    expect(v.items.map((i) => i.code)).toEqual(PRESETS[key].items.map((i) => i.code));
    expect(v.parameters.villageAdoption).toBe(PRESETS[key].parameters.villageAdoption);
    expect((await definitionOf(v.id)).year).toBe(YEAR);
  });

  it('numbers versions per region and year', async () => {
    const rows = await t.dataSource.query(
      `SELECT version FROM points_scheme_version WHERE region_code = $1 AND year = $2 ORDER BY version`,
      [T1, YEAR],
    );
    expect(rows.map((r: { version: number }) => r.version)).toEqual([1, 2, 3, 4, 5]);
  });

  it('refuses a copy when nothing is in force, a village as a town, and another town', async () => {
    const before = await rowCount();
    await expect(schemes.create(ctx(town), { townCode: T1, year: 2031 })).rejects.toMatchObject({
      code: 'SCHEME_NONE_IN_FORCE',
    });
    await expect(schemes.create(ctx(town), { townCode: V1, year: YEAR })).rejects.toMatchObject({
      code: 'SCHEME_REGION_NOT_TOWN',
    });
    await expect(
      schemes.create(ctx(town), { townCode: T2, year: YEAR, presetKey: PresetKeyValue.TUKE_002 }),
    ).rejects.toMatchObject({ code: 'SCOPE_OUT_OF_REGION' });
    await expect(
      schemes.create(ctx(village), { townCode: T1, year: YEAR, presetKey: PresetKeyValue.TUKE_002 }),
    ).rejects.toMatchObject({ code: 'AUTH_PERMISSION_DENIED' });
    expect(await rowCount()).toBe(before);
  });

  it('edits a draft (add, change, remove items; parameters) and refuses invalid items, writing nothing', async () => {
    const v = await schemes.create(ctx(town), { townCode: T1, year: 2027, presetKey: PresetKeyValue.CHANGBA_000 });
    const first = v.items[0];
    const edited = await schemes.updateDraft(ctx(town), {
      id: v.id,
      upsertItems: [
        newItem(),
        newItem({
          itemCode: first.code,
          name: first.name,
          maxPoints: first.maxPoints + 5,
          minPoints: first.minPoints,
          category: first.category,
          publicWording: first.publicWording,
          kind: first.kind as ItemKindValue,
          subject: first.subject as ItemSubjectValue,
          capPerPeriod: first.capPerPeriod,
          evidenceRequired: first.evidenceRequired,
        }),
      ],
      removeItems: [v.items[1].code],
      parameters: { objectionWindowDays: 15 },
      changeReason: '结合本镇实际调整',
    });
    expect(edited.items.find((i) => i.code === 'N01')).toMatchObject({ maxPoints: 4, capPerPeriod: 8 });
    expect(edited.items.find((i) => i.code === first.code)?.maxPoints).toBe(first.maxPoints + 5);
    expect(edited.items.some((i) => i.code === v.items[1].code)).toBe(false);
    expect(edited.parameters.objectionWindowDays).toBe(15);
    expect((await definitionOf(v.id)).items).toHaveLength(v.items.length);

    const stored = JSON.stringify(await definitionOf(v.id));
    const bad: Array<[Partial<SchemeItemInput>, string]> = [
      [{ kind: ItemKindValue.NEGATIVE, name: '不参加集体劳动的扣发当年集体经济分红' }, 'SCHEME_ITEM_TAKES_ENTITLEMENT'],
      [{ kind: ItemKindValue.VETO, name: '违法建房', publicWording: '停发低保补贴' }, 'SCHEME_ITEM_TAKES_ENTITLEMENT'],
      [{ minPoints: 5, maxPoints: 2 }, 'SCHEME_ITEM_INVALID'],
      [{ minPoints: -1 }, 'SCHEME_ITEM_INVALID'],
      [{ capPerPeriod: 0 }, 'SCHEME_ITEM_INVALID'],
      [{ name: ' ' }, 'SCHEME_ITEM_INVALID'],
    ];
    for (const [over, code] of bad) {
      await expect(
        schemes.updateDraft(ctx(town), { id: v.id, upsertItems: [newItem({ itemCode: 'B01X', ...over })] }),
      ).rejects.toMatchObject({ code });
    }
    await expect(
      schemes.updateDraft(ctx(town), { id: v.id, upsertItems: [newItem(), newItem()] }),
    ).rejects.toMatchObject({ code: 'SCHEME_ITEM_DUPLICATE_CODE' });
    await expect(schemes.updateDraft(ctx(town), { id: v.id, removeItems: ['ZZZ'] })).rejects.toMatchObject({
      code: 'SCHEME_ITEM_NOT_FOUND',
    });
    await expect(
      schemes.updateDraft(ctx(town), { id: v.id, parameters: { reviewCadenceMonths: 5 } }),
    ).rejects.toMatchObject({ code: 'SCHEME_PARAMETER_INVALID' });
    // a deduction in points is no entitlement taken away
    await schemes.updateDraft(ctx(town), {
      id: v.id,
      upsertItems: [newItem({ itemCode: 'N02', kind: ItemKindValue.NEGATIVE, name: '乱扔垃圾扣2分' })],
    });
    expect(JSON.stringify(await definitionOf(v.id))).not.toBe(stored);
    // a village administrator cannot edit the town's draft
    await expect(schemes.updateDraft(ctx(village), { id: v.id, name: '改名' })).rejects.toMatchObject({
      code: 'SCOPE_OUT_OF_REGION',
    });
  });

  it('town: submit → approve puts it in force and supersedes the version in force; reject needs a reason', async () => {
    const year = 2028;
    const a = await schemes.create(ctx(town), { townCode: T1, year, presetKey: PresetKeyValue.GENERIC_003 });
    const submitted = await schemes.submit(ctx(town), a.id);
    expect(submitted.status).toBe(SchemeStatus.SUBMITTED);
    await expect(schemes.updateDraft(ctx(town), { id: a.id, name: 'x' })).rejects.toMatchObject({
      code: 'SCHEME_NOT_DRAFT',
    });
    await expect(schemes.approve(ctx(town2), a.id)).rejects.toMatchObject({ code: 'SCOPE_OUT_OF_REGION' });
    const approved = await schemes.approve(ctx(town), a.id);
    expect(approved.status).toBe(SchemeStatus.IN_FORCE);
    await expect(schemes.approve(ctx(town), a.id)).rejects.toMatchObject({ code: 'SCHEME_NOT_SUBMITTED' });

    const b = await schemes.create(ctx(town), { townCode: T1, year, changeReason: '年中修订' });
    expect(b.basedOnId).toBe(a.id);
    await schemes.submit(ctx(town), b.id);
    await schemes.approve(ctx(town), b.id);
    const rows = await t.dataSource.query(
      `SELECT id, status FROM points_scheme_version WHERE region_code = $1 AND year = $2 ORDER BY version`,
      [T1, year],
    );
    expect(rows).toEqual([
      { id: a.id, status: 'SUPERSEDED' },
      { id: b.id, status: 'IN_FORCE' },
    ]);

    const c = await schemes.create(ctx(town), { townCode: T1, year });
    await schemes.submit(ctx(town), c.id);
    await expect(schemes.reject(ctx(town), c.id, ' ')).rejects.toMatchObject({ code: 'SCHEME_REASON_REQUIRED' });
    expect((await schemes.reject(ctx(town), c.id, '分值设置不合理')).status).toBe(SchemeStatus.REJECTED);
  });

  it('village under APPROVAL: adapt → submit waits → the town approves → in force for the village', async () => {
    const year = 2029;
    await seedScheme(t.dataSource, T1, year, { definition: testScheme(year, 'APPROVAL') });
    const draft = await schemes.adapt(ctx(village), { villageCode: V1, year, changeReason: '本村增加河道清理' });
    expect(draft).toMatchObject({ regionCode: V1, status: SchemeStatus.DRAFT });
    await schemes.updateDraft(ctx(village), { id: draft.id, upsertItems: [newItem()] });
    // the village cannot make itself a filing village
    await schemes.updateDraft(ctx(village), { id: draft.id, parameters: { villageAdoption: 'FILING' as never } });
    const submitted = await schemes.submit(ctx(village), draft.id);
    expect(submitted.status).toBe(SchemeStatus.SUBMITTED);
    expect((await schemes.schemeInForce(ctx(village), V1, year))?.regionCode).toBe(T1);
    await expect(schemes.approve(ctx(village), draft.id)).rejects.toMatchObject({ code: 'AUTH_PERMISSION_DENIED' });
    await schemes.approve(ctx(town), draft.id);
    const inForce = await schemes.schemeInForce(ctx(village), V1, year);
    expect(inForce).toMatchObject({ id: draft.id, regionCode: V1 });
    expect(inForce?.items.some((i) => i.code === 'N01')).toBe(true);
    // the next village still follows the town
    expect((await schemes.schemeInForce(ctx(town), V2, year))?.regionCode).toBe(T1);
  });

  it('village under FILING: submitting files it and it is in force at once', async () => {
    const year = 2029;
    await seedScheme(t.dataSource, T2, year, { definition: testScheme(year, 'FILING') });
    const admin3 = testActor(Role.VILLAGE_ADMIN, V3);
    const draft = await schemes.adapt(ctx(admin3), { villageCode: V3, year });
    await schemes.updateDraft(ctx(admin3), { id: draft.id, removeItems: ['T05'] });
    const filed = await schemes.submit(ctx(admin3), draft.id);
    expect(filed.status).toBe(SchemeStatus.IN_FORCE);
    expect((await schemes.schemeInForce(ctx(admin3), V3, year))?.id).toBe(draft.id);
    await expect(schemes.adapt(ctx(admin3), { villageCode: V3, year: 2035 })).rejects.toMatchObject({
      code: 'SCHEME_NONE_IN_FORCE',
    });
  });

  it('diff: items added, removed and changed field by field, and parameter changes', async () => {
    const year = 2030;
    const base = await seedScheme(t.dataSource, T1, year);
    const draft = await schemes.create(ctx(town), { townCode: T1, year });
    await schemes.updateDraft(ctx(town), {
      id: draft.id,
      upsertItems: [
        newItem(),
        newItem({
          itemCode: 'T01',
          category: '测试类',
          name: '参加环境卫生整治',
          publicWording: '参加环境卫生整治',
          minPoints: 1,
          maxPoints: 8,
          capPerPeriod: 16,
          evidenceRequired: false,
        }),
      ],
      removeItems: ['T05'],
      parameters: { objectionWindowDays: 30, exchangeWindowMonths: [6, 12], exchangeWindowLabel: '半年一兑换' },
      name: '测试积分方案（修订）',
    });
    const d = await schemes.diff(ctx(village), base.id, draft.id);
    expect(d.added.map((i) => i.code)).toEqual(['N01']);
    expect(d.removed.map((i) => i.code)).toEqual(['T05']);
    expect(d.changed).toEqual([
      {
        code: 'T01',
        fields: [
          { field: 'maxPoints', before: '10', after: '8' },
          { field: 'capPerPeriod', before: 'null', after: '16' },
        ].map((f) => (f.before === 'null' ? { ...f, before: null } : f)),
      },
    ]);
    expect(d.parameters).toEqual(
      expect.arrayContaining([
        { field: 'name', before: '"测试积分方案"', after: '"测试积分方案（修订）"' },
        { field: 'parameters.objectionWindowDays', before: expect.any(String), after: '30' },
        {
          field: 'parameters.exchangeWindows',
          before: expect.any(String),
          after: '{"label":"半年一兑换","months":[6,12]}',
        },
      ]),
    );
    expect(d.parameters).toHaveLength(3);
    const same = await schemes.diff(ctx(town), base.id, base.id);
    expect([same.added, same.removed, same.changed, same.parameters]).toEqual([[], [], [], []]);
  });

  it('public: the scheme in force and its history for a village, without user ids', async () => {
    const res = await t.gql<{
      publicPointsScheme: { inForce: { id: string; regionCode: string } | null; history: Array<{ status: string }> };
    }>(
      `query($v: String!, $y: Int) { publicPointsScheme(villageCode: $v, year: $y) {
        villageCode year inForce { id regionCode version status name changeReason decidedAt items { code name } }
        history { id regionCode year version status } } }`,
      { v: V1, y: 2029 },
    );
    const p = dataOf(res).publicPointsScheme;
    expect(p.inForce?.regionCode).toBe(V1);
    expect(p.history.length).toBeGreaterThanOrEqual(2);
    expect(p.history.every((h) => ['IN_FORCE', 'SUPERSEDED'].includes(h.status))).toBe(true);
    const schema = await t.gql<{ __type: { fields: Array<{ name: string }> } }>(
      `{ __type(name: "PublicPointsSchemeVersion") { fields { name } } }`,
    );
    const fields = dataOf(schema).__type.fields.map((f) => f.name);
    expect(fields.filter((f) => /By$|createdBy|user/i.test(f))).toEqual([]);
  });

  it('versions of a region, paginated, newest first', async () => {
    const page = await schemes.versions(ctx(village), T1, null, { first: 3, offset: 0 });
    expect(page.items).toHaveLength(3);
    expect(page.total).toBeGreaterThan(5);
    expect(page.items[0].year).toBeGreaterThanOrEqual(page.items[2].year);
    await expect(schemes.versions(ctx(village), T2, null, { first: 3, offset: 0 })).rejects.toMatchObject({
      code: 'SCOPE_OUT_OF_REGION',
    });
  });

  it('carries an exchange value in yuan to the fen (000: 10 points ≈ 1.2 yuan), or leaves it to the village', async () => {
    const v = await schemes.create(ctx(town), { townCode: T1, year: 2030, presetKey: PresetKeyValue.CHANGBA_000 });
    const token = tokenFor(t.app, town);
    const VALUE = `query($id: ID!) { pointsScheme(id: $id) { parameters { exchangeValue { points yuan } } } }`;
    const read = async () =>
      dataOf(
        await t.gql<{ pointsScheme: { parameters: { exchangeValue: { points: number; yuan: number } | null } } }>(
          VALUE,
          { id: v.id },
          token,
        ),
      ).pointsScheme.parameters.exchangeValue;
    expect(await read()).toEqual({ points: 10, yuan: 1.2 });
    const PATCH = `mutation($i: UpdatePointsSchemeDraftInput!) { updatePointsSchemeDraft(input: $i) { id } }`;
    dataOf(await t.gql(PATCH, { i: { id: v.id, parameters: { exchangeValueYuan: 1.25 } } }, token));
    expect(await read()).toEqual({ points: 10, yuan: 1.25 });
    dataOf(await t.gql(PATCH, { i: { id: v.id, parameters: { exchangeValueSetByVillage: true } } }, token));
    expect(await read()).toBeNull();
  });
});
