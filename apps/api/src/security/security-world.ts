import ExcelJS from 'exceljs';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Actor, countyCodeOf, FilesService, RequestContext, Role, withinScope, XLSX_TYPE } from '@xiangzhi/server/core';
import { RefreshTokenEntity } from '@xiangzhi/identity/api';
import { seedUser } from '@xiangzhi/identity/api/testing';
import {
  GridEntity,
  HouseholdImportEntity,
  HouseholdImportRunner,
  HouseholdImportStatus,
  RegionEntity,
  RegionLevelValue,
  Relation,
  Residency,
} from '@xiangzhi/registry/api';
import { nextTestIdNumber, seedHousehold, seedRegions, TEST_REGIONS, testActor } from '@xiangzhi/registry/api/testing';
import { IMPORT_COLUMNS } from '@xiangzhi/registry/util';
import { IdentityModule } from '@xiangzhi/identity/api';
import { RegistryModule } from '@xiangzhi/registry/api';
import { PointsModule, PointsResultsModule } from '@xiangzhi/points/api';
import {
  EntriesService,
  EntryChannel,
  ListKind,
  ObjectionsService,
  PublicationsService,
  ResultsService,
  ReviewDecision,
  SchemeService,
} from '@xiangzhi/points/api';
import { seedPointsHousehold, seedScheme, testScheme } from '@xiangzhi/points/api/testing';
import {
  FundEntryKindValue,
  FundSourceValue,
  FundsService,
  GoodsService,
  RedemptionsService,
  ShopsService,
  ShopModule,
  StockService,
} from '@xiangzhi/shop/api';
import {
  ChecklistApplicantKind,
  ChecklistCasesService,
  ChecklistCertificatesService,
  ChecklistDraftSource,
  ChecklistFindingSeverity,
  ChecklistsModule,
  ChecklistVersionsService,
  ComplaintsService,
  ComplaintThrottle,
  FlowActionValue,
  FlowStepKindValue,
  InspectionsService,
} from '@xiangzhi/checklists/api';
import { itemInput } from '@xiangzhi/checklists/api/testing';
import { DEFAULT_LIST_TYPES, EXAMPLE_AUTONOMY_ITEM, EXAMPLE_CERTIFICATE_ITEMS } from '@xiangzhi/checklists/util';
import { todayIso } from '@xiangzhi/registry/util';

/** The domain modules of the API, as the security suites start them. */
export const SECURITY_MODULES = [
  IdentityModule,
  RegistryModule,
  PointsModule,
  PointsResultsModule,
  ShopModule,
  ChecklistsModule,
];

/** Targets at one place of the region tree: what an operation's arguments may point at. */
export interface Side {
  /** Which place of the tree this side stands for. */
  place: Place;
  /** The region node standing for this side: its village, or its grid when the side is the grid next door. */
  region: string;
  village: string;
  grid: string;
  /** A grid code under `village` that no grid has yet. */
  newGrid: string;
  /** A non-local household (resident since 2015, not admitted yet) of `grid`, with a head and one more member. */
  householdId: string;
  /** Its version (optimistic lock). */
  version: number;
  /** Its member who is not the head. */
  memberId: string;
  cardNumber: string;
  /** A grid worker of `grid`. */
  userId: string;
  /** An .xlsx with the import template's header row, stored in `grid`'s region. */
  fileId: string;
  /** A finished import of `village`. */
  importId: string;
  /** A live refresh token of `userId`, or of the caller for the inside side made for them. */
  refreshToken: string;
  /** The password of every seeded user and actor. */
  password: string;
  /** The town of `village`. */
  town: string;
  /** A local household of `grid` taking part in the points scheme, and its member who is not the head. */
  pointsHouseholdId: string;
  pointsMemberId: string;
  /** Codes of a HOUSEHOLD and of an INDIVIDUAL item of the scheme in force (year POINTS_YEAR). */
  itemCode: string;
  individualItemCode: string;
  /** The village's adaptation of its town's scheme, in force for POINTS_YEAR (shared by the sides of a village). */
  schemeId: string;
  /** A village DRAFT, and a village version SUBMITTED to the town. */
  schemeDraftId: string;
  schemeSubmittedId: string;
  /** Entries of `pointsHouseholdId` recorded by the system: RECORDED, REVIEWED and APPROVED. */
  entryId: string;
  reviewedEntryId: string;
  approvedEntryId: string;
  /** The village's board of the first quarter of POINTS_YEAR (its objection window open), and an entry on it. */
  publicationId: string;
  publishedEntryId: string;
  /** An objection to that board by `householdId`, FILED; and one the village has INVESTIGATED. */
  objectionId: string;
  investigatedObjectionId: string;
  /** A red-list record of `householdId`. */
  listingId: string;
  /** A year with a scheme in force for the village and nothing published (fresh: a new one each time). */
  publishYear: number;
  /** A past year with a scheme in force for the village, not closed (fresh: a new one each time). */
  closeYear: number;
  /** The points shop of `village`, a SHOP_OPERATOR user of the village (not bound to it), goods of the shop in stock. */
  shopId: string;
  shopOperatorUserId: string;
  goodsId: string;
  /** A household of `grid` with 10 approved points this year (one redemption's worth), and its card number. */
  shopHouseholdId: string;
  shopCardNumber: string;
  /** A redemption at the shop of `village`. */
  redemptionId: string;
  /** An allocation in the funds ledger of `village`. */
  fundEntryId: string;
  /** The village's AUTONOMY list in force (adopted from its town's published template, approved by the town). */
  checklistVersionId: string;
  /** The published AUTONOMY template of the village's town. */
  checklistTemplateId: string;
  /** A village DRAFT of that list, one SUBMITTED to the town, and a DRAFT template of the village's town. */
  checklistDraftId: string;
  checklistSubmittedId: string;
  checklistTemplateDraftId: string;
  /** The province of the village (its do-not-issue list), and its county (the county's list types). */
  province: string;
  county: string;
  /** An AUTONOMY item whose chart has one task, done by the village administrator. */
  checklistItemCode: string;
  /**
   * An open case waiting at a task of the caller's flow role (fresh: made for the caller; shared: the village
   * administrator's), for `memberId`.
   */
  checklistCaseId: string;
  /** A closed, approved case of a CERTIFICATE item; a certificate issued from another one, and its serial. */
  checklistApprovedCaseId: string;
  checklistCertificateId: string;
  certificateSerial: string;
  /** An inspection of the village's AUTONOMY list with an OPEN finding and one whose rectification is required. */
  checklistInspectionId: string;
  checklistFindingId: string;
  checklistRequiredFindingId: string;
  /** A complaint filed from the portal about the village (SUBMITTED), and its number. */
  checklistComplaintId: string;
  complaintNumber: string;
}

/** The year of the points schemes of the world (entries happen on its first day). */
export const POINTS_YEAR = 2020;

/** The shop redeems today: a town scheme is in force for the current year too. */
const SHOP_YEAR = Number(todayIso().slice(0, 4));

/**
 * Places of the tree around the inside (village 1 of town 1 of the test county, grid 001), each one step further
 * out: the next grid of the same village, the next village of the same town, a village of the next town, a village
 * of another county.
 */
export type Place = 'inside' | 'nextGrid' | 'nextVillage' | 'nextTown' | 'nextCounty';

export interface SecurityWorld {
  /** Targets inside (shared: for queries, and for calls expected to be refused). */
  inside: Side;
  /** Targets at each place around the inside (shared: only ever the target of refused operations). */
  around: Side[];
  /** An actor per role, each bound inside (grid worker: grid 001). */
  actors: Record<Role, Actor>;
  password: string;
  /**
   * The targets at `place`, with new ones for `fields` (mutations change theirs); a new refresh token belongs to
   * `owner` when given.
   */
  fresh(place: Place, fields: ReadonlySet<keyof Side>, owner?: Actor): Promise<Side>;
  /** The shared targets at `place`. */
  at(place: Place): Side;
  /** The sides of `around` that lie outside the actor's scope. */
  outsideOf(actor: Actor): Side[];
}

export const OTHER_COUNTY = {
  county: '150627000000',
  town: '150627100000',
  village: '150627100201',
  grid: '150627100201001',
};

const [V1, V2, V3] = TEST_REGIONS.villages;

/** village, grid, and the region node standing for each place. */
const PLACES: Record<Place, { village: string; grid: string; region: 'village' | 'grid' }> = {
  inside: { village: V1, grid: TEST_REGIONS.grids(V1)[0], region: 'village' },
  nextGrid: { village: V1, grid: TEST_REGIONS.grids(V1)[1], region: 'grid' },
  nextVillage: { village: V2, grid: TEST_REGIONS.grids(V2)[0], region: 'village' },
  nextTown: { village: V3, grid: TEST_REGIONS.grids(V3)[0], region: 'village' },
  nextCounty: { village: OTHER_COUNTY.village, grid: OTHER_COUNTY.grid, region: 'village' },
};

/** An .xlsx holding only the header row of the import template. */
export async function importTemplateHeader(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('户籍台账').addRow([...IMPORT_COLUMNS]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Seeds the test county, another county, and targets at every place; makes an actor per role. */
export async function buildSecurityWorld(app: INestApplicationContext): Promise<SecurityWorld> {
  const ds = app.get(DataSource);
  const files = app.get(FilesService);
  const runner = app.get(HouseholdImportRunner);
  await seedRegions(ds);
  await ds.getRepository(RegionEntity).insert([
    {
      code: OTHER_COUNTY.county,
      name: '鄂托克前旗',
      level: RegionLevelValue.COUNTY,
      parentCode: '150600000000',
      countyCode: OTHER_COUNTY.county,
    },
    {
      code: OTHER_COUNTY.town,
      name: '城川镇',
      level: RegionLevelValue.TOWN,
      parentCode: OTHER_COUNTY.county,
      countyCode: OTHER_COUNTY.county,
    },
    {
      code: OTHER_COUNTY.village,
      name: '大沙头嘎查',
      level: RegionLevelValue.VILLAGE,
      parentCode: OTHER_COUNTY.town,
      countyCode: OTHER_COUNTY.county,
    },
  ]);
  await ds.getRepository(GridEntity).insert({
    code: OTHER_COUNTY.grid,
    villageCode: OTHER_COUNTY.village,
    countyCode: OTHER_COUNTY.county,
    name: '第一网格',
  });
  const password = 'Matrix@' + randomBytes(4).toString('hex');
  const workbook = await importTemplateHeader();
  let serial = 0;

  /** A refresh token of the user, stored as the identity domain stores them (hash only). */
  const refreshTokenOf = async (userId: string, regionCode: string): Promise<string> => {
    const token = randomBytes(32).toString('base64url');
    await ds.getRepository(RefreshTokenEntity).insert({
      userId,
      familyId: randomUUID(),
      tokenHash: createHash('sha256').update(token).digest('hex'),
      regionCode,
      countyCode: countyCodeOf(regionCode),
      expiresAt: new Date(Date.now() + 3_600_000),
    });
    return token;
  };

  const household = async (village: string, grid: string) => {
    const n = ++serial;
    const h = await seedHousehold(app, {
      villageCode: village,
      gridCode: grid,
      residency: Residency.NON_LOCAL,
      residentSince: '2015-01-01',
      participating: false,
      members: [
        { name: `户主${n}`, idNumber: nextTestIdNumber(), relation: Relation.HEAD, phone: '13800138000' },
        { name: `成员${n}`, idNumber: nextTestIdNumber(), relation: Relation.CHILD },
      ],
    });
    const [{ id: memberId }] = await ds.query(`SELECT id FROM member WHERE household_id = $1 AND relation <> 'HEAD'`, [
      h.id,
    ]);
    return { householdId: h.id, version: h.version, memberId: memberId as string, cardNumber: h.cardNumber };
  };
  const user = async (place: Place, village: string, grid: string) => {
    const u = await seedUser(ds, {
      username: `target.${place.toLowerCase()}.${++serial}`,
      password,
      role: Role.GRID_WORKER,
      regionCode: village,
      gridCodes: [grid],
    });
    return u.id;
  };
  const file = async (grid: string) => {
    const saved = await ds.transaction((em) =>
      files.saveGenerated(em, RequestContext.system(), `households-${++serial}.xlsx`, XLSX_TYPE, workbook, grid),
    );
    return saved.id;
  };
  const finishedImport = async (village: string, fileId: string) => {
    const job = await ds.getRepository(HouseholdImportEntity).save({
      regionCode: village,
      countyCode: countyCodeOf(village),
      fileId,
      status: HouseholdImportStatus.DONE,
      finishedAt: new Date(),
    });
    return job.id;
  };
  const newGrid = (village: string) => village + String(100 + ++serial).padStart(3, '0');

  // points: a town scheme in force for every town, an adaptation in force for every village
  const schemes = app.get(SchemeService, { strict: false });
  const entries = app.get(EntriesService, { strict: false });
  const system = () => RequestContext.system(`world-${++serial}`);
  // entries are recorded by a user of their own, so that the system (and every matrix actor) may review them
  const recorderActor = {
    ...(RequestContext.system().actor as Actor),
    userId: randomUUID(),
    username: 'world.recorder',
  };
  const recorder = () => new RequestContext(`world-${++serial}`, recorderActor);
  const townOf = (village: string) => village.slice(0, 9) + '000';
  const villageScheme = new Map<string, string>();
  for (const village of [...TEST_REGIONS.villages, OTHER_COUNTY.village]) {
    const town = townOf(village);
    let townScheme = await ds.query(
      `SELECT id FROM points_scheme_version WHERE region_code = $1 AND year = $2 AND status = 'IN_FORCE'`,
      [town, POINTS_YEAR],
    );
    if (!townScheme.length)
      townScheme = [await seedScheme(ds, town, POINTS_YEAR, { definition: testScheme(POINTS_YEAR) })];
    const adapted = await seedScheme(ds, village, POINTS_YEAR, { basedOnId: townScheme[0].id as string });
    villageScheme.set(village, adapted.id);
  }
  const pointsHousehold = async (village: string, grid: string) => {
    const h = await seedPointsHousehold(app, village, { gridCode: grid, headName: `积分户主${++serial}` });
    const [{ id }] = await ds.query(`SELECT id FROM member WHERE household_id = $1 AND relation <> 'HEAD'`, [h.id]);
    return { pointsHouseholdId: h.id, pointsMemberId: id as string };
  };
  const draft = async (village: string) =>
    (await schemes.adapt(system(), { villageCode: village, year: POINTS_YEAR })).id;
  const submitted = async (village: string) => (await schemes.submit(system(), await draft(village))).id;
  const entry = async (householdId: string, stage: 'RECORDED' | 'REVIEWED' | 'APPROVED') => {
    const e = await entries.record(recorder(), {
      householdId,
      itemCode: 'T01',
      points: 3,
      occurredOn: `${POINTS_YEAR}-01-01`,
      description: '参加环境卫生整治',
      channel: EntryChannel.ON_SITE,
      idempotencyKey: `world-${randomBytes(6).toString('hex')}`,
    });
    if (stage !== 'RECORDED') {
      await entries.review(system(), { entryIds: [e.id], decision: ReviewDecision.APPROVE });
    }
    if (stage === 'APPROVED') await entries.approve(system(), { entryIds: [e.id] });
    return e.id;
  };
  const pointsTargets = async (village: string, grid: string) => {
    const h = await pointsHousehold(village, grid);
    return {
      town: townOf(village),
      ...h,
      itemCode: 'T01',
      individualItemCode: 'T02',
      schemeId: villageScheme.get(village) as string,
      schemeDraftId: await draft(village),
      schemeSubmittedId: await submitted(village),
      entryId: await entry(h.pointsHouseholdId, 'RECORDED'),
      reviewedEntryId: await entry(h.pointsHouseholdId, 'REVIEWED'),
      approvedEntryId: await entry(h.pointsHouseholdId, 'APPROVED'),
    };
  };

  // publications, objections, lists and years of the points results
  const publications = app.get(PublicationsService, { strict: false });
  const objections = app.get(ObjectionsService, { strict: false });
  const results = app.get(ResultsService, { strict: false });
  const objection = async (side: Pick<Side, 'publicationId' | 'householdId'>, investigated: boolean) => {
    const o = await objections.fileByStaff(system(), {
      publicationId: side.publicationId,
      householdId: side.householdId,
      content: '本户当月的积分漏记',
    });
    if (investigated) await objections.investigate(system(), o.id, '经核实确有漏记');
    return o.id;
  };
  const listing = async (householdId: string) =>
    (
      await results.addListing(system(), {
        householdId,
        kind: ListKind.RED,
        title: '最美家庭',
        fromDate: `${POINTS_YEAR}-01-01`,
      })
    ).id;
  // years before POINTS_YEAR, one per fresh call: a scheme in force is seeded for the village
  let nextYear = 2000;
  const schemeYear = async (village: string) => {
    const year = ++nextYear;
    await seedScheme(ds, village, year, { definition: testScheme(year) });
    return year;
  };

  // the shop: a current-year town scheme (redemptions happen today), a shop per village, goods in stock
  const shops = app.get(ShopsService, { strict: false });
  const goodsService = app.get(GoodsService, { strict: false });
  const stock = app.get(StockService, { strict: false });
  const redemptions = app.get(RedemptionsService, { strict: false });
  const funds = app.get(FundsService, { strict: false });
  for (const town of new Set([...TEST_REGIONS.villages, OTHER_COUNTY.village].map(townOf))) {
    await seedScheme(ds, town, SHOP_YEAR, { definition: testScheme(SHOP_YEAR) });
  }
  const shopOf = new Map<string, string>();
  for (const village of [...TEST_REGIONS.villages, OTHER_COUNTY.village]) {
    const shop = await shops.create(system(), {
      name: `积分超市${++serial}`,
      villageCodes: [village],
      address: '村委会一楼',
      personInCharge: '赵管理',
    });
    shopOf.set(village, shop.id);
  }
  // an operator bound to the shop of the village
  const shopOperator = async (village: string) => {
    const u = await seedUser(ds, {
      username: `target.operator.${++serial}`,
      password,
      role: Role.SHOP_OPERATOR,
      regionCode: village,
      gridCodes: [],
    });
    await shops.bindOperator(system(), shopOf.get(village) as string, u.id);
    return u.id;
  };
  const fundEntry = async (village: string) =>
    (
      await funds.record(system(), {
        villageCode: village,
        kind: FundEntryKindValue.ALLOCATION,
        source: FundSourceValue.ALLOCATION,
        amountYuan: 3000,
        description: '镇下拨积分兑换经费',
        occurredOn: todayIso(),
        clientKey: `world-${randomBytes(6).toString('hex')}`,
      })
    ).id;
  const goodsOf = async (village: string) => {
    const g = await goodsService.create(system(), {
      shopId: shopOf.get(village) as string,
      name: `探针商品${++serial}`,
      unit: '袋',
      pointsPrice: 1,
      costYuan: 1,
    });
    await stock.stockIn(system(), {
      goodsId: g.id,
      quantity: 10_000,
      unitCostYuan: 1,
      supplier: '镇供销社',
      occurredOn: todayIso(),
      fundVillageCode: village,
      fundSource: FundSourceValue.ALLOCATION,
      clientKey: `world-${randomBytes(6).toString('hex')}`,
    });
    return g.id;
  };
  const shopHousehold = async (village: string, grid: string) => {
    const h = await seedPointsHousehold(app, village, { gridCode: grid, headName: `兑换户主${++serial}` });
    const e = await entries.record(recorder(), {
      householdId: h.id,
      itemCode: 'T01',
      points: 10,
      occurredOn: todayIso(),
      description: '参加环境卫生整治',
      channel: EntryChannel.ON_SITE,
      idempotencyKey: `world-${randomBytes(6).toString('hex')}`,
    });
    await entries.review(system(), { entryIds: [e.id], decision: ReviewDecision.APPROVE });
    await entries.approve(system(), { entryIds: [e.id] });
    return { shopHouseholdId: h.id, shopCardNumber: h.cardNumber };
  };
  const redemption = async (village: string, grid: string, goodsId: string) => {
    const h = await shopHousehold(village, grid);
    const r = await redemptions.redeem(system(), {
      shopId: shopOf.get(village) as string,
      householdId: h.shopHouseholdId,
      lines: [{ goodsId, quantity: 1 }],
      clientKey: `world-${randomBytes(6).toString('hex')}`,
    });
    return r.id;
  };
  const shopTargets = async (village: string, grid: string) => {
    const goodsId = await goodsOf(village);
    return {
      shopId: shopOf.get(village) as string,
      shopOperatorUserId: await shopOperator(village),
      goodsId,
      ...(await shopHousehold(village, grid)),
      redemptionId: await redemption(village, grid, goodsId),
      fundEntryId: await fundEntry(village),
    };
  };

  // checklists: every town publishes templates of the example items of the four lists (AUTONOMY with one probe item
  // per flow role: one task done by that role), every village adopts them and the town approves (in force)
  const checklists = app.get(ChecklistVersionsService, { strict: false });
  const checklistCases = app.get(ChecklistCasesService, { strict: false });
  const certificates = app.get(ChecklistCertificatesService, { strict: false });
  const inspections = app.get(InspectionsService, { strict: false });
  const complaints = app.get(ComplaintsService, { strict: false });
  const LIST = 'AUTONOMY';
  const LISTS = DEFAULT_LIST_TYPES.map((t) => t.code);
  const BASIS = '《中华人民共和国村民委员会组织法》';
  const ROLE_CODE: Partial<Record<Role, string>> = {
    [Role.SYSTEM_ADMIN]: 'VILLAGE_ADMIN',
    [Role.COUNTY_SUPERVISOR]: 'COUNTY_OFFICER',
    [Role.TOWN_SUPERVISOR]: 'TOWN_OFFICER',
    [Role.VILLAGE_ADMIN]: 'VILLAGE_ADMIN',
    [Role.VILLAGE_REVIEWER]: 'VILLAGE_REVIEWER',
    [Role.OVERSIGHT]: 'OVERSIGHT',
  };
  const probeItem = (roleCode: string) =>
    itemInput(EXAMPLE_AUTONOMY_ITEM, {
      code: `TZ-${roleCode}`,
      name: `探针事项（${roleCode}）`,
      flow: {
        steps: [
          {
            id: 'apply',
            name: '提出申请',
            kind: FlowStepKindValue.START,
            role: 'APPLICANT',
            timeLimitDays: null,
            materials: [],
          },
          { id: 'handle', name: '办理', kind: FlowStepKindValue.TASK, role: roleCode, timeLimitDays: 5, materials: [] },
          { id: 'done', name: '办结', kind: FlowStepKindValue.END, role: '', timeLimitDays: null, materials: [] },
        ],
        transitions: [
          { from: 'apply', to: 'handle', action: FlowActionValue.SUBMIT, condition: null, label: null },
          { from: 'handle', to: 'done', action: FlowActionValue.APPROVE, condition: null, label: null },
        ],
      },
    });
  /** A town's DRAFT template of `listType` from the examples (AUTONOMY: with the probe items). */
  const townDraft = async (town: string, listType = LIST) => {
    const id = (
      await checklists.createDraft(system(), { regionCode: town, listType, source: ChecklistDraftSource.EXAMPLES })
    ).id;
    if (listType === LIST) {
      await checklists.updateDraft(system(), {
        id,
        upsertItems: [...new Set(Object.values(ROLE_CODE))].map(probeItem),
      });
    }
    return id;
  };
  const templateDraft = (village: string) => townDraft(townOf(village));
  const checklistDraft = async (village: string) =>
    (await checklists.adopt(system(), { villageCode: village, listType: LIST })).id;
  const checklistSubmitted = async (village: string, listType = LIST) =>
    (
      await checklists.submit(
        system(),
        (await checklists.adopt(system(), { villageCode: village, listType })).id,
        '按镇模板制定本村清单',
        BASIS,
      )
    ).id;
  const checklistTemplate = new Map<string, string>();
  for (const town of new Set([...TEST_REGIONS.villages, OTHER_COUNTY.village].map(townOf))) {
    for (const listType of LISTS) {
      const draftId = await townDraft(town, listType);
      if (listType === LIST) checklistTemplate.set(town, draftId);
      await checklists.publishTemplate(system(), draftId, '制定镇模板', BASIS);
    }
  }
  const checklistInForce = new Map<string, string>();
  for (const village of [...TEST_REGIONS.villages, OTHER_COUNTY.village]) {
    for (const listType of LISTS) {
      const approved = await checklists.approve(system(), await checklistSubmitted(village, listType));
      if (listType === LIST) checklistInForce.set(village, approved.id);
    }
  }
  const openCase = async (village: string, memberId: string, itemCode: string, listType = LIST) =>
    checklistCases.open(system(), {
      villageCode: village,
      listType,
      itemCode,
      applicantKind: ChecklistApplicantKind.MEMBER,
      applicantMemberId: memberId,
      clientKey: `world-${randomBytes(6).toString('hex')}`,
    });
  /** An open case waiting for `role` (its probe item's task). */
  const checklistCase = async (village: string, memberId: string, role: Role = Role.VILLAGE_ADMIN) =>
    (await openCase(village, memberId, `TZ-${ROLE_CODE[role] ?? 'VILLAGE_ADMIN'}`)).id;
  const CERTIFICATE_ITEM = EXAMPLE_CERTIFICATE_ITEMS[0].code;
  const approvedCase = async (village: string) => {
    const c = await checklistCases.open(system(), {
      villageCode: village,
      listType: 'CERTIFICATE',
      itemCode: CERTIFICATE_ITEM,
      applicantKind: ChecklistApplicantKind.ORGANISATION,
      applicantName: '探针种养殖专业合作社',
      clientKey: `world-${randomBytes(6).toString('hex')}`,
    });
    for (const action of [FlowActionValue.APPROVE, FlowActionValue.APPROVE, FlowActionValue.COMPLETE]) {
      await checklistCases.act(system(), { caseId: c.id, action });
    }
    return c.id;
  };
  const certificate = async (village: string) => {
    const cert = await certificates.issue(system(), { caseId: await approvedCase(village) });
    return { checklistCertificateId: cert.id, certificateSerial: cert.serial };
  };
  const inspection = async (village: string) => {
    const i = await inspections.record(system(), {
      villageCode: village,
      listType: LIST,
      inspectedOn: todayIso(),
      summary: '例行检查本村自治事项清单',
      findings: [
        { text: '清单未在村务公开栏上墙', severity: ChecklistFindingSeverity.MINOR },
        { text: '办理记录不全', severity: ChecklistFindingSeverity.MINOR, dueOn: '2099-12-31' },
      ],
      clientKey: `world-${randomBytes(6).toString('hex')}`,
    });
    const rows = (await ds.query(`SELECT id, status FROM checklist_finding WHERE inspection_id = $1 ORDER BY seq`, [
      i.id,
    ])) as Array<{ id: string; status: string }>;
    return {
      checklistInspectionId: i.id,
      checklistFindingId: rows.find((r) => r.status === 'OPEN')?.id as string,
      checklistRequiredFindingId: rows.find((r) => r.status === 'RECTIFICATION_REQUIRED')?.id as string,
    };
  };
  const complaint = async (village: string) => {
    app.get(ComplaintThrottle, { strict: false }).reset();
    const { number } = await complaints.submit(
      new RequestContext(`world-${++serial}`, null, `10.9.0.${serial % 250}`),
      {
        villageCode: village,
        subject: '办事不公开',
        text: '村里办理证明的结果没有公开',
      },
    );
    const [{ id }] = (await ds.query(`SELECT id FROM checklist_complaint WHERE number = $1`, [number])) as Array<{
      id: string;
    }>;
    return { checklistComplaintId: id, complaintNumber: number };
  };
  for (const village of [...TEST_REGIONS.villages, OTHER_COUNTY.village]) {
    await certificate(village);
    await complaint(village);
  }
  const checklistTargets = async (village: string, memberId: string) => ({
    checklistVersionId: checklistInForce.get(village) as string,
    checklistTemplateId: checklistTemplate.get(townOf(village)) as string,
    checklistDraftId: await checklistDraft(village),
    checklistSubmittedId: await checklistSubmitted(village),
    checklistTemplateDraftId: await templateDraft(village),
    province: village.slice(0, 2) + '0000000000',
    county: countyCodeOf(village),
    checklistItemCode: `TZ-VILLAGE_ADMIN`,
    checklistCaseId: await checklistCase(village, memberId),
    checklistApprovedCaseId: await approvedCase(village),
    ...(await certificate(village)),
    ...(await inspection(village)),
    ...(await complaint(village)),
  });

  const make = async (place: Place): Promise<Side> => {
    const { village, grid, region } = PLACES[place];
    const userId = await user(place, village, grid);
    const fileId = await file(grid);
    const householdTargets = await household(village, grid);
    return {
      place,
      region: region === 'grid' ? grid : village,
      village,
      grid,
      newGrid: newGrid(village),
      ...householdTargets,
      userId,
      fileId,
      importId: await finishedImport(village, fileId),
      refreshToken: await refreshTokenOf(userId, village),
      password,
      ...(await pointsTargets(village, grid)),
      ...(await shopTargets(village, grid)),
      ...(await checklistTargets(village, householdTargets.memberId)),
      // set below, once every village has entries to publish
      publicationId: '',
      publishedEntryId: '',
      objectionId: '',
      investigatedObjectionId: '',
      listingId: '',
      publishYear: 1999,
      closeYear: 1999,
    };
  };

  const inside = await make('inside');
  const around: Side[] = [];
  for (const place of ['nextGrid', 'nextVillage', 'nextTown', 'nextCounty'] as const) around.push(await make(place));
  const shared = new Map<Place, Side>([inside, ...around].map((s) => [s.place, s]));
  // every village's first-quarter board (the approved entries of the sides on it), then objections to it
  const boardOf = new Map<string, string>();
  for (const village of [...TEST_REGIONS.villages, OTHER_COUNTY.village]) {
    const [board] = await publications.publish(system(), village, POINTS_YEAR, 1);
    boardOf.set(village, board.id);
  }
  for (const side of shared.values()) {
    side.publicationId = boardOf.get(side.village) as string;
    side.publishedEntryId = side.approvedEntryId;
    side.objectionId = await objection(side, false);
    side.investigatedObjectionId = await objection(side, true);
    side.listingId = await listing(side.householdId);
  }

  /** The shared side at `place` with new targets for `fields` (only those: every household costs a card to print). */
  const fresh = async (place: Place, fields: ReadonlySet<keyof Side>, owner?: Actor): Promise<Side> => {
    const side: Side = { ...(shared.get(place) as Side) };
    // an import started by an earlier case must be over before a new one may start in the same village
    await runner.whenIdle();
    if (['householdId', 'version', 'memberId', 'cardNumber'].some((f) => fields.has(f as keyof Side))) {
      Object.assign(side, await household(side.village, side.grid));
    }
    if (fields.has('userId')) side.userId = await user(place, side.village, side.grid);
    if (fields.has('fileId')) side.fileId = await file(side.grid);
    if (fields.has('importId')) side.importId = await finishedImport(side.village, side.fileId);
    if (fields.has('newGrid')) side.newGrid = newGrid(side.village);
    if (fields.has('pointsHouseholdId') || fields.has('pointsMemberId')) {
      Object.assign(side, await pointsHousehold(side.village, side.grid));
    }
    if (fields.has('schemeDraftId')) side.schemeDraftId = await draft(side.village);
    if (fields.has('schemeSubmittedId')) side.schemeSubmittedId = await submitted(side.village);
    if (fields.has('entryId')) side.entryId = await entry(side.pointsHouseholdId, 'RECORDED');
    if (fields.has('reviewedEntryId')) side.reviewedEntryId = await entry(side.pointsHouseholdId, 'REVIEWED');
    if (fields.has('approvedEntryId')) side.approvedEntryId = await entry(side.pointsHouseholdId, 'APPROVED');
    if (fields.has('objectionId')) side.objectionId = await objection(side, false);
    if (fields.has('investigatedObjectionId')) side.investigatedObjectionId = await objection(side, true);
    if (fields.has('listingId')) side.listingId = await listing(side.householdId);
    if (fields.has('publishYear')) side.publishYear = await schemeYear(side.village);
    if (fields.has('closeYear')) side.closeYear = await schemeYear(side.village);
    if (fields.has('shopOperatorUserId')) side.shopOperatorUserId = await shopOperator(side.village);
    if (fields.has('goodsId')) side.goodsId = await goodsOf(side.village);
    if (fields.has('shopHouseholdId') || fields.has('shopCardNumber')) {
      Object.assign(side, await shopHousehold(side.village, side.grid));
    }
    if (fields.has('fundEntryId')) side.fundEntryId = await fundEntry(side.village);
    if (fields.has('redemptionId')) side.redemptionId = await redemption(side.village, side.grid, side.goodsId);
    if (fields.has('checklistDraftId')) side.checklistDraftId = await checklistDraft(side.village);
    if (fields.has('checklistSubmittedId')) side.checklistSubmittedId = await checklistSubmitted(side.village);
    if (fields.has('checklistTemplateDraftId')) side.checklistTemplateDraftId = await templateDraft(side.village);
    if (fields.has('checklistCaseId')) {
      side.checklistCaseId = await checklistCase(side.village, side.memberId, owner?.role);
    }
    if (fields.has('checklistApprovedCaseId')) side.checklistApprovedCaseId = await approvedCase(side.village);
    if (fields.has('checklistCertificateId') || fields.has('certificateSerial')) {
      Object.assign(side, await certificate(side.village));
    }
    if (
      ['checklistInspectionId', 'checklistFindingId', 'checklistRequiredFindingId'].some((f) =>
        fields.has(f as keyof Side),
      )
    ) {
      Object.assign(side, await inspection(side.village));
    }
    if (fields.has('checklistComplaintId') || fields.has('complaintNumber')) {
      Object.assign(side, await complaint(side.village));
    }
    if (fields.has('refreshToken')) {
      side.refreshToken = owner
        ? await refreshTokenOf(owner.userId, owner.regionCode)
        : await refreshTokenOf(side.userId, side.village);
    }
    return side;
  };

  const bound: Record<Role, [string, string[]]> = {
    [Role.SYSTEM_ADMIN]: ['000000000000', []],
    [Role.COUNTY_SUPERVISOR]: [TEST_REGIONS.county, []],
    [Role.TOWN_SUPERVISOR]: [TEST_REGIONS.towns[0], []],
    [Role.VILLAGE_ADMIN]: [V1, []],
    [Role.VILLAGE_REVIEWER]: [V1, []],
    [Role.OVERSIGHT]: [V1, []],
    [Role.GRID_WORKER]: [V1, [PLACES.inside.grid]],
    [Role.SHOP_OPERATOR]: [V1, []],
  };
  const actors = {} as Record<Role, Actor>;
  for (const role of Object.values(Role)) {
    const [code, grids] = bound[role];
    const u = await seedUser(ds, {
      username: `matrix.${role.toLowerCase()}`,
      password,
      role,
      regionCode: code,
      gridCodes: grids,
    });
    actors[role] = { ...testActor(role, code, grids), userId: u.id, username: u.username };
  }
  return {
    inside,
    around,
    actors,
    password,
    fresh,
    at: (place) => shared.get(place) as Side,
    outsideOf: (actor) => around.filter((s) => !withinScope(actor.scopePrefixes, s.grid)),
  };
}
