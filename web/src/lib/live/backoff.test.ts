import { describe, expect, it } from 'vitest';
import { maxRetryMs, retryDelay } from './backoff.ts';

describe('retryDelay', () => {
  it('doubles from one second', () => {
    expect([0, 1, 2, 3].map((n) => retryDelay(n, () => 0))).toEqual([1_000, 2_000, 4_000, 8_000]);
  });

  it('stops growing at the maximum, however many tries failed', () => {
    expect(retryDelay(5, () => 0)).toBe(maxRetryMs);
    expect(retryDelay(1_000, () => 0)).toBe(maxRetryMs);
  });

  it('takes off up to a fifth at random', () => {
    expect(retryDelay(2, () => 1)).toBe(3_200);
    expect(retryDelay(2, () => 0.5)).toBe(3_600);
  });
});
