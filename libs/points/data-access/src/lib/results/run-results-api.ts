import { ApiError } from '@xiangzhi/shared/data-access';

/** Awaits an API call and rethrows any failure as an `ApiError` (with its stable code). */
export async function runResultsApi<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw ApiError.from(error);
  }
}

/** The data of a GraphQL answer, or an `UNKNOWN` error when the server sent none. */
export function required<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new ApiError('UNKNOWN');
  return value;
}
