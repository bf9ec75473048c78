import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

/**
 * Limits failed logins per account name (known or not, so the answer does not
 * reveal which accounts exist). A successful login clears the count.
 */
export class LoginThrottle {
  private readonly limiter: RateLimiterMemory;

  constructor(maxAttempts: number, windowSeconds: number) {
    this.limiter = new RateLimiterMemory({ points: maxAttempts, duration: windowSeconds, keyPrefix: 'login' });
  }

  /** Seconds to wait before the next try, or 0 when a try is allowed. */
  async retryAfter(email: string): Promise<number> {
    const res = await this.limiter.get(email);
    if (!res || res.remainingPoints > 0) return 0;
    return Math.ceil(res.msBeforeNext / 1000);
  }

  async recordFailure(email: string): Promise<void> {
    await this.limiter.consume(email).catch((e: unknown) => {
      if (!(e instanceof RateLimiterRes)) throw e;
    });
  }

  async reset(email: string): Promise<void> {
    await this.limiter.delete(email);
  }
}
