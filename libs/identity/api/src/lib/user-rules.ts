import { Actor, RegionLevel, Role, isRegionCode, regionLevel, scopePrefix } from '@xiangzhi/server/core';
import { IdentityErrorCode } from './identity.errors';

const USERNAME = /^[a-z0-9][a-z0-9._@-]{2,63}$/;

/** The stored form of a username (trimmed, lower case). */
export function normalizeUsername(username: string): string {
  return username.trim().toLowerCase();
}

/** Whether a normalized username is acceptable: 3–64 of a–z, 0–9, `.`, `_`, `@`, `-`, starting with a letter or digit. */
export function isValidUsername(username: string): boolean {
  return USERNAME.test(username);
}

/** `138****5678`: the first 3 and last 4 characters; short values are hidden entirely. */
export function maskPhone(phone: string | null | undefined): string | null {
  if (!phone) return null;
  const p = phone.trim();
  if (p.length < 8) return '****';
  return `${p.slice(0, 3)}****${p.slice(-4)}`;
}

/** The region levels a user of each role may be bound to. */
export const ROLE_REGION_LEVELS: Readonly<Record<Role, readonly RegionLevel[]>> = {
  [Role.SYSTEM_ADMIN]: ['PROVINCE', 'CITY', 'COUNTY', 'TOWN', 'VILLAGE'],
  [Role.COUNTY_SUPERVISOR]: ['CITY', 'COUNTY'],
  [Role.TOWN_SUPERVISOR]: ['TOWN'],
  [Role.VILLAGE_ADMIN]: ['VILLAGE'],
  [Role.VILLAGE_REVIEWER]: ['VILLAGE'],
  [Role.OVERSIGHT]: ['VILLAGE'],
  [Role.GRID_WORKER]: ['VILLAGE'],
  [Role.SHOP_OPERATOR]: ['TOWN', 'VILLAGE'],
};

/** Whether `regionCode` is a 12-digit region node of a level that suits `role`. */
export function regionSuitsRole(role: Role, regionCode: string): boolean {
  return /^\d{12}$/.test(regionCode) && ROLE_REGION_LEVELS[role].includes(regionLevel(regionCode));
}

/** The first rule the grid codes of a user break, or null. Only grid workers have grids, each under their village. */
export function gridCodesViolation(
  role: Role,
  regionCode: string,
  gridCodes: readonly string[],
): IdentityErrorCode | null {
  if (role !== Role.GRID_WORKER) return gridCodes.length ? IdentityErrorCode.GRID_CODES_NOT_ALLOWED : null;
  if (gridCodes.length === 0) return IdentityErrorCode.GRID_CODES_REQUIRED;
  const ok = gridCodes.every((g) => /^\d{15}$/.test(g) && isRegionCode(g) && g.startsWith(regionCode));
  return ok ? null : IdentityErrorCode.GRID_CODE_INVALID;
}

/** The fields of a user that decide what they may see. */
export interface ScopeSource {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  regionCode: string;
  gridCodes: readonly string[];
}

/** The actor a user signs in as: grid workers see their grids, system admins everything, others their subtree. */
export function actorOf(user: ScopeSource): Actor {
  let scopePrefixes: string[];
  if (user.role === Role.SYSTEM_ADMIN) scopePrefixes = [''];
  else if (user.role === Role.GRID_WORKER) scopePrefixes = [...new Set(user.gridCodes)];
  else scopePrefixes = [scopePrefix(user.regionCode)];
  return {
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    regionCode: user.regionCode,
    scopePrefixes,
  };
}

/** `%` and `_` taken literally in a LIKE pattern (escape character `\`). */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
