import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ApiError } from './api-error';
import { newClientKey, pageOffset, requiredData, runApi } from './api-call';

describe('runApi', () => {
  it('passes the answer through', async () => {
    await expect(runApi(async () => 42)).resolves.toBe(42);
  });

  it('turns a GraphQL refusal into an ApiError with its code', async () => {
    const refusal = new CombinedGraphQLErrors({
      errors: [{ message: 'x', extensions: { code: 'SHOP_OUT_OF_STOCK', kind: 'CONFLICT' } }],
    });
    await expect(
      runApi(async () => {
        throw refusal;
      }),
    ).rejects.toMatchObject({ code: 'SHOP_OUT_OF_STOCK' });
  });

  it('turns anything else into an ApiError too', async () => {
    const err = await runApi(async () => {
      throw new Error('socket hang up');
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
  });
});

describe('requiredData', () => {
  it('returns a value and refuses null or undefined with UNKNOWN', () => {
    expect(requiredData(0)).toBe(0);
    expect(requiredData({ a: 1 })).toEqual({ a: 1 });
    expect(() => requiredData(null)).toThrow(expect.objectContaining({ code: 'UNKNOWN' }));
    expect(() => requiredData(undefined)).toThrow(expect.objectContaining({ code: 'UNKNOWN' }));
  });
});

describe('newClientKey', () => {
  const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

  it('uses crypto.randomUUID where there is one', () => {
    expect(newClientKey({ randomUUID: () => '11111111-2222-4333-8444-555555555555', getRandomValues: (a) => a })).toBe(
      '11111111-2222-4333-8444-555555555555',
    );
    expect(newClientKey()).toMatch(UUID_V4);
    expect(newClientKey()).not.toBe(newClientKey());
  });

  it('builds a UUID v4 from getRandomValues outside secure contexts', () => {
    const fallback = {
      getRandomValues: <T extends ArrayBufferView | null>(a: T) =>
        globalThis.crypto.getRandomValues(a as Uint8Array) as unknown as T,
    };
    const a = newClientKey(fallback);
    expect(a).toMatch(UUID_V4);
    expect(newClientKey(fallback)).not.toBe(a);
    // all-zero bytes still give the version and variant bits
    expect(newClientKey({ getRandomValues: <T extends ArrayBufferView | null>(x: T) => x })).toBe(
      '00000000-0000-4000-8000-000000000000',
    );
  });
});

describe('pageOffset', () => {
  it('gives the offset of a 1-based page, never below 0', () => {
    expect(pageOffset(1, 20)).toBe(0);
    expect(pageOffset(3, 20)).toBe(40);
    expect(pageOffset(0, 20)).toBe(0);
    expect(pageOffset(-2, 50)).toBe(0);
  });
});
