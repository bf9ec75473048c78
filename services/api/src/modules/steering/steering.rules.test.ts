import { describe, expect, it } from 'vitest';
import { addBallot, bordaPoints, rankTallies, type Tally } from './steering.rules.js';

const tallies = (titles: string[]) =>
  new Map<string, Tally>(titles.map((t) => [t, { needId: t, title: t, points: 0, firstPlaces: 0, ballots: 0, rankSum: 0 }]));

describe('the Borda count of a review round', () => {
  it('gives n points for a first place among n needs and nothing for unranked ones', () => {
    expect([1, 2, 3, 4].map((r) => bordaPoints(4, r))).toEqual([4, 3, 2, 1]);
    expect(bordaPoints(4, 7)).toBe(0);
  });

  it('adds ballots, breaks ties by first places, then ballots, then title, and shares places only on full ties', () => {
    const t = tallies(['A', 'B', 'C', 'D']);
    addBallot(t, ['A', 'B', 'C', 'D']); // A4 B3 C2 D1
    addBallot(t, ['B', 'A']); // B4 A3
    addBallot(t, ['C', 'D', 'A']); // C4 D3 A2
    addBallot(t, ['unknown', 'D']); // ignored id; D is second: 3
    const ranked = rankTallies(t.values());
    expect(ranked.map((r) => [r.title, r.points, r.firstPlaces, r.ballots, r.position])).toEqual([
      ['A', 9, 1, 3, 1],
      ['B', 7, 1, 2, 2],
      ['D', 7, 0, 3, 3],
      ['C', 6, 1, 2, 4],
    ]);
    expect(ranked.find((r) => r.title === 'D')?.meanRank).toBeCloseTo(8 / 3);
  });

  it('shares a place when two needs are equal on points, first places and ballots', () => {
    const t = tallies(['Kita', 'Arbeit', 'Wohnen']);
    addBallot(t, ['Kita', 'Arbeit', 'Wohnen']);
    addBallot(t, ['Arbeit', 'Kita', 'Wohnen']);
    expect(rankTallies(t.values()).map((r) => [r.title, r.position])).toEqual([
      ['Arbeit', 1],
      ['Kita', 1],
      ['Wohnen', 3],
    ]);
  });
});
