import 'reflect-metadata';
import { EXAMPLE_AUTONOMY_ITEM } from '@xiangzhi/checklists/util';
import { Actor, Role } from '@xiangzhi/server/core';
import { createTestApp, TestApp } from '@xiangzhi/server/testing';
import { IdentityModule } from '@xiangzhi/identity/api';
import { RegistryModule } from '@xiangzhi/registry/api';
import { codeOf, dataOf, seedRegions, TEST_REGIONS, testActor, tokenFor } from '@xiangzhi/registry/api/testing';
import { itemInput } from '../testing';
import { ChecklistsModule } from './checklists.module';

const TOWN = TEST_REGIONS.towns[1];
const [, , VILLAGE, NEIGHBOUR] = TEST_REGIONS.villages;

const VERSION = `id regionCode listType version status basedOnId changeReason legalBasis decisionReason
  items { code name timeLimit { text days counting } flow { longestPathDays } } events { action reason }`;

type Version = {
  id: string;
  regionCode: string;
  version: number;
  status: string;
  basedOnId: string | null;
  decisionReason: string | null;
  items: Array<{ code: string; name: string; timeLimit: { text: string; days: number | null } }>;
  events: Array<{ action: string; reason: string | null }>;
};

describe('checklists over GraphQL: the whole life of a list through the resolvers', () => {
  let t: TestApp;
  let town: Actor;
  let village: Actor;
  let neighbour: Actor;
  const as = (a: Actor) => tokenFor(t.app, a);

  const call = async <K extends string>(
    field: K,
    query: string,
    variables: Record<string, unknown>,
    actor: Actor,
  ): Promise<Version> => dataOf(await t.gql<Record<K, Version>>(query, variables, as(actor)))[field];

  beforeAll(async () => {
    t = await createTestApp([IdentityModule, RegistryModule, ChecklistsModule]);
    await seedRegions(t.dataSource);
    town = testActor(Role.TOWN_SUPERVISOR, TOWN);
    village = testActor(Role.VILLAGE_ADMIN, VILLAGE);
    neighbour = testActor(Role.VILLAGE_ADMIN, NEIGHBOUR);
  });
  afterAll(() => t?.close());

  it('template → publish → adopt → edit → submit → reject → redo → approve → wall, with diff and audit', async () => {
    const types = dataOf(
      await t.gql<{ checklistListTypes: Array<{ code: string }> }>(
        `{ checklistListTypes { code nameZh nameEn order kind } }`,
        {},
        as(village),
      ),
    ).checklistListTypes;
    expect(types.map((x) => x.code)).toContain('AUTONOMY');

    const template = await call(
      'createChecklistDraft',
      `mutation ($i: CreateChecklistDraftInput!) { createChecklistDraft(input: $i) { ${VERSION} } }`,
      { i: { regionCode: TOWN, listType: 'AUTONOMY', source: 'EXAMPLES' } },
      town,
    );
    expect(template.items.map((i) => i.code)).toEqual([EXAMPLE_AUTONOMY_ITEM.code]);
    const published = await call(
      'publishChecklistTemplate',
      `mutation ($id: ID!) { publishChecklistTemplate(id: $id, changeReason: "首次发布") { ${VERSION} } }`,
      { id: template.id },
      town,
    );
    expect(published.status).toBe('PUBLISHED');

    const draft = await call(
      'adoptChecklistTemplate',
      `mutation ($i: AdoptChecklistTemplateInput!) { adoptChecklistTemplate(input: $i) { ${VERSION} } }`,
      { i: { villageCode: VILLAGE, listType: 'AUTONOMY' } },
      village,
    );
    expect(draft).toMatchObject({ regionCode: VILLAGE, basedOnId: template.id, status: 'DRAFT' });

    const UPDATE = `mutation ($i: UpdateChecklistDraftInput!) { updateChecklistDraft(input: $i) { ${VERSION} } }`;
    const edited = await call(
      'updateChecklistDraft',
      UPDATE,
      {
        i: {
          id: draft.id,
          upsertItems: [itemInput(EXAMPLE_AUTONOMY_ITEM, { timeLimit: { text: '55日内', days: 55 } })],
        },
      },
      village,
    );
    expect(edited.items[0].timeLimit).toMatchObject({ text: '55日内', days: 55 });

    // the neighbour village cannot touch it; unknown input fields are refused before the service
    expect(codeOf(await t.gql(UPDATE, { i: { id: draft.id, removeItemCodes: ['ZZ-001'] } }, as(neighbour)))).toBe(
      'SCOPE_OUT_OF_REGION',
    );
    expect(codeOf(await t.gql(UPDATE, { i: { id: draft.id, secret: 1 } }, as(village)))).toBe(
      'GRAPHQL_VALIDATION_FAILED',
    );

    const SUBMIT = `mutation ($id: ID!, $r: String!, $b: String!) {
      submitChecklist(id: $id, changeReason: $r, legalBasis: $b) { ${VERSION} } }`;
    const submitted = await call(
      'submitChecklist',
      SUBMIT,
      { id: draft.id, r: '缩短办结时限', b: '《村民委员会组织法》第二十七条' },
      village,
    );
    expect(submitted.status).toBe('SUBMITTED');

    const rejected = await call(
      'rejectChecklist',
      `mutation ($id: ID!) { rejectChecklist(id: $id, reason: "时限过短，无法完成四议两公开") { ${VERSION} } }`,
      { id: draft.id },
      town,
    );
    expect(rejected).toMatchObject({ status: 'REJECTED', decisionReason: '时限过短，无法完成四议两公开' });
    expect(rejected.events.map((e) => e.action)).toEqual(['CREATED', 'SUBMITTED', 'REJECTED']);

    // the village may rework the rejected version (its edits kept) …
    const CREATE = `mutation ($i: CreateChecklistDraftInput!) { createChecklistDraft(input: $i) { ${VERSION} } }`;
    const rework = await call(
      'createChecklistDraft',
      CREATE,
      { i: { regionCode: VILLAGE, listType: 'AUTONOMY', source: 'VERSION', fromVersionId: draft.id } },
      village,
    );
    expect(rework).toMatchObject({ version: 2, status: 'DRAFT', basedOnId: template.id });
    expect(rework.items[0].timeLimit.days).toBe(55);
    for (const i of [
      { regionCode: VILLAGE, listType: 'AUTONOMY', source: 'VERSION' },
      { regionCode: VILLAGE, listType: 'AUTONOMY', source: 'PUBLISHED', fromVersionId: draft.id },
      { regionCode: VILLAGE, listType: 'NEGATIVE', source: 'VERSION', fromVersionId: draft.id },
    ]) {
      expect(codeOf(await t.gql(CREATE, { i }, as(village)))).toBe('CHECKLIST_SOURCE_INVALID');
    }
    expect(
      codeOf(
        await t.gql(
          CREATE,
          { i: { regionCode: NEIGHBOUR, listType: 'AUTONOMY', source: 'VERSION', fromVersionId: draft.id } },
          as(neighbour),
        ),
      ),
    ).toBe('CHECKLIST_SOURCE_INVALID');

    // … or adopt the template again; here it adopts again and keeps the template's 60 days
    const retry = await call(
      'adoptChecklistTemplate',
      `mutation ($i: AdoptChecklistTemplateInput!) { adoptChecklistTemplate(input: $i) { ${VERSION} } }`,
      { i: { villageCode: VILLAGE, listType: 'AUTONOMY', itemCodes: [EXAMPLE_AUTONOMY_ITEM.code] } },
      village,
    );
    expect(retry.version).toBe(3);
    await call('submitChecklist', SUBMIT, { id: retry.id, r: '采用镇模板', b: '图政发〔2022〕141号' }, village);
    const approved = await call(
      'approveChecklist',
      `mutation ($id: ID!) { approveChecklist(id: $id, reason: "同意") { ${VERSION} } }`,
      { id: retry.id },
      town,
    );
    expect(approved.status).toBe('PUBLISHED');

    const inForce = dataOf(
      await t.gql<{ checklistInForce: { id: string } | null }>(
        `query ($r: String!) { checklistInForce(regionCode: $r, listType: "AUTONOMY") { id } }`,
        { r: VILLAGE },
        as(village),
      ),
    ).checklistInForce;
    expect(inForce?.id).toBe(retry.id);
    const one = dataOf(
      await t.gql<{ checklistVersion: { id: string; status: string } }>(
        `query ($id: ID!) { checklistVersion(id: $id) { id status } }`,
        { id: draft.id },
        as(village),
      ),
    ).checklistVersion;
    expect(one.status).toBe('REJECTED');

    const diff = dataOf(
      await t.gql<{ checklistVersionDiff: { lines: string[]; changed: Array<{ code: string }> } }>(
        `query ($a: ID!, $b: ID!) { checklistVersionDiff(fromId: $a, toId: $b) {
          fromId toId lines added { code } removed { code }
          changed { code name fields { field labelZh before after added removed } flow { addedSteps { id } } } } }`,
        { a: draft.id, b: retry.id },
        as(village),
      ),
    ).checklistVersionDiff;
    expect(diff.lines).toContain(`修改「${EXAMPLE_AUTONOMY_ITEM.name}」的办结时限：55日内 → 60日内`);

    const wall = dataOf(
      await t.gql<{ publicChecklists: { lists: Array<{ listType: string; version: number }> } }>(
        `query ($v: String!) { publicChecklists(villageCode: $v) { lists { listType version } } }`,
        { v: VILLAGE },
      ),
    ).publicChecklists;
    expect(wall.lists).toEqual([{ listType: 'AUTONOMY', version: 3 }]);

    // every mutation left its audit note
    const audited = (await t.dataSource.query(
      `SELECT operation FROM audit_log WHERE target_type = 'checklistVersion' ORDER BY id`,
    )) as Array<{ operation: string }>;
    expect(new Set(audited.map((a) => a.operation))).toEqual(
      new Set([
        'createChecklistDraft',
        'publishChecklistTemplate',
        'adoptChecklistTemplate',
        'updateChecklistDraft',
        'submitChecklist',
        'rejectChecklist',
        'approveChecklist',
      ]),
    );
  });

  it('refuses anonymous callers everywhere but on the wall', async () => {
    const res = await t.gql(`{ checklistVersions(regionCode: "${VILLAGE}") { total } }`);
    expect(codeOf(res)).toBe('AUTH_UNAUTHENTICATED');
  });
});
