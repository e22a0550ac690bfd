import { dataSourceOptions } from './data-source-options';
import { SnakeNamingStrategy } from './naming';
import { isRetryableDbError, MAX_TRANSACTION_ATTEMPTS, retryOnConflict } from './retry';

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

describe('retryOnConflict', () => {
  const conflict = (code: string) => Object.assign(new Error(`db ${code}`), { code });

  it('tries again after a serialization failure or a deadlock and returns what the last attempt returned', async () => {
    const seen: number[] = [];
    const pauses: number[] = [];
    const result = await retryOnConflict(
      async (n) => {
        seen.push(n);
        if (n === 1) throw conflict('40001');
        if (n === 2) throw conflict('40P01');
        return 'done';
      },
      async (ms) => {
        pauses.push(ms);
      },
    );
    expect(result).toBe('done');
    expect(seen).toEqual([1, 2, 3]);
    expect(pauses).toHaveLength(2);
    expect(pauses[0]).toBeGreaterThanOrEqual(0);
    expect(pauses[0]).toBeLessThan(10);
    expect(pauses[1]).toBeLessThan(20);
  });

  it('throws any other error at once', async () => {
    let tries = 0;
    await expect(
      retryOnConflict(async () => {
        tries++;
        throw conflict('23505');
      }),
    ).rejects.toMatchObject({ code: '23505' });
    expect(tries).toBe(1);
  });

  it(`gives up after ${MAX_TRANSACTION_ATTEMPTS} attempts with the last conflict`, async () => {
    let tries = 0;
    await expect(
      retryOnConflict(
        async (n) => {
          tries++;
          throw conflict(n % 2 ? '40001' : '40P01');
        },
        async () => undefined,
      ),
    ).rejects.toMatchObject({ code: MAX_TRANSACTION_ATTEMPTS % 2 ? '40001' : '40P01' });
    expect(tries).toBe(MAX_TRANSACTION_ATTEMPTS);
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
