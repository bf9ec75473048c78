import { describe, expect, it } from 'vitest';
import { boardColumns, dropStatus, neighbourStatus, withMoves } from './board.ts';

const task = (id: string, status: 'OPEN' | 'IN_PROGRESS' | 'DONE' | 'CANCELLED', dueOn: string | null = null, overdue = false) => ({
  id,
  status,
  dueOn,
  overdue,
  title: id,
});

describe('boardColumns', () => {
  it('has the four columns in order, even when empty', () => {
    expect(boardColumns([]).map((c) => c.status)).toEqual(['OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED']);
  });

  it('puts overdue tasks first, then the soonest due, then those without a date', () => {
    const columns = boardColumns([
      task('later', 'OPEN', '2026-06-01'),
      task('none', 'OPEN'),
      task('late', 'OPEN', '2026-01-01', true),
      task('soon', 'OPEN', '2026-04-01'),
      task('done', 'DONE', '2026-01-01'),
    ]);
    expect(columns[0]?.tasks.map((t) => t.id)).toEqual(['late', 'soon', 'later', 'none']);
    expect(columns[2]?.tasks.map((t) => t.id)).toEqual(['done']);
  });
});

describe('neighbourStatus', () => {
  it('steps between columns and stops at the edges', () => {
    expect(neighbourStatus('OPEN', 1)).toBe('IN_PROGRESS');
    expect(neighbourStatus('DONE', -1)).toBe('IN_PROGRESS');
    expect(neighbourStatus('OPEN', -1)).toBeUndefined();
    expect(neighbourStatus('CANCELLED', 1)).toBeUndefined();
  });
});

describe('withMoves', () => {
  it('shows moving tasks in their new column and leaves the others', () => {
    const tasks = [task('a', 'OPEN'), task('b', 'OPEN')];
    const moved = withMoves(tasks, new Map([['a', 'DONE' as const]]));
    expect(moved.map((t) => t.status)).toEqual(['DONE', 'OPEN']);
    expect(tasks[0]?.status).toBe('OPEN');
  });
});

describe('dropStatus', () => {
  it('accepts only statuses', () => {
    expect(dropStatus('IN_PROGRESS')).toBe('IN_PROGRESS');
    expect(dropStatus('DROPPED')).toBeUndefined();
    expect(dropStatus(null)).toBeUndefined();
  });
});
