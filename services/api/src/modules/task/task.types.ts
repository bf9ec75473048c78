import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { VersionedView } from '../../graphql/record.types.js';
import { DateScalar, UUIDScalar } from '../../graphql/scalars.js';
import { TaskStatus } from './task.entity.js';
import { TaskEventKind } from './task.topics.js';

registerEnumType(TaskEventKind, { name: 'TaskEventKind' });

/** A task (action item) of a body, as a reader sees it. */
@ObjectType('Task', { simpleResolvers: true, description: 'An action item of a body, tracked to done.' })
export class TaskView extends VersionedView {
  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => TaskStatus)
  status!: TaskStatus;

  @Field(() => DateScalar, { nullable: true })
  dueOn!: string | null;

  @Field(() => DateScalar, { nullable: true })
  completedOn!: string | null;

  @Field(() => Boolean, { description: 'Open or in progress, and past its due date.' })
  overdue!: boolean;

  bodyId!: string;
  assigneeId!: string | null;
  organisationId!: string | null;
  meetingId!: string | null;
  agendaItemId!: string | null;
  decisionId!: string | null;
  measureId!: string | null;
}

@ObjectType('TaskComment', { simpleResolvers: true })
export class TaskCommentView {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  text!: string;

  @Field(() => String, { nullable: true })
  authorName!: string | null;

  @Field(() => Date)
  createdAt!: Date;
}

@ObjectType('TaskPermissions', { simpleResolvers: true })
export class TaskPermissions {
  @Field(() => Boolean, { description: 'May change every field (the body’s chairs, tandem leads, secretariat; admins).' })
  manage!: boolean;

  @Field(() => Boolean, { description: 'May move it between statuses (also the assignee).' })
  move!: boolean;
}

/** One event of a body's task board. */
@ObjectType('TaskEvent', { simpleResolvers: true })
export class TaskEventView {
  @Field(() => Int, { description: 'Pass the last one you saw as `after` when you subscribe again.' })
  seq!: number;

  @Field(() => TaskEventKind)
  kind!: TaskEventKind;

  @Field(() => UUIDScalar)
  bodyId!: string;

  @Field(() => UUIDScalar)
  taskId!: string;

  @Field(() => TaskStatus, { nullable: true })
  status!: TaskStatus | null;

  @Field(() => Date)
  at!: Date;
}
