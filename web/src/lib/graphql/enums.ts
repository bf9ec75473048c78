import type { graphql } from './graphql.ts';

type EnumOf<Name extends string> = ReturnType<typeof graphql.scalar<Name>>;

export type OrganisationKind = EnumOf<'OrganisationKind'>;
export type Sector = EnumOf<'Sector'>;
export type UserRole = EnumOf<'UserRole'>;
export type ContactChannelKind = EnumOf<'ContactChannelKind'>;
export type Visibility = EnumOf<'Visibility'>;
export type Staleness = EnumOf<'Staleness'>;
export type BodyKind = EnumOf<'BodyKind'>;
export type BodyStatus = EnumOf<'BodyStatus'>;
export type MembershipRole = EnumOf<'MembershipRole'>;
export type MeasureStatus = EnumOf<'MeasureStatus'>;
export type AgreementKind = EnumOf<'AgreementKind'>;
export type AgreementStatus = EnumOf<'AgreementStatus'>;
export type MeetingStatus = EnumOf<'MeetingStatus'>;
export type Attendance = EnumOf<'Attendance'>;
export type DecisionResult = EnumOf<'DecisionResult'>;
export type TaskStatus = EnumOf<'TaskStatus'>;
export type MeetingEventKind = EnumOf<'MeetingEventKind'>;
export type NetworkNodeKind = EnumOf<'NetworkNodeKind'>;
export type NetworkEdgeKind = EnumOf<'NetworkEdgeKind'>;
export type NetworkReasonKind = EnumOf<'NetworkReasonKind'>;
export type OfferKind = EnumOf<'OfferKind'>;
export type OfferCost = EnumOf<'OfferCost'>;
export type TimeCommitment = EnumOf<'TimeCommitment'>;
export type OpportunityStatus = EnumOf<'OpportunityStatus'>;
export type InterestStatus = EnumOf<'InterestStatus'>;

/**
 * Lists the values of an enum; fails to compile when the list misses a value
 * the schema has (the error names the missing ones).
 */
const enumValues =
  <All extends string>() =>
  <const List extends readonly All[]>(
    list: List & ([Exclude<All, List[number]>] extends [never] ? unknown : { missing: Exclude<All, List[number]> }),
  ): readonly All[] =>
    list;

/** The enum values in the order the UI lists them. */
export const organisationKinds = enumValues<OrganisationKind>()([
  'MUNICIPAL_DEPARTMENT',
  'PUBLIC_AGENCY',
  'WELFARE_ASSOCIATION',
  'ASSOCIATION',
  'MIGRANT_ORGANISATION',
  'VOLUNTEER_INITIATIVE',
  'CHURCH_OR_PARISH',
  'EDUCATION_PROVIDER',
  'EMPLOYER_OR_CHAMBER',
  'OTHER',
]);

export const sectors = enumValues<Sector>()([
  'PUBLIC_ADMINISTRATION',
  'WELFARE',
  'CIVIL_SOCIETY',
  'MIGRANT_SELF_ORGANISATION',
  'FAITH',
  'EDUCATION',
  'BUSINESS',
]);

export const userRoles = enumValues<UserRole>()(['MEMBER', 'EDITOR', 'ADMIN']);

export const contactChannelKinds = enumValues<ContactChannelKind>()(['EMAIL', 'PHONE', 'MOBILE', 'FAX', 'MESSENGER']);

export const visibilities = enumValues<Visibility>()(['PUBLIC', 'INTERNAL']);

export const stalenessValues = enumValues<Staleness>()(['STALE', 'FRESH']);

/** From the top of the structure down: steering, working level, then the bodies beside it. */
export const bodyKinds = enumValues<BodyKind>()([
  'STEERING_COMMITTEE',
  'WORKING_GROUP',
  'SUB_GROUP',
  'SUB_PROJECT',
  'ADVISORY_COUNCIL',
  'ROUND_TABLE',
  'FORUM',
  'COORDINATION_OFFICE',
]);

/** A body's life, in order; the last three end it. */
export const bodyStatuses = enumValues<BodyStatus>()(['FOUNDED', 'ACTIVE', 'PAUSED', 'MERGED', 'DISSOLVED', 'HANDED_OVER']);

/** Roles in the order a body's members are listed: leadership first. */
export const membershipRoles = enumValues<MembershipRole>()([
  'CHAIR',
  'DEPUTY_CHAIR',
  'TANDEM_LEAD',
  'MEMBER',
  'DEPUTY_MEMBER',
  'ADVISORY',
  'GUEST',
  'SECRETARIAT',
]);

/** A measure's statuses in the order of its life; the board's columns follow it. */
export const measureStatuses = enumValues<MeasureStatus>()(['PLANNED', 'IN_PROGRESS', 'STALLED', 'DONE', 'DROPPED']);

export const agreementKinds = enumValues<AgreementKind>()([
  'COOPERATION',
  'SERVICE',
  'FUNDING',
  'STAFF_VOLUNTEER',
  'MEMORANDUM_OF_UNDERSTANDING',
  'OTHER',
]);

/** draft → negotiating → signed → in force → expired or terminated. */
export const agreementStatuses = enumValues<AgreementStatus>()(['DRAFT', 'NEGOTIATING', 'SIGNED', 'IN_FORCE', 'EXPIRED', 'TERMINATED']);

/** planned → invited → running → minutes draft → approved → published; or cancelled before it runs. */
export const meetingStatuses = enumValues<MeetingStatus>()([
  'PLANNED',
  'INVITED',
  'RUNNING',
  'MINUTES_DRAFT',
  'MINUTES_APPROVED',
  'PUBLISHED',
  'CANCELLED',
]);

/** The check-in list's choices, in the order they are offered. */
export const attendances = enumValues<Attendance>()(['PRESENT', 'EXCUSED', 'ABSENT', 'GUEST']);

export const decisionResults = enumValues<DecisionResult>()(['ADOPTED', 'REJECTED', 'DEFERRED', 'NOTED']);

/** The task board's columns, left to right. */
export const taskStatuses = enumValues<TaskStatus>()(['OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED']);

/** The actor map's node kinds: organisations always, people and bodies on request. */
export const networkNodeKinds = enumValues<NetworkNodeKind>()(['ORGANISATION', 'PERSON', 'BODY']);

/** The kinds of ties on the actor map: between organisations first, then those to people and bodies. */
export const networkEdgeKinds = enumValues<NetworkEdgeKind>()([
  'CO_MEMBERSHIP',
  'AGREEMENT',
  'CO_ATTENDANCE',
  'TANDEM',
  'AFFILIATION',
  'BODY_MEMBERSHIP',
  'BODY_HIERARCHY',
]);

/** Narrows a string from a URL or form to a value of the given list. */
export function pick<T extends string>(list: readonly T[], value: string | null | undefined): T | undefined {
  return list.find((item) => item === value);
}

/** Offer kinds in the order the directory lists them: counselling first, what newcomers look for most. */
export const offerKinds = enumValues<OfferKind>()([
  'COUNSELLING',
  'LANGUAGE_COURSE',
  'LANGUAGE_CAFE',
  'WORK_AND_TRAINING',
  'HOUSING',
  'HEALTH',
  'EDUCATION',
  'CHILDCARE',
  'SPONSORSHIP',
  'LEISURE',
  'OTHER',
]);

/** What taking part costs, cheapest first. */
export const offerCosts = enumValues<OfferCost>()(['FREE', 'REDUCED', 'PAID']);

/** How much time a task needs or a volunteer has, least first. */
export const timeCommitments = enumValues<TimeCommitment>()(['ONCE', 'OCCASIONAL', 'WEEKLY', 'SEVERAL_TIMES_A_WEEK']);

/** Whether an opportunity takes volunteers. */
export const opportunityStatuses = enumValues<OpportunityStatus>()(['OPEN', 'FILLED', 'CLOSED']);

/** Where an interest stands, in the order it usually moves. */
export const interestStatuses = enumValues<InterestStatus>()(['NEW', 'ANSWERED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN']);
