import { describe, expect, it } from 'vitest';
import type { ApiProblem } from './graphql/errors.ts';
import {
  initialOrder,
  isVersionConflict,
  moveBy,
  moveTo,
  prioritisingReview,
  resultOrder,
  sameOrder,
  steeringMessageKey,
  takesRankings,
  turnoutPercent,
} from './steering.ts';

describe('initialOrder', () => {
  it('starts from the earlier ranking, then the rest of the list in its order', () => {
    expect(initialOrder(['a', 'b', 'c', 'd'], ['c', 'a'])).toEqual(['c', 'a', 'b', 'd']);
  });

  it('is the list itself without an earlier ranking', () => {
    expect(initialOrder(['a', 'b', 'c'], [])).toEqual(['a', 'b', 'c']);
  });

  it('drops ranked needs no longer on the list, and duplicates', () => {
    expect(initialOrder(['a', 'b'], ['x', 'b', 'b'])).toEqual(['b', 'a']);
  });
});

describe('moveTo and moveBy', () => {
  const order = ['a', 'b', 'c', 'd'];

  it('moves a need to a position, the others keep their order', () => {
    expect(moveTo(order, 'd', 1)).toEqual(['d', 'a', 'b', 'c']);
    expect(moveTo(order, 'a', 3)).toEqual(['b', 'c', 'a', 'd']);
    expect(moveTo(order, 'b', 2)).toEqual(order);
  });

  it('clamps positions to the list', () => {
    expect(moveTo(order, 'b', 0)).toEqual(['b', 'a', 'c', 'd']);
    expect(moveTo(order, 'b', 99)).toEqual(['a', 'c', 'd', 'b']);
  });

  it('moves up and down by one, and stays put at the ends', () => {
    expect(moveBy(order, 'c', -1)).toEqual(['a', 'c', 'b', 'd']);
    expect(moveBy(order, 'c', 1)).toEqual(['a', 'b', 'd', 'c']);
    expect(moveBy(order, 'a', -1)).toEqual(order);
    expect(moveBy(order, 'd', 1)).toEqual(order);
  });

  it('leaves the order alone for an unknown need, and never changes the input', () => {
    expect(moveBy(order, 'x', 1)).toEqual(order);
    moveTo(order, 'a', 4);
    expect(order).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('sameOrder', () => {
  it('compares element by element', () => {
    expect(sameOrder(['a', 'b'], ['a', 'b'])).toBe(true);
    expect(sameOrder(['a', 'b'], ['b', 'a'])).toBe(false);
    expect(sameOrder(['a'], ['a', 'b'])).toBe(false);
  });
});

describe('resultOrder', () => {
  const item = (id: string, title: string, position?: number) => ({ need: { id, title }, tally: position ? { position } : null });

  it('sorts by position, ties by title, untallied last', () => {
    const sorted = resultOrder([item('c', 'Wohnen', 2), item('x', 'Anders'), item('b', 'Sprache', 1), item('a', 'Arbeit', 2)]);
    expect(sorted.map((i) => i.need.id)).toEqual(['b', 'a', 'c', 'x']);
  });
});

describe('turnoutPercent', () => {
  it('is the share of members who ranked, rounded, and 0 without members', () => {
    expect(turnoutPercent(3, 17)).toBe(18);
    expect(turnoutPercent(0, 0)).toBe(0);
    expect(turnoutPercent(5, 4)).toBe(100);
  });
});

describe('takesRankings', () => {
  it('is open up to and including the last day', () => {
    expect(takesRankings({ status: 'OPEN', closesOn: '2026-05-10' }, '2026-05-10')).toBe(true);
    expect(takesRankings({ status: 'OPEN', closesOn: '2026-05-09' }, '2026-05-10')).toBe(false);
    expect(takesRankings({ status: 'CLOSED', closesOn: '2026-06-01' }, '2026-05-10')).toBe(false);
  });
});

describe('prioritisingReview', () => {
  it('is the newest decided round that ranked the need', () => {
    const reviews = [
      { finalRank: 2, review: { id: 'old', status: 'DECIDED' as const, decidedAt: '2025-03-01T10:00:00Z' } },
      { finalRank: null, review: { id: 'left-out', status: 'DECIDED' as const, decidedAt: '2026-03-01T10:00:00Z' } },
      { finalRank: 1, review: { id: 'new', status: 'DECIDED' as const, decidedAt: '2025-11-01T10:00:00Z' } },
      { finalRank: null, review: { id: 'open', status: 'OPEN' as const, decidedAt: null } },
    ];
    expect(prioritisingReview(reviews)?.review.id).toBe('new');
    expect(prioritisingReview(reviews.slice(3))).toBeUndefined();
  });
});

describe('steeringMessageKey', () => {
  const problem = (reason: string | undefined, messageKey = 'errors.unknown'): ApiProblem =>
    ({ code: 'CONFLICT', reason, messageKey, issues: [], retryAfterSeconds: undefined }) as ApiProblem;

  it('has its own message for the steering reasons, else the general one', () => {
    expect(steeringMessageKey(problem('REVIEW_CLOSED'))).toBe('steering.errors.REVIEW_CLOSED');
    expect(steeringMessageKey(problem('MINUTES_LOCKED', 'errors.reason.MINUTES_LOCKED'))).toBe('errors.reason.MINUTES_LOCKED');
    expect(steeringMessageKey(problem(undefined, 'errors.code.CONFLICT'))).toBe('errors.code.CONFLICT');
  });

  it('tells a version conflict apart', () => {
    expect(isVersionConflict(problem('VERSION_CONFLICT'))).toBe(true);
    expect(isVersionConflict(problem('REVIEW_CLOSED'))).toBe(false);
    expect(isVersionConflict(null)).toBe(false);
  });
});
