import { ApiError } from '@xiangzhi/shared/data-access';

/** Awaits an API call and rethrows any failure as an `ApiError` (with its stable code). */
export async function runLedgerApi<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw ApiError.from(error);
  }
}
