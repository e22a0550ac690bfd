import type { Role } from './generated/graphql';

/**
 * What an operation needs (mirror of the server's grant table, libs/server/core auth/roles.ts).
 * The web apps use it only to hide what a role cannot do; the server decides.
 */
export type Permission =
  | 'REGION_READ'
  | 'REGION_MANAGE'
  | 'GRID_MANAGE'
  | 'HOUSEHOLD_READ'
  | 'HOUSEHOLD_WRITE'
  | 'HOUSEHOLD_IMPORT'
  | 'HOUSEHOLD_ADMIT'
  | 'ID_NUMBER_REVEAL'
  | 'CARD_PRINT'
  | 'USER_READ'
  | 'USER_MANAGE'
  | 'AUDIT_READ'
  | 'FILE_UPLOAD'
  | 'FILE_READ'
  | 'POINTS_SCHEME_MANAGE'
  | 'POINTS_SCHEME_ADAPT'
  | 'POINTS_SCHEME_EDIT'
  | 'POINTS_READ'
  | 'POINTS_RECORD'
  | 'POINTS_REVIEW'
  | 'POINTS_APPROVE'
  | 'POINTS_PUBLISH'
  | 'POINTS_LIST_MANAGE'
  | 'POINTS_YEAR_CLOSE'
  | 'SHOP_READ'
  | 'SHOP_MANAGE'
  | 'SHOP_STOCK'
  | 'SHOP_REDEEM'
  | 'SHOP_REVERSE'
  | 'SHOP_RATE'
  | 'FUNDS_MANAGE'
  | 'CHECKLIST_READ'
  | 'CHECKLIST_EDIT'
  | 'CHECKLIST_MANAGE'
  | 'CHECKLIST_CASE'
  | 'CHECKLIST_CERTIFY'
  | 'CHECKLIST_OVERSIGHT'
  | 'SELF';

/** Every role, in the order the UI lists them. */
export const ROLES: readonly Role[] = [
  'SYSTEM_ADMIN',
  'COUNTY_SUPERVISOR',
  'TOWN_SUPERVISOR',
  'VILLAGE_ADMIN',
  'VILLAGE_REVIEWER',
  'OVERSIGHT',
  'GRID_WORKER',
  'SHOP_OPERATOR',
];

const READ_VILLAGE: readonly Permission[] = ['REGION_READ', 'HOUSEHOLD_READ', 'FILE_READ', 'SELF'];
const ALL: readonly Permission[] = [
  'REGION_READ',
  'REGION_MANAGE',
  'GRID_MANAGE',
  'HOUSEHOLD_READ',
  'HOUSEHOLD_WRITE',
  'HOUSEHOLD_IMPORT',
  'HOUSEHOLD_ADMIT',
  'ID_NUMBER_REVEAL',
  'CARD_PRINT',
  'USER_READ',
  'USER_MANAGE',
  'AUDIT_READ',
  'FILE_UPLOAD',
  'FILE_READ',
  'POINTS_SCHEME_MANAGE',
  'POINTS_SCHEME_ADAPT',
  'POINTS_SCHEME_EDIT',
  'POINTS_READ',
  'POINTS_RECORD',
  'POINTS_REVIEW',
  'POINTS_APPROVE',
  'POINTS_PUBLISH',
  'POINTS_LIST_MANAGE',
  'POINTS_YEAR_CLOSE',
  'SHOP_READ',
  'SHOP_MANAGE',
  'SHOP_STOCK',
  'SHOP_REDEEM',
  'SHOP_REVERSE',
  'SHOP_RATE',
  'FUNDS_MANAGE',
  'CHECKLIST_READ',
  'CHECKLIST_EDIT',
  'CHECKLIST_MANAGE',
  'CHECKLIST_CASE',
  'CHECKLIST_CERTIFY',
  'CHECKLIST_OVERSIGHT',
  'SELF',
];

const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  SYSTEM_ADMIN: ALL,
  COUNTY_SUPERVISOR: [
    ...READ_VILLAGE,
    'USER_READ',
    'USER_MANAGE',
    'AUDIT_READ',
    'REGION_MANAGE',
    'CARD_PRINT',
    'POINTS_READ',
    'SHOP_READ',
    'CHECKLIST_READ',
    'CHECKLIST_CASE',
    'CHECKLIST_OVERSIGHT',
  ],
  TOWN_SUPERVISOR: [
    ...READ_VILLAGE,
    'USER_READ',
    'USER_MANAGE',
    'AUDIT_READ',
    'HOUSEHOLD_ADMIT',
    'CARD_PRINT',
    'POINTS_READ',
    'POINTS_SCHEME_MANAGE',
    'POINTS_SCHEME_EDIT',
    'POINTS_APPROVE',
    'POINTS_PUBLISH',
    'POINTS_LIST_MANAGE',
    'POINTS_YEAR_CLOSE',
    'SHOP_READ',
    'SHOP_MANAGE',
    'SHOP_REVERSE',
    'SHOP_RATE',
    'FUNDS_MANAGE',
    'CHECKLIST_READ',
    'CHECKLIST_EDIT',
    'CHECKLIST_MANAGE',
    'CHECKLIST_CASE',
    'CHECKLIST_CERTIFY',
    'CHECKLIST_OVERSIGHT',
  ],
  VILLAGE_ADMIN: [
    ...READ_VILLAGE,
    'HOUSEHOLD_WRITE',
    'HOUSEHOLD_IMPORT',
    'HOUSEHOLD_ADMIT',
    'ID_NUMBER_REVEAL',
    'CARD_PRINT',
    'GRID_MANAGE',
    'USER_READ',
    'USER_MANAGE',
    'FILE_UPLOAD',
    'AUDIT_READ',
    'POINTS_READ',
    'POINTS_SCHEME_ADAPT',
    'POINTS_SCHEME_EDIT',
    'POINTS_RECORD',
    'POINTS_PUBLISH',
    'POINTS_LIST_MANAGE',
    'SHOP_READ',
    'SHOP_MANAGE',
    'SHOP_STOCK',
    'SHOP_REDEEM',
    'SHOP_REVERSE',
    'FUNDS_MANAGE',
    'CHECKLIST_READ',
    'CHECKLIST_EDIT',
    'CHECKLIST_CASE',
    'CHECKLIST_CERTIFY',
  ],
  VILLAGE_REVIEWER: [...READ_VILLAGE, 'POINTS_READ', 'POINTS_REVIEW', 'SHOP_READ', 'CHECKLIST_READ', 'CHECKLIST_CASE'],
  OVERSIGHT: [
    ...READ_VILLAGE,
    'AUDIT_READ',
    'USER_READ',
    'POINTS_READ',
    'SHOP_READ',
    'CHECKLIST_READ',
    'CHECKLIST_CASE',
    'CHECKLIST_OVERSIGHT',
  ],
  GRID_WORKER: [...READ_VILLAGE, 'FILE_UPLOAD', 'POINTS_READ', 'POINTS_RECORD'],
  SHOP_OPERATOR: ['REGION_READ', 'HOUSEHOLD_READ', 'SHOP_READ', 'SHOP_STOCK', 'SHOP_REDEEM', 'SELF'],
};

const MANAGEABLE_ROLES: Readonly<Record<Role, readonly Role[]>> = {
  SYSTEM_ADMIN: ROLES,
  COUNTY_SUPERVISOR: ROLES.filter((r) => r !== 'SYSTEM_ADMIN'),
  TOWN_SUPERVISOR: ['VILLAGE_ADMIN', 'VILLAGE_REVIEWER', 'OVERSIGHT', 'GRID_WORKER', 'SHOP_OPERATOR'],
  VILLAGE_ADMIN: ['VILLAGE_REVIEWER', 'GRID_WORKER', 'SHOP_OPERATOR'],
  VILLAGE_REVIEWER: [],
  OVERSIGHT: [],
  GRID_WORKER: [],
  SHOP_OPERATOR: [],
};

/** Whether `role` holds `permission` (within its region scope). */
export function roleHas(role: Role | null | undefined, permission: Permission): boolean {
  return role ? ROLE_PERMISSIONS[role].includes(permission) : false;
}

/** The roles a user of `role` may create or manage. */
export function manageableRoles(role: Role | null | undefined): readonly Role[] {
  return role ? MANAGEABLE_ROLES[role] : [];
}
