import { Field, InputType } from 'type-graphql';
import { z } from 'zod';
import { DateScalar, UUIDScalar } from '../../graphql/scalars.js';
import { rules } from '../../validation/parse-input.js';
import { TaskStatus } from './task.entity.js';

@InputType({ description: 'Task fields. On update, omitted fields are left unchanged.' })
export class TaskInput {
  @Field(() => UUIDScalar, { nullable: true, description: 'On create: the body; or give an agenda item or decision and the body follows.' })
  bodyId?: string | null;

  @Field(() => String, { nullable: true })
  title?: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => UUIDScalar, { nullable: true })
  assigneePersonId?: string | null;

  @Field(() => UUIDScalar, { nullable: true })
  organisationId?: string | null;

  @Field(() => DateScalar, { nullable: true })
  dueOn?: string | null;

  @Field(() => TaskStatus, { nullable: true, description: 'Default OPEN.' })
  status?: TaskStatus;

  @Field(() => UUIDScalar, { nullable: true, description: 'On create: the agenda item it came out of.' })
  agendaItemId?: string | null;

  @Field(() => UUIDScalar, { nullable: true, description: 'On create: the decision it carries out.' })
  decisionId?: string | null;

  @Field(() => UUIDScalar, { nullable: true })
  measureId?: string | null;
}

@InputType()
export class TaskFilter {
  @Field(() => UUIDScalar, { nullable: true })
  bodyId?: string | null;

  @Field(() => UUIDScalar, { nullable: true })
  assigneePersonId?: string | null;

  @Field(() => [TaskStatus], { nullable: true })
  statuses?: TaskStatus[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Open or in progress, and past the due date.' })
  overdue?: boolean | null;

  @Field(() => UUIDScalar, { nullable: true, description: 'Tasks that came out of this meeting.' })
  meetingId?: string | null;

  @Field(() => UUIDScalar, { nullable: true, description: 'Tasks taken on for this organisation.' })
  organisationId?: string | null;
}

const taskFields = {
  title: rules.text(300, 2),
  description: rules.optionalText(10_000),
  assigneePersonId: rules.uuid().nullish(),
  organisationId: rules.uuid().nullish(),
  dueOn: rules.isoDate().nullish(),
  status: z.enum(TaskStatus),
  measureId: rules.uuid().nullish(),
};

export const createTaskSchema = z
  .object({
    ...taskFields,
    bodyId: rules.uuid().nullish(),
    agendaItemId: rules.uuid().nullish(),
    decisionId: rules.uuid().nullish(),
    status: taskFields.status.nullish().transform((v) => v ?? TaskStatus.OPEN),
  })
  .refine((t) => t.bodyId || t.agendaItemId || t.decisionId, {
    path: ['bodyId'],
    message: 'name the body, the agenda item or the decision',
  });

export const updateTaskSchema = z.object({
  title: taskFields.title.optional(),
  description: taskFields.description.optional(),
  assigneePersonId: taskFields.assigneePersonId,
  organisationId: taskFields.organisationId,
  dueOn: taskFields.dueOn,
  status: taskFields.status.optional(),
  measureId: taskFields.measureId,
});

export const taskFilterSchema = z
  .object({
    bodyId: rules.uuid().nullish(),
    assigneePersonId: rules.uuid().nullish(),
    statuses: z.array(z.enum(TaskStatus)).max(4).nullish(),
    overdue: z.boolean().nullish(),
    meetingId: rules.uuid().nullish(),
    organisationId: rules.uuid().nullish(),
  })
  .nullish()
  .transform((v) => v ?? {});

export const commentSchema = rules.text(5000, 1);
