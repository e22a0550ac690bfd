import { HouseholdsQuery, nextQuery, toVariables } from './households.facade';
import { isWithinRegion, regionLevelOf } from './region-code';

const base: HouseholdsQuery = {
  regionCode: '150102001000',
  gridCode: null,
  search: '',
  residency: null,
  participating: null,
  pageIndex: 3,
  pageSize: 20,
};

describe('households list query', () => {
  it('goes back to page 1 when a filter changes, keeps the page otherwise', () => {
    expect(nextQuery(base, { search: '王' }).pageIndex).toBe(1);
    expect(nextQuery(base, { residency: 'NON_LOCAL' }).pageIndex).toBe(1);
    expect(nextQuery(base, { pageIndex: 5 }).pageIndex).toBe(5);
    expect(nextQuery(base, {}).pageIndex).toBe(3);
    expect(nextQuery(base, { regionCode: base.regionCode }).pageIndex).toBe(3);
  });

  it('sends offset paging and leaves empty filters out', () => {
    expect(toVariables({ ...base, search: '  王  ' })).toEqual({
      filter: { regionCode: '150102001000', gridCode: null, search: '王', residency: null, participating: null },
      first: 20,
      offset: 40,
    });
    expect(toVariables({ ...base, pageIndex: 1, participating: false }).filter.participating).toBe(false);
  });
});

describe('region codes', () => {
  it.each([
    ['150000000000', 'PROVINCE'],
    ['150100000000', 'CITY'],
    ['150102000000', 'COUNTY'],
    ['150102001000', 'TOWN'],
    ['150102001001', 'VILLAGE'],
    ['150102001001002', 'GRID'],
  ])('%s is a %s', (code, level) => {
    expect(regionLevelOf(code)).toBe(level);
  });

  it('knows a subtree by its prefix', () => {
    expect(isWithinRegion('150102001000', '150102001001')).toBe(true);
    expect(isWithinRegion('150102001000', '150102002001')).toBe(false);
    expect(isWithinRegion('150102001001', '150102001001002')).toBe(true);
  });
});
