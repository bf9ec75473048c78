import { Field, Float, InputType, Int } from 'type-graphql';
import { z } from 'zod';
import { DateScalar, UUIDScalar } from '../../graphql/scalars.js';
import { rules } from '../../validation/parse-input.js';
import { MeasureStatus } from './measure.entity.js';

@InputType({ description: 'Measure fields. On update, omitted fields are left unchanged.' })
export class MeasureInput {
  @Field(() => UUIDScalar, { nullable: true, description: 'Only when creating.' })
  bodyId?: string;

  @Field(() => String, { nullable: true })
  title?: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => [UUIDScalar], { nullable: true })
  goalIds?: string[];

  @Field(() => [UUIDScalar], { nullable: true, description: 'Owner organisations, at least one.' })
  ownerOrganisationIds?: string[];

  @Field(() => UUIDScalar, { nullable: true, description: 'The responsible person.' })
  responsiblePersonId?: string | null;

  @Field(() => MeasureStatus, { nullable: true })
  status?: MeasureStatus;

  @Field(() => DateScalar, { nullable: true })
  startOn?: string | null;

  @Field(() => DateScalar, { nullable: true })
  dueOn?: string | null;

  @Field(() => Int, { nullable: true })
  progress?: number;

  @Field(() => UUIDScalar, { nullable: true, description: 'The mandate of the body this measure carries out.' })
  mandateId?: string | null;
}

@InputType({ description: 'What owners report: status and progress, with a note for the history.' })
export class MeasureProgressInput {
  @Field(() => MeasureStatus, { nullable: true })
  status?: MeasureStatus;

  @Field(() => Int, { nullable: true, description: '0-100' })
  progress?: number;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType()
export class IndicatorInput {
  @Field(() => String)
  name!: string;

  @Field(() => String)
  unit!: string;

  @Field(() => Float, { nullable: true })
  baseline?: number | null;

  @Field(() => Float, { nullable: true })
  target?: number | null;
}

@InputType()
export class MeasurementInput {
  @Field(() => DateScalar)
  on!: string;

  @Field(() => Float)
  value!: number;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType()
export class MeasureFilter {
  @Field(() => UUIDScalar, { nullable: true })
  bodyId?: string | null;

  @Field(() => UUIDScalar, { nullable: true })
  ownerOrganisationId?: string | null;

  @Field(() => UUIDScalar, { nullable: true, description: 'The responsible person.' })
  personId?: string | null;

  @Field(() => UUIDScalar, { nullable: true })
  fieldOfActionId?: string | null;

  @Field(() => UUIDScalar, { nullable: true })
  goalId?: string | null;

  @Field(() => [MeasureStatus], { nullable: true })
  statuses?: MeasureStatus[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Only open measures past their due date.' })
  overdue?: boolean | null;

  @Field(() => UUIDScalar, { nullable: true, description: 'Measures carrying out this mandate.' })
  mandateId?: string | null;
}

/** A measure is owned by a few organisations, never a crowd. */
export const MAX_OWNERS = 10;

const progress = z.number().int('must be a whole number').min(0, 'must be between 0 and 100').max(100, 'must be between 0 and 100');
const dates = <T extends { startOn?: string | null; dueOn?: string | null }>(m: T) => !m.startOn || !m.dueOn || m.dueOn >= m.startOn;

const measureFields = {
  title: rules.text(300, 3),
  description: rules.optionalText(10000),
  goalIds: rules.tagIds(),
  ownerOrganisationIds: rules.uuids().min(1, 'at least one owner organisation').max(MAX_OWNERS, `at most ${MAX_OWNERS}`),
  responsiblePersonId: rules.uuid().nullish(),
  status: z.enum(MeasureStatus),
  startOn: rules.isoDate().nullish(),
  dueOn: rules.isoDate().nullish(),
  progress,
  mandateId: rules.uuid().nullish(),
};

export const createMeasureSchema = z
  .object({
    ...measureFields,
    bodyId: rules.uuid(),
    goalIds: measureFields.goalIds.default([]),
    status: measureFields.status.default(MeasureStatus.PLANNED),
    progress: progress.default(0),
  })
  .refine(dates, { path: ['dueOn'], message: 'must not be before the start date' });

export const updateMeasureSchema = z
  .object({
    bodyId: z.undefined({ error: 'a measure cannot move to another body' }).or(z.null()).optional(),
    title: measureFields.title.optional(),
    description: measureFields.description.optional(),
    goalIds: measureFields.goalIds.optional(),
    ownerOrganisationIds: measureFields.ownerOrganisationIds.optional(),
    responsiblePersonId: measureFields.responsiblePersonId,
    status: measureFields.status.optional(),
    startOn: measureFields.startOn,
    dueOn: measureFields.dueOn,
    progress: progress.optional(),
    mandateId: measureFields.mandateId,
  })
  .refine(dates, { path: ['dueOn'], message: 'must not be before the start date' });

export const measureProgressSchema = z.object({
  status: z.enum(MeasureStatus).optional(),
  progress: progress.optional(),
  note: rules.optionalText(2000),
});

export const indicatorSchema = z.object({
  name: rules.text(200, 2),
  unit: rules.text(40, 1),
  baseline: z.number().finite().nullish(),
  target: z.number().finite().nullish(),
});

export const measurementSchema = z.object({
  on: rules.isoDate(),
  value: z.number().finite(),
  note: rules.optionalText(300),
});

export const measureFilterSchema = z
  .object({
    bodyId: rules.uuid().nullish(),
    ownerOrganisationId: rules.uuid().nullish(),
    personId: rules.uuid().nullish(),
    fieldOfActionId: rules.uuid().nullish(),
    goalId: rules.uuid().nullish(),
    statuses: z.array(z.enum(MeasureStatus)).max(5).nullish(),
    overdue: z.boolean().nullish(),
    mandateId: rules.uuid().nullish(),
  })
  .nullish()
  .transform((v) => v ?? {});
