import 'reflect-metadata';
import ExcelJS from 'exceljs';
import { randomBytes, randomUUID } from 'node:crypto';
import { Actor, Role } from '@xiangzhi/server/core';
import { createTestApp, GqlResult, listOperations, TestApp } from '@xiangzhi/server/testing';
import { seedUser } from '@xiangzhi/identity/api/testing';
import { HouseholdImportRunner, Relation, Residency } from '@xiangzhi/registry/api';
import { nextTestIdNumber, sensitiveMatches, TEST_REGIONS, tokenFor } from '@xiangzhi/registry/api/testing';
import { IMPORT_COLUMNS } from '@xiangzhi/registry/util';
import { allResolvers } from '../app/resolvers';
import { SchemaMap } from './operation-args';
import { buildSecurityWorld, SECURITY_MODULES, POINTS_YEAR, SecurityWorld, Side } from './security-world';

/**
 * S5: every mutation is audited. The table below holds valid variables for EVERY mutation of the schema (a new
 * mutation fails this file until it gets an entry); each is executed successfully by an actor allowed to, and then
 * the audit log holds a row of that request with the mutation's name, the caller (for the sign-in ones, the signed-in
 * user as the target), the region it concerns and its target. Finally no audit row holds a password, a token, an ID
 * number or a phone number used on the way.
 */
const V1 = TEST_REGIONS.villages[0];
const T1 = TEST_REGIONS.towns[0];
const G1 = TEST_REGIONS.grids(V1)[0];

interface Prepared {
  variables: Record<string, unknown>;
  /** The caller, or null for an anonymous call (login, refreshSession). */
  caller: Actor | null;
  /** The bearer token, when not the one `tokenFor` makes for the caller (a real session). */
  token?: string;
  /** The region the audit row must be filed under. */
  region: string;
  /** The expected target id (for anonymous calls: the user who signed in); any when omitted. */
  targetId?: string;
}

interface Kit {
  t: TestApp;
  world: SecurityWorld;
  /** New targets inside (village 1, grid 001). */
  fresh(...fields: Array<keyof Side>): Promise<Side>;
  /** Signs in through the real `login` mutation as the dedicated session user. */
  signIn(): Promise<{ accessToken: string; refreshToken: string }>;
  sessionUser: { id: string; username: string };
  /** Uploads an .xlsx through POST /api/files as the caller; its id. */
  upload(caller: Actor, data: Buffer, name: string): Promise<string>;
  /** Strings that must never reach the audit log. */
  secrets: Set<string>;
}

/** Passwords used below (literal: they must not reach the audit log). */
const CREATED_PASSWORD = 'Created@' + randomBytes(4).toString('hex');
const RESET_PASSWORD = 'Reset@' + randomBytes(4).toString('hex');
const CHANGED_PASSWORD = 'Changed@' + randomBytes(4).toString('hex');

const idNumber = (kit: Kit) => {
  const id = nextTestIdNumber();
  kit.secrets.add(id);
  return id;
};
const phone = (kit: Kit, p: string) => {
  kit.secrets.add(p);
  return p;
};

/** Valid variables for every mutation, and who may run it. */
const MUTATIONS: Record<string, (kit: Kit) => Promise<Prepared>> = {
  login: async (kit) => ({
    variables: { input: { username: kit.sessionUser.username, password: kit.world.password } },
    caller: null,
    region: V1,
    targetId: kit.sessionUser.id,
  }),
  refreshSession: async (kit) => ({
    variables: { input: { refreshToken: (await kit.signIn()).refreshToken } },
    caller: null,
    region: V1,
    targetId: kit.sessionUser.id,
  }),
  logout: async (kit) => {
    const session = await kit.signIn();
    return {
      variables: { input: { refreshToken: session.refreshToken } },
      caller: { ...kit.world.actors[Role.GRID_WORKER], userId: kit.sessionUser.id, username: kit.sessionUser.username },
      token: session.accessToken,
      region: V1,
      targetId: kit.sessionUser.id,
    };
  },
  changePassword: async (kit) => ({
    variables: { input: { currentPassword: kit.world.password, newPassword: CHANGED_PASSWORD } },
    caller: kit.world.actors[Role.VILLAGE_REVIEWER],
    region: V1,
    targetId: kit.world.actors[Role.VILLAGE_REVIEWER].userId,
  }),
  createUser: async (kit) => ({
    variables: {
      input: {
        username: `audit.created.${randomBytes(3).toString('hex')}`,
        displayName: '新网格员',
        password: CREATED_PASSWORD,
        role: Role.GRID_WORKER,
        regionCode: V1,
        gridCodes: [G1],
        phone: phone(kit, '13912340001'),
      },
    },
    caller: kit.world.actors[Role.TOWN_SUPERVISOR],
    region: V1,
  }),
  updateUser: async (kit) => {
    const s = await kit.fresh('userId');
    return {
      variables: { input: { id: s.userId, displayName: '改名网格员', phone: phone(kit, '13912340002') } },
      caller: kit.world.actors[Role.VILLAGE_ADMIN],
      region: V1,
      targetId: s.userId,
    };
  },
  resetUserPassword: async (kit) => {
    const s = await kit.fresh('userId');
    return {
      variables: { input: { userId: s.userId, newPassword: RESET_PASSWORD } },
      caller: kit.world.actors[Role.VILLAGE_ADMIN],
      region: V1,
      targetId: s.userId,
    };
  },
  createGrid: async (kit) => ({
    variables: { input: { villageCode: V1, name: '第九网格', leaderName: '王五' } },
    caller: kit.world.actors[Role.VILLAGE_ADMIN],
    region: V1,
  }),
  updateGrid: async (kit) => ({
    variables: { input: { code: G1, name: '第一网格（东）', note: '调整' } },
    caller: kit.world.actors[Role.VILLAGE_ADMIN],
    region: V1,
    targetId: G1,
  }),
  createHousehold: async (kit) => ({
    variables: {
      input: {
        regionCode: V1,
        gridCode: G1,
        address: '审计路1号',
        residency: Residency.LOCAL_HUKOU,
        members: [
          { name: '审计户主', idNumber: idNumber(kit), relation: Relation.HEAD, phone: phone(kit, '13912340003') },
          { name: '审计子女', idNumber: idNumber(kit), relation: Relation.CHILD },
        ],
      },
    },
    caller: kit.world.actors[Role.VILLAGE_ADMIN],
    region: V1,
  }),
  updateHousehold: async (kit) => {
    const s = await kit.fresh('householdId');
    return {
      variables: { input: { id: s.householdId, version: s.version, address: '审计路2号' } },
      caller: kit.world.actors[Role.VILLAGE_ADMIN],
      region: V1,
      targetId: s.householdId,
    };
  },
  addMember: async (kit) => {
    const s = await kit.fresh('householdId');
    return {
      variables: {
        input: {
          householdId: s.householdId,
          name: '审计新成员',
          idNumber: idNumber(kit),
          relation: Relation.CHILD,
          phone: phone(kit, '13912340004'),
        },
      },
      caller: kit.world.actors[Role.VILLAGE_ADMIN],
      region: V1,
    };
  },
  updateMember: async (kit) => {
    const s = await kit.fresh('memberId');
    return {
      variables: { input: { id: s.memberId, idNumber: idNumber(kit), phone: phone(kit, '13912340005') } },
      caller: kit.world.actors[Role.VILLAGE_ADMIN],
      region: V1,
      targetId: s.memberId,
    };
  },
  removeMember: async (kit) => {
    const s = await kit.fresh('memberId');
    return {
      variables: { input: { memberId: s.memberId, reason: '迁出' } },
      caller: kit.world.actors[Role.VILLAGE_ADMIN],
      region: V1,
      targetId: s.memberId,
    };
  },
  admitHousehold: async (kit) => {
    const s = await kit.fresh('householdId');
    return {
      variables: { input: { householdId: s.householdId, admittedAt: '2020-01-01', note: '村民代表会议通过' } },
      caller: kit.world.actors[Role.TOWN_SUPERVISOR],
      region: V1,
      targetId: s.householdId,
    };
  },
  revealIdNumber: async (kit) => {
    const s = await kit.fresh('memberId');
    return {
      variables: { memberId: s.memberId, reason: '核对身份信息' },
      caller: kit.world.actors[Role.VILLAGE_ADMIN],
      region: V1,
      targetId: s.memberId,
    };
  },
  startHouseholdImport: async (kit) => {
    const admin = kit.world.actors[Role.VILLAGE_ADMIN];
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('户籍台账');
    sheet.addRow([...IMPORT_COLUMNS]);
    const head = idNumber(kit);
    const tel = phone(kit, '13912340006');
    sheet.addRow(['A1', '是', '导入户主', head, '', '', '户主', tel, '001', '导入路1号', '本地户籍', '', '是']);
    sheet.addRow(['A1', '否', '导入子女', idNumber(kit), '', '', '子女', '', '', '', '', '', '']);
    const fileId = await kit.upload(admin, Buffer.from(await wb.xlsx.writeBuffer()), 'households.xlsx');
    return { variables: { input: { fileId, villageCode: V1 } }, caller: admin, region: V1 };
  },
  createPointsScheme: async (kit) => ({
    variables: { input: { townCode: T1, year: POINTS_YEAR, changeReason: '年度方案' } },
    caller: kit.world.actors[Role.TOWN_SUPERVISOR],
    region: T1,
  }),
  adaptPointsScheme: async (kit) => ({
    variables: { input: { villageCode: V1, year: POINTS_YEAR, changeReason: '结合本村实际' } },
    caller: kit.world.actors[Role.VILLAGE_ADMIN],
    region: V1,
  }),
  updatePointsSchemeDraft: async (kit) => {
    const s = await kit.fresh('schemeDraftId');
    return {
      variables: { input: { id: s.schemeDraftId, removeItems: ['T05'], parameters: { objectionWindowDays: 15 } } },
      caller: kit.world.actors[Role.VILLAGE_ADMIN],
      region: V1,
      targetId: s.schemeDraftId,
    };
  },
  submitPointsScheme: async (kit) => {
    const s = await kit.fresh('schemeDraftId');
    return {
      variables: { id: s.schemeDraftId },
      caller: kit.world.actors[Role.VILLAGE_ADMIN],
      region: V1,
      targetId: s.schemeDraftId,
    };
  },
  approvePointsScheme: async (kit) => {
    const s = await kit.fresh('schemeSubmittedId');
    return {
      variables: { id: s.schemeSubmittedId },
      caller: kit.world.actors[Role.TOWN_SUPERVISOR],
      region: V1,
      targetId: s.schemeSubmittedId,
    };
  },
  rejectPointsScheme: async (kit) => {
    const s = await kit.fresh('schemeSubmittedId');
    return {
      variables: { id: s.schemeSubmittedId, reason: '分值设置不合理' },
      caller: kit.world.actors[Role.TOWN_SUPERVISOR],
      region: V1,
      targetId: s.schemeSubmittedId,
    };
  },
  recordPointsEntry: async (kit) => {
    const s = await kit.fresh('pointsHouseholdId');
    return {
      variables: {
        input: {
          householdId: s.pointsHouseholdId,
          memberId: s.pointsMemberId,
          itemCode: s.individualItemCode,
          points: 5,
          occurredOn: `${POINTS_YEAR}-03-01`,
          description: '参加志愿服务',
          channel: 'WECHAT',
          idempotencyKey: `audit-${randomBytes(4).toString('hex')}`,
        },
      },
      caller: kit.world.actors[Role.GRID_WORKER],
      region: V1,
    };
  },
  recordPointsEntries: async (kit) => {
    const a = await kit.fresh('pointsHouseholdId');
    const b = await kit.fresh('pointsHouseholdId');
    return {
      variables: {
        input: {
          householdIds: [a.pointsHouseholdId, b.pointsHouseholdId],
          itemCode: a.itemCode,
          points: 5,
          occurredOn: `${POINTS_YEAR}-03-01`,
          description: '参加村环境卫生整治日',
          channel: 'ON_SITE',
          idempotencyKey: `audit-${randomBytes(4).toString('hex')}`,
        },
      },
      caller: kit.world.actors[Role.VILLAGE_ADMIN],
      region: V1,
    };
  },
  reviewPointsEntries: async (kit) => {
    const s = await kit.fresh('entryId');
    return {
      variables: { input: { entryIds: [s.entryId], decision: 'REJECT', reason: '照片与事项不符' } },
      caller: kit.world.actors[Role.VILLAGE_REVIEWER],
      region: V1,
      targetId: s.entryId,
    };
  },
  approvePointsEntries: async (kit) => {
    const s = await kit.fresh('reviewedEntryId');
    return {
      variables: { input: { entryIds: [s.reviewedEntryId] } },
      caller: kit.world.actors[Role.TOWN_SUPERVISOR],
      region: V1,
      targetId: s.reviewedEntryId,
    };
  },
  reversePointsEntry: async (kit) => {
    const s = await kit.fresh('approvedEntryId');
    return {
      variables: { id: s.approvedEntryId, reason: '核实录入有误' },
      caller: kit.world.actors[Role.TOWN_SUPERVISOR],
      region: V1,
      targetId: s.approvedEntryId,
    };
  },
  publishPoints: async (kit) => {
    const s = await kit.fresh('publishYear');
    return {
      variables: { regionCode: V1, year: s.publishYear, fromMonth: 1 },
      caller: kit.world.actors[Role.VILLAGE_ADMIN],
      region: V1,
    };
  },
  fileBoardObjection: async (kit) => {
    const s = kit.world.inside;
    return {
      variables: {
        input: { publicationId: s.publicationId, cardNumber: s.cardNumber, phoneLast4: '8000', content: '漏记一次' },
      },
      caller: null,
      region: V1,
    };
  },
  recordPointsObjection: async (kit) => {
    const s = kit.world.inside;
    return {
      variables: { input: { publicationId: s.publicationId, householdId: s.householdId, content: '漏记一次' } },
      caller: kit.world.actors[Role.VILLAGE_ADMIN],
      region: V1,
    };
  },
  investigatePointsObjection: async (kit) => {
    const s = await kit.fresh('objectionId');
    return {
      variables: { id: s.objectionId, findings: '经核实确有漏记' },
      caller: kit.world.actors[Role.VILLAGE_REVIEWER],
      region: V1,
      targetId: s.objectionId,
    };
  },
  decidePointsObjection: async (kit) => {
    const s = await kit.fresh('investigatedObjectionId');
    return {
      variables: { id: s.investigatedObjectionId, decision: 'DISMISS', reason: '经核实不属实' },
      caller: kit.world.actors[Role.TOWN_SUPERVISOR],
      region: V1,
      targetId: s.investigatedObjectionId,
    };
  },
  addPointsListing: async (kit) => ({
    variables: {
      input: {
        householdId: kit.world.inside.householdId,
        kind: 'BLACK',
        title: '违反村规民约',
        fromDate: '2020-01-01',
      },
    },
    caller: kit.world.actors[Role.VILLAGE_ADMIN],
    region: V1,
  }),
  revokePointsListing: async (kit) => {
    const s = await kit.fresh('listingId');
    return {
      variables: { id: s.listingId, reason: '荣誉到期' },
      caller: kit.world.actors[Role.VILLAGE_ADMIN],
      region: V1,
      targetId: s.listingId,
    };
  },
  closePointsYear: async (kit) => {
    const s = await kit.fresh('closeYear');
    return {
      variables: { regionCode: V1, year: s.closeYear },
      caller: kit.world.actors[Role.TOWN_SUPERVISOR],
      region: V1,
    };
  },
  printHouseholdCards: async (kit) => {
    const s = await kit.fresh('householdId');
    return {
      variables: { input: { householdIds: [s.householdId] } },
      caller: kit.world.actors[Role.COUNTY_SUPERVISOR],
      region: V1,
    };
  },
  // the points shop
  recordFundEntry: async (kit) => ({
    variables: {
      input: {
        villageCode: V1,
        kind: 'DONATION',
        source: 'DONATION',
        amountYuan: 500,
        description: '爱心企业捐赠',
        occurredOn: '2020-01-01',
        clientKey: `audit-${randomBytes(6).toString('hex')}`,
      },
    },
    caller: kit.world.actors[Role.TOWN_SUPERVISOR],
    region: V1,
  }),
  reverseFundEntry: async (kit) => {
    const s = await kit.fresh('fundEntryId');
    return {
      variables: { id: s.fundEntryId, reason: '金额录错', clientKey: `audit-${randomBytes(6).toString('hex')}` },
      caller: kit.world.actors[Role.VILLAGE_ADMIN],
      region: V1,
    };
  },
  rateShopOperator: async (kit) => {
    const s = await kit.fresh('shopOperatorUserId');
    return {
      variables: {
        input: {
          shopId: s.shopId,
          operatorUserId: s.shopOperatorUserId,
          year: 2020,
          score: 5,
          comment: '服务热情周到',
        },
      },
      caller: kit.world.actors[Role.TOWN_SUPERVISOR],
      region: V1,
    };
  },
  createShop: async (kit) => ({
    variables: { input: { name: '二村积分超市', villageCodes: [V1], address: '村委会', personInCharge: '赵管理' } },
    caller: kit.world.actors[Role.VILLAGE_ADMIN],
    region: V1,
  }),
  updateShop: async (kit) => ({
    variables: {
      id: kit.world.inside.shopId,
      input: { name: '一村积分超市', villageCodes: [V1], address: '村委会一楼', personInCharge: '钱管理' },
    },
    caller: kit.world.actors[Role.VILLAGE_ADMIN],
    region: V1,
    targetId: kit.world.inside.shopId,
  }),
  bindShopOperator: async (kit) => {
    const s = await kit.fresh('shopOperatorUserId');
    return {
      variables: { shopId: s.shopId, userId: s.shopOperatorUserId },
      caller: kit.world.actors[Role.VILLAGE_ADMIN],
      region: V1,
      targetId: s.shopId,
    };
  },
  unbindShopOperator: async (kit) => ({
    variables: { shopId: kit.world.inside.shopId, userId: kit.world.inside.shopOperatorUserId },
    caller: kit.world.actors[Role.VILLAGE_ADMIN],
    region: V1,
    targetId: kit.world.inside.shopId,
  }),
  createGoods: async (kit) => ({
    variables: { input: { shopId: kit.world.inside.shopId, name: '肥皂', unit: '块', pointsPrice: 5, costYuan: 2.5 } },
    caller: kit.world.actors[Role.VILLAGE_ADMIN],
    region: V1,
  }),
  updateGoods: async (kit) => {
    const s = await kit.fresh('goodsId');
    return {
      variables: { input: { id: s.goodsId, name: '香皂', unit: '块', active: true, cashLike: false } },
      caller: kit.world.actors[Role.VILLAGE_ADMIN],
      region: V1,
      targetId: s.goodsId,
    };
  },
  changeGoodsPrice: async (kit) => {
    const s = await kit.fresh('goodsId');
    return {
      variables: { input: { goodsId: s.goodsId, pointsPrice: 2, costYuan: 1.5, reason: '进价上涨' } },
      caller: kit.world.actors[Role.TOWN_SUPERVISOR],
      region: V1,
      targetId: s.goodsId,
    };
  },
  recordStockIn: async (kit) => ({
    variables: {
      input: {
        goodsId: kit.world.inside.goodsId,
        quantity: 5,
        unitCostYuan: 2,
        supplier: '镇供销社',
        occurredOn: '2020-01-01',
        fundVillageCode: V1,
        fundSource: 'DONATION',
        clientKey: `audit-${randomBytes(6).toString('hex')}`,
      },
    },
    caller: kit.world.actors[Role.SHOP_OPERATOR],
    region: V1,
  }),
  recordStocktake: async (kit) => {
    const s = await kit.fresh('goodsId');
    return {
      variables: {
        input: {
          goodsId: s.goodsId,
          countedQuantity: 9990,
          reason: '破损',
          clientKey: `audit-${randomBytes(6).toString('hex')}`,
        },
      },
      caller: kit.world.actors[Role.VILLAGE_ADMIN],
      region: V1,
    };
  },
  redeemPoints: async (kit) => {
    const s = await kit.fresh('shopHouseholdId');
    return {
      variables: {
        input: {
          shopId: s.shopId,
          householdId: s.shopHouseholdId,
          lines: [{ goodsId: s.goodsId, quantity: 3 }],
          clientKey: `audit-${randomBytes(6).toString('hex')}`,
        },
      },
      caller: kit.world.actors[Role.SHOP_OPERATOR],
      region: V1,
    };
  },
  reverseRedemption: async (kit) => {
    const s = await kit.fresh('redemptionId');
    return {
      variables: { id: s.redemptionId, reason: '录错户', clientKey: `audit-${randomBytes(6).toString('hex')}` },
      caller: kit.world.actors[Role.VILLAGE_ADMIN],
      region: V1,
    };
  },
  createChecklistDraft: async (kit) => ({
    variables: { input: { regionCode: V1, listType: 'AUTONOMY', source: 'PUBLISHED' } },
    caller: kit.world.actors[Role.VILLAGE_ADMIN],
    region: V1,
  }),
  adoptChecklistTemplate: async (kit) => ({
    variables: { input: { villageCode: V1, listType: 'AUTONOMY' } },
    caller: kit.world.actors[Role.VILLAGE_ADMIN],
    region: V1,
  }),
  updateChecklistDraft: async (kit) => {
    const s = await kit.fresh('checklistDraftId');
    return {
      variables: { input: { id: s.checklistDraftId, changeReason: '结合本村实际调整' } },
      caller: kit.world.actors[Role.VILLAGE_ADMIN],
      region: V1,
      targetId: s.checklistDraftId,
    };
  },
  submitChecklist: async (kit) => {
    const s = await kit.fresh('checklistDraftId');
    return {
      variables: { id: s.checklistDraftId, changeReason: '结合本村实际调整', legalBasis: '《村民委员会组织法》' },
      caller: kit.world.actors[Role.VILLAGE_ADMIN],
      region: V1,
      targetId: s.checklistDraftId,
    };
  },
  publishChecklistTemplate: async (kit) => {
    const s = await kit.fresh('checklistTemplateDraftId');
    return {
      variables: { id: s.checklistTemplateDraftId },
      caller: kit.world.actors[Role.TOWN_SUPERVISOR],
      region: T1,
      targetId: s.checklistTemplateDraftId,
    };
  },
  approveChecklist: async (kit) => {
    const s = await kit.fresh('checklistSubmittedId');
    return {
      variables: { id: s.checklistSubmittedId },
      caller: kit.world.actors[Role.TOWN_SUPERVISOR],
      region: V1,
      targetId: s.checklistSubmittedId,
    };
  },
  rejectChecklist: async (kit) => {
    const s = await kit.fresh('checklistSubmittedId');
    return {
      variables: { id: s.checklistSubmittedId, reason: '缺少村民会议决议' },
      caller: kit.world.actors[Role.TOWN_SUPERVISOR],
      region: V1,
      targetId: s.checklistSubmittedId,
    };
  },
  openChecklistCase: async (kit) => {
    const s = await kit.fresh('memberId');
    return {
      variables: {
        input: {
          villageCode: V1,
          listType: 'AUTONOMY',
          itemCode: s.checklistItemCode,
          applicantKind: 'MEMBER',
          applicantMemberId: s.memberId,
          clientKey: `audit-${randomBytes(6).toString('hex')}`,
        },
      },
      caller: kit.world.actors[Role.VILLAGE_ADMIN],
      region: V1,
    };
  },
  actOnChecklistCase: async (kit) => {
    const s = await kit.fresh('checklistCaseId');
    return {
      variables: { input: { caseId: s.checklistCaseId, action: 'APPROVE', note: '材料齐全' } },
      caller: kit.world.actors[Role.VILLAGE_ADMIN],
      region: V1,
      targetId: s.checklistCaseId,
    };
  },
  checkChecklistRequest: async (kit) => ({
    variables: { input: { villageCode: V1, kind: 'CERTIFICATE', text: '开具无犯罪记录证明' } },
    caller: kit.world.actors[Role.VILLAGE_ADMIN],
    region: V1,
  }),
  issueChecklistCertificate: async (kit) => {
    const s = await kit.fresh('checklistApprovedCaseId');
    return {
      variables: { input: { caseId: s.checklistApprovedCaseId, purpose: '入党政审' } },
      caller: kit.world.actors[Role.VILLAGE_ADMIN],
      region: V1,
    };
  },
  revokeChecklistCertificate: async (kit) => {
    const s = await kit.fresh('checklistCertificateId');
    return {
      variables: { id: s.checklistCertificateId, reason: '证明事项有误' },
      caller: kit.world.actors[Role.VILLAGE_ADMIN],
      region: V1,
      targetId: s.checklistCertificateId,
    };
  },
  upsertChecklistDoNotIssue: async (kit) => ({
    variables: {
      input: {
        provinceCode: '150000000000',
        code: 'DNI-01',
        name: '无犯罪记录证明',
        basis: '民发〔2020〕20号',
        keywords: ['无犯罪'],
        exceptions: [],
      },
    },
    caller: kit.world.actors[Role.SYSTEM_ADMIN],
    region: '150000000000',
  }),
  recordChecklistInspection: async (kit) => ({
    variables: {
      input: {
        villageCode: V1,
        listType: 'AUTONOMY',
        inspectedOn: new Date().toISOString().slice(0, 10),
        summary: '例行检查本村清单执行情况',
        findings: [{ text: '清单未上墙', severity: 'MINOR' }],
        clientKey: `audit-${randomBytes(6).toString('hex')}`,
      },
    },
    caller: kit.world.actors[Role.OVERSIGHT],
    region: V1,
  }),
  addChecklistFinding: async (kit) => {
    const s = await kit.fresh('checklistInspectionId');
    return {
      variables: {
        input: { inspectionId: s.checklistInspectionId, finding: { text: '办理记录不全', severity: 'MAJOR' } },
      },
      caller: kit.world.actors[Role.OVERSIGHT],
      region: V1,
    };
  },
  actOnChecklistFinding: async (kit) => {
    const s = await kit.fresh('checklistFindingId');
    return {
      variables: { input: { findingId: s.checklistFindingId, action: 'CLOSE', note: '当场整改' } },
      caller: kit.world.actors[Role.OVERSIGHT],
      region: V1,
      targetId: s.checklistFindingId,
    };
  },
  recordChecklistRectification: async (kit) => {
    const s = await kit.fresh('checklistRequiredFindingId');
    return {
      variables: { input: { findingId: s.checklistRequiredFindingId, text: '已补齐办理记录', fileIds: [] } },
      caller: kit.world.actors[Role.VILLAGE_ADMIN],
      region: V1,
      targetId: s.checklistRequiredFindingId,
    };
  },
  setChecklistListType: async (kit) => ({
    variables: {
      input: {
        countyCode: TEST_REGIONS.county,
        code: 'MICRO_POWER',
        nameZh: '小微权力清单',
        nameEn: 'Small powers',
        order: 50,
        kind: 'GENERAL',
        enabled: true,
      },
    },
    caller: kit.world.actors[Role.COUNTY_SUPERVISOR],
    region: TEST_REGIONS.county,
  }),
  submitChecklistComplaint: async (kit) => ({
    variables: {
      input: {
        villageCode: V1,
        subject: '办事不公开',
        text: '村里办理证明的结果没有公开',
        contact: phone(kit, '13912345678'),
      },
    },
    caller: null,
    region: V1,
  }),
  handleChecklistComplaint: async (kit) => {
    const s = await kit.fresh('checklistComplaintId');
    return {
      variables: { input: { complaintId: s.checklistComplaintId, action: 'ACCEPT' } },
      caller: kit.world.actors[Role.OVERSIGHT],
      region: V1,
      targetId: s.checklistComplaintId,
    };
  },
};

interface AuditRow {
  id: string;
  actor_id: string | null;
  actor_name: string;
  actor_role: string | null;
  region_code: string;
  operation: string;
  target_type: string | null;
  target_id: string | null;
  summary: Record<string, unknown>;
  request_id: string;
}

/** A multipart/form-data body with one file. */
function multipart(name: string, data: Buffer): { payload: Buffer; contentType: string } {
  const boundary = `----xzaudit${randomUUID().replace(/-/g, '')}`;
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\n` +
        `Content-Type: application/octet-stream\r\n\r\n`,
    ),
    data,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, contentType: `multipart/form-data; boundary=${boundary}` };
}

const mutations = listOperations(allResolvers).filter((o) => o.kind === 'Mutation');

describe('S5 audit coverage', () => {
  let t: TestApp;
  let schema: SchemaMap;
  let kit: Kit;
  const uploads: Array<{ requestId: string; fileId: string; caller: Actor }> = [];

  /** A GraphQL call with its own request id (the audit rows of the request are found by it). */
  async function call(query: string, variables: Record<string, unknown>, requestId: string, token?: string) {
    const res = await t.app.inject({
      method: 'POST',
      url: '/graphql',
      headers: {
        'content-type': 'application/json',
        'x-request-id': requestId,
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      payload: JSON.stringify({ query, variables }),
    });
    return JSON.parse(res.body) as GqlResult;
  }
  const auditOf = (requestId: string): Promise<AuditRow[]> =>
    t.dataSource.query(`SELECT * FROM audit_log WHERE request_id = $1 ORDER BY id`, [requestId]);
  const nextRequestId = (name: string) => `s5-${name}-${randomBytes(6).toString('hex')}`;

  beforeAll(async () => {
    t = await createTestApp(SECURITY_MODULES);
    const world = await buildSecurityWorld(t.app);
    schema = await SchemaMap.load(t);
    const sessionUser = await seedUser(t.dataSource, {
      username: 'audit.session',
      password: world.password,
      role: Role.GRID_WORKER,
      regionCode: V1,
      gridCodes: [G1],
    });
    const secrets = new Set<string>([world.password, CREATED_PASSWORD, RESET_PASSWORD, CHANGED_PASSWORD]);
    kit = {
      t,
      world,
      sessionUser,
      secrets,
      fresh: (...fields) => world.fresh('inside', new Set(fields)),
      async signIn() {
        const res = await call(
          `mutation($input: LoginInput!) { login(input: $input) { accessToken refreshToken } }`,
          { input: { username: sessionUser.username, password: world.password } },
          nextRequestId('signin'),
        );
        const session = res.data?.['login'] as { accessToken: string; refreshToken: string } | undefined;
        if (!session) throw new Error(JSON.stringify(res.errors));
        secrets.add(session.accessToken);
        secrets.add(session.refreshToken);
        return session;
      },
      async upload(caller, data, name) {
        const requestId = nextRequestId('upload');
        const body = multipart(name, data);
        const res = await t.app.inject({
          method: 'POST',
          url: '/api/files',
          headers: {
            'content-type': body.contentType,
            authorization: `Bearer ${tokenFor(t.app, caller)}`,
            'x-request-id': requestId,
          },
          payload: body.payload,
        });
        if (res.statusCode >= 300) throw new Error(res.body);
        const fileId = (JSON.parse(res.body) as { id: string }).id;
        uploads.push({ requestId, fileId, caller });
        return fileId;
      },
    };
  });
  afterAll(async () => {
    await t?.app.get(HouseholdImportRunner).whenIdle();
    await t?.close();
  });

  it('has an entry for every mutation of the schema, and none for a mutation it lacks', () => {
    const names = schema
      .operations()
      .filter((o) => o.kind === 'mutation')
      .map((o) => o.name);
    expect(names.length).toBeGreaterThanOrEqual(18);
    expect(names.filter((n) => !MUTATIONS[n])).toEqual([]);
    expect(Object.keys(MUTATIONS).filter((n) => !names.includes(n))).toEqual([]);
  });

  it.each(mutations.map((o) => [o.name] as const))(
    '%s runs and is audited with caller, region, operation and target',
    async (name) => {
      const prepare = MUTATIONS[name];
      expect(prepare).toBeDefined(); // a new mutation needs an entry in MUTATIONS
      const p = await prepare(kit);
      const token = p.token ?? (p.caller ? tokenFor(t.app, p.caller) : undefined);
      const requestId = nextRequestId(name);
      const res = await call(schema.document(schema.operation(name)), p.variables, requestId, token);
      expect(res.errors).toBeUndefined();
      expect(res.data?.[name]).toBeTruthy();
      // whatever the answer carries that is secret (tokens, the revealed ID number) must stay out of the log
      const answer = res.data?.[name];
      if (name === 'revealIdNumber') kit.secrets.add(answer as string);
      if (name === 'login' || name === 'refreshSession') {
        const session = answer as { accessToken: string; refreshToken: string };
        kit.secrets.add(session.accessToken);
        kit.secrets.add(session.refreshToken);
      }

      const rows = (await auditOf(requestId)).filter((r) => r.operation === name);
      expect(rows.length).toBeGreaterThanOrEqual(1);
      for (const row of rows) {
        expect(row.actor_id).toBe(p.caller ? p.caller.userId : null);
        expect(row.actor_name).toBe(p.caller ? p.caller.username : 'anonymous');
        expect(row.region_code).toBe(p.region);
        expect(row.target_type).toBeTruthy();
        expect(row.target_id).toBeTruthy();
        if (p.targetId) expect(row.target_id).toBe(p.targetId);
        expect(row.summary).toEqual(expect.objectContaining({ args: expect.any(Object) }));
      }
    },
  );

  it('audits the upload through POST /api/files with the uploader and the region', async () => {
    expect(uploads.length).toBeGreaterThan(0);
    for (const u of uploads) {
      const rows = await auditOf(u.requestId);
      expect(rows).toEqual([
        expect.objectContaining({
          operation: 'uploadFile',
          actor_id: u.caller.userId,
          region_code: u.caller.regionCode,
          target_type: 'file',
          target_id: u.fileId,
        }),
      ]);
    }
  });

  it('keeps passwords, tokens, ID numbers and phone numbers out of every audit row', async () => {
    await t.app.get(HouseholdImportRunner).whenIdle(); // the import's own row too
    const rows: AuditRow[] = await t.dataSource.query(`SELECT * FROM audit_log ORDER BY id`);
    expect(rows.map((r) => r.operation)).toEqual(
      expect.arrayContaining([...Object.keys(MUTATIONS), 'householdImport']),
    );
    expect(kit.secrets.size).toBeGreaterThan(15);
    const text = JSON.stringify(rows);
    expect([...kit.secrets].filter((s) => text.includes(s))).toEqual([]);
    expect(rows.flatMap((r) => sensitiveMatches(r.summary).map((m) => `${r.operation}: ${m}`))).toEqual([]);
  });
});
