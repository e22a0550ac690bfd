/** Options of the in-memory login throttle. */
export interface LoginThrottleOptions {
  /** Attempts allowed per key within the window. */
  limit: number;
  windowMs: number;
  /** Keys kept at most; the stalest are dropped beyond this (bounded memory under a spray of addresses). */
  maxKeys: number;
}

export const DEFAULT_LOGIN_THROTTLE: LoginThrottleOptions = { limit: 20, windowMs: 60_000, maxKeys: 50_000 };

/**
 * Sliding-window counter of login attempts per client address, kept in memory (one API instance; behind several
 * instances each keeps its own window, which still bounds guessing per instance).
 */
export class LoginThrottle {
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly options: LoginThrottleOptions = DEFAULT_LOGIN_THROTTLE,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Counts an attempt for `key`. Returns 0 when it is allowed, else the seconds until the next one will be
   * (refused attempts are not counted, so a blocked client is free again one window after its last allowed one).
   */
  attempt(key: string): number {
    const now = this.now();
    const since = now - this.options.windowMs;
    const recent = (this.hits.get(key) ?? []).filter((t) => t > since);
    if (recent.length >= this.options.limit) {
      this.hits.set(key, recent);
      return Math.max(1, Math.ceil((recent[0] + this.options.windowMs - now) / 1000));
    }
    recent.push(now);
    this.hits.delete(key); // re-insert: Map order is then least recently used first
    this.hits.set(key, recent);
    if (this.hits.size > this.options.maxKeys) this.prune(since);
    return 0;
  }

  /** Forgets every key (tests, or an operator's reset). */
  reset(): void {
    this.hits.clear();
  }

  get size(): number {
    return this.hits.size;
  }

  private prune(since: number): void {
    for (const [key, times] of this.hits) {
      if (times[times.length - 1] <= since) this.hits.delete(key);
    }
    // still too many live keys: drop the least recently used
    const excess = this.hits.size - this.options.maxKeys;
    if (excess > 0) {
      let i = 0;
      for (const key of this.hits.keys()) {
        if (i++ >= excess) break;
        this.hits.delete(key);
      }
    }
  }
}
