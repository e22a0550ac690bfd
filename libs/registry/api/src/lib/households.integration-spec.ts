import { IdentityModule } from '@xiangzhi/identity/api';
import { Role } from '@xiangzhi/server/core';
import { createTestApp, TestApp } from '@xiangzhi/server/testing';
import { maskIdNumber, withIdCheckChar } from '@xiangzhi/registry/util';
import {
  codeOf,
  dataOf,
  nextTestIdNumber,
  seedHousehold,
  seedRegions,
  sensitiveMatches,
  testActor,
  TEST_REGIONS,
  tokenFor,
} from '../testing';
import { RegistryModule } from './registry.module';

const { county, towns, villages } = TEST_REGIONS;
const [V1, V2, V3, V4] = villages;

const MEMBER = `id householdId name gender birthDate relation idNumberMasked phoneMasked participating isHead active`;
const HOUSEHOLD = `id cardNumber regionCode gridCode address residency residentSince admittedBy admittedAt participating
  version createdAt updatedAt memberCount village { code name fullName } grid { code name } head { ${MEMBER} }
  members { ${MEMBER} }`;
const CREATE = `mutation($i: CreateHouseholdInput!) { createHousehold(input: $i) { ${HOUSEHOLD} } }`;
const UPDATE = `mutation($i: UpdateHouseholdInput!) { updateHousehold(input: $i) { ${HOUSEHOLD} } }`;
const GET = `query($id: ID!) { household(id: $id) { ${HOUSEHOLD} } }`;
const LIST = `query($f: HouseholdFilter, $first: Int, $offset: Int) {
  households(filter: $f, first: $first, offset: $offset) { total items { ${HOUSEHOLD} } } }`;
const HISTORY = `query($id: ID!) { householdHistory(householdId: $id) { total items {
  id householdId action actorName memberId summary createdAt changes { field from to } } } }`;
/** The same ID number with another (wrong) check character. */
const wrongCheck = (id: string) => id.slice(0, 17) + (id[17] === '1' ? '2' : '1');
const REVEAL = `mutation($m: ID!, $r: String!) { revealIdNumber(memberId: $m, reason: $r) }`;

interface Member {
  id: string;
  name: string;
  idNumberMasked: string;
  phoneMasked: string | null;
  relation: string;
  isHead: boolean;
  gender: string;
  birthDate: string;
}
interface Household {
  id: string;
  cardNumber: string;
  regionCode: string;
  gridCode: string | null;
  version: number;
  participating: boolean;
  memberCount: number;
  head: Member;
  members: Member[];
  village: { code: string; name: string; fullName: string };
  grid: { code: string } | null;
}
interface Change {
  action: string;
  actorName: string;
  memberId: string | null;
  summary: string;
  changes: Array<{ field: string; from: string | null; to: string | null }>;
}

describe('registry households (integration)', () => {
  let t: TestApp;
  const token = (role: Role, region: string, grids: string[] = []) => tokenFor(t.app, testActor(role, region, grids));
  let admin1: string;

  const createInput = (over: Record<string, unknown> = {}) => ({
    regionCode: V1,
    gridCode: `${V1}001`,
    address: '呼和嘎查一组3号',
    residency: 'LOCAL_HUKOU',
    members: [
      { name: '巴特尔', idNumber: nextTestIdNumber(), relation: 'HEAD', phone: '13912345678' },
      { name: '其其格', idNumber: nextTestIdNumber(), relation: 'SPOUSE' },
    ],
    ...over,
  });
  const create = async (over: Record<string, unknown> = {}, tok = admin1) =>
    dataOf(await t.gql<{ createHousehold: Household }>(CREATE, { i: createInput(over) }, tok)).createHousehold;
  const history = async (id: string, tok = admin1) =>
    dataOf(await t.gql<{ householdHistory: { total: number; items: Change[] } }>(HISTORY, { id }, tok))
      .householdHistory;

  beforeAll(async () => {
    t = await createTestApp([IdentityModule, RegistryModule]);
    await seedRegions(t.dataSource);
    admin1 = token(Role.VILLAGE_ADMIN, V1);
  });
  afterAll(() => t?.close());

  it('creates a household with a card number, masked members and history', async () => {
    const h = await create();
    expect(h.cardNumber).toMatch(new RegExp(`^XZ${V1}-\\d{5}[\\dX]$`));
    expect(h).toMatchObject({ regionCode: V1, gridCode: `${V1}001`, version: 1, participating: true, memberCount: 2 });
    expect(h.village).toEqual({ code: V1, name: '呼和嘎查', fullName: '乌审旗图克镇呼和嘎查' });
    expect(h.grid).toEqual({ code: `${V1}001`, name: '第1网格' });
    expect(h.head).toMatchObject({ name: '巴特尔', relation: 'HEAD', isHead: true, phoneMasked: '139****5678' });
    expect(h.head.idNumberMasked).toMatch(/^150\*{11}[\dX]{4}$/);
    expect(h.members.map((m) => m.relation)).toEqual(['HEAD', 'SPOUSE']);
    expect(sensitiveMatches(h)).toEqual([]);
    const hist = await history(h.id);
    expect(hist.items.map((c) => c.action).sort()).toEqual(['ADD_MEMBER', 'ADD_MEMBER', 'CREATE']);
    expect(sensitiveMatches(hist)).toEqual([]);
    const audit = await t.dataSource.query(`SELECT operation, summary::text FROM audit_log WHERE target_id = $1`, [
      h.id,
    ]);
    expect(audit).toHaveLength(1);
    expect(audit[0].operation).toBe('createHousehold');
    expect(sensitiveMatches(audit)).toEqual([]);
  });

  it('stores ID numbers and phones encrypted, hashed and masked', async () => {
    const id = nextTestIdNumber();
    const h = await create({ members: [{ name: '图雅', idNumber: id, relation: 'HEAD', phone: '13700001111' }] });
    const [row] = await t.dataSource.query(
      `SELECT id_number_cipher, id_number_hash, id_number_masked, phone_cipher, phone_masked FROM member WHERE household_id = $1`,
      [h.id],
    );
    expect(row.id_number_masked).toBe(maskIdNumber(id));
    expect(row.phone_masked).toBe('137****1111');
    expect(row.id_number_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(Buffer.from(row.id_number_cipher).includes(Buffer.from(id))).toBe(false);
    expect(Buffer.from(row.phone_cipher).includes(Buffer.from('13700001111'))).toBe(false);
  });

  it('updates with the version read, records what changed, and refuses a stale version', async () => {
    const h = await create();
    const res = await t.gql<{ updateHousehold: Household & { address: string } }>(
      UPDATE,
      { i: { id: h.id, version: 1, address: '呼和嘎查二组8号', gridCode: `${V1}002`, participating: false } },
      admin1,
    );
    const u = dataOf(res).updateHousehold;
    expect(u).toMatchObject({ version: 2, address: '呼和嘎查二组8号', gridCode: `${V1}002`, participating: false });
    const stale = await t.gql(UPDATE, { i: { id: h.id, version: 1, address: 'x' } }, admin1);
    expect(codeOf(stale)).toBe('REGISTRY_HOUSEHOLD_VERSION_CONFLICT');
    const badGrid = await t.gql(UPDATE, { i: { id: h.id, version: 2, gridCode: `${V2}001` } }, admin1);
    expect(codeOf(badGrid)).toBe('REGISTRY_GRID_NOT_FOUND');
    const latest = (await history(h.id)).items[0];
    expect(latest.action).toBe('UPDATE');
    expect(latest.changes).toEqual(
      expect.arrayContaining([
        { field: 'address', from: '呼和嘎查一组3号', to: '呼和嘎查二组8号' },
        { field: 'gridCode', from: `${V1}001`, to: `${V1}002` },
        { field: 'participating', from: 'true', to: 'false' },
      ]),
    );
    expect(latest.summary).toContain('address: 呼和嘎查一组3号 → 呼和嘎查二组8号');
  });

  it('adds, changes and removes members; changes the head; history masks ID numbers and phones', async () => {
    const h = await create();
    const add = await t.gql<{ addMember: Member }>(
      `mutation($i: AddMemberInput!) { addMember(input: $i) { ${MEMBER} } }`,
      { i: { householdId: h.id, name: '小明', idNumber: withIdCheckChar('15062620150601123'), relation: 'CHILD' } },
      admin1,
    );
    const child = dataOf(add).addMember;
    expect(child).toMatchObject({ name: '小明', gender: 'MALE', birthDate: '2015-06-01', isHead: false });
    const phone = await t.gql<{ updateMember: Member }>(
      `mutation($i: UpdateMemberInput!) { updateMember(input: $i) { ${MEMBER} } }`,
      { i: { id: child.id, phone: '13611112222' } },
      admin1,
    );
    expect(dataOf(phone).updateMember.phoneMasked).toBe('136****2222');
    const mismatch = await t.gql(
      `mutation($i: UpdateMemberInput!) { updateMember(input: $i) { id } }`,
      { i: { id: child.id, gender: 'FEMALE' } },
      admin1,
    );
    expect(codeOf(mismatch)).toBe('REGISTRY_ID_NUMBER_MISMATCH');
    const newHead = dataOf(
      await t.gql<{ updateHousehold: Household }>(
        UPDATE,
        { i: { id: h.id, version: 3, headMemberId: child.id } },
        admin1,
      ),
    ).updateHousehold;
    expect(newHead.head.id).toBe(child.id);
    expect(newHead.members.find((m) => m.id === h.head.id)?.relation).toBe('OTHER');
    const removeHead = await t.gql(`mutation { removeMember(input: { memberId: "${child.id}" }) }`, {}, admin1);
    expect(codeOf(removeHead)).toBe('REGISTRY_HEAD_REMOVAL');
    const removed = await t.gql<{ removeMember: boolean }>(
      `mutation { removeMember(input: { memberId: "${h.head.id}", reason: "迁出" }) }`,
      {},
      admin1,
    );
    expect(dataOf(removed).removeMember).toBe(true);
    const after = dataOf(await t.gql<{ household: Household }>(GET, { id: h.id }, admin1)).household;
    expect(after.members.map((m) => m.name).sort()).toEqual(['其其格', '小明'].sort());
    const hist = await history(h.id);
    expect(hist.items[0]).toMatchObject({ action: 'REMOVE_MEMBER', memberId: h.head.id });
    const phoneChange = hist.items.find((c) => c.changes.some((f) => f.field === 'phone'));
    expect(phoneChange?.changes.find((f) => f.field === 'phone')).toEqual({
      field: 'phone',
      from: null,
      to: '136****2222',
    });
    expect(sensitiveMatches(hist)).toEqual([]);
    expect(hist.items[0].actorName).toBe('测试VILLAGE_ADMIN');
  });

  it('refuses an ID number already registered, or twice in one household, and accepts it once its holder left', async () => {
    const h = await create();
    const takenId = withIdCheckChar('15062619700101555');
    const first = await create({ members: [{ name: '甲', idNumber: takenId, relation: 'HEAD' }] });
    const again = await t.gql(
      CREATE,
      { i: createInput({ members: [{ name: '乙', idNumber: takenId, relation: 'HEAD' }] }) },
      admin1,
    );
    expect(codeOf(again)).toBe('REGISTRY_ID_NUMBER_DUPLICATE');
    const lower = await t.gql(
      CREATE,
      { i: createInput({ members: [{ name: '乙', idNumber: takenId.toLowerCase(), relation: 'HEAD' }] }) },
      admin1,
    );
    expect(codeOf(lower)).toBe('REGISTRY_ID_NUMBER_DUPLICATE');
    const twice = await t.gql(
      CREATE,
      {
        i: createInput({
          members: [
            { name: '丙', idNumber: withIdCheckChar('15062619700101666'), relation: 'HEAD' },
            { name: '丁', idNumber: withIdCheckChar('15062619700101666'), relation: 'CHILD' },
          ],
        }),
      },
      admin1,
    );
    expect(codeOf(twice)).toBe('REGISTRY_ID_NUMBER_DUPLICATE');
    const added = await t.gql(
      `mutation($i: AddMemberInput!) { addMember(input: $i) { id } }`,
      { i: { householdId: h.id, name: '戊', idNumber: takenId, relation: 'OTHER' } },
      admin1,
    );
    expect(codeOf(added)).toBe('REGISTRY_ID_NUMBER_DUPLICATE');
    // the holder moves out of `first` (after another member becomes head) → the number is free again
    const spouse = first.members[0];
    const extra = dataOf(
      await t.gql<{ addMember: Member }>(
        `mutation($i: AddMemberInput!) { addMember(input: $i) { id } }`,
        { i: { householdId: first.id, name: '己', idNumber: nextTestIdNumber(), relation: 'SPOUSE' } },
        admin1,
      ),
    ).addMember;
    dataOf(await t.gql(UPDATE, { i: { id: first.id, version: 2, headMemberId: extra.id } }, admin1));
    dataOf(await t.gql(`mutation { removeMember(input: { memberId: "${spouse.id}" }) }`, {}, admin1));
    const readded = await t.gql(
      `mutation($i: AddMemberInput!) { addMember(input: $i) { id } }`,
      { i: { householdId: h.id, name: '甲', idNumber: takenId, relation: 'OTHER' } },
      admin1,
    );
    expect(readded.errors).toBeUndefined();
  });

  it.each([
    [
      'a wrong check digit',
      wrongCheck(withIdCheckChar('15062619700101777')),
      'REGISTRY_ID_NUMBER_INVALID',
      'CHECK_DIGIT',
    ],
    ['17 digits', '15062619700101777', 'REGISTRY_ID_NUMBER_INVALID', 'FORMAT'],
    ['an impossible birth date', withIdCheckChar('15062619701301777'), 'REGISTRY_ID_NUMBER_INVALID', 'BIRTH_DATE'],
    ['an unknown province', withIdCheckChar('99062619700101777'), 'REGISTRY_ID_NUMBER_INVALID', 'REGION'],
  ])('refuses %s', async (_what, idNumber, code, problem) => {
    const res = await t.gql(
      CREATE,
      { i: createInput({ members: [{ name: '错', idNumber, relation: 'HEAD' }] }) },
      admin1,
    );
    expect(codeOf(res)).toBe(code);
    expect(res.errors?.[0].extensions).toMatchObject({ problem, index: 0 });
  });

  it.each([
    [
      'no head',
      { members: [{ name: '无', idNumber: withIdCheckChar('15062619800101001'), relation: 'CHILD' }] },
      'REGISTRY_HOUSEHOLD_HEAD_REQUIRED',
    ],
    ['a town code as village', { regionCode: towns[0], gridCode: null }, 'REGISTRY_REGION_NOT_VILLAGE', true],
    ['a grid of another village', { gridCode: `${V2}001` }, 'REGISTRY_GRID_NOT_FOUND', true],
    ['a village outside the scope', { regionCode: V2, gridCode: null }, 'SCOPE_OUT_OF_REGION'],
    [
      'a non-local household taking part before admission',
      { residency: 'NON_LOCAL', residentSince: '2020-01-01', participating: true },
      'REGISTRY_NOT_ADMITTED',
    ],
    ['a non-local household without residentSince', { residency: 'NON_LOCAL' }, 'REGISTRY_RESIDENT_SINCE_REQUIRED'],
    [
      'a bad phone',
      { members: [{ name: '电', idNumber: withIdCheckChar('15062619800101002'), relation: 'HEAD', phone: '12345' }] },
      'REGISTRY_PHONE_INVALID',
    ],
    ['an empty member list', { members: [] }, 'VALIDATION_FAILED'],
    ['a bad date', { residentSince: '2020-02-30' }, 'GRAPHQL_VALIDATION_FAILED'],
    ['a future date', { residency: 'NON_LOCAL', residentSince: '2999-01-01' }, 'REGISTRY_DATE_INVALID'],
  ])('refuses %s', async (_what, over, code, asSystemAdmin = false) => {
    const tok = asSystemAdmin ? token(Role.SYSTEM_ADMIN, '000000000000') : admin1;
    const res = await t.gql(CREATE, { i: createInput(over) }, tok);
    expect(codeOf(res)).toBe(code);
  });

  it('admits a non-local household after 6 months of residence, then it takes part', async () => {
    const h = await create({ residency: 'NON_LOCAL', residentSince: '2024-01-31' });
    expect(h.participating).toBe(false);
    const admit = (admittedAt: string, tok = admin1) =>
      t.gql<{ admitHousehold: Household & { admittedAt: string; admittedBy: string } }>(
        `mutation($i: AdmitHouseholdInput!) { admitHousehold(input: $i) { id participating admittedAt admittedBy version } }`,
        { i: { householdId: h.id, admittedAt, note: '村委会2024年第3次会议' } },
        tok,
      );
    const early = await admit('2024-07-30');
    expect(codeOf(early)).toBe('REGISTRY_ADMISSION_TOO_SOON');
    expect(early.errors?.[0].extensions?.['eligibleFrom']).toBe('2024-07-31');
    expect(codeOf(await admit('2024-08-01', token(Role.VILLAGE_REVIEWER, V1)))).toBe('AUTH_PERMISSION_DENIED');
    const ok = dataOf(await admit('2024-08-01', token(Role.TOWN_SUPERVISOR, towns[0]))).admitHousehold;
    expect(ok).toMatchObject({ participating: true, admittedAt: '2024-08-01' });
    expect(codeOf(await admit('2024-09-01'))).toBe('REGISTRY_ALREADY_ADMITTED');
    expect((await history(h.id)).items[0].action).toBe('ADMIT');
    const local = await create();
    const res = await t.gql(
      `mutation($i: AdmitHouseholdInput!) { admitHousehold(input: $i) { id } }`,
      { i: { householdId: local.id, admittedAt: '2024-08-01' } },
      admin1,
    );
    expect(codeOf(res)).toBe('REGISTRY_ADMISSION_NOT_NON_LOCAL');
  });

  describe('scope', () => {
    let inV2: Household;
    let inV3: Household;
    let inGrid: Household;

    beforeAll(async () => {
      inV2 = await create({ regionCode: V2, gridCode: null }, token(Role.VILLAGE_ADMIN, V2));
      inV3 = await create({ regionCode: V3, gridCode: `${V3}001` }, token(Role.VILLAGE_ADMIN, V3));
      inGrid = await create({ gridCode: `${V1}002` });
    });

    const list = async (tok: string, filter: Record<string, unknown> | null = null, first = 100) =>
      dataOf(await t.gql<{ households: { total: number; items: Household[] } }>(LIST, { f: filter, first }, tok))
        .households;

    it('a town supervisor lists the households of its villages only', async () => {
      const page = await list(token(Role.TOWN_SUPERVISOR, towns[0]));
      const villagesSeen = new Set(page.items.map((h) => h.regionCode));
      expect([...villagesSeen].sort()).toEqual([V1, V2]);
      expect(page.total).toBe(page.items.length);
      expect(page.items.map((h) => h.id)).not.toContain(inV3.id);
      const county = await list(token(Role.COUNTY_SUPERVISOR, TEST_REGIONS.county));
      expect(county.items.map((h) => h.id)).toEqual(expect.arrayContaining([inV2.id, inV3.id]));
      const filtered = await list(token(Role.TOWN_SUPERVISOR, towns[0]), { regionCode: V2 });
      expect(filtered.items.map((h) => h.id)).toEqual([inV2.id]);
      const outside = await t.gql(LIST, { f: { regionCode: V3 } }, token(Role.TOWN_SUPERVISOR, towns[0]));
      expect(codeOf(outside)).toBe('SCOPE_OUT_OF_REGION');
    });

    it('a grid worker sees only the households of its grids', async () => {
      const worker = token(Role.GRID_WORKER, V1, [`${V1}002`]);
      const page = await list(worker);
      expect(page.items.length).toBeGreaterThan(0);
      expect(page.items.every((h) => h.gridCode === `${V1}002`)).toBe(true);
      expect(page.items.map((h) => h.id)).toContain(inGrid.id);
      const other = await t.gql(GET, { id: inV2.id }, worker);
      expect(codeOf(other)).toBe('SCOPE_OUT_OF_REGION');
    });

    it.each([
      ['household', GET, (h: Household) => ({ id: h.id })],
      [
        'householdByCard',
        `query($c: String!) { householdByCard(cardNumber: $c) { id } }`,
        (h: Household) => ({ c: h.cardNumber }),
      ],
      ['householdHistory', HISTORY, (h: Household) => ({ id: h.id })],
      ['updateHousehold', UPDATE, (h: Household) => ({ i: { id: h.id, version: h.version, address: 'x' } })],
      [
        'addMember',
        `mutation($i: AddMemberInput!) { addMember(input: $i) { id } }`,
        (h: Household) => ({ i: { householdId: h.id, name: 'x', idNumber: nextTestIdNumber(), relation: 'CHILD' } }),
      ],
      [
        'updateMember',
        `mutation($i: UpdateMemberInput!) { updateMember(input: $i) { id } }`,
        (h: Household) => ({ i: { id: h.members[1].id, name: 'x' } }),
      ],
      [
        'removeMember',
        `mutation($i: RemoveMemberInput!) { removeMember(input: $i) }`,
        (h: Household) => ({ i: { memberId: h.members[1].id } }),
      ],
      ['revealIdNumber', REVEAL, (h: Household) => ({ m: h.head.id, r: '核对低保材料' })],
      [
        'admitHousehold',
        `mutation($i: AdmitHouseholdInput!) { admitHousehold(input: $i) { id } }`,
        (h: Household) => ({ i: { householdId: h.id, admittedAt: '2024-01-01' } }),
      ],
      [
        'printHouseholdCards',
        `mutation($i: PrintHouseholdCardsInput!) { printHouseholdCards(input: $i) { id } }`,
        (h: Household) => ({ i: { householdIds: [h.id] } }),
      ],
    ])('a village admin of another village is refused %s', async (_op, query, vars) => {
      const res = await t.gql(query, vars(inV2), admin1);
      expect(codeOf(res)).toBe('SCOPE_OUT_OF_REGION');
      const unchanged = dataOf(
        await t.gql<{ household: Household }>(GET, { id: inV2.id }, token(Role.VILLAGE_ADMIN, V2)),
      );
      expect(unchanged.household.version).toBe(inV2.version);
    });

    it('finds a household by card number, QR text, member name or full ID number', async () => {
      const byCard = async (c: string) =>
        t.gql<{ householdByCard: { id: string } }>(
          `query($c: String!) { householdByCard(cardNumber: $c) { id } }`,
          { c },
          admin1,
        );
      expect(dataOf(await byCard(inGrid.cardNumber)).householdByCard.id).toBe(inGrid.id);
      expect(dataOf(await byCard(`https://xz.example.cn/grid/h/${inGrid.cardNumber}`)).householdByCard.id).toBe(
        inGrid.id,
      );
      expect(codeOf(await byCard(inGrid.cardNumber.slice(0, 20) + 'Z'))).toBe('REGISTRY_HOUSEHOLD_NOT_FOUND');
      const named = await create({ members: [{ name: '乌云其木格', idNumber: nextTestIdNumber(), relation: 'HEAD' }] });
      expect((await list(admin1, { search: '其木' })).items.map((h) => h.id)).toEqual([named.id]);
      const revealed = dataOf(await t.gql<{ revealIdNumber: string }>(REVEAL, { m: named.head.id, r: '查询' }, admin1));
      expect((await list(admin1, { search: revealed.revealIdNumber })).items.map((h) => h.id)).toEqual([named.id]);
      expect((await list(admin1, { search: named.cardNumber })).items.map((h) => h.id)).toEqual([named.id]);
      expect((await list(admin1, { search: '%' })).total).toBe(0);
    });
  });

  it('never shows a full ID number or phone in lists and details', async () => {
    const page = await t.gql(LIST, { first: 100 }, token(Role.COUNTY_SUPERVISOR, county));
    expect(dataOf(page)).toBeTruthy();
    expect(sensitiveMatches(page)).toEqual([]);
  });

  it('reveals an ID number for a reason, audited without the number', async () => {
    const id = withIdCheckChar('15062619850505888');
    const h = await create({ members: [{ name: '萨仁', idNumber: id, relation: 'HEAD' }] });
    expect(codeOf(await t.gql(REVEAL, { m: h.head.id, r: ' 查' }, admin1))).toBe('REGISTRY_REVEAL_REASON_REQUIRED');
    expect(codeOf(await t.gql(REVEAL, { m: h.head.id, r: '核对材料' }, token(Role.TOWN_SUPERVISOR, towns[0])))).toBe(
      'AUTH_PERMISSION_DENIED',
    );
    const res = await t.gql<{ revealIdNumber: string }>(REVEAL, { m: h.head.id, r: '办理低保核对' }, admin1);
    expect(dataOf(res).revealIdNumber).toBe(id);
    const audit = await t.dataSource.query(
      `SELECT operation, target_type, region_code, summary::text AS summary FROM audit_log WHERE target_id = $1`,
      [h.head.id],
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ operation: 'revealIdNumber', target_type: 'member', region_code: V1 });
    expect(audit[0].summary).toContain('办理低保核对');
    expect(audit[0].summary).not.toContain(id);
    expect(audit[0].summary).not.toContain(id.slice(6, 14));
  });

  it('lists a page in a constant number of SQL statements (no N+1)', async () => {
    for (let i = 0; i < 30; i++)
      await seedHousehold(t.app, { villageCode: V4, gridCode: i % 2 ? `${V4}001` : null, extraMembers: 2 });
    const tok = token(Role.VILLAGE_ADMIN, V4);
    const logger = t.dataSource.logger;
    const original = logger.logQuery.bind(logger);
    let statements = 0;
    logger.logQuery = (query, parameters, runner) => {
      statements++;
      return original(query, parameters, runner);
    };
    try {
      const count = async (first: number) => {
        statements = 0;
        const res = await t.gql<{ households: { items: Household[] } }>(LIST, { first }, tok);
        expect(dataOf(res).households.items).toHaveLength(first);
        return statements;
      };
      const small = await count(2);
      const large = await count(30);
      expect(large).toBe(small);
      expect(large).toBeLessThanOrEqual(5); // page + total, members, village, grid (+ grid-less pages skip one)
    } finally {
      logger.logQuery = original;
    }
  });
});
