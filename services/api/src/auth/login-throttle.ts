import type { Config } from '../config/config.js';
import type { AttemptCounter, ThrottleStore } from './throttle-store.js';

/**
 * Limits logins per account name (known or not, so the answer does not reveal
 * which accounts exist) and per client address (so one address cannot try
 * many account names). Every attempt is counted before the password is
 * checked, atomically in the shared store, so parallel guesses cannot slip
 * past the limit; a successful login clears the account's count and takes
 * its own attempt back from the address's count.
 */
export class LoginThrottle {
  private readonly byAccount: AttemptCounter;
  private readonly byAddress: AttemptCounter;

  constructor(store: ThrottleStore, limits: Config['login']) {
    this.byAccount = store.counter({ name: 'login-account', points: limits.maxAttempts, durationSeconds: limits.windowSeconds });
    this.byAddress = store.counter({ name: 'login-address', points: limits.maxAttemptsPerAddress, durationSeconds: limits.windowSeconds });
  }

  /** Counts an attempt; returns the seconds to wait when the account or the address is over its limit, else 0. */
  async attempt(email: string, address: string): Promise<number> {
    const [account, client] = await Promise.all([this.byAccount.attempt(email), this.byAddress.attempt(address)]);
    return Math.max(account, client);
  }

  /** The attempt was a success: the account starts afresh; the address keeps its failures. */
  async succeeded(email: string, address: string): Promise<void> {
    await Promise.all([this.byAccount.clear(email), this.byAddress.giveBack(address)]);
  }
}
