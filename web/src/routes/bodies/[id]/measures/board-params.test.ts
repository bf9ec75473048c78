import { describe, expect, it } from 'vitest';
import { readBoardParams, writeBoardParams } from './board-params.ts';

describe('board params', () => {
  it('reads statuses, owner and overdue, dropping unknown statuses', () => {
    expect(readBoardParams(new URLSearchParams('status=IN_PROGRESS&status=NOPE&status=IN_PROGRESS&owner=o1&overdue=1'))).toEqual({
      statuses: ['IN_PROGRESS'],
      ownerId: 'o1',
      overdueOnly: true,
    });
  });

  it('defaults to everything', () => {
    expect(readBoardParams(new URLSearchParams())).toEqual({ statuses: [], ownerId: '', overdueOnly: false });
  });

  it('round-trips', () => {
    const filter = { statuses: ['PLANNED', 'STALLED'] as const, ownerId: 'o2', overdueOnly: false };
    const written = writeBoardParams({ ...filter, statuses: [...filter.statuses] });
    expect(written).toBe('status=PLANNED&status=STALLED&owner=o2');
    expect(readBoardParams(new URLSearchParams(written))).toEqual({ ...filter, statuses: [...filter.statuses] });
  });
});
