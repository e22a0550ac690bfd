import 'reflect-metadata';
import { Client } from 'pg';
import { CERTIFICATE_FLOW, EXAMPLE_CERTIFICATE_ITEMS, EXAMPLE_ITEMS } from '@xiangzhi/checklists/util';
import { Actor, Role } from '@xiangzhi/server/core';
import { createTestApp, TestApp } from '@xiangzhi/server/testing';
import { IdentityModule } from '@xiangzhi/identity/api';
import { RegistryModule } from '@xiangzhi/registry/api';
import {
  codeOf,
  dataOf,
  seedRegions,
  sensitiveMatches,
  TEST_REGIONS,
  testActor,
  tokenFor,
} from '@xiangzhi/registry/api/testing';
import { checklistCtx as ctx, itemInput } from '../testing';
import {
  ChecklistDraftSource,
  ChecklistVersionAction,
  ChecklistVersionStatus,
  DayCountingValue,
} from './checklists.enums';
import { ChecklistsModule } from './checklists.module';
import type { FlowChartInput } from './dto/item.input';
import { ChecklistReadsService } from './services/checklist-reads.service';
import { ChecklistVersionsService } from './services/checklist-versions.service';

const [T1, T2] = TEST_REGIONS.towns;
const [V1, V2, V3] = TEST_REGIONS.villages;
const CERT = 'CERTIFICATE';
const [ZM1, ZM2] = EXAMPLE_CERTIFICATE_ITEMS;

/** A certificate Shanxi's list lets villages issue (REFERENCE-DATA.md §2), with the example flow. */
const ZM3 = itemInput(ZM1, {
  code: 'ZM-003',
  name: '学生参加活动情况反馈证明',
  category: '教育',
  purpose: '学生参加社会实践活动情况反馈',
  sample: '兹证明×××同学于×年×月参加本村组织的×××活动。特此证明。村民委员会（盖章）年 月 日',
  keywords: ['社会实践'],
});

describe('checklists: templates, adoption, editing, submission, approval, public wall', () => {
  let t: TestApp;
  let versions: ChecklistVersionsService;
  let reads: ChecklistReadsService;
  let town: Actor;
  let town2: Actor;
  let v1: Actor;
  let v2: Actor;
  let v3: Actor;
  let templateId: string;
  let firstVillageId: string;

  const statusOf = async (id: string) =>
    (await t.dataSource.query(`SELECT status FROM checklist_version WHERE id = $1`, [id]))[0].status as string;
  const publishedCount = async (region: string, listType: string) =>
    Number(
      (
        await t.dataSource.query(
          `SELECT count(*)::int AS n FROM checklist_version WHERE region_code = $1 AND list_type = $2 AND status = 'PUBLISHED'`,
          [region, listType],
        )
      )[0].n,
    );

  beforeAll(async () => {
    t = await createTestApp([IdentityModule, RegistryModule, ChecklistsModule]);
    await seedRegions(t.dataSource);
    versions = t.app.get(ChecklistVersionsService);
    reads = t.app.get(ChecklistReadsService);
    town = testActor(Role.TOWN_SUPERVISOR, T1);
    town2 = testActor(Role.TOWN_SUPERVISOR, T2);
    v1 = testActor(Role.VILLAGE_ADMIN, V1);
    v2 = testActor(Role.VILLAGE_ADMIN, V2);
    v3 = testActor(Role.VILLAGE_ADMIN, V3);
  });
  afterAll(() => t?.close());

  it('offers the four default list types of seed 002 to every county', async () => {
    const types = await reads.listTypes(ctx(v1));
    expect(types.map((x) => [x.code, x.kind, x.order])).toEqual([
      ['AUTONOMY', 'GENERAL', 10],
      ['ASSISTED_GOVERNMENT', 'GENERAL', 20],
      ['NEGATIVE', 'NEGATIVE', 30],
      ['CERTIFICATE', 'CERTIFICATE', 40],
    ]);
  });

  it('lets the town create a template from the example items, and nobody else', async () => {
    const draft = await versions.createDraft(ctx(town), {
      regionCode: T1,
      listType: CERT,
      source: ChecklistDraftSource.EXAMPLES,
    });
    expect(draft).toMatchObject({ status: ChecklistVersionStatus.DRAFT, version: 1, basedOnId: null });
    expect(draft.items.map((i) => i.code)).toEqual(EXAMPLE_ITEMS[CERT].map((i) => i.code));
    templateId = draft.id;

    const input = { regionCode: T1, listType: CERT, source: ChecklistDraftSource.EXAMPLES };
    await expect(versions.createDraft(ctx(v1), input)).rejects.toMatchObject({ code: 'AUTH_PERMISSION_DENIED' });
    await expect(versions.createDraft(ctx(town2), input)).rejects.toMatchObject({ code: 'SCOPE_OUT_OF_REGION' });
    await expect(versions.createDraft(ctx(town), { ...input, listType: 'PETTY_POWER' })).rejects.toMatchObject({
      code: 'CHECKLIST_LIST_TYPE_UNKNOWN',
    });
    await expect(versions.createDraft(ctx(v1), { ...input, regionCode: V1 })).rejects.toMatchObject({
      code: 'CHECKLIST_SOURCE_INVALID',
    });
    await expect(
      versions.createDraft(ctx(town), { ...input, source: ChecklistDraftSource.PUBLISHED }),
    ).rejects.toMatchObject({ code: 'CHECKLIST_NONE_PUBLISHED' });
  });

  it('keeps town drafts from villages and adoption waits for a published template', async () => {
    await expect(reads.get(ctx(v1), templateId)).rejects.toMatchObject({ code: 'SCOPE_OUT_OF_REGION' });
    expect((await reads.versions(ctx(v1), T1, CERT, { first: 20, offset: 0 })).total).toBe(0);
    expect((await reads.versions(ctx(town), T1, CERT, { first: 20, offset: 0 })).total).toBe(1);
    await expect(versions.adopt(ctx(v1), { villageCode: V1, listType: CERT })).rejects.toMatchObject({
      code: 'CHECKLIST_NONE_PUBLISHED',
      details: { regionCode: T1, listType: CERT },
    });
  });

  it('publishes a town template without approval', async () => {
    await expect(versions.publishTemplate(ctx(v1), templateId)).rejects.toMatchObject({
      code: 'AUTH_PERMISSION_DENIED',
    });
    await expect(versions.publishTemplate(ctx(town2), templateId)).rejects.toMatchObject({
      code: 'SCOPE_OUT_OF_REGION',
    });
    const published = await versions.publishTemplate(ctx(town), templateId, '首次发布', '民发〔2020〕20号');
    expect(published).toMatchObject({ status: ChecklistVersionStatus.PUBLISHED, legalBasis: '民发〔2020〕20号' });
    expect(published.publishedAt).toBeInstanceOf(Date);
    // villages now read it
    expect((await reads.get(ctx(v1), templateId)).status).toBe(ChecklistVersionStatus.PUBLISHED);
    expect((await reads.inForce(ctx(v1), T1, CERT))?.id).toBe(templateId);
  });

  it('adoption → edit → submit → approve → on the public wall', async () => {
    const draft = await versions.adopt(ctx(v1), { villageCode: V1, listType: CERT, itemCodes: [ZM1.code] });
    expect(draft).toMatchObject({ regionCode: V1, basedOnId: templateId, version: 1 });
    expect(draft.items.map((i) => i.code)).toEqual([ZM1.code]);
    firstVillageId = draft.id;

    const edited = await versions.updateDraft(ctx(v1), {
      id: draft.id,
      upsertItems: [
        itemInput(ZM1, {
          timeLimit: { text: '4个工作日', days: 4, counting: DayCountingValue.WORKING },
          materials: [...ZM1.materials, '入党申请书复印件'],
          consultation: '村委会办公室',
        }),
        ZM3,
      ],
    });
    expect(edited.items.map((i) => i.code)).toEqual([ZM1.code, 'ZM-003']);
    expect(edited.items[0]).toMatchObject({ timeLimit: { text: '4个工作日', days: 4 }, consultation: '村委会办公室' });

    await expect(versions.submit(ctx(v1), draft.id, '结合本村实际', ' ')).rejects.toMatchObject({
      code: 'CHECKLIST_LEGAL_BASIS_REQUIRED',
    });
    await expect(versions.submit(ctx(v1), draft.id, '', '民发〔2020〕20号')).rejects.toMatchObject({
      code: 'CHECKLIST_CHANGE_REASON_REQUIRED',
    });
    await expect(versions.submit(ctx(v2), draft.id, '理由', '依据')).rejects.toMatchObject({
      code: 'SCOPE_OUT_OF_REGION',
    });
    const submitted = await versions.submit(ctx(v1), draft.id, '结合本村实际增加学生活动证明', '民发〔2020〕20号');
    expect(submitted).toMatchObject({ status: ChecklistVersionStatus.SUBMITTED, submittedBy: v1.userId });
    await expect(versions.updateDraft(ctx(v1), { id: draft.id, removeItemCodes: ['ZM-003'] })).rejects.toMatchObject({
      code: 'CHECKLIST_NOT_DRAFT',
    });
    await expect(versions.approve(ctx(v1), draft.id)).rejects.toMatchObject({ code: 'AUTH_PERMISSION_DENIED' });
    await expect(versions.approve(ctx(town2), draft.id)).rejects.toMatchObject({ code: 'SCOPE_OUT_OF_REGION' });

    const approved = await versions.approve(ctx(town), draft.id, '同意');
    expect(approved).toMatchObject({ status: ChecklistVersionStatus.PUBLISHED, decidedBy: town.userId });
    const events = (await reads.eventsOf([draft.id])).get(draft.id) ?? [];
    expect(events.map((e) => e.action)).toEqual([
      ChecklistVersionAction.CREATED,
      ChecklistVersionAction.SUBMITTED,
      ChecklistVersionAction.APPROVED,
      ChecklistVersionAction.PUBLISHED,
    ]);
    expect(events[1]).toMatchObject({ actorId: v1.userId, reason: '结合本村实际增加学生活动证明' });
    expect(events[2]).toMatchObject({ actorId: town.userId, reason: '同意' });

    const wall = await reads.publicChecklists(V1);
    expect(wall.lists.map((l) => [l.listType, l.version, l.nameZh])).toEqual([[CERT, 1, '依法出具证明事项清单']]);
    expect(wall.lists[0].items.map((i) => i.code)).toEqual([ZM1.code, 'ZM-003']);
    expect(wall.lists[0].legalBasis).toBe('民发〔2020〕20号');
    expect(wall.lastChangedAt).toEqual(approved.publishedAt);
    // another village has nothing on the wall; a town is not a village
    expect((await reads.publicChecklists(V2)).lists).toEqual([]);
    expect((await reads.publicChecklists(T1)).lists).toEqual([]);
  });

  it('serves the public wall over GraphQL without a token and without personal data', async () => {
    const res = await t.gql<{
      publicChecklists: {
        lastChangedAt: string;
        lists: Array<{
          listType: string;
          items: Array<{
            code: string;
            timeLimit: { text: string; counting: string };
            flow: { steps: Array<{ id: string; roleLabelZh: string }>; transitions: Array<{ label: string }> } | null;
          }>;
        }>;
      };
    }>(
      `query ($v: String!) { publicChecklists(villageCode: $v) { villageCode lastChangedAt lists {
        listType nameZh nameEn kind order version lastChangedAt changeReason legalBasis
        items { code name category policyBasis conditions materials timeLimit { text days counting }
          responsibleBody guidingUnit oversight { who ofWhom how } fee disclosure { what how } notes consultation
          keywords purpose sample forbidden basis
          flow { longestPathDays steps { id name kind role roleLabelZh timeLimitDays materials }
                 transitions { from to action condition label } } } } } }`,
      { v: V1 },
    );
    const data = dataOf(res).publicChecklists;
    const item = data.lists[0].items[0];
    expect(item.timeLimit).toMatchObject({ text: '4个工作日', counting: 'WORKING' });
    expect(item.flow?.steps.map((s) => s.id)).toEqual(CERTIFICATE_FLOW.steps.map((s) => s.id));
    expect(item.flow?.steps[1].roleLabelZh).toBe('村两委');
    expect(item.flow?.transitions.find((x) => x.label === '退回补正')).toBeDefined();
    const text = JSON.stringify(data);
    for (const a of [town, v1]) expect(text).not.toContain(a.userId);
    expect(sensitiveMatches(data)).toEqual([]);
  });

  it('rejects a submission with its reason and leaves the wall as it was', async () => {
    const draft = await versions.createDraft(ctx(v1), {
      regionCode: V1,
      listType: CERT,
      source: ChecklistDraftSource.PUBLISHED,
    });
    expect(draft).toMatchObject({ version: 2, basedOnId: templateId });
    await versions.updateDraft(ctx(v1), { id: draft.id, removeItemCodes: ['ZM-003'] });
    await versions.submit(ctx(v1), draft.id, '删除学生活动证明', '民发〔2020〕20号');
    await expect(versions.reject(ctx(town), draft.id, '  ')).rejects.toMatchObject({
      code: 'CHECKLIST_REASON_REQUIRED',
    });
    await expect(versions.reject(ctx(town2), draft.id, '理由')).rejects.toMatchObject({ code: 'SCOPE_OUT_OF_REGION' });
    const rejected = await versions.reject(ctx(town), draft.id, '该证明仍有群众需要，请保留');
    expect(rejected).toMatchObject({
      status: ChecklistVersionStatus.REJECTED,
      decisionReason: '该证明仍有群众需要，请保留',
    });
    await expect(versions.approve(ctx(town), draft.id)).rejects.toMatchObject({ code: 'CHECKLIST_NOT_SUBMITTED' });
    const events = (await reads.eventsOf([draft.id])).get(draft.id) ?? [];
    expect(events.at(-1)).toMatchObject({
      action: ChecklistVersionAction.REJECTED,
      reason: '该证明仍有群众需要，请保留',
    });
    expect(await statusOf(firstVillageId)).toBe('PUBLISHED');
    expect((await reads.publicChecklists(V1)).lists[0].items.map((i) => i.code)).toEqual([ZM1.code, 'ZM-003']);
  });

  it('refuses an invalid item with a coded error naming the item, and writes nothing', async () => {
    const draft = await versions.createDraft(ctx(v1), {
      regionCode: V1,
      listType: CERT,
      source: ChecklistDraftSource.PUBLISHED,
    });
    const stored = JSON.stringify(
      (await t.dataSource.query(`SELECT items FROM checklist_version WHERE id = $1`, [draft.id]))[0].items,
    );
    await expect(
      versions.updateDraft(ctx(v1), {
        id: draft.id,
        upsertItems: [{ ...ZM3, code: 'ZM-009', name: '亲属关系证明' }],
      }),
    ).rejects.toMatchObject({ code: 'CHECKLIST_ITEM_DO_NOT_ISSUE', details: { itemCode: 'ZM-009', field: 'name' } });
    await expect(
      versions.updateDraft(ctx(v1), { id: draft.id, upsertItems: [{ ...ZM3, purpose: ' ' }] }),
    ).rejects.toMatchObject({
      code: 'CHECKLIST_ITEM_FIELD_REQUIRED',
      details: { itemCode: 'ZM-003', field: 'purpose' },
    });
    await expect(versions.updateDraft(ctx(v1), { id: draft.id, upsertItems: [ZM3, ZM3] })).rejects.toMatchObject({
      code: 'CHECKLIST_ITEM_DUPLICATE_CODE',
    });
    await expect(versions.updateDraft(ctx(v1), { id: draft.id, removeItemCodes: ['NOPE'] })).rejects.toMatchObject({
      code: 'CHECKLIST_ITEM_NOT_FOUND',
    });
    expect(
      JSON.stringify(
        (await t.dataSource.query(`SELECT items FROM checklist_version WHERE id = $1`, [draft.id]))[0].items,
      ),
    ).toBe(stored);
  });

  it('keeps a chart that is still being drawn in a draft, and refuses to submit or publish it', async () => {
    const draft = await versions.createDraft(ctx(v1), {
      regionCode: V1,
      listType: CERT,
      source: ChecklistDraftSource.PUBLISHED,
    });
    const flow = itemInput(ZM1).flow as FlowChartInput;
    const orphan = {
      id: 'orphan',
      name: '无人到达的步骤',
      kind: flow.steps[1].kind,
      role: 'VILLAGE_ADMIN',
      timeLimitDays: 1,
      materials: [],
    };
    const saved = await versions.updateDraft(ctx(v1), {
      id: draft.id,
      upsertItems: [itemInput(ZM1, { flow: { steps: [...flow.steps, orphan], transitions: flow.transitions } })],
    });
    expect(saved.items.find((i) => i.code === ZM1.code)?.flow?.steps.map((s) => s.id)).toContain('orphan');
    // the same chart is refused on submission, over GraphQL with the code and the item in the extensions
    const res = await t.gql(
      `mutation ($id: ID!) { submitChecklist(id: $id, changeReason: "调整流程", legalBasis: "民发〔2020〕20号") { id } }`,
      { id: draft.id },
      tokenFor(t.app, v1),
    );
    expect(codeOf(res)).toBe('CHECKLIST_ITEM_FLOW_INVALID');
    expect(res.errors?.[0].extensions).toMatchObject({ itemCode: ZM1.code, flowProblem: 'FLOW_UNREACHABLE_STEP' });
    expect((await reads.get(ctx(v1), draft.id)).status).toBe('DRAFT');
    // a time limit shorter than the chart's steps likewise
    await versions.updateDraft(ctx(v1), {
      id: draft.id,
      upsertItems: [itemInput(ZM1, { timeLimit: { text: '2日', days: 2, counting: null } })],
    });
    await expect(versions.submit(ctx(v1), draft.id, '调整时限', '民发〔2020〕20号')).rejects.toMatchObject({
      code: 'CHECKLIST_ITEM_FLOW_EXCEEDS_TIME_LIMIT',
      details: { itemCode: ZM1.code },
    });
  });

  it('keeps every village to itself and the town to its villages', async () => {
    const c2 = ctx(v2);
    await expect(reads.get(c2, firstVillageId)).rejects.toMatchObject({ code: 'SCOPE_OUT_OF_REGION' });
    await expect(reads.versions(c2, V1, null, { first: 20, offset: 0 })).rejects.toMatchObject({
      code: 'SCOPE_OUT_OF_REGION',
    });
    await expect(reads.inForce(c2, V1, CERT)).rejects.toMatchObject({ code: 'SCOPE_OUT_OF_REGION' });
    await expect(versions.adopt(ctx(v3), { villageCode: V1, listType: CERT })).rejects.toMatchObject({
      code: 'SCOPE_OUT_OF_REGION',
    });
    await expect(
      versions.createDraft(c2, { regionCode: V1, listType: CERT, source: ChecklistDraftSource.PUBLISHED }),
    ).rejects.toMatchObject({
      code: 'SCOPE_OUT_OF_REGION',
    });
    const v1Draft = (await reads.versions(ctx(v1), V1, CERT, { first: 1, offset: 0 })).items[0];
    expect(v1Draft.status).toBe(ChecklistVersionStatus.DRAFT);
    await expect(versions.updateDraft(c2, { id: v1Draft.id, removeItemCodes: ['ZM-003'] })).rejects.toMatchObject({
      code: 'SCOPE_OUT_OF_REGION',
    });
    await expect(reads.diff(c2, templateId, firstVillageId)).rejects.toMatchObject({ code: 'SCOPE_OUT_OF_REGION' });
    // the other town sees neither the villages nor the template of this one
    await expect(reads.get(ctx(town2), templateId)).rejects.toMatchObject({ code: 'SCOPE_OUT_OF_REGION' });
    await expect(reads.versions(ctx(town2), V1, null, { first: 20, offset: 0 })).rejects.toMatchObject({
      code: 'SCOPE_OUT_OF_REGION',
    });
    // the town sees everything of its villages, drafts included
    expect((await reads.versions(ctx(town), V1, CERT, { first: 20, offset: 0 })).total).toBe(4);
    // the village does not decide on its own list, even as the region holding it
    const res = await t.gql(
      `mutation ($id: ID!) { approveChecklist(id: $id) { id } }`,
      { id: v1Draft.id },
      tokenFor(t.app, v1),
    );
    expect(codeOf(res)).toBe('AUTH_PERMISSION_DENIED');
  });

  it('diffs two versions: Chinese lines and the structured changes', async () => {
    const d = await reads.diff(ctx(v1), templateId, firstVillageId);
    expect(d.lines).toEqual(
      expect.arrayContaining([
        '新增事项：学生参加活动情况反馈证明（ZM-003）',
        `删除事项：${ZM2.name}（${ZM2.code}）`,
        `修改「${ZM1.name}」的办结时限：5个工作日 → 4个工作日`,
        `修改「${ZM1.name}」的申请材料：增加入党申请书复印件`,
      ]),
    );
    expect(d.added.map((i) => i.code)).toEqual(['ZM-003']);
    expect(d.removed.map((i) => i.code)).toEqual([ZM2.code]);
    const change = d.changed.find((c) => c.code === ZM1.code);
    expect(change?.fields.find((f) => f.field === 'timeLimit.days')).toMatchObject({ before: '5', after: '4' });
    expect(change?.fields.find((f) => f.field === 'materials')?.added).toEqual(['入党申请书复印件']);
    expect(change?.flow).toBeNull();
  });

  it('keeps one PUBLISHED version per village and list type, also when approvals race', async () => {
    const make = async (reason: string) => {
      const d = await versions.createDraft(ctx(v1), {
        regionCode: V1,
        listType: CERT,
        source: ChecklistDraftSource.PUBLISHED,
      });
      await versions.submit(ctx(v1), d.id, reason, '民发〔2020〕20号');
      return d.id;
    };
    // the open draft of the previous test is left as it is
    const a = await make('调整一');
    const b = await make('调整二');
    const [ra, rb] = await Promise.all([versions.approve(ctx(town), a), versions.approve(ctx(town), b)]);
    expect([ra.status, rb.status]).toEqual([ChecklistVersionStatus.PUBLISHED, ChecklistVersionStatus.PUBLISHED]);
    expect(await publishedCount(V1, CERT)).toBe(1);
    expect(await statusOf(firstVillageId)).toBe('SUPERSEDED');
    const inForce = await reads.inForce(ctx(v1), V1, CERT);
    expect([a, b]).toContain(inForce?.id);
    const other = inForce?.id === a ? b : a;
    expect(await statusOf(other)).toBe('SUPERSEDED');
    const firstEvents = (await reads.eventsOf([firstVillageId])).get(firstVillageId) ?? [];
    expect(firstEvents.at(-1)?.action).toBe(ChecklistVersionAction.SUPERSEDED);
    // the database itself refuses a second PUBLISHED
    await expect(
      t.dataSource.query(`UPDATE checklist_version SET status = 'PUBLISHED' WHERE id = $1`, [other]),
    ).rejects.toMatchObject({ code: '23505' });
    // the town template is untouched by the village's versions
    expect(await publishedCount(T1, CERT)).toBe(1);
  });

  it('pages versions over GraphQL with their events (one query for all events)', async () => {
    const res = await t.gql<{
      checklistVersions: {
        total: number;
        items: Array<{ version: number; status: string; events: Array<{ action: string }> }>;
      };
    }>(
      `query ($r: String!) { checklistVersions(regionCode: $r, listType: "CERTIFICATE", first: 2) {
        total items { version status events { action actorId at reason } } } }`,
      { r: V1 },
      tokenFor(t.app, town),
    );
    const page = dataOf(res).checklistVersions;
    expect(page.total).toBe(6);
    expect(page.items.map((i) => i.version)).toEqual([6, 5]);
    expect(page.items.every((i) => i.events[0].action === 'CREATED')).toBe(true);
  });

  it('costs the same statements for a page of 1 version as for 5 (events through a DataLoader, no N+1)', async () => {
    const pgProto = Client.prototype as unknown as { query: (...a: unknown[]) => unknown };
    const original = pgProto.query;
    let statements = 0;
    pgProto.query = function (this: unknown, ...a: unknown[]) {
      statements++;
      return original.apply(this, a);
    };
    const token = tokenFor(t.app, town);
    const run = async (first: number) => {
      statements = 0;
      const res = await t.gql<{ checklistVersions: { items: unknown[] } }>(
        `query ($r: String!, $first: Int!) { checklistVersions(regionCode: $r, first: $first) {
          total items { id items { code flow { steps { id } } } events { action at } } } }`,
        { r: V1, first },
        token,
      );
      expect(dataOf(res).checklistVersions.items).toHaveLength(first);
      return statements;
    };
    try {
      await run(1); // warm-up
      expect(await run(5)).toBe(await run(1));
    } finally {
      pgProto.query = original;
    }
  });
});
