import { Field, InputType, Int } from 'type-graphql';
import { z } from 'zod';
import { UUIDScalar } from '../../graphql/scalars.js';
import { rules } from '../../validation/parse-input.js';
import { Visibility } from '../organisation/organisation.enums.js';
import { Attendance, DecisionResult, MeetingStatus } from './meeting.enums.js';

@InputType({ description: 'Meeting fields. On update, omitted fields are left unchanged; the date moves with postponeMeeting.' })
export class MeetingInput {
  @Field(() => UUIDScalar, { nullable: true, description: 'On create only.' })
  bodyId?: string;

  @Field(() => String, { nullable: true })
  title?: string;

  @Field(() => Date, { nullable: true, description: 'An instant (ISO 8601 with offset); shown in Europe/Berlin.' })
  startsAt?: Date;

  @Field(() => Date, { nullable: true })
  endsAt?: Date;

  @Field(() => String, { nullable: true })
  location?: string | null;

  @Field(() => String, { nullable: true, description: 'An http(s) link for online participation.' })
  onlineUrl?: string | null;

  @Field(() => UUIDScalar, { nullable: true, description: 'The organisation hosting this meeting.' })
  organiserId?: string | null;

  @Field(() => Visibility, { nullable: true, description: 'Default PUBLIC for public bodies, INTERNAL otherwise.' })
  visibility?: Visibility;

  @Field(() => Boolean, { nullable: true, description: 'On create: invite the body’s current members (default true).' })
  inviteMembers?: boolean;
}

@InputType()
export class MeetingStatusInput {
  @Field(() => MeetingStatus)
  status!: MeetingStatus;

  @Field(() => String, { nullable: true, description: 'Required for CANCELLED: the reason.' })
  note?: string | null;
}

@InputType()
export class PostponeMeetingInput {
  @Field(() => Date)
  startsAt!: Date;

  @Field(() => Date)
  endsAt!: Date;

  @Field(() => String)
  reason!: string;
}

@InputType({ description: 'Agenda item fields. On update, omitted fields are left unchanged; order changes with moveAgendaItem.' })
export class AgendaItemInput {
  @Field(() => UUIDScalar, { nullable: true, description: 'On create only: the item this one is a sub-item of.' })
  parentId?: string | null;

  @Field(() => String, { nullable: true })
  title?: string;

  @Field(() => UUIDScalar, { nullable: true })
  presenterPersonId?: string | null;

  @Field(() => Int, { nullable: true })
  plannedMinutes?: number | null;

  @Field(() => Visibility, { nullable: true, description: 'Sub-items of internal items are internal.' })
  visibility?: Visibility;

  @Field(() => UUIDScalar, { nullable: true })
  measureId?: string | null;

  @Field(() => UUIDScalar, { nullable: true })
  agreementId?: string | null;

  @Field(() => UUIDScalar, { nullable: true })
  linkedBodyId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Bring this item back in the next meeting.' })
  carryOver?: boolean;
}

@InputType()
export class AttendanceInput {
  @Field(() => UUIDScalar)
  personId!: string;

  @Field(() => Attendance)
  attendance!: Attendance;

  @Field(() => UUIDScalar, { nullable: true, description: 'The organisation the person acts for here.' })
  organisationId?: string | null;
}

@InputType()
export class RecusalInput {
  @Field(() => UUIDScalar)
  personId!: string;

  @Field(() => String, { nullable: true })
  reason?: string | null;
}

@InputType({ description: 'Decision fields. On update, omitted fields are left unchanged.' })
export class DecisionInput {
  @Field(() => String, { nullable: true })
  text?: string;

  @Field(() => DecisionResult, { nullable: true })
  result?: DecisionResult;

  @Field(() => Int, { nullable: true })
  votesFor?: number | null;

  @Field(() => Int, { nullable: true })
  votesAgainst?: number | null;

  @Field(() => Int, { nullable: true })
  votesAbstaining?: number | null;

  @Field(() => [RecusalInput], { nullable: true, description: 'Members who took no part because of a conflict of interest.' })
  recusals?: RecusalInput[];
}

@InputType()
export class AmendmentInput {
  @Field(() => UUIDScalar, { nullable: true })
  agendaItemId?: string | null;

  @Field(() => String, { description: 'The correction.' })
  text!: string;

  @Field(() => String)
  reason!: string;
}

const instant = () => z.date().refine((d) => !Number.isNaN(d.getTime()), 'must be a valid time');
const period = <T extends { startsAt?: Date; endsAt?: Date }>(m: T) => !m.startsAt || !m.endsAt || m.endsAt > m.startsAt;
const periodIssue = { path: ['endsAt'], message: 'must be after the start' };

const meetingFields = {
  title: rules.text(300, 3),
  startsAt: instant(),
  endsAt: instant(),
  location: rules.optionalText(300),
  onlineUrl: rules.url(),
  organiserId: rules.uuid().nullish(),
  visibility: z.enum(Visibility),
};

export const createMeetingSchema = z
  .object({
    bodyId: rules.uuid(),
    ...meetingFields,
    visibility: meetingFields.visibility.optional(),
    inviteMembers: z
      .boolean()
      .nullish()
      .transform((v) => v ?? true),
  })
  .refine(period, periodIssue);

export const updateMeetingSchema = z
  .object({
    title: meetingFields.title.optional(),
    startsAt: meetingFields.startsAt.optional(),
    endsAt: meetingFields.endsAt.optional(),
    location: meetingFields.location.optional(),
    onlineUrl: meetingFields.onlineUrl.optional(),
    organiserId: meetingFields.organiserId,
    visibility: meetingFields.visibility.optional(),
  })
  .refine(period, periodIssue);

export const meetingStatusSchema = z
  .object({ status: z.enum(MeetingStatus), note: rules.optionalText(2000) })
  .refine((s) => s.status !== MeetingStatus.CANCELLED || !!s.note, { path: ['note'], message: 'a cancellation needs a reason' });

export const postponeSchema = z.object({ startsAt: instant(), endsAt: instant(), reason: rules.text(2000, 3) }).refine(period, periodIssue);

const agendaFields = {
  title: rules.text(300, 2),
  presenterPersonId: rules.uuid().nullish(),
  plannedMinutes: z.number().int().min(1).max(600).nullish(),
  visibility: z.enum(Visibility),
  measureId: rules.uuid().nullish(),
  agreementId: rules.uuid().nullish(),
  linkedBodyId: rules.uuid().nullish(),
  carryOver: z.boolean(),
};

export const createAgendaItemSchema = z.object({
  parentId: rules.uuid().nullish(),
  ...agendaFields,
  visibility: agendaFields.visibility.optional(),
  carryOver: agendaFields.carryOver.nullish().transform((v) => v ?? false),
});

export const updateAgendaItemSchema = z.object({
  title: agendaFields.title.optional(),
  presenterPersonId: agendaFields.presenterPersonId,
  plannedMinutes: agendaFields.plannedMinutes,
  visibility: agendaFields.visibility.optional(),
  measureId: agendaFields.measureId,
  agreementId: agendaFields.agreementId,
  linkedBodyId: agendaFields.linkedBodyId,
  carryOver: agendaFields.carryOver.optional(),
});

export const attendanceSchema = z.object({
  personId: rules.uuid(),
  attendance: z.enum(Attendance),
  organisationId: rules.uuid().nullish(),
});

const votes = z.number().int().min(0).max(10_000).nullish();
const decisionFields = {
  text: rules.text(10_000, 2),
  result: z.enum(DecisionResult),
  votesFor: votes,
  votesAgainst: votes,
  votesAbstaining: votes,
  recusals: z
    .array(z.object({ personId: rules.uuid(), reason: rules.optionalText(300) }))
    .max(100)
    .refine((r) => new Set(r.map((x) => x.personId)).size === r.length, 'each person can be recused only once'),
};

export const createDecisionSchema = z.object({
  ...decisionFields,
  recusals: decisionFields.recusals.nullish().transform((v) => v ?? []),
});

export const updateDecisionSchema = z.object({
  text: decisionFields.text.optional(),
  result: decisionFields.result.optional(),
  votesFor: votes,
  votesAgainst: votes,
  votesAbstaining: votes,
  recusals: decisionFields.recusals.optional(),
});

export const amendmentSchema = z.object({
  agendaItemId: rules.uuid().nullish(),
  text: rules.text(10_000, 2),
  reason: rules.text(2000, 3),
});

/** A Yjs update as it travels: base64, at most 512 kB decoded. */
export const noteUpdateSchema = z
  .string()
  .max(700_000, 'an update may be at most 512 kB')
  .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'must be base64')
  .refine((s) => s.length % 4 === 0, 'must be base64');
