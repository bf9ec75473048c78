/** The topic of a body's task board: every change to one of its tasks. */
export const taskBoardTopic = (bodyId: string) => `body-tasks:${bodyId}`;

export enum TaskEventKind {
  TASK_CHANGED = 'TASK_CHANGED',
  TASK_COMMENTED = 'TASK_COMMENTED',
}
