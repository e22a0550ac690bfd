import { countyCodeOf, isRegionCode, parentCode, regionLevel, scopePrefix, withinScope } from './region-code';

const PROVINCE = '150000000000';
const CITY = '150100000000';
const COUNTY = '150121000000';
const TOWN = '150121100000';
const VILLAGE = '150121100001';
const GRID = '150121100001001';

describe('region codes', () => {
  describe('isRegionCode', () => {
    it.each([PROVINCE, COUNTY, VILLAGE, GRID])('accepts %s', (code) => {
      expect(isRegionCode(code)).toBe(true);
    });

    it.each([
      '',
      '15012110000',
      '1501211000011',
      '15012110000100',
      '1501211000010011',
      '15012110000a',
      ' 150121100001',
      '150121100001\n',
    ])('refuses %j', (code) => {
      expect(isRegionCode(code)).toBe(false);
    });
  });

  describe('regionLevel', () => {
    it.each([
      [PROVINCE, 'PROVINCE'],
      [CITY, 'CITY'],
      [COUNTY, 'COUNTY'],
      [TOWN, 'TOWN'],
      [VILLAGE, 'VILLAGE'],
      [GRID, 'GRID'],
    ])('%s is a %s', (code, level) => {
      expect(regionLevel(code)).toBe(level);
    });

    it('reads the level from the lowest non-zero part, not from the digits above it', () => {
      expect(regionLevel('150121100100')).toBe('VILLAGE'); // village 100 of town 100
      expect(regionLevel('150121001000')).toBe('TOWN'); // town 001
      expect(regionLevel('150101000000')).toBe('COUNTY'); // county 01 of city 01
    });
  });

  describe('scopePrefix', () => {
    it.each([
      [PROVINCE, '15'],
      [CITY, '1501'],
      [COUNTY, '150121'],
      [TOWN, '150121100'],
      [VILLAGE, '150121100001'],
      [GRID, GRID],
    ])('the subtree of %s starts with %s', (code, prefix) => {
      expect(scopePrefix(code)).toBe(prefix);
    });

    it('is a prefix of every descendant and of the node itself', () => {
      for (const code of [COUNTY, TOWN, VILLAGE, GRID]) {
        expect(code.startsWith(scopePrefix(COUNTY))).toBe(true);
      }
      expect(VILLAGE.startsWith(scopePrefix(TOWN))).toBe(true);
      expect(GRID.startsWith(scopePrefix(VILLAGE))).toBe(true);
    });
  });

  describe('parentCode', () => {
    it('walks grid → village → town → county → city → province → none', () => {
      expect(parentCode(GRID)).toBe(VILLAGE);
      expect(parentCode(VILLAGE)).toBe(TOWN);
      expect(parentCode(TOWN)).toBe(COUNTY);
      expect(parentCode(COUNTY)).toBe(CITY);
      expect(parentCode(CITY)).toBe(PROVINCE);
      expect(parentCode(PROVINCE)).toBeNull();
    });

    it('gives parents whose level is one above the child', () => {
      const order = ['PROVINCE', 'CITY', 'COUNTY', 'TOWN', 'VILLAGE', 'GRID'];
      for (const code of [CITY, COUNTY, TOWN, VILLAGE, GRID]) {
        const parent = parentCode(code);
        expect(parent).not.toBeNull();
        expect(isRegionCode(parent as string)).toBe(true);
        expect(order.indexOf(regionLevel(parent as string))).toBe(order.indexOf(regionLevel(code)) - 1);
      }
    });
  });

  describe('countyCodeOf', () => {
    it.each([COUNTY, TOWN, VILLAGE, GRID])('%s belongs to county 150121', (code) => {
      expect(countyCodeOf(code)).toBe(COUNTY);
    });

    it.each([PROVINCE, CITY])('%s is above county level', (code) => {
      expect(countyCodeOf(code)).toBe('');
    });
  });

  describe('withinScope', () => {
    it('a county scope holds its towns, villages and grids', () => {
      const scope = [scopePrefix(COUNTY)];
      expect([COUNTY, TOWN, VILLAGE, GRID].every((c) => withinScope(scope, c))).toBe(true);
      expect(withinScope(scope, '150122000000')).toBe(false); // the neighbouring county
      expect(withinScope(scope, CITY)).toBe(false); // the parent
    });

    it('a town scope holds its villages but not a sibling town', () => {
      const scope = [scopePrefix(TOWN)];
      expect(withinScope(scope, VILLAGE)).toBe(true);
      expect(withinScope(scope, GRID)).toBe(true);
      expect(withinScope(scope, '150121101001')).toBe(false);
      expect(withinScope(scope, COUNTY)).toBe(false);
    });

    it('a village scope holds its grids but not the next village', () => {
      const scope = [scopePrefix(VILLAGE)];
      expect(withinScope(scope, VILLAGE)).toBe(true);
      expect(withinScope(scope, GRID)).toBe(true);
      expect(withinScope(scope, '150121100002')).toBe(false);
      expect(withinScope(scope, TOWN)).toBe(false);
    });

    it('a grid worker sees only the grids they hold, not the rest of the village', () => {
      const scope = [GRID, '150121100001003'];
      expect(withinScope(scope, GRID)).toBe(true);
      expect(withinScope(scope, '150121100001003')).toBe(true);
      expect(withinScope(scope, '150121100001002')).toBe(false);
      expect(withinScope(scope, VILLAGE)).toBe(false);
    });

    it('the empty prefix (system) holds everything; no prefixes hold nothing', () => {
      expect(withinScope([''], GRID)).toBe(true);
      expect(withinScope([''], PROVINCE)).toBe(true);
      expect(withinScope([], VILLAGE)).toBe(false);
    });
  });
});
