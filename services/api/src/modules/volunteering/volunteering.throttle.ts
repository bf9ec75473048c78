import type { AttemptCounter, ThrottleStore } from '../../auth/throttle-store.js';
import { interestLimits } from './volunteering.rules.js';

/**
 * Limits public interest registrations per client address and per e-mail
 * address (see `interestLimits`), counted atomically in the shared throttling
 * store like logins and reset requests, so several API processes share the
 * count and parallel requests cannot slip past it.
 */
export class VolunteerInterestThrottle {
  private readonly byAddress: AttemptCounter;
  private readonly byEmail: AttemptCounter;

  constructor(store: ThrottleStore) {
    this.byAddress = store.counter({ name: 'interest-address', ...interestLimits.perAddress });
    this.byEmail = store.counter({ name: 'interest-email', ...interestLimits.perEmail });
  }

  /** Counts a registration from a client address; returns the seconds to wait when over the limit, else 0. */
  fromAddress(address: string): Promise<number> {
    return this.byAddress.attempt(address);
  }

  /** Counts a registration for an e-mail address; returns the seconds to wait when over the limit, else 0. */
  forEmail(email: string): Promise<number> {
    return this.byEmail.attempt(email);
  }
}
