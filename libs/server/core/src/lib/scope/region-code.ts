/**
 * Region codes: 12-digit statistical division codes (2-2-2-3-3: province, city, county, town, village).
 * Grids extend their village's code with 3 more digits (15 digits). A subtree is a code prefix.
 */
export type RegionLevel = 'PROVINCE' | 'CITY' | 'COUNTY' | 'TOWN' | 'VILLAGE' | 'GRID';

const REGION_CODE = /^\d{12}(\d{3})?$/;

export function isRegionCode(code: string): boolean {
  return REGION_CODE.test(code);
}

/** The level of a code, read from which parts are non-zero. */
export function regionLevel(code: string): RegionLevel {
  if (code.length === 15) return 'GRID';
  if (code.slice(9) !== '000') return 'VILLAGE';
  if (code.slice(6, 9) !== '000') return 'TOWN';
  if (code.slice(4, 6) !== '00') return 'COUNTY';
  if (code.slice(2, 4) !== '00') return 'CITY';
  return 'PROVINCE';
}

const PREFIX_LENGTH: Record<RegionLevel, number> = { PROVINCE: 2, CITY: 4, COUNTY: 6, TOWN: 9, VILLAGE: 12, GRID: 15 };

/** The prefix that every code in the subtree of `code` starts with. */
export function scopePrefix(code: string): string {
  return code.slice(0, PREFIX_LENGTH[regionLevel(code)]);
}

/** The county code (6 digits, zero-padded to 12) that a code belongs to; '' above county level. */
export function countyCodeOf(code: string): string {
  const level = regionLevel(code);
  if (level === 'PROVINCE' || level === 'CITY') return '';
  return code.slice(0, 6) + '000000';
}

/** The parent node's code, or null for a province. */
export function parentCode(code: string): string | null {
  switch (regionLevel(code)) {
    case 'GRID':
      return code.slice(0, 12);
    case 'VILLAGE':
      return code.slice(0, 9) + '000';
    case 'TOWN':
      return code.slice(0, 6) + '000000';
    case 'COUNTY':
      return code.slice(0, 4) + '00000000';
    case 'CITY':
      return code.slice(0, 2) + '0000000000';
    default:
      return null;
  }
}

/** Whether `code` lies within any of the scope prefixes. */
export function withinScope(prefixes: readonly string[], code: string): boolean {
  return prefixes.some((p) => code.startsWith(p));
}
