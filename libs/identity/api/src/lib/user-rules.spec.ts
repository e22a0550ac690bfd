import { Role } from '@xiangzhi/server/core';
import { IdentityErrorCode } from './identity.errors';
import {
  actorOf,
  escapeLike,
  gridCodesViolation,
  isValidUsername,
  maskPhone,
  normalizeUsername,
  regionSuitsRole,
} from './user-rules';

const VILLAGE = '150121100001';

describe('maskPhone', () => {
  it.each([
    ['13812345678', '138****5678'],
    ['+8613812345678', '+86****5678'],
    ['0471-6912345', '047****2345'],
    ['12345', '****'],
    ['', null],
    [null, null],
  ])('%j → %j', (phone, masked) => {
    expect(maskPhone(phone)).toBe(masked);
  });
});

describe('usernames', () => {
  it('are stored trimmed and in lower case', () => {
    expect(normalizeUsername('  Wang.Li ')).toBe('wang.li');
  });

  it.each([
    ['wangli', true],
    ['wang.li_01', true],
    ['13812345678', true],
    ['ab', false],
    ['-dash', false],
    ['has space', false],
    ['中文名', false],
    ['x'.repeat(65), false],
  ])('%s valid: %s', (username, valid) => {
    expect(isValidUsername(username)).toBe(valid);
  });
});

describe('regionSuitsRole', () => {
  it.each([
    [Role.COUNTY_SUPERVISOR, '150121000000', true],
    [Role.COUNTY_SUPERVISOR, '150121100000', false],
    [Role.TOWN_SUPERVISOR, '150121100000', true],
    [Role.TOWN_SUPERVISOR, VILLAGE, false],
    [Role.VILLAGE_ADMIN, VILLAGE, true],
    [Role.VILLAGE_ADMIN, '150121100000', false],
    [Role.GRID_WORKER, VILLAGE, true],
    [Role.GRID_WORKER, `${VILLAGE}001`, false],
    [Role.SHOP_OPERATOR, '150121100000', true],
    [Role.SYSTEM_ADMIN, '000000000000', true],
  ])('%s at %s: %s', (role, code, ok) => {
    expect(regionSuitsRole(role, code)).toBe(ok);
  });
});

describe('gridCodesViolation', () => {
  it.each([
    [Role.GRID_WORKER, [`${VILLAGE}001`, `${VILLAGE}002`], null],
    [Role.GRID_WORKER, [], IdentityErrorCode.GRID_CODES_REQUIRED],
    [Role.GRID_WORKER, ['150121100002001'], IdentityErrorCode.GRID_CODE_INVALID],
    [Role.GRID_WORKER, [VILLAGE], IdentityErrorCode.GRID_CODE_INVALID],
    [Role.GRID_WORKER, [`${VILLAGE}0a1`], IdentityErrorCode.GRID_CODE_INVALID],
    [Role.VILLAGE_ADMIN, [], null],
    [Role.VILLAGE_ADMIN, [`${VILLAGE}001`], IdentityErrorCode.GRID_CODES_NOT_ALLOWED],
  ])('%s with %j → %s', (role, grids, expected) => {
    expect(gridCodesViolation(role, VILLAGE, grids)).toBe(expected);
  });
});

describe('actorOf', () => {
  const base = { id: 'u1', username: 'u', displayName: 'U', gridCodes: [] as string[] };

  it('scopes most roles to the subtree of their region', () => {
    expect(actorOf({ ...base, role: Role.TOWN_SUPERVISOR, regionCode: '150121100000' }).scopePrefixes).toEqual([
      '150121100',
    ]);
    expect(actorOf({ ...base, role: Role.COUNTY_SUPERVISOR, regionCode: '150121000000' }).scopePrefixes).toEqual([
      '150121',
    ]);
  });

  it('scopes grid workers to their grids and system admins to everything', () => {
    const grids = [`${VILLAGE}001`, `${VILLAGE}002`, `${VILLAGE}001`];
    expect(actorOf({ ...base, role: Role.GRID_WORKER, regionCode: VILLAGE, gridCodes: grids }).scopePrefixes).toEqual([
      `${VILLAGE}001`,
      `${VILLAGE}002`,
    ]);
    expect(actorOf({ ...base, role: Role.SYSTEM_ADMIN, regionCode: '000000000000' }).scopePrefixes).toEqual(['']);
  });
});

describe('escapeLike', () => {
  it('escapes LIKE wildcards and the escape character', () => {
    expect(escapeLike('50%_a\\b')).toBe('50\\%\\_a\\\\b');
  });
});
