import { NeedStatus, ReviewStatus } from './steering.entity.js';

/**
 * The changes people make by hand. PRIORITISED comes only from a review
 * round's decision and MANDATED only from a mandate, so neither is listed.
 */
export const needTransitions: Record<NeedStatus, readonly NeedStatus[]> = {
  [NeedStatus.RAISED]: [NeedStatus.ASSESSED, NeedStatus.DECLINED],
  [NeedStatus.ASSESSED]: [NeedStatus.DECLINED],
  [NeedStatus.PRIORITISED]: [NeedStatus.ASSESSED, NeedStatus.DECLINED],
  [NeedStatus.MANDATED]: [NeedStatus.ADDRESSED],
  [NeedStatus.ADDRESSED]: [],
  [NeedStatus.DECLINED]: [NeedStatus.RAISED],
};

/** Needs a review round may list: assessed ones, and prioritised ones to rank again. */
export const reviewableNeedStatuses: readonly NeedStatus[] = [NeedStatus.ASSESSED, NeedStatus.PRIORITISED];

export const reviewTransitions: Record<ReviewStatus, readonly ReviewStatus[]> = {
  [ReviewStatus.OPEN]: [ReviewStatus.CLOSED],
  [ReviewStatus.CLOSED]: [ReviewStatus.OPEN, ReviewStatus.DECIDED],
  [ReviewStatus.DECIDED]: [],
};

/**
 * Ranking is aggregated by the Borda count: with n needs on the list, a
 * need ranked r-th on a ballot earns n − r + 1 points (first place n, last
 * place 1), and an unranked need earns nothing. Members may rank only the
 * needs they have a view on; the totals still compare. Ties go to the need
 * with more first places, then more ballots naming it, then the title.
 */
export const bordaPoints = (needCount: number, rank: number) => Math.max(0, needCount - rank + 1);

export interface Tally {
  needId: string;
  title: string;
  points: number;
  firstPlaces: number;
  ballots: number;
  /** Sum of the ranks it got, for the mean rank among the ballots naming it. */
  rankSum: number;
}

export interface RankedTally extends Tally {
  position: number;
  meanRank: number | null;
}

/** Adds one ballot (need ids, most pressing first) to the tallies of a review's needs. */
export function addBallot(tallies: Map<string, Tally>, ranking: readonly string[]): void {
  const n = tallies.size;
  ranking.forEach((needId, index) => {
    const tally = tallies.get(needId);
    if (!tally) return;
    const rank = index + 1;
    tally.points += bordaPoints(n, rank);
    tally.ballots += 1;
    tally.rankSum += rank;
    if (rank === 1) tally.firstPlaces += 1;
  });
}

/** The result list: positions by points, ties broken as described; equal on everything means equal position. */
export function rankTallies(tallies: Iterable<Tally>): RankedTally[] {
  const sorted = [...tallies].sort(
    (a, b) => b.points - a.points || b.firstPlaces - a.firstPlaces || b.ballots - a.ballots || a.title.localeCompare(b.title, 'de'),
  );
  let position = 0;
  return sorted.map((t, i) => {
    const previous = sorted[i - 1];
    if (!previous || previous.points !== t.points || previous.firstPlaces !== t.firstPlaces || previous.ballots !== t.ballots)
      position = i + 1;
    return { ...t, position, meanRank: t.ballots ? t.rankSum / t.ballots : null };
  });
}
