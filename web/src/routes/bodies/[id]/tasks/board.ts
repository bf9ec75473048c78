import { type TaskStatus, taskStatuses } from '#lib/graphql/enums.ts';

/** The least a task needs for the board's helpers. */
interface TaskLike {
  id: string;
  status: TaskStatus;
  dueOn?: string | null;
  overdue: boolean;
  title: string;
}

/**
 * The board's columns in order, each with its tasks: overdue ones first, then
 * by due date (those without one last), then by title.
 */
export function boardColumns<T extends TaskLike>(tasks: readonly T[]): { status: TaskStatus; tasks: T[] }[] {
  return taskStatuses.map((status) => ({
    status,
    tasks: tasks
      .filter((t) => t.status === status)
      .sort((a, b) => {
        if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
        const dueA = a.dueOn ?? '';
        const dueB = b.dueOn ?? '';
        if (dueA !== dueB) return !dueA ? 1 : !dueB ? -1 : dueA.localeCompare(dueB);
        return a.title.localeCompare(b.title, 'de');
      }),
  }));
}

/** The column to the left (-1) or right (+1) of a status, or undefined at the edge. */
export function neighbourStatus(status: TaskStatus, direction: -1 | 1): TaskStatus | undefined {
  return taskStatuses[taskStatuses.indexOf(status) + direction];
}

/**
 * A move the user started: the task shows in its new column at once and goes
 * back when the server refuses. Tasks of `moving` are shown with their new
 * status; everything else as the server last said.
 */
export function withMoves<T extends TaskLike>(tasks: readonly T[], moving: ReadonlyMap<string, TaskStatus>): T[] {
  if (moving.size === 0) return [...tasks];
  return tasks.map((t) => {
    const status = moving.get(t.id);
    return status && status !== t.status ? { ...t, status } : t;
  });
}

/** Reads the status a drop target names (`data-status`), if it is one. */
export function dropStatus(value: string | null | undefined): TaskStatus | undefined {
  return taskStatuses.find((s) => s === value);
}
