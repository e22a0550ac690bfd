/** Whether a database error is a serialization failure or deadlock that a retry will resolve. */
export function isRetryableDbError(err: unknown): boolean {
  const code = (err as { code?: string } | null)?.code;
  return code === '40001' || code === '40P01';
}

/** How often a transaction is tried in all before its serialization failure or deadlock reaches the caller. */
export const MAX_TRANSACTION_ATTEMPTS = 8;

/**
 * Runs `attempt` (given its number, from 1) again while it fails with a serialization failure or deadlock, after a
 * short random pause that grows with each try, at most MAX_TRANSACTION_ATTEMPTS times; any other error, or the last
 * one, is thrown.
 */
export async function retryOnConflict<T>(
  attempt: (n: number) => Promise<T>,
  pause: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
): Promise<T> {
  for (let n = 1; ; n++) {
    try {
      return await attempt(n);
    } catch (err) {
      if (!isRetryableDbError(err) || n >= MAX_TRANSACTION_ATTEMPTS) throw err;
      await pause(Math.random() * 10 * n);
    }
  }
}
