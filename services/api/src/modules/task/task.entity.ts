import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { Opt } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { registerEnumType } from 'type-graphql';
import { VersionedEntity } from '../../db/base.entity.js';
import { Body } from '../body/body.entity.js';
import { Measure } from '../measure/measure.entity.js';
import { AgendaItem, Decision, Meeting } from '../meeting/meeting.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Person } from '../person/person.entity.js';

export enum TaskStatus {
  OPEN = 'OPEN',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
}
registerEnumType(TaskStatus, { name: 'TaskStatus' });

/** Statuses of tasks still to be done: they carry over into the next meeting. */
export const openTaskStatuses: readonly TaskStatus[] = [TaskStatus.OPEN, TaskStatus.IN_PROGRESS];

/** An action item of a body, usually from a meeting, tracked to done. */
@Entity({ tableName: 'task' })
@Index({ name: 'task_body_index', properties: ['body', 'status'] })
@Index({ name: 'task_assignee_index', properties: ['assignee'] })
export class Task extends VersionedEntity {
  @ManyToOne({ entity: () => Body, deleteRule: 'cascade' })
  body!: Body;

  @Property({ type: 'string', length: 300 })
  title!: string;

  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @ManyToOne({ entity: () => Person, nullable: true, deleteRule: 'set null' })
  assignee?: Person | null;

  @ManyToOne({ entity: () => Organisation, nullable: true, deleteRule: 'set null' })
  organisation?: Organisation | null;

  @Property({ type: 'date', nullable: true })
  dueOn?: string | null;

  @Enum({ items: () => TaskStatus, nativeEnumName: 'task_status' })
  status!: TaskStatus;

  @Property({ type: 'date', nullable: true })
  completedOn?: string | null;

  /** The meeting the task came out of. */
  @ManyToOne({ entity: () => Meeting, nullable: true, deleteRule: 'set null' })
  meeting?: Meeting | null;

  @ManyToOne({ entity: () => AgendaItem, nullable: true, deleteRule: 'set null' })
  agendaItem?: AgendaItem | null;

  @ManyToOne({ entity: () => Decision, nullable: true, deleteRule: 'set null' })
  decision?: Decision | null;

  @ManyToOne({ entity: () => Measure, nullable: true, deleteRule: 'set null' })
  measure?: Measure | null;
}

/** A comment on a task. */
@Entity({ tableName: 'task_comment' })
@Index({ name: 'task_comment_task_index', properties: ['task'] })
export class TaskComment {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Task, deleteRule: 'cascade' })
  task!: Task;

  @Property({ type: 'text' })
  text!: string;

  @Property({ type: 'string', length: 120, nullable: true })
  authorName?: string | null;

  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();
}
