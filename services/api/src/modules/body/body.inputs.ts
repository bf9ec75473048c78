import { Field, InputType, Int } from 'type-graphql';
import { z } from 'zod';
import { DateScalar, UUIDScalar } from '../../graphql/scalars.js';
import { rules } from '../../validation/parse-input.js';
import { Visibility } from '../organisation/organisation.enums.js';
import { BodyKind, BodyStatus } from './body.enums.js';

@InputType({ description: 'Body fields. On update, omitted fields are left unchanged.' })
export class BodyInput {
  @Field(() => String, { nullable: true })
  name?: string;

  @Field(() => String, { nullable: true })
  shortName?: string | null;

  @Field(() => BodyKind, { nullable: true })
  kind?: BodyKind;

  @Field(() => String, { nullable: true })
  mandate?: string | null;

  @Field(() => UUIDScalar, { nullable: true, description: 'The body this one reports to; null for none.' })
  parentId?: string | null;

  @Field(() => [UUIDScalar], { nullable: true })
  fieldOfActionIds?: string[];

  @Field(() => [UUIDScalar], { nullable: true })
  goalIds?: string[];

  @Field(() => Int, { nullable: true })
  meetingIntervalMinWeeks?: number | null;

  @Field(() => Int, { nullable: true })
  meetingIntervalMaxWeeks?: number | null;

  @Field(() => String, { nullable: true })
  meetingNote?: string | null;

  @Field(() => Visibility, { nullable: true })
  visibility?: Visibility;

  @Field(() => DateScalar, { nullable: true, description: 'Only when creating.' })
  foundedOn?: string;

  @Field(() => Boolean, { nullable: true })
  allowSameOrganisationLeads?: boolean;
}

@InputType({ description: 'A step in a body’s life.' })
export class BodyStatusInput {
  @Field(() => BodyStatus)
  status!: BodyStatus;

  @Field(() => DateScalar)
  on!: string;

  @Field(() => String)
  reason!: string;

  @Field(() => UUIDScalar, { nullable: true, description: 'Required when the status is MERGED.' })
  mergedIntoId?: string | null;
}

const weeks = z.number().int().min(1).max(104).nullish();

const bodyFields = {
  name: rules.text(200, 2),
  shortName: rules.optionalText(40),
  kind: z.enum(BodyKind),
  mandate: rules.optionalText(10000),
  parentId: rules.uuid().nullish(),
  fieldOfActionIds: rules.tagIds(),
  goalIds: rules.tagIds(),
  meetingIntervalMinWeeks: weeks,
  meetingIntervalMaxWeeks: weeks,
  meetingNote: rules.optionalText(300),
  visibility: z.enum(Visibility),
  foundedOn: rules.isoDate(),
  allowSameOrganisationLeads: z.boolean(),
};

const cadence = <T extends { meetingIntervalMinWeeks?: number | null; meetingIntervalMaxWeeks?: number | null }>(b: T) =>
  !b.meetingIntervalMinWeeks || !b.meetingIntervalMaxWeeks || b.meetingIntervalMinWeeks <= b.meetingIntervalMaxWeeks;

export const createBodySchema = z
  .object({
    ...bodyFields,
    fieldOfActionIds: bodyFields.fieldOfActionIds.default([]),
    goalIds: bodyFields.goalIds.default([]),
    visibility: bodyFields.visibility.default(Visibility.PUBLIC),
    foundedOn: bodyFields.foundedOn.optional(),
    allowSameOrganisationLeads: bodyFields.allowSameOrganisationLeads.default(false),
  })
  .refine(cadence, { path: ['meetingIntervalMaxWeeks'], message: 'must not be less than the minimum' });

export const updateBodySchema = z
  .object({
    name: bodyFields.name.optional(),
    shortName: bodyFields.shortName.optional(),
    kind: bodyFields.kind.optional(),
    mandate: bodyFields.mandate.optional(),
    parentId: bodyFields.parentId,
    fieldOfActionIds: bodyFields.fieldOfActionIds.optional(),
    goalIds: bodyFields.goalIds.optional(),
    meetingIntervalMinWeeks: weeks,
    meetingIntervalMaxWeeks: weeks,
    meetingNote: bodyFields.meetingNote.optional(),
    visibility: bodyFields.visibility.optional(),
    foundedOn: z.undefined({ error: 'the founding date is part of the history and cannot be changed here' }).or(z.null()).optional(),
    allowSameOrganisationLeads: bodyFields.allowSameOrganisationLeads.optional(),
  })
  .refine(cadence, { path: ['meetingIntervalMaxWeeks'], message: 'must not be less than the minimum' });

export const bodyStatusSchema = z
  .object({
    status: z.enum(BodyStatus),
    on: rules.isoDate(),
    reason: rules.text(2000, 3),
    mergedIntoId: rules.uuid().nullish(),
  })
  .refine((s) => (s.status === BodyStatus.MERGED) === Boolean(s.mergedIntoId), {
    path: ['mergedIntoId'],
    message: 'is required for MERGED and only for MERGED',
  });

@InputType()
export class BodyFilter {
  @Field(() => [BodyKind], { nullable: true })
  kinds?: BodyKind[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Also merged, dissolved and handed-over bodies.' })
  includeEnded?: boolean | null;
}
