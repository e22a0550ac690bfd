import { Injectable } from '@nestjs/common';
import { LoginThrottle } from '@xiangzhi/identity/api';

/**
 * Rate limits of public complaints, the login limiter's sliding window in memory (per API instance): per client
 * address, and per village (a spray from many addresses at one village).
 */
@Injectable()
export class ComplaintThrottle {
  /** 5 complaints per address per 10 minutes. */
  readonly perAddress = new LoginThrottle({ limit: 5, windowMs: 10 * 60_000, maxKeys: 100_000 });
  /** 60 complaints per village per hour. */
  readonly perVillage = new LoginThrottle({ limit: 60, windowMs: 60 * 60_000, maxKeys: 100_000 });

  /** 120 status look-ups per address per 10 minutes (numbers are random; this keeps guessing slow). */
  readonly lookups = new LoginThrottle({ limit: 120, windowMs: 10 * 60_000, maxKeys: 100_000 });

  /** Forgets every count (tests, or an operator's reset). */
  reset(): void {
    this.perAddress.reset();
    this.perVillage.reset();
    this.lookups.reset();
  }
}
