import { Extensions, Field, Int, ObjectType } from 'type-graphql';
import { Connection, Edge } from '../../graphql/connection.js';
import { VersionedView } from '../../graphql/record.types.js';
import { DateScalar } from '../../graphql/scalars.js';
import type { OrganisationView } from '../organisation/organisation.types.js';
import { InterestMessageAuthor, InterestStatus, OpportunityStatus, TimeCommitment } from './volunteering.entity.js';
import { MAX_INTEREST_MESSAGES, MAX_SKILLS } from './volunteering.rules.js';

/** A task an organisation looks for volunteers for, as a reader sees it. */
@ObjectType('VolunteerOpportunity', {
  simpleResolvers: true,
  description: 'A volunteer opportunity (Engagementprofil). Visitors see open ones of public organisations until their last day.',
})
export class VolunteerOpportunityView extends VersionedView {
  @Field(() => String)
  title!: string;

  @Field(() => String, { description: 'What the volunteer does, plain text.' })
  task!: string;

  @Field(() => TimeCommitment)
  timeNeeded!: TimeCommitment;

  @Field(() => Int, { nullable: true, description: 'Roughly how many hours a month.' })
  hoursPerMonth!: number | null;

  @Field(() => [String])
  @Extensions({ maxItems: MAX_SKILLS })
  skills!: string[];

  @Field(() => OpportunityStatus)
  status!: OpportunityStatus;

  @Field(() => DateScalar, { nullable: true })
  validFrom!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day it is offered.' })
  validUntil!: string | null;

  @Field(() => Date, { description: 'When it was last confirmed as current.' })
  lastConfirmedAt!: Date;

  organisationId!: string;
  /** Present when the statement that read the opportunity also read its organisation. */
  organisation?: OrganisationView;
}

/** One message of an interest. */
@ObjectType('VolunteerInterestMessage', { simpleResolvers: true })
export class InterestMessageView {
  @Field(() => Date)
  at!: Date;

  @Field(() => InterestMessageAuthor)
  author!: InterestMessageAuthor;

  @Field(() => String, { nullable: true, description: 'The answering editor; empty for the volunteer’s own messages.' })
  authorName!: string | null;

  @Field(() => String, { nullable: true, description: 'Empty once the volunteer’s data were erased.' })
  text!: string | null;

  @Field(() => InterestStatus, { nullable: true, description: 'The status this answer set.' })
  status!: InterestStatus | null;
}

/**
 * A volunteer registered without an account. Personal data: visible only to
 * the coordination office and the editors of organisations the volunteer
 * applied to.
 */
@ObjectType('Volunteer', { simpleResolvers: true, description: 'A volunteer who registered interest (personal data).' })
export class VolunteerView extends VersionedView {
  @Field(() => String, { description: 'After erasure a pseudonym such as "Gelöschte Person 3F2A".' })
  name!: string;

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field(() => TimeCommitment, { nullable: true })
  timeAvailable!: TimeCommitment | null;

  @Field(() => [String])
  @Extensions({ maxItems: MAX_SKILLS })
  skills!: string[];

  @Field(() => Date, { description: 'When the volunteer last consented to their data being stored.' })
  consentGivenAt!: Date;

  @Field(() => Date, { nullable: true })
  erasedAt!: Date | null;

  districtId!: string | null;
}

/** A volunteer's interest in one opportunity. */
@ObjectType('VolunteerInterest', {
  simpleResolvers: true,
  description: 'A volunteer’s interest in an opportunity: the coordination office and the organisation’s editors.',
})
export class VolunteerInterestView extends VersionedView {
  @Field(() => InterestStatus)
  status!: InterestStatus;

  @Field(() => [InterestMessageView], { description: 'Oldest first.' })
  @Extensions({ maxItems: MAX_INTEREST_MESSAGES })
  messages!: InterestMessageView[];

  opportunityId!: string;
  volunteerId!: string;
  organisationId!: string;
  /** Present when read in the same statement (under their own read rules). */
  opportunity?: VolunteerOpportunityView;
  volunteer?: VolunteerView;
}

/** Why an opportunity was suggested. */
@ObjectType('VolunteerMatch', { simpleResolvers: true, description: 'A suggested opportunity and why it fits.' })
export class VolunteerMatchView {
  @Field(() => VolunteerOpportunityView)
  opportunity!: VolunteerOpportunityView;

  @Field(() => Int, { description: 'District 3 (no district listed: 1), 2 per shared language, 2 when the time fits, 1 per shared skill.' })
  score!: number;

  @Field(() => Boolean, { description: 'The opportunity is in the volunteer’s district.' })
  districtMatches!: boolean;

  @Field(() => Boolean, { description: 'The opportunity lists no district: anywhere in the city.' })
  anyDistrict!: boolean;

  @Field(() => Boolean, { description: 'It needs no more time than the volunteer has.' })
  timeFits!: boolean;

  /** The languages both name; the resolver reads them. */
  matchedLanguageIds!: string[];

  @Field(() => [String], { description: 'The skills both name, as the opportunity spells them.' })
  @Extensions({ maxItems: MAX_SKILLS })
  matchedSkills!: string[];
}

@ObjectType('VolunteerOpportunityEdge', { simpleResolvers: true })
export class VolunteerOpportunityEdge extends Edge(VolunteerOpportunityView) {}

@ObjectType('VolunteerOpportunityConnection', { simpleResolvers: true })
export class VolunteerOpportunityConnection extends Connection(VolunteerOpportunityEdge) {}
