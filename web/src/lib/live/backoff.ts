/** The first wait before trying again, in milliseconds. */
export const firstRetryMs = 1_000;
/** The longest wait between two tries, in milliseconds. */
export const maxRetryMs = 30_000;

/**
 * How long to wait before the `attempt`-th retry (0 for the first): doubling
 * from {@link firstRetryMs} up to {@link maxRetryMs}, each with up to a fifth
 * of random jitter, so a server that restarts is not hit by every page at once.
 */
export function retryDelay(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(maxRetryMs, firstRetryMs * 2 ** Math.max(0, Math.min(attempt, 16)));
  return Math.round(base * (1 - 0.2 * random()));
}
