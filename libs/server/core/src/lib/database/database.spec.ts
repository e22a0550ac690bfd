import { dataSourceOptions } from './data-source-options';
import { SnakeNamingStrategy } from './naming';
import { isRetryableDbError } from './retry';

describe('isRetryableDbError', () => {
  it.each([
    ['40001', true],
    ['40P01', true],
    ['23505', false],
    ['57P01', false],
    [undefined, false],
  ])('code %s → %s', (code, expected) => {
    expect(isRetryableDbError(Object.assign(new Error('x'), code ? { code } : {}))).toBe(expected);
  });

  it('is false for null and non-objects', () => {
    expect(isRetryableDbError(null)).toBe(false);
    expect(isRetryableDbError(undefined)).toBe(false);
    expect(isRetryableDbError('40001')).toBe(false);
  });
});

describe('SnakeNamingStrategy', () => {
  const naming = new SnakeNamingStrategy();

  it('writes columns in snake_case unless a name is given', () => {
    expect(naming.columnName('regionCode', undefined, [])).toBe('region_code');
    expect(naming.columnName('sha256', undefined, [])).toBe('sha256');
    expect(naming.columnName('headMemberId', undefined, [])).toBe('head_member_id');
    expect(naming.columnName('regionCode', 'custom_name', [])).toBe('custom_name');
    expect(naming.columnName('code', undefined, ['address'])).toBe('address_code');
  });

  it('names relations and join columns in snake_case', () => {
    expect(naming.relationName('headMember')).toBe('head_member');
    expect(naming.joinColumnName('headMember', 'id')).toBe('head_member_id');
  });
});

describe('dataSourceOptions', () => {
  it('never synchronizes or migrates on its own', () => {
    const o = dataSourceOptions('postgres://x@localhost/db', 7);
    expect(o.synchronize).toBe(false);
    expect(o.migrationsRun).toBe(false);
    expect(o.extra).toMatchObject({ max: 7 });
    expect(o.namingStrategy).toBeInstanceOf(SnakeNamingStrategy);
  });
});
