import { ensure } from '../../auth/policy.js';
import { readRules } from '../../auth/read-rules.js';
import { timestamp } from '../../db/reader.js';
import { and, idIn, type Sql, sql, TODAY } from '../../db/sql.js';
import { notFound } from '../../errors/domain-error.js';
import { listSizes, pageSize } from '../../graphql/lists.js';
import { indexBy } from '../../graphql/read-context.js';
import type { ReadModels } from '../../graphql/read-models.js';
import { isUuid } from '../../validation/ids.js';
import { parseInput } from '../../validation/parse-input.js';
import { openTaskStatuses, type TaskStatus } from './task.entity.js';
import { type TaskFilter, taskFilterSchema } from './task.inputs.js';
import { taskBoardTopic } from './task.topics.js';
import { TaskCommentView, TaskView } from './task.types.js';

interface TaskRow {
  id: string;
  created_at: string;
  updated_at: string;
  version: number;
  body_id: string;
  title: string;
  description: string | null;
  assignee_id: string | null;
  organisation_id: string | null;
  due_on: string | null;
  status: TaskStatus;
  completed_on: string | null;
  meeting_id: string | null;
  agenda_item_id: string | null;
  decision_id: string | null;
  measure_id: string | null;
  overdue: boolean;
}

const taskColumns = sql`t.id, t.created_at, t.updated_at, t.version, t.body_id, t.title, t.description, t.assignee_id, t.organisation_id,
  t.due_on, t.status, t.completed_on, t.meeting_id, t.agenda_item_id, t.decision_id, t.measure_id,
  coalesce(t.due_on < ${TODAY} and t.status::text = any(${[...openTaskStatuses]}::text[]), false) as overdue`;

const toTask = (row: TaskRow): TaskView =>
  Object.assign(new TaskView(), {
    id: row.id,
    createdAt: timestamp(row.created_at),
    updatedAt: timestamp(row.updated_at),
    version: row.version,
    bodyId: row.body_id,
    title: row.title,
    description: row.description,
    assigneeId: row.assignee_id,
    organisationId: row.organisation_id,
    dueOn: row.due_on,
    status: row.status,
    completedOn: row.completed_on,
    meetingId: row.meeting_id,
    agendaItemId: row.agenda_item_id,
    decisionId: row.decision_id,
    measureId: row.measure_id,
    overdue: row.overdue,
  });

const taskOrder = sql`t.due_on asc nulls last, t.created_at, t.id`;

/** Reads of tasks and their comments. */
export class TaskReadModel {
  constructor(private readonly read: ReadModels) {}

  private get r() {
    return this.read.context;
  }

  /** Tasks by body, assignee, organisation, status, meeting or overdue, soonest due first. */
  async list(filterInput: TaskFilter | null | undefined, first: number | null | undefined): Promise<TaskView[]> {
    const { actor } = this.r;
    ensure(actor.kind === 'user', actor);
    const f = parseInput(taskFilterSchema, filterInput, 'filter');
    const limit = pageSize(first, listSizes.root);
    const conditions: Sql[] = [readRules.task(actor, 't')];
    if (f.bodyId) conditions.push(sql`t.body_id = ${f.bodyId}`);
    if (f.assigneePersonId) conditions.push(sql`t.assignee_id = ${f.assigneePersonId}`);
    if (f.meetingId) conditions.push(sql`t.meeting_id = ${f.meetingId}`);
    if (f.organisationId) conditions.push(sql`t.organisation_id = ${f.organisationId}`);
    if (f.statuses?.length) conditions.push(sql`t.status::text = any(${f.statuses}::text[])`);
    if (f.overdue) conditions.push(sql`t.due_on < ${TODAY} and t.status::text = any(${[...openTaskStatuses]}::text[])`);
    const rows = await this.r.rows<TaskRow>(
      sql`select ${taskColumns} from task t where ${and(...conditions)} order by ${taskOrder} limit ${limit}`,
    );
    return rows.map(toTask);
  }

  /** The logged-in person's tasks across bodies. */
  async mine(filterInput: TaskFilter | null | undefined, first: number | null | undefined): Promise<TaskView[]> {
    const { actor } = this.r;
    ensure(actor.kind === 'user', actor);
    if (actor.kind !== 'user' || !actor.personId) return [];
    return this.list({ ...(filterInput ?? {}), assigneePersonId: actor.personId }, first);
  }

  byId(id: string): Promise<TaskView | null> {
    if (!isUuid(id)) return Promise.resolve(null);
    return this.r
      .loader<string, TaskView | null>('task.byId', async (ids) => {
        const rows = await this.r.rows<TaskRow>(
          sql`select ${taskColumns} from task t where ${idIn(sql`t.id`, ids)} and ${readRules.task(this.r.actor, 't')}`,
        );
        return indexBy(ids, rows, (row) => row.id).map((row) => row && toTask(row));
      })
      .load(id);
  }

  /** One task; to those who may not see it, it does not exist. */
  async get(id: string): Promise<TaskView> {
    const task = await this.byId(id);
    if (!task) throw notFound('Task', id);
    return task;
  }

  /** Tasks that came out of an agenda item. */
  ofAgendaItem(agendaItemId: string, first: number | null | undefined): Promise<TaskView[]> {
    const limit = pageSize(first, listSizes.items);
    return this.r
      .children<TaskRow, TaskView>({
        name: `task.ofAgendaItem:${limit}`,
        select: taskColumns,
        from: sql`task t`,
        where: readRules.task(this.r.actor, 't'),
        parent: sql`t.agenda_item_id`,
        parentOf: (row) => row.agenda_item_id as string,
        order: taskOrder,
        limit,
        toValue: toTask,
      })
      .load(agendaItemId);
  }

  /** The last event of a body's task board: a board subscribes with `after` set to it. */
  boardSeq(bodyId: string): Promise<number> {
    return this.r
      .loader<string, number>('task.boardSeq', async (ids) => {
        const rows = await this.r.rows<{ topic: string; last_seq: number }>(
          sql`select topic, last_seq from realtime_topic where topic = any(${ids.map(taskBoardTopic)}::text[])`,
        );
        const seqs = new Map(rows.map((r) => [r.topic, Number(r.last_seq)]));
        return ids.map((id) => seqs.get(taskBoardTopic(id)) ?? 0);
      })
      .load(bodyId);
  }

  /** A task's comments, oldest first. */
  comments(taskId: string, first: number | null | undefined): Promise<TaskCommentView[]> {
    const limit = pageSize(first, listSizes.items);
    return this.r
      .children<{ id: string; task_id: string; text: string; author_name: string | null; created_at: string }, TaskCommentView>({
        name: `task.comments:${limit}`,
        select: sql`c.id, c.task_id, c.text, c.author_name, c.created_at`,
        from: sql`task_comment c join task t on t.id = c.task_id`,
        where: readRules.task(this.r.actor, 't'),
        parent: sql`c.task_id`,
        parentOf: (row) => row.task_id,
        order: sql`c.created_at, c.id`,
        limit,
        toValue: (row) =>
          Object.assign(new TaskCommentView(), {
            id: row.id,
            text: row.text,
            authorName: row.author_name,
            createdAt: timestamp(row.created_at),
          }),
      })
      .load(taskId);
  }
}
