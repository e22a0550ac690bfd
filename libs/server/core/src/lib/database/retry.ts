/** Whether a database error is a serialization failure or deadlock that a retry will resolve. */
export function isRetryableDbError(err: unknown): boolean {
  const code = (err as { code?: string } | null)?.code;
  return code === '40001' || code === '40P01';
}
