import { Role } from '../auth/roles';
import { RequestContext } from '../context/request-context';
import { scopeCondition } from './scope-sql';

function ctxWith(scopePrefixes: string[] | null): RequestContext {
  if (scopePrefixes === null) return new RequestContext('req-1', null);
  return new RequestContext('req-1', {
    userId: '7b0c5e0a-5f57-4c4f-9a55-5d1b2c3d4e5f',
    username: 'someone',
    displayName: 'someone',
    role: Role.GRID_WORKER,
    regionCode: '150121100001',
    scopePrefixes,
  });
}

describe('scopeCondition', () => {
  it('matches nothing for an anonymous caller', () => {
    expect(scopeCondition(ctxWith(null), 'h.region_code')).toEqual({ sql: '1 = 0', params: {} });
  });

  it('matches nothing for a signed-in caller without any prefix', () => {
    expect(scopeCondition(ctxWith([]), 'h.region_code')).toEqual({ sql: '1 = 0', params: {} });
  });

  it('matches everything for the system scope (the empty prefix)', () => {
    expect(scopeCondition(RequestContext.system(), 'h.region_code')).toEqual({ sql: '1 = 1', params: {} });
    expect(scopeCondition(ctxWith(['150121', '']), 'h.region_code')).toEqual({ sql: '1 = 1', params: {} });
  });

  it('matches the prefixes with LIKE ANY and a % appended to each', () => {
    expect(scopeCondition(ctxWith(['150121100001001', '150121100001002']), 'h.region_code')).toEqual({
      sql: 'h.region_code LIKE ANY(:scopePrefixes)',
      params: { scopePrefixes: ['150121100001001%', '150121100001002%'] },
    });
  });

  it('uses the given parameter name, so that two conditions can share one query', () => {
    const c = scopeCondition(ctxWith(['150121']), 'm.county_code', 'memberScope');
    expect(c.sql).toBe('m.county_code LIKE ANY(:memberScope)');
    expect(c.params).toEqual({ memberScope: ['150121%'] });
  });

  it('does not change the caller’s prefixes', () => {
    const prefixes = ['150121'];
    scopeCondition(ctxWith(prefixes), 'x');
    expect(prefixes).toEqual(['150121']);
  });
});
