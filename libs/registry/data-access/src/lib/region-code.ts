import type { RegionLevel } from './generated/graphql';

/**
 * Region codes are 12-digit statistical division codes (2-2-2-3-3); grids extend their village code by 3 digits.
 * The level can be read from the code, which the public API does not send.
 */
export function regionLevelOf(code: string): RegionLevel {
  if (code.length === 15) return 'GRID';
  if (code.slice(9, 12) !== '000') return 'VILLAGE';
  if (code.slice(6, 9) !== '000') return 'TOWN';
  if (code.slice(4, 6) !== '00') return 'COUNTY';
  if (code.slice(2, 4) !== '00') return 'CITY';
  return 'PROVINCE';
}

/** Whether `code` lies in the subtree of `ancestor` (same code or a longer one that starts with its prefix). */
export function isWithinRegion(ancestor: string, code: string): boolean {
  const prefixLength: Record<RegionLevel, number> = { PROVINCE: 2, CITY: 4, COUNTY: 6, TOWN: 9, VILLAGE: 12, GRID: 15 };
  return code.startsWith(ancestor.slice(0, prefixLength[regionLevelOf(ancestor)]));
}
