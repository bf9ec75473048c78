import { Field, InputType, Int } from 'type-graphql';
import { z } from 'zod';
import { DateScalar, UUIDScalar } from '../../graphql/scalars.js';
import { rules } from '../../validation/parse-input.js';
import { InterestStatus, OpportunityStatus, TimeCommitment } from './volunteering.entity.js';
import { MAX_SKILL_LENGTH, MAX_SKILLS, skillKey } from './volunteering.rules.js';

/** Short free words, trimmed, without empty ones or repeats (compared case-insensitively), at most MAX_SKILLS. */
const skillsSchema = z
  .array(z.string().trim().max(MAX_SKILL_LENGTH, `at most ${MAX_SKILL_LENGTH} characters each`))
  .max(MAX_SKILLS, `at most ${MAX_SKILLS}`)
  .transform((skills) => {
    const seen = new Set<string>();
    return skills
      .map((s) => s.replace(/\s+/g, ' '))
      .filter((s) => {
        const key = skillKey(s);
        if (!key || seen.has(key)) return false;
        seen.add(key);
        return true;
      });
  });

const phonePattern = /^\+?[0-9][0-9 ()/-]{4,29}$/;

@InputType({ description: 'Fields of a volunteer opportunity. On update, omitted fields are left unchanged.' })
export class VolunteerOpportunityInput {
  @Field(() => UUIDScalar, { nullable: true, description: 'Only when creating: the organisation offering it.' })
  organisationId?: string | null;

  @Field(() => String, { nullable: true })
  title?: string;

  @Field(() => String, { nullable: true, description: 'What the volunteer does, plain text.' })
  task?: string;

  @Field(() => TimeCommitment, { nullable: true })
  timeNeeded?: TimeCommitment;

  @Field(() => Int, { nullable: true, description: 'Roughly how many hours a month, 1-200.' })
  hoursPerMonth?: number | null;

  @Field(() => [UUIDScalar], { nullable: true })
  languageIds?: string[];

  @Field(() => [UUIDScalar], { nullable: true })
  districtIds?: string[];

  @Field(() => [UUIDScalar], { nullable: true })
  targetGroupIds?: string[];

  @Field(() => [String], { nullable: true, description: `At most ${MAX_SKILLS} short words, ${MAX_SKILL_LENGTH} characters each.` })
  skills?: string[];

  @Field(() => OpportunityStatus, { nullable: true })
  status?: OpportunityStatus;

  @Field(() => DateScalar, { nullable: true, description: 'First day.' })
  validFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day; visitors no longer see it afterwards.' })
  validUntil?: string | null;
}

const optionalDay = () =>
  rules
    .isoDate()
    .nullish()
    .transform((v) => v ?? null);

const opportunityFields = {
  title: rules.text(200, 3),
  task: rules.text(5000, 10),
  timeNeeded: z.enum(TimeCommitment),
  hoursPerMonth: z
    .number()
    .int()
    .min(1)
    .max(200)
    .nullish()
    .transform((v) => v ?? null),
  languageIds: rules.tagIds(),
  districtIds: rules.tagIds(),
  targetGroupIds: rules.tagIds(),
  skills: skillsSchema,
  status: z.enum(OpportunityStatus),
  validFrom: optionalDay(),
  validUntil: optionalDay(),
};

const validPeriod = (o: { validFrom?: string | null; validUntil?: string | null }) =>
  !o.validFrom || !o.validUntil || o.validUntil >= o.validFrom;
const periodIssue = { path: ['validUntil'], message: 'must not be before the first day' };

export const createOpportunitySchema = z
  .object({
    organisationId: rules.uuid(),
    ...opportunityFields,
    languageIds: opportunityFields.languageIds.default([]),
    districtIds: opportunityFields.districtIds.default([]),
    targetGroupIds: opportunityFields.targetGroupIds.default([]),
    skills: opportunityFields.skills.default([]),
    status: opportunityFields.status.default(OpportunityStatus.OPEN),
  })
  .refine(validPeriod, periodIssue);

export const updateOpportunitySchema = z
  .object({
    organisationId: z.undefined({ error: 'an opportunity stays with its organisation' }).or(z.null()).optional(),
    title: opportunityFields.title.optional(),
    task: opportunityFields.task.optional(),
    timeNeeded: opportunityFields.timeNeeded.optional(),
    hoursPerMonth: opportunityFields.hoursPerMonth.optional(),
    languageIds: opportunityFields.languageIds.optional(),
    districtIds: opportunityFields.districtIds.optional(),
    targetGroupIds: opportunityFields.targetGroupIds.optional(),
    skills: opportunityFields.skills.optional(),
    status: opportunityFields.status.optional(),
    validFrom: opportunityFields.validFrom.optional(),
    validUntil: opportunityFields.validUntil.optional(),
  })
  .refine(validPeriod, periodIssue);

export type CreateOpportunityData = z.output<typeof createOpportunitySchema>;
export type UpdateOpportunityData = z.output<typeof updateOpportunitySchema>;

@InputType({ description: 'Filters of the volunteering directory; within a list any value matches, across lists all must match.' })
export class VolunteerOpportunityFilter {
  @Field(() => String, { nullable: true, description: 'Words in title or task; German word forms match.' })
  search?: string | null;

  @Field(() => [UUIDScalar], { nullable: true })
  districtIds?: string[] | null;

  @Field(() => [UUIDScalar], { nullable: true })
  languageIds?: string[] | null;

  @Field(() => [UUIDScalar], { nullable: true })
  targetGroupIds?: string[] | null;

  @Field(() => [TimeCommitment], { nullable: true, description: 'Tasks that need one of these.' })
  timeNeeded?: TimeCommitment[] | null;

  @Field(() => [UUIDScalar], { nullable: true })
  organisationIds?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Members only: also filled, closed and expired ones.' })
  includeClosed?: boolean | null;
}

export const opportunityFilterSchema = z
  .object({
    search: z.string().trim().max(200).nullish(),
    districtIds: rules.uuids().nullish(),
    languageIds: rules.uuids().nullish(),
    targetGroupIds: rules.uuids().nullish(),
    timeNeeded: z.array(z.enum(TimeCommitment)).max(10).nullish(),
    organisationIds: rules.uuids().nullish(),
    includeClosed: z.boolean().nullish(),
  })
  .nullish()
  .transform((v) => v ?? {});

export type OpportunityFilterData = z.output<typeof opportunityFilterSchema>;

@InputType({ description: 'A volunteer’s interest in an opportunity. Nothing is stored without `consent`.' })
export class VolunteerInterestInput {
  @Field(() => UUIDScalar)
  opportunityId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  email!: string;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => [UUIDScalar], { nullable: true, description: 'Languages the volunteer speaks.' })
  languageIds?: string[] | null;

  @Field(() => UUIDScalar, { nullable: true, description: 'The district the volunteer lives or wants to help in.' })
  districtId?: string | null;

  @Field(() => TimeCommitment, { nullable: true })
  timeAvailable?: TimeCommitment | null;

  @Field(() => [String], { nullable: true })
  skills?: string[] | null;

  @Field(() => String, { nullable: true, description: 'A note to the organisation.' })
  message?: string | null;

  @Field(() => Boolean, { description: 'The volunteer agrees that their data are stored and passed to the organisation. Must be true.' })
  consent!: boolean;
}

export const interestSchema = z.object({
  opportunityId: rules.uuid(),
  name: rules.text(200, 2),
  email: rules.email(),
  phone: rules.optionalText(40).refine((v) => v === null || phonePattern.test(v), 'must be a phone number such as +49 391 123456'),
  languageIds: rules
    .tagIds()
    .nullish()
    .transform((v) => v ?? []),
  districtId: rules
    .uuid()
    .nullish()
    .transform((v) => v ?? null),
  timeAvailable: z
    .enum(TimeCommitment)
    .nullish()
    .transform((v) => v ?? null),
  skills: skillsSchema.nullish().transform((v) => v ?? []),
  message: rules.optionalText(2000),
  consent: z.literal(true, { error: 'consent to store your data is required' }),
});

export type InterestData = z.output<typeof interestSchema>;

@InputType({ description: 'An organisation’s answer: a new status, a message to the volunteer, or both.' })
export class InterestAnswerInput {
  @Field(() => InterestStatus, { nullable: true, description: 'Omitted: a NEW interest becomes ANSWERED, others keep theirs.' })
  status?: InterestStatus | null;

  @Field(() => String, { nullable: true, description: 'Mailed to the volunteer.' })
  message?: string | null;
}

export const answerSchema = z
  .object({
    status: z
      .enum(InterestStatus)
      .nullish()
      .transform((v) => v ?? null),
    message: rules.optionalText(4000),
  })
  .refine((a) => a.status !== null || a.message !== null, { path: ['message'], message: 'write a message or choose a status' });

@InputType({ description: 'What a volunteer brings, for "Was passt zu mir?".' })
export class VolunteerMatchInput {
  @Field(() => UUIDScalar, { nullable: true })
  districtId?: string | null;

  @Field(() => [UUIDScalar], { nullable: true })
  languageIds?: string[] | null;

  @Field(() => TimeCommitment, { nullable: true })
  timeAvailable?: TimeCommitment | null;

  @Field(() => [String], { nullable: true })
  skills?: string[] | null;
}

export const matchSchema = z.object({
  districtId: rules
    .uuid()
    .nullish()
    .transform((v) => v ?? null),
  languageIds: rules
    .tagIds()
    .nullish()
    .transform((v) => v ?? []),
  timeAvailable: z
    .enum(TimeCommitment)
    .nullish()
    .transform((v) => v ?? null),
  skills: skillsSchema.nullish().transform((v) => v ?? []),
});

export type MatchData = z.output<typeof matchSchema>;

@InputType()
export class VolunteerFilter {
  @Field(() => String, { nullable: true, description: 'Part of the name or e-mail address.' })
  search?: string | null;

  @Field(() => UUIDScalar, { nullable: true, description: 'Volunteers interested in this organisation’s opportunities.' })
  organisationId?: string | null;
}

export const volunteerFilterSchema = z
  .object({
    search: z.string().trim().max(200).nullish(),
    organisationId: rules.uuid().nullish(),
  })
  .nullish()
  .transform((v) => v ?? {});

@InputType()
export class VolunteerInterestFilter {
  @Field(() => [UUIDScalar], { nullable: true })
  organisationIds?: string[] | null;

  @Field(() => UUIDScalar, { nullable: true })
  opportunityId?: string | null;

  @Field(() => [InterestStatus], { nullable: true })
  statuses?: InterestStatus[] | null;
}

export const interestFilterSchema = z
  .object({
    organisationIds: rules.uuids().nullish(),
    opportunityId: rules.uuid().nullish(),
    statuses: z.array(z.enum(InterestStatus)).max(10).nullish(),
  })
  .nullish()
  .transform((v) => v ?? {});
