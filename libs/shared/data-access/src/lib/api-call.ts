import { ApiError } from './api-error';

/** Awaits an API call and rethrows any failure as an `ApiError` (with its stable code). */
export async function runApi<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw ApiError.from(error);
  }
}

/** The data of a GraphQL answer, or an `UNKNOWN` error when the server sent none. */
export function requiredData<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new ApiError('UNKNOWN');
  return value;
}

/**
 * A client key for one attempt of a mutation the server makes idempotent (it answers a repeated key with the first
 * result; R3): a UUID v4, kept across the attempt's retries. `crypto.randomUUID` exists only in secure contexts (not
 * on a phone over plain http in the village office), so the key is built from `crypto.getRandomValues` when it is
 * missing.
 */
export function newClientKey(
  source: Pick<Crypto, 'getRandomValues'> & Partial<Pick<Crypto, 'randomUUID'>> = globalThis.crypto,
): string {
  if (typeof source.randomUUID === 'function') return source.randomUUID();
  const bytes = source.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** `offset` of a 1-based page. */
export function pageOffset(pageIndex: number, pageSize: number): number {
  return Math.max(0, pageIndex - 1) * pageSize;
}
