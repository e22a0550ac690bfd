import { registerEnumType } from '@nestjs/graphql';

/** Roles of DOMAIN.md §1. */
export enum Role {
  SYSTEM_ADMIN = 'SYSTEM_ADMIN',
  COUNTY_SUPERVISOR = 'COUNTY_SUPERVISOR',
  TOWN_SUPERVISOR = 'TOWN_SUPERVISOR',
  VILLAGE_ADMIN = 'VILLAGE_ADMIN',
  VILLAGE_REVIEWER = 'VILLAGE_REVIEWER',
  OVERSIGHT = 'OVERSIGHT',
  GRID_WORKER = 'GRID_WORKER',
  SHOP_OPERATOR = 'SHOP_OPERATOR',
}
registerEnumType(Role, { name: 'Role' });

/** What an operation needs. Every query and mutation declares one (or is public). */
export enum Permission {
  REGION_READ = 'REGION_READ',
  REGION_MANAGE = 'REGION_MANAGE',
  GRID_MANAGE = 'GRID_MANAGE',
  HOUSEHOLD_READ = 'HOUSEHOLD_READ',
  HOUSEHOLD_WRITE = 'HOUSEHOLD_WRITE',
  HOUSEHOLD_IMPORT = 'HOUSEHOLD_IMPORT',
  HOUSEHOLD_ADMIT = 'HOUSEHOLD_ADMIT',
  ID_NUMBER_REVEAL = 'ID_NUMBER_REVEAL',
  CARD_PRINT = 'CARD_PRINT',
  USER_READ = 'USER_READ',
  USER_MANAGE = 'USER_MANAGE',
  AUDIT_READ = 'AUDIT_READ',
  FILE_UPLOAD = 'FILE_UPLOAD',
  FILE_READ = 'FILE_READ',
  /** Create town scheme versions, approve or reject town versions and village adaptations (town approval group). */
  POINTS_SCHEME_MANAGE = 'POINTS_SCHEME_MANAGE',
  /** Adapt the town's scheme for a village (village points administrator). */
  POINTS_SCHEME_ADAPT = 'POINTS_SCHEME_ADAPT',
  /** Edit and submit a draft scheme version within one's region (town or village). */
  POINTS_SCHEME_EDIT = 'POINTS_SCHEME_EDIT',
  /** See schemes, entries, standings and rankings of one's region. */
  POINTS_READ = 'POINTS_READ',
  /** Record entries (village points administrator, grid worker). */
  POINTS_RECORD = 'POINTS_RECORD',
  /** Review the month's entries (village review group). */
  POINTS_REVIEW = 'POINTS_REVIEW',
  /** Approve reviewed entries of the town's villages and reverse entries (town approval group). */
  POINTS_APPROVE = 'POINTS_APPROVE',
  /** Publish a village's quarterly board (village points administrator, town). */
  POINTS_PUBLISH = 'POINTS_PUBLISH',
  /** Put households on the red or black list and take them off (village points administrator, town). */
  POINTS_LIST_MANAGE = 'POINTS_LIST_MANAGE',
  /** Close a year for the villages of a town (town approval group). */
  POINTS_YEAR_CLOSE = 'POINTS_YEAR_CLOSE',
  /** See shops, goods, stock, the issue ledger, funds and exchange rounds of one's region. */
  SHOP_READ = 'SHOP_READ',
  /** Set up shops, their 六有 record, goods and prices, and bind operators (village administrator, town). */
  SHOP_MANAGE = 'SHOP_MANAGE',
  /** Record stock-in and stocktakes (village administrator, shop operator). */
  SHOP_STOCK = 'SHOP_STOCK',
  /** Redeem points for goods (shop operator, village administrator). */
  SHOP_REDEEM = 'SHOP_REDEEM',
  /** Reverse a mistaken redemption (village administrator, town). */
  SHOP_REVERSE = 'SHOP_REVERSE',
  /** Rate a shop operator's service quality and award points (town, 004). */
  SHOP_RATE = 'SHOP_RATE',
  /** Record allocations, donations, income and spending in a village's funds ledger (village administrator, town). */
  FUNDS_MANAGE = 'FUNDS_MANAGE',
  /** See the lists, their versions and flow charts, cases and certificates of one's region. */
  CHECKLIST_READ = 'CHECKLIST_READ',
  /** Draft a region's lists: a town's templates, a village's adoption and adaptation; submit them. */
  CHECKLIST_EDIT = 'CHECKLIST_EDIT',
  /** Publish town templates and approve or reject villages' lists; edit the do-not-issue list (town). */
  CHECKLIST_MANAGE = 'CHECKLIST_MANAGE',
  /** Open cases for list items and act on the steps of one's role (staff of the village and the town). */
  CHECKLIST_CASE = 'CHECKLIST_CASE',
  /** Issue and revoke certificates of CERTIFICATE items (village administrator, town). */
  CHECKLIST_CERTIFY = 'CHECKLIST_CERTIFY',
  /** Inspections, findings and rectifications; complaints; the oversight view (oversight committee, town, county). */
  CHECKLIST_OVERSIGHT = 'CHECKLIST_OVERSIGHT',
  /** Add a county's own list types, rename, reorder or switch off the four (county supervisor). */
  CHECKLIST_LIST_TYPES_MANAGE = 'CHECKLIST_LIST_TYPES_MANAGE',
  /** Edit a province's do-not-issue list (provinces are above every county: the system administrator). */
  CHECKLIST_PROVINCE_MANAGE = 'CHECKLIST_PROVINCE_MANAGE',
  /** Any signed-in user acting on their own account (profile, password). */
  SELF = 'SELF',
}
registerEnumType(Permission, { name: 'Permission' });

const P = Permission;
const READ_VILLAGE = [P.REGION_READ, P.HOUSEHOLD_READ, P.FILE_READ, P.SELF];

/** The grant table: which role may do what (within its region scope). */
export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  [Role.SYSTEM_ADMIN]: Object.values(Permission),
  [Role.COUNTY_SUPERVISOR]: [
    ...READ_VILLAGE,
    P.USER_READ,
    P.USER_MANAGE,
    P.AUDIT_READ,
    P.REGION_MANAGE,
    P.CARD_PRINT,
    P.POINTS_READ,
    P.SHOP_READ,
    P.CHECKLIST_READ,
    P.CHECKLIST_CASE,
    P.CHECKLIST_OVERSIGHT,
    P.CHECKLIST_LIST_TYPES_MANAGE,
  ],
  [Role.TOWN_SUPERVISOR]: [
    ...READ_VILLAGE,
    P.USER_READ,
    P.USER_MANAGE,
    P.AUDIT_READ,
    P.HOUSEHOLD_ADMIT,
    P.CARD_PRINT,
    P.POINTS_READ,
    P.POINTS_SCHEME_MANAGE,
    P.POINTS_SCHEME_EDIT,
    P.POINTS_APPROVE,
    P.POINTS_PUBLISH,
    P.POINTS_LIST_MANAGE,
    P.POINTS_YEAR_CLOSE,
    P.SHOP_READ,
    P.SHOP_MANAGE,
    P.SHOP_REVERSE,
    P.SHOP_RATE,
    P.FUNDS_MANAGE,
    P.CHECKLIST_READ,
    P.CHECKLIST_EDIT,
    P.CHECKLIST_MANAGE,
    P.CHECKLIST_CASE,
    P.CHECKLIST_CERTIFY,
    P.CHECKLIST_OVERSIGHT,
  ],
  [Role.VILLAGE_ADMIN]: [
    ...READ_VILLAGE,
    P.HOUSEHOLD_WRITE,
    P.HOUSEHOLD_IMPORT,
    P.HOUSEHOLD_ADMIT,
    P.ID_NUMBER_REVEAL,
    P.CARD_PRINT,
    P.GRID_MANAGE,
    P.USER_READ,
    P.USER_MANAGE,
    P.FILE_UPLOAD,
    P.AUDIT_READ,
    P.POINTS_READ,
    P.POINTS_SCHEME_ADAPT,
    P.POINTS_SCHEME_EDIT,
    P.POINTS_RECORD,
    P.POINTS_PUBLISH,
    P.POINTS_LIST_MANAGE,
    P.SHOP_READ,
    P.SHOP_MANAGE,
    P.SHOP_STOCK,
    P.SHOP_REDEEM,
    P.SHOP_REVERSE,
    P.FUNDS_MANAGE,
    P.CHECKLIST_READ,
    P.CHECKLIST_EDIT,
    P.CHECKLIST_CASE,
    P.CHECKLIST_CERTIFY,
  ],
  [Role.VILLAGE_REVIEWER]: [
    ...READ_VILLAGE,
    P.POINTS_READ,
    P.POINTS_REVIEW,
    P.SHOP_READ,
    P.CHECKLIST_READ,
    P.CHECKLIST_CASE,
  ],
  [Role.OVERSIGHT]: [
    ...READ_VILLAGE,
    P.AUDIT_READ,
    P.USER_READ,
    P.POINTS_READ,
    P.SHOP_READ,
    P.CHECKLIST_READ,
    P.CHECKLIST_CASE,
    P.CHECKLIST_OVERSIGHT,
  ],
  // the lists are on the portal for everyone; cases, refusals and inspections are the village committee's
  [Role.GRID_WORKER]: [...READ_VILLAGE, P.FILE_UPLOAD, P.POINTS_READ, P.POINTS_RECORD],
  // no file access: receipt photos of a stock-in are uploaded by the village administrator
  [Role.SHOP_OPERATOR]: [P.REGION_READ, P.HOUSEHOLD_READ, P.SHOP_READ, P.SHOP_STOCK, P.SHOP_REDEEM, P.SELF],
};

/** Roles a user of `role` may create or manage (always within the manager's scope). */
export const MANAGEABLE_ROLES: Readonly<Record<Role, readonly Role[]>> = {
  [Role.SYSTEM_ADMIN]: Object.values(Role),
  [Role.COUNTY_SUPERVISOR]: [
    Role.COUNTY_SUPERVISOR,
    Role.TOWN_SUPERVISOR,
    Role.VILLAGE_ADMIN,
    Role.VILLAGE_REVIEWER,
    Role.OVERSIGHT,
    Role.GRID_WORKER,
    Role.SHOP_OPERATOR,
  ],
  [Role.TOWN_SUPERVISOR]: [
    Role.VILLAGE_ADMIN,
    Role.VILLAGE_REVIEWER,
    Role.OVERSIGHT,
    Role.GRID_WORKER,
    Role.SHOP_OPERATOR,
  ],
  [Role.VILLAGE_ADMIN]: [Role.VILLAGE_REVIEWER, Role.GRID_WORKER, Role.SHOP_OPERATOR],
  [Role.VILLAGE_REVIEWER]: [],
  [Role.OVERSIGHT]: [],
  [Role.GRID_WORKER]: [],
  [Role.SHOP_OPERATOR]: [],
};

export function roleHas(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}
