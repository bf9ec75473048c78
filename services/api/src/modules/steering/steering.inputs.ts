import { Field, InputType } from 'type-graphql';
import { z } from 'zod';
import { DateScalar, UUIDScalar } from '../../graphql/scalars.js';
import { rules } from '../../validation/parse-input.js';
import { MandateStatus, NeedClassification, NeedStatus, ReviewStatus } from './steering.entity.js';

/** A review round lists at most this many needs; a ballot ranks at most all of them. */
export const MAX_REVIEW_NEEDS = 50;

@InputType()
export class NeedInput {
  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => UUIDScalar, { nullable: true })
  fieldOfActionId?: string | null;

  @Field(() => [UUIDScalar], { nullable: true })
  districtIds?: string[] | null;

  @Field(() => [UUIDScalar], { nullable: true })
  targetGroupIds?: string[] | null;

  @Field(() => NeedClassification, { description: 'As the raiser sees it; the assessment may change it.' })
  classification!: NeedClassification;

  @Field(() => UUIDScalar, { nullable: true, description: 'The organisation that raises it (one you act for); or name a body.' })
  raisedByOrganisationId?: string | null;

  @Field(() => UUIDScalar, { nullable: true, description: 'The body that raises it (one you sit in).' })
  raisedByBodyId?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Today when left out.' })
  raisedOn?: string | null;

  @Field(() => String, { nullable: true })
  evidence?: string | null;
}

export const needSchema = z
  .object({
    title: rules.text(300, 3),
    description: rules.optionalText(10000),
    fieldOfActionId: rules.uuid().nullish(),
    districtIds: rules.tagIds().nullish(),
    targetGroupIds: rules.tagIds().nullish(),
    classification: z.enum(NeedClassification),
    raisedByOrganisationId: rules.uuid().nullish(),
    raisedByBodyId: rules.uuid().nullish(),
    raisedOn: rules.isoDate().nullish(),
    evidence: rules.optionalText(10000),
  })
  .refine((n) => !n.raisedByOrganisationId !== !n.raisedByBodyId, {
    message: 'name either the organisation or the body that raises the need',
    path: ['raisedByOrganisationId'],
  });

@InputType()
export class NeedStatusInput {
  @Field(() => NeedStatus)
  status!: NeedStatus;

  @Field(() => NeedClassification, { nullable: true, description: 'The classification the assessment settles on.' })
  classification?: NeedClassification | null;

  @Field(() => String, { nullable: true, description: 'Required when declining: the reason.' })
  note?: string | null;
}

export const needStatusSchema = z
  .object({
    status: z.enum(NeedStatus),
    classification: z.enum(NeedClassification).nullish(),
    note: rules.optionalText(2000),
  })
  .refine((s) => s.status !== NeedStatus.DECLINED || !!s.note, { message: 'say why the need is declined', path: ['note'] });

@InputType()
export class NeedFilter {
  @Field(() => [NeedStatus], { nullable: true })
  statuses?: NeedStatus[] | null;

  @Field(() => [NeedClassification], { nullable: true })
  classifications?: NeedClassification[] | null;

  @Field(() => UUIDScalar, { nullable: true })
  fieldOfActionId?: string | null;

  @Field(() => UUIDScalar, { nullable: true })
  districtId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only needs still waiting: raised, assessed or prioritised.' })
  open?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Words in the title, description or evidence.' })
  text?: string | null;
}

const needFilterFields = z.object({
  statuses: z.array(z.enum(NeedStatus)).max(10).nullish(),
  classifications: z.array(z.enum(NeedClassification)).max(5).nullish(),
  fieldOfActionId: rules.uuid().nullish(),
  districtId: rules.uuid().nullish(),
  open: z.boolean().nullish(),
  text: rules.optionalText(200),
});

export const needFilterSchema = needFilterFields.nullish().transform((f): Partial<z.output<typeof needFilterFields>> => f ?? {});

@InputType()
export class PriorityReviewInput {
  @Field(() => UUIDScalar, { description: 'The steering body whose members rank.' })
  bodyId!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => DateScalar, { description: 'The last day members may rank.' })
  closesOn!: string;

  @Field(() => [UUIDScalar], { description: 'Assessed (or earlier prioritised) needs to rank.' })
  needIds!: string[];
}

export const reviewSchema = z.object({
  bodyId: rules.uuid(),
  title: rules.text(300, 3),
  description: rules.optionalText(5000),
  closesOn: rules.isoDate(),
  needIds: z
    .array(rules.uuid())
    .min(2, 'a review ranks at least two needs')
    .max(MAX_REVIEW_NEEDS, `at most ${MAX_REVIEW_NEEDS}`)
    .refine((ids) => new Set(ids).size === ids.length, 'a need is listed twice'),
});

export const rankingSchema = z
  .array(rules.uuid())
  .min(1, 'rank at least one need')
  .max(MAX_REVIEW_NEEDS, `at most ${MAX_REVIEW_NEEDS}`)
  .refine((ids) => new Set(ids).size === ids.length, 'a need is ranked twice');

@InputType()
export class DecideReviewInput {
  @Field(() => UUIDScalar, { description: 'The agenda item of a meeting of the review’s body under which the decision is recorded.' })
  agendaItemId!: string;

  @Field(() => [UUIDScalar], { description: 'The needs the body prioritises, most pressing first.' })
  prioritisedNeedIds!: string[];

  @Field(() => String, { nullable: true, description: 'The decision’s text; written from the priorities when left out.' })
  text?: string | null;
}

export const decideReviewSchema = z.object({
  agendaItemId: rules.uuid(),
  prioritisedNeedIds: z
    .array(rules.uuid())
    .max(MAX_REVIEW_NEEDS)
    .refine((ids) => new Set(ids).size === ids.length, 'a need is listed twice'),
  text: rules.optionalText(5000),
});

@InputType()
export class MandateInput {
  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => UUIDScalar, { nullable: true, description: 'The prioritised need it answers; it becomes mandated.' })
  needId?: string | null;

  @Field(() => UUIDScalar, { nullable: true, description: 'The working group that carries it out; or give `newWorkingGroupName`.' })
  bodyId?: string | null;

  @Field(() => String, { nullable: true, description: 'Founds a new working group under the issuing body for it (coordination office).' })
  newWorkingGroupName?: string | null;

  @Field(() => UUIDScalar, { description: 'The steering body that issues it.' })
  issuedById!: string;

  @Field(() => UUIDScalar, { nullable: true, description: 'The decision of the issuing body that gave it.' })
  decisionId?: string | null;

  @Field(() => DateScalar, { nullable: true })
  issuedOn?: string | null;

  @Field(() => DateScalar, { nullable: true })
  dueOn?: string | null;
}

export const mandateSchema = z
  .object({
    title: rules.text(300, 3),
    description: rules.optionalText(5000),
    needId: rules.uuid().nullish(),
    bodyId: rules.uuid().nullish(),
    newWorkingGroupName: rules.optionalText(200),
    issuedById: rules.uuid(),
    decisionId: rules.uuid().nullish(),
    issuedOn: rules.isoDate().nullish(),
    dueOn: rules.isoDate().nullish(),
  })
  .refine((m) => !m.bodyId !== !m.newWorkingGroupName, {
    message: 'name either the working group or the new working group’s name',
    path: ['bodyId'],
  })
  .refine((m) => !m.dueOn || !m.issuedOn || m.dueOn >= m.issuedOn, { message: 'must not be before it is issued', path: ['dueOn'] });

@InputType()
export class MandateUpdateInput {
  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => DateScalar, { nullable: true })
  dueOn?: string | null;

  @Field(() => MandateStatus, { nullable: true })
  status?: MandateStatus | null;
}

export const mandateUpdateSchema = z.object({
  title: rules.text(300, 3).nullish(),
  description: rules.optionalText(5000),
  dueOn: rules.isoDate().nullish(),
  status: z.enum(MandateStatus).nullish(),
});

@InputType()
export class MandateFilter {
  @Field(() => UUIDScalar, { nullable: true, description: 'Given to this working group.' })
  bodyId?: string | null;

  @Field(() => UUIDScalar, { nullable: true, description: 'Issued by this body.' })
  issuedById?: string | null;

  @Field(() => [MandateStatus], { nullable: true })
  statuses?: MandateStatus[] | null;
}

const mandateFilterFields = z.object({
  bodyId: rules.uuid().nullish(),
  issuedById: rules.uuid().nullish(),
  statuses: z.array(z.enum(MandateStatus)).max(5).nullish(),
});

export const mandateFilterSchema = mandateFilterFields.nullish().transform((f): Partial<z.output<typeof mandateFilterFields>> => f ?? {});

export const reviewStatusSchema = z.enum(ReviewStatus);
