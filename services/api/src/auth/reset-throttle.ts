import type { Config } from '../config/config.js';
import type { AttemptCounter, ThrottleStore } from './throttle-store.js';

/**
 * Limits password reset requests per email address (so nobody's mailbox is
 * flooded) and per client address, with the login limits: the same number of
 * requests per email as login attempts per account, in the same window. Known
 * and unknown addresses are counted alike, so the limit reveals nothing.
 */
export class PasswordResetThrottle {
  private readonly byEmail: AttemptCounter;
  private readonly byAddress: AttemptCounter;

  constructor(store: ThrottleStore, limits: Config['login']) {
    this.byEmail = store.counter({ name: 'reset-email', points: limits.maxAttempts, durationSeconds: limits.windowSeconds });
    this.byAddress = store.counter({ name: 'reset-address', points: limits.maxAttemptsPerAddress, durationSeconds: limits.windowSeconds });
  }

  /** Counts a request; returns the seconds to wait when the email or the address is over its limit, else 0. */
  async attempt(email: string, address: string): Promise<number> {
    const [mailbox, client] = await Promise.all([this.byEmail.attempt(email), this.byAddress.attempt(address)]);
    return Math.max(mailbox, client);
  }
}
