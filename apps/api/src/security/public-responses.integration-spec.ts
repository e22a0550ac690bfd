import 'reflect-metadata';
import { createTestApp, GqlResult, listOperations, TestApp } from '@xiangzhi/server/testing';
import { seedUser } from '@xiangzhi/identity/api/testing';
import { Relation } from '@xiangzhi/registry/api';
import { nextTestIdNumber, seedHousehold, sensitiveMatches, TEST_REGIONS } from '@xiangzhi/registry/api/testing';
import { Role } from '@xiangzhi/server/core';
import { allResolvers } from '../app/resolvers';
import { SchemaMap } from './operation-args';
import { buildSecurityWorld, SECURITY_MODULES, OTHER_COUNTY } from './security-world';

/**
 * S4: personal data is absent from every public response. Every @Public query is called, anonymously, with its
 * region arguments pointing at every county, town and village of the seeded world (found by walking publicRegions
 * from the top), and every answer is scanned for ID-number and mobile-phone patterns and for the names, ID numbers
 * and phone numbers of the seeded people.
 */
const publicQueries = listOperations(allResolvers).filter((o) => o.access?.kind === 'public' && o.kind === 'Query');

/** Arguments of public queries that name a region; any other argument must be optional or filled below. */
const REGION_ARGUMENTS = new Set(['code', 'parentCode', 'villageCode', 'regionCode']);
/** Paging arguments (they have defaults): the first page is asked for. */
const PAGE = { first: 20, offset: 0 };

/**
 * Public queries that take something else than a region (a board, a household card with its check digits): the
 * variables that reach each village's data, read from the world.
 */
const VILLAGE_ARGUMENTS: Record<
  string,
  (ds: TestApp['dataSource'], village: string) => Promise<Array<Record<string, unknown>>>
> = {
  publicPointsBoard: async (ds, village) =>
    (await ds.query(`SELECT id FROM points_publication WHERE village_code = $1`, [village])) as Array<{ id: string }>,
  publicHouseholdPoints: async (ds, village) =>
    (
      (await ds.query(
        `SELECT h.card_number AS "cardNumber", m.phone_masked AS phone FROM household h
           JOIN member m ON m.id = h.head_member_id WHERE h.region_code = $1 AND m.phone_masked LIKE '1%'`,
        [village],
      )) as Array<{ cardNumber: string; phone: string }>
    ).map((h) => ({ cardNumber: h.cardNumber, phoneLast4: h.phone.slice(-4) })),
  portalVillageFunds: async (_ds, village) => [{ villageCode: village, year: new Date().getFullYear() }],
  verifyChecklistCertificate: async (ds, village) =>
    (await ds.query(`SELECT serial FROM checklist_certificate WHERE region_code = $1`, [village])) as Array<{
      serial: string;
    }>,
  publicChecklistComplaint: async (ds, village) =>
    (await ds.query(`SELECT number FROM checklist_complaint WHERE region_code = $1`, [village])) as Array<{
      number: string;
    }>,
};

interface PublicRegion {
  code: string;
  level: string;
  name: string;
  parentCode: string | null;
}

describe('S4 public responses', () => {
  let t: TestApp;
  let schema: SchemaMap;
  /** Every node reached from the top: code → level. */
  const tree = new Map<string, string>();
  /** Everything personal the world holds: names, ID numbers, phone numbers. */
  const personal = new Set<string>();
  /** Every answer given, by operation. */
  const answers = new Map<string, Array<{ variables: Record<string, unknown>; village?: string; res: GqlResult }>>();

  const PUBLIC_REGIONS = `query($parentCode: String) { publicRegions(parentCode: $parentCode) {
    code level name parentCode } }`;

  beforeAll(async () => {
    t = await createTestApp(SECURITY_MODULES);
    const world = await buildSecurityWorld(t.app);
    // every village gets a household of three with phones, besides the ones the world made (phone 13800138000)
    personal.add('13800138000');
    const villages = [...TEST_REGIONS.villages, OTHER_COUNTY.village];
    for (const [i, villageCode] of villages.entries()) {
      const members = [
        { name: `欧阳秀英${i}`, idNumber: nextTestIdNumber(), relation: Relation.HEAD, phone: `1391234567${i}` },
        { name: `欧阳建华${i}`, idNumber: nextTestIdNumber(), relation: Relation.SPOUSE, phone: `0477-812345${i}` },
        { name: `欧阳小宝${i}`, idNumber: nextTestIdNumber(), relation: Relation.CHILD },
      ];
      for (const m of members) [m.idNumber, m.phone].forEach((v) => v && personal.add(v));
      await seedHousehold(t.app, { villageCode, gridCode: `${villageCode}001`, members });
    }
    const staff = { displayName: '司马光明', phone: '13698765432' };
    await seedUser(t.dataSource, {
      username: 'public.staff',
      ...staff,
      password: world.password,
      role: Role.VILLAGE_ADMIN,
      regionCode: TEST_REGIONS.villages[0],
    });
    personal.add(staff.displayName);
    personal.add(staff.phone);
    // every member's name, straight from the table (ID numbers and phones are stored encrypted)
    const members: Array<{ name: string }> = await t.dataSource.query(`SELECT name FROM member`);
    for (const m of members) personal.add(m.name);
    schema = await SchemaMap.load(t);

    // the tree, walked from the top as the portal does
    const queue: Array<string | null> = [null];
    while (queue.length) {
      const parentCode = queue.shift() as string | null;
      const res = await t.gql<{ publicRegions: PublicRegion[] }>(PUBLIC_REGIONS, { parentCode });
      if (!res.data) throw new Error(JSON.stringify(res.errors));
      for (const r of res.data.publicRegions) {
        if (tree.has(r.code)) continue;
        tree.set(r.code, r.level);
        queue.push(r.code);
      }
    }

    for (const info of publicQueries) {
      const op = schema.operation(info.name);
      const fill = VILLAGE_ARGUMENTS[info.name];
      if (fill) {
        const list: Array<{ variables: Record<string, unknown>; village: string; res: GqlResult }> = [];
        for (const [village, level] of tree) {
          if (level !== 'VILLAGE') continue;
          for (const variables of await fill(t.dataSource, village))
            list.push({ variables, village, res: await t.gql(schema.document(op), variables) });
        }
        answers.set(info.name, list);
        continue;
      }
      const regionArgs = op.args.filter((a) => REGION_ARGUMENTS.has(a.name));
      const calls: Array<Record<string, unknown>> = [];
      if (regionArgs.every((a) => a.type.kind !== 'NON_NULL')) calls.push({});
      const paging = Object.fromEntries(Object.entries(PAGE).filter(([k]) => op.args.some((a) => a.name === k)));
      for (const code of tree.keys())
        calls.push({ ...Object.fromEntries(regionArgs.map((a) => [a.name, code])), ...paging });
      const list: Array<{ variables: Record<string, unknown>; res: GqlResult }> = [];
      for (const variables of calls) list.push({ variables, res: await t.gql(schema.document(op), variables) });
      answers.set(info.name, list);
    }
  });
  afterAll(() => t?.close());

  it('finds the public queries, and every argument of them names a region or may be left out', () => {
    expect(publicQueries.map((o) => o.name)).toEqual(expect.arrayContaining(['publicRegions', 'publicVillage']));
    const unknown = publicQueries.flatMap((o) =>
      schema
        .operation(o.name)
        .args.filter(
          (a) =>
            !REGION_ARGUMENTS.has(a.name) &&
            !(a.name in PAGE) &&
            a.type.kind === 'NON_NULL' &&
            !VILLAGE_ARGUMENTS[o.name],
        )
        .map((a) => `${o.name}.${a.name}`),
    );
    expect(unknown).toEqual([]);
  });

  it('reaches every seeded county, town and village by walking publicRegions from the top, and no grid', () => {
    const seeded = [
      TEST_REGIONS.county,
      ...TEST_REGIONS.towns,
      ...TEST_REGIONS.villages,
      OTHER_COUNTY.county,
      OTHER_COUNTY.town,
      OTHER_COUNTY.village,
    ];
    expect([...tree.keys()].sort()).toEqual([...seeded].sort());
    expect(tree.get(TEST_REGIONS.villages[0])).toBe('VILLAGE');
  });

  it('holds personal data to look for: the scan below is not vacuous', () => {
    expect(personal.size).toBeGreaterThan(20);
    expect(personal).toContain('欧阳秀英0');
    expect(personal).toContain('13698765432');
  });

  it.each(publicQueries.map((o) => [o.name] as const))('%s answers every village, anonymously', (name) => {
    const list = answers.get(name) ?? [];
    const villages = [...tree].filter(([, level]) => level === 'VILLAGE').map(([code]) => code);
    expect(villages).toHaveLength(5);
    for (const code of villages) {
      const answered = list.filter((a) => a.village === code || Object.values(a.variables).includes(code));
      expect(answered.length).toBeGreaterThan(0);
      for (const a of answered) {
        expect(a.res.errors).toBeUndefined();
        expect(a.res.data?.[name]).toBeTruthy();
      }
    }
  });

  it('publicVillage counts the households of every village (it reads real data)', () => {
    const list = answers.get('publicVillage') ?? [];
    const counts = list
      .filter((a) => a.res.data?.['publicVillage'])
      .map((a) => (a.res.data?.['publicVillage'] as { householdCount: number }).householdCount);
    expect(counts).toHaveLength(5);
    expect(counts.every((n) => n >= 1)).toBe(true);
  });

  it.each(publicQueries.map((o) => [o.name] as const))(
    '%s shows no ID number, phone number or name of a person in any answer',
    (name) => {
      const list = answers.get(name) ?? [];
      // a query filled per village is asked once per village at least, any other once per node of the tree
      const villages = [...tree.values()].filter((level) => level === 'VILLAGE').length;
      expect(list.length).toBeGreaterThanOrEqual(VILLAGE_ARGUMENTS[name] ? villages : tree.size);
      const found: string[] = [];
      for (const { variables, res } of list) {
        const where = JSON.stringify(variables);
        for (const m of sensitiveMatches(res)) found.push(`${where}: pattern ${m}`);
        const text = JSON.stringify(res);
        for (const p of personal) if (text.includes(p)) found.push(`${where}: ${p}`);
      }
      expect(found).toEqual([]);
    },
  );
});
