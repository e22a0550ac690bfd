import { manageableRoles, roleHas, ROLES } from './permissions';

describe('permissions (mirror of the server grant table)', () => {
  it('gives the system administrator everything', () => {
    expect(roleHas('SYSTEM_ADMIN', 'ID_NUMBER_REVEAL')).toBe(true);
    expect(manageableRoles('SYSTEM_ADMIN')).toEqual(ROLES);
  });

  it.each([
    ['VILLAGE_ADMIN', 'HOUSEHOLD_IMPORT', true],
    ['VILLAGE_ADMIN', 'ID_NUMBER_REVEAL', true],
    ['TOWN_SUPERVISOR', 'HOUSEHOLD_WRITE', false],
    ['TOWN_SUPERVISOR', 'HOUSEHOLD_ADMIT', true],
    ['GRID_WORKER', 'HOUSEHOLD_READ', true],
    ['GRID_WORKER', 'ID_NUMBER_REVEAL', false],
    ['OVERSIGHT', 'USER_READ', true],
    ['OVERSIGHT', 'USER_MANAGE', false],
    ['SHOP_OPERATOR', 'FILE_READ', false],
  ] as const)('%s has %s: %s', (role, permission, expected) => {
    expect(roleHas(role, permission)).toBe(expected);
  });

  it('limits the roles a manager may give', () => {
    expect(manageableRoles('VILLAGE_ADMIN')).toEqual(['VILLAGE_REVIEWER', 'GRID_WORKER', 'SHOP_OPERATOR']);
    expect(manageableRoles('COUNTY_SUPERVISOR')).not.toContain('SYSTEM_ADMIN');
    expect(manageableRoles('GRID_WORKER')).toEqual([]);
    expect(manageableRoles(null)).toEqual([]);
    expect(roleHas(null, 'SELF')).toBe(false);
  });
});
