import { Field, InputType, Int } from 'type-graphql';
import { z } from 'zod';
import { DateScalar, UUIDScalar } from '../../graphql/scalars.js';
import { rules } from '../../validation/parse-input.js';
import { ApplicationStatus } from './fund.entity.js';
import { FundOutcome, MAX_CRITERIA, MAX_PARTNERS } from './fund.rules.js';

@InputType()
export class FundCriterionInput {
  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;
}

@InputType({ description: 'Fund fields. On update, omitted fields are left unchanged.' })
export class FundInput {
  @Field(() => Int, { nullable: true })
  year?: number;

  @Field(() => String, { nullable: true })
  title?: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'Euros with at most two decimals, e.g. "50000" or "52440.30".' })
  budget?: string;

  @Field(() => UUIDScalar, { nullable: true, description: 'The deciding body (the steering committee).' })
  bodyId?: string;

  @Field(() => [FundCriterionInput], {
    nullable: true,
    description: 'In order. Once applications answer them, criteria can be reworded but not added or removed.',
  })
  criteria?: FundCriterionInput[];
}

@InputType({ description: 'Round fields. On update, omitted fields are left unchanged.' })
export class FundRoundInput {
  @Field(() => Int, { nullable: true })
  number?: number;

  @Field(() => String, { nullable: true })
  title?: string;

  @Field(() => DateScalar, { nullable: true, description: 'The last day applications are taken (Europe/Berlin).' })
  deadline?: string;

  @Field(() => UUIDScalar, { nullable: true, description: 'A meeting of the fund’s deciding body.' })
  decisionMeetingId?: string | null;
}

@InputType()
export class FundAnswerInput {
  @Field(() => UUIDScalar)
  criterionId!: string;

  @Field(() => String)
  answer!: string;
}

@InputType({ description: 'Application fields. On update, omitted fields are left unchanged; round and applicant stay.' })
export class FundApplicationInput {
  @Field(() => UUIDScalar, { nullable: true, description: 'Only when applying.' })
  roundId?: string;

  @Field(() => UUIDScalar, { nullable: true, description: 'The applying organisation; only when applying.' })
  applicantId?: string;

  @Field(() => String, { nullable: true })
  projectTitle?: string;

  @Field(() => String, { nullable: true })
  summary?: string;

  @Field(() => String, { nullable: true, description: 'Euros with at most two decimals, e.g. "4000" or "1413.37".' })
  requestedAmount?: string;

  @Field(() => DateScalar, { nullable: true })
  periodStart?: string;

  @Field(() => DateScalar, { nullable: true })
  periodEnd?: string;

  @Field(() => [UUIDScalar], { nullable: true, description: 'Partner organisations, other than the applicant.' })
  partnerIds?: string[];

  @Field(() => [FundAnswerInput], { nullable: true, description: 'One non-empty answer to every criterion of the fund.' })
  answers?: FundAnswerInput[];

  @Field(() => Boolean, { nullable: true, description: 'Once funded, listed publicly (default true).' })
  isPublic?: boolean;
}

@InputType()
export class FundApplicationFilter {
  @Field(() => UUIDScalar, { nullable: true })
  fundId?: string | null;

  @Field(() => UUIDScalar, { nullable: true })
  roundId?: string | null;

  @Field(() => UUIDScalar, { nullable: true })
  applicantId?: string | null;

  @Field(() => [ApplicationStatus], { nullable: true })
  statuses?: ApplicationStatus[] | null;
}

@InputType()
export class FundDecisionInput {
  @Field(() => UUIDScalar, { description: 'The agenda item, in a meeting of the fund’s deciding body, the decision is taken under.' })
  agendaItemId!: string;

  @Field(() => FundOutcome)
  outcome!: FundOutcome;

  @Field(() => String, { nullable: true, description: 'For APPROVED (required): at most the requested amount.' })
  approvedAmount?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

const criterion = z.object({ title: rules.text(200, 2), description: rules.optionalText(2000) });
const criteria = z.array(criterion).min(1, 'a fund needs at least one criterion').max(MAX_CRITERIA, `at most ${MAX_CRITERIA}`);
const year = z
  .number()
  .int('must be a whole number')
  .min(2000, 'must be a year from 2000 to 2100')
  .max(2100, 'must be a year from 2000 to 2100');

export const createFundSchema = z.object({
  year,
  title: rules.text(300, 3),
  description: rules.optionalText(10000),
  budget: rules.amount(),
  bodyId: rules.uuid(),
  criteria,
});

export const updateFundSchema = z.object({
  year: year.optional(),
  title: rules.text(300, 3).optional(),
  description: rules.optionalText(10000).optional(),
  budget: rules.amount().optional(),
  bodyId: rules.uuid().optional(),
  criteria: criteria.optional(),
});

const roundNumber = z.number().int('must be a whole number').min(1, 'must be 1 or more').max(99, 'must be at most 99');

export const createRoundSchema = z.object({
  number: roundNumber,
  title: rules.text(300, 3),
  deadline: rules.isoDate(),
  decisionMeetingId: rules.uuid().nullish(),
});

export const updateRoundSchema = z.object({
  number: roundNumber.optional(),
  title: rules.text(300, 3).optional(),
  deadline: rules.isoDate().optional(),
  decisionMeetingId: rules.uuid().nullish(),
});

const answers = z
  .array(z.object({ criterionId: rules.uuid(), answer: rules.text(10000) }))
  .max(MAX_CRITERIA, `at most ${MAX_CRITERIA}`)
  .refine((a) => new Set(a.map((x) => x.criterionId)).size === a.length, 'each criterion is answered once');
const partnerIds = rules
  .uuids()
  .max(MAX_PARTNERS, `at most ${MAX_PARTNERS}`)
  .refine((ids) => new Set(ids).size === ids.length, 'each partner is named once');
const period = <T extends { periodStart?: string; periodEnd?: string }>(a: T) =>
  !a.periodStart || !a.periodEnd || a.periodEnd >= a.periodStart;

const applicationFields = {
  projectTitle: rules.text(300, 3),
  summary: rules.text(10000, 3),
  requestedAmount: rules.amount(),
  periodStart: rules.isoDate(),
  periodEnd: rules.isoDate(),
  partnerIds,
  answers,
  isPublic: z.boolean(),
};

export const applySchema = z
  .object({
    ...applicationFields,
    roundId: rules.uuid(),
    applicantId: rules.uuid(),
    partnerIds: partnerIds.default([]),
    answers: answers.default([]),
    isPublic: z.boolean().default(true),
  })
  .refine(period, { path: ['periodEnd'], message: 'must not be before the start' });

export const updateApplicationSchema = z
  .object({
    roundId: z.undefined({ error: 'an application stays in its round' }).or(z.null()).optional(),
    applicantId: z.undefined({ error: 'an application stays with its applicant' }).or(z.null()).optional(),
    projectTitle: applicationFields.projectTitle.optional(),
    summary: applicationFields.summary.optional(),
    requestedAmount: applicationFields.requestedAmount.optional(),
    periodStart: applicationFields.periodStart.optional(),
    periodEnd: applicationFields.periodEnd.optional(),
    partnerIds: partnerIds.optional(),
    answers: answers.optional(),
    isPublic: z.boolean().optional(),
  })
  .refine(period, { path: ['periodEnd'], message: 'must not be before the start' });

export const decisionSchema = z
  .object({
    agendaItemId: rules.uuid(),
    outcome: z.enum(FundOutcome),
    approvedAmount: rules.amount().nullish(),
    note: rules.optionalText(2000),
  })
  .refine((d) => d.outcome !== FundOutcome.APPROVED || d.approvedAmount != null, {
    path: ['approvedAmount'],
    message: 'an approval names the approved amount',
  })
  .refine((d) => d.outcome === FundOutcome.APPROVED || d.approvedAmount == null, {
    path: ['approvedAmount'],
    message: 'only an approval has an amount',
  });

export const noteSchema = rules.optionalText(2000);

export const reportDueSchema = rules.isoDate();

export const applicationFilterSchema = z
  .object({
    fundId: rules.uuid().nullish(),
    roundId: rules.uuid().nullish(),
    applicantId: rules.uuid().nullish(),
    statuses: z.array(z.enum(ApplicationStatus)).max(7).nullish(),
  })
  .nullish()
  .transform((v) => v ?? {});
