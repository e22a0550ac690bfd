import { MANAGEABLE_ROLES, Permission, ROLE_PERMISSIONS, Role, roleHas } from './roles';

const ROLES = Object.values(Role);
const PERMISSIONS = Object.values(Permission);
const holders = (p: Permission) => ROLES.filter((r) => roleHas(r, p)).sort();

/** Permissions that change data or reveal personal data. */
const WRITES = [
  Permission.REGION_MANAGE,
  Permission.GRID_MANAGE,
  Permission.HOUSEHOLD_WRITE,
  Permission.HOUSEHOLD_IMPORT,
  Permission.HOUSEHOLD_ADMIT,
  Permission.ID_NUMBER_REVEAL,
  Permission.USER_MANAGE,
  Permission.FILE_UPLOAD,
];

describe('the grant table', () => {
  it('covers every role', () => {
    expect(Object.keys(ROLE_PERMISSIONS).sort()).toEqual([...ROLES].sort());
    expect(Object.keys(MANAGEABLE_ROLES).sort()).toEqual([...ROLES].sort());
  });

  it.each(ROLES)('%s may act on its own account (SELF) and lists no permission twice', (role) => {
    expect(roleHas(role, Permission.SELF)).toBe(true);
    expect(new Set(ROLE_PERMISSIONS[role]).size).toBe(ROLE_PERMISSIONS[role].length);
  });

  it('gives the system administrator every permission', () => {
    expect([...ROLE_PERMISSIONS[Role.SYSTEM_ADMIN]].sort()).toEqual([...PERMISSIONS].sort());
  });

  it('lets everyone read regions', () => {
    expect(holders(Permission.REGION_READ)).toEqual([...ROLES].sort());
  });

  it('keeps region management with the system administrator and the county', () => {
    expect(holders(Permission.REGION_MANAGE)).toEqual([Role.COUNTY_SUPERVISOR, Role.SYSTEM_ADMIN].sort());
  });

  it('keeps ID-number reveal, household writes and imports with the village administrator (and the system)', () => {
    for (const p of [
      Permission.ID_NUMBER_REVEAL,
      Permission.HOUSEHOLD_WRITE,
      Permission.HOUSEHOLD_IMPORT,
      Permission.GRID_MANAGE,
    ]) {
      expect(holders(p)).toEqual([Role.SYSTEM_ADMIN, Role.VILLAGE_ADMIN].sort());
    }
  });

  it('lets only village administrators and grid workers (and the system) upload files', () => {
    expect(holders(Permission.FILE_UPLOAD)).toEqual([Role.GRID_WORKER, Role.SYSTEM_ADMIN, Role.VILLAGE_ADMIN].sort());
  });

  it('keeps the reviewer and the oversight committee read-only', () => {
    for (const role of [Role.VILLAGE_REVIEWER, Role.OVERSIGHT]) {
      expect(WRITES.filter((p) => roleHas(role, p))).toEqual([]);
    }
  });

  it('gives the shop operator no audit, user or file access', () => {
    for (const p of [
      Permission.AUDIT_READ,
      Permission.USER_READ,
      Permission.USER_MANAGE,
      Permission.FILE_READ,
      Permission.FILE_UPLOAD,
    ]) {
      expect(roleHas(Role.SHOP_OPERATOR, p)).toBe(false);
    }
  });
});

describe('the grant table of the points shop', () => {
  it('lets the operator and the village administrator (and the system) redeem and keep stock', () => {
    for (const p of [Permission.SHOP_REDEEM, Permission.SHOP_STOCK]) {
      expect(holders(p)).toEqual([Role.SHOP_OPERATOR, Role.SYSTEM_ADMIN, Role.VILLAGE_ADMIN].sort());
    }
  });

  it('leaves reversals, ratings and town allocations to staff, never to the operator', () => {
    expect(holders(Permission.SHOP_REVERSE)).toEqual(
      [Role.SYSTEM_ADMIN, Role.TOWN_SUPERVISOR, Role.VILLAGE_ADMIN].sort(),
    );
    expect(holders(Permission.SHOP_RATE)).toEqual([Role.SYSTEM_ADMIN, Role.TOWN_SUPERVISOR].sort());
    expect(holders(Permission.FUNDS_MANAGE)).toEqual(
      [Role.SYSTEM_ADMIN, Role.TOWN_SUPERVISOR, Role.VILLAGE_ADMIN].sort(),
    );
  });
});

describe('the grant table of the checklist system', () => {
  it('lets the staff of village committees and above read the lists, cases and inspections', () => {
    expect(holders(Permission.CHECKLIST_READ)).toEqual(
      ROLES.filter((r) => r !== Role.SHOP_OPERATOR && r !== Role.GRID_WORKER).sort(),
    );
  });

  it('leaves drafting to the village administrator and the town, decisions to the town', () => {
    expect(holders(Permission.CHECKLIST_EDIT)).toEqual(
      [Role.SYSTEM_ADMIN, Role.TOWN_SUPERVISOR, Role.VILLAGE_ADMIN].sort(),
    );
    expect(holders(Permission.CHECKLIST_MANAGE)).toEqual([Role.SYSTEM_ADMIN, Role.TOWN_SUPERVISOR].sort());
    expect(holders(Permission.CHECKLIST_CERTIFY)).toEqual(
      [Role.SYSTEM_ADMIN, Role.TOWN_SUPERVISOR, Role.VILLAGE_ADMIN].sort(),
    );
  });

  it('gives cases to the roles that act on flow steps and oversight to the committee and those above', () => {
    expect(holders(Permission.CHECKLIST_CASE)).toEqual(
      [
        Role.COUNTY_SUPERVISOR,
        Role.OVERSIGHT,
        Role.SYSTEM_ADMIN,
        Role.TOWN_SUPERVISOR,
        Role.VILLAGE_ADMIN,
        Role.VILLAGE_REVIEWER,
      ].sort(),
    );
    expect(holders(Permission.CHECKLIST_PROVINCE_MANAGE)).toEqual([Role.SYSTEM_ADMIN]);
    expect(holders(Permission.CHECKLIST_LIST_TYPES_MANAGE)).toEqual([Role.COUNTY_SUPERVISOR, Role.SYSTEM_ADMIN].sort());
    expect(holders(Permission.CHECKLIST_OVERSIGHT)).toEqual(
      [Role.COUNTY_SUPERVISOR, Role.OVERSIGHT, Role.SYSTEM_ADMIN, Role.TOWN_SUPERVISOR].sort(),
    );
  });
});

describe('manageable roles', () => {
  it('lets only the system administrator create system administrators', () => {
    expect(ROLES.filter((r) => MANAGEABLE_ROLES[r].includes(Role.SYSTEM_ADMIN))).toEqual([Role.SYSTEM_ADMIN]);
  });

  it.each(ROLES)('%s manages users only if it holds USER_MANAGE', (role) => {
    expect(MANAGEABLE_ROLES[role].length > 0).toBe(roleHas(role, Permission.USER_MANAGE));
  });

  it('lets nobody below the county create a supervisor of its own level or above', () => {
    expect(MANAGEABLE_ROLES[Role.TOWN_SUPERVISOR]).not.toContain(Role.TOWN_SUPERVISOR);
    expect(MANAGEABLE_ROLES[Role.TOWN_SUPERVISOR]).not.toContain(Role.COUNTY_SUPERVISOR);
    expect(MANAGEABLE_ROLES[Role.VILLAGE_ADMIN]).not.toContain(Role.VILLAGE_ADMIN);
    expect(MANAGEABLE_ROLES[Role.VILLAGE_ADMIN]).not.toContain(Role.OVERSIGHT); // the committee that watches the village admins
  });
});
