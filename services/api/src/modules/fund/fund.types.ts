import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DocumentView, StatusChangeView, VersionedView } from '../../graphql/record.types.js';
import { DateScalar, MoneyScalar } from '../../graphql/scalars.js';
import { ApplicationStatus, FundVoteChoice } from './fund.entity.js';

/** An integration fund (Integrationsfonds) of one year, as a reader sees it. Amounts are integer cents. */
@ObjectType('Fund', { simpleResolvers: true, description: 'An integration fund of one year, decided by one body.' })
export class FundView extends VersionedView {
  @Field(() => Int)
  year!: number;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => MoneyScalar)
  budget!: number;

  bodyId!: string;
}

/** A criterion every application answers. */
@ObjectType('FundCriterion', { simpleResolvers: true })
export class FundCriterionView {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'From 1, in the order applications answer them.' })
  position!: number;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  fundId!: string;
}

/** An application round: a deadline and the meeting that decides. */
@ObjectType('FundRound', { simpleResolvers: true })
export class FundRoundView extends VersionedView {
  @Field(() => Int)
  number!: number;

  @Field(() => String)
  title!: string;

  @Field(() => DateScalar, { description: 'The last day applications are taken (Europe/Berlin).' })
  deadline!: string;

  fundId!: string;
  decisionMeetingId!: string | null;
}

/** A funded project, as the public sees it: name, organisation, amount, period. */
@ObjectType('FundedProject', { simpleResolvers: true, description: 'A funded project: approved, report due or closed.' })
export class FundedProjectView {
  /** The application's id: not a field, since the project is public where the application is not (see `application`). */
  applicationId!: string;

  @Field(() => String)
  projectTitle!: string;

  @Field(() => MoneyScalar)
  approvedAmount!: number;

  @Field(() => DateScalar)
  periodStart!: string;

  @Field(() => DateScalar)
  periodEnd!: string;

  applicantId!: string;
  roundId!: string;
  fundId!: string;
}

/** An application for money from a fund. */
@ObjectType('FundApplication', { simpleResolvers: true })
export class FundApplicationView extends VersionedView {
  @Field(() => String)
  projectTitle!: string;

  @Field(() => String)
  summary!: string;

  @Field(() => MoneyScalar)
  requestedAmount!: number;

  @Field(() => MoneyScalar, { nullable: true, description: 'Once approved.' })
  approvedAmount!: number | null;

  @Field(() => DateScalar)
  periodStart!: string;

  @Field(() => DateScalar)
  periodEnd!: string;

  @Field(() => ApplicationStatus)
  status!: ApplicationStatus;

  @Field(() => Boolean, { description: 'Once funded, listed publicly.' })
  isPublic!: boolean;

  @Field(() => Date)
  submittedAt!: Date;

  @Field(() => DateScalar, { nullable: true, description: 'When the report on the funded project is due.' })
  reportDueOn!: string | null;

  fundId!: string;
  roundId!: string;
  applicantId!: string;
  decisionId!: string | null;
  /** The agenda item of the decision, to find it among the item's decisions (under their read rule). */
  /** The fund's deciding body and the round's deadline, for the reader's permissions. */
  bodyId!: string;
  roundDeadline!: string;
}

/** An application's answer to one criterion. */
@ObjectType('FundApplicationAnswer', { simpleResolvers: true })
export class FundApplicationAnswerView {
  @Field(() => ID)
  id!: string;

  @Field(() => FundCriterionView)
  criterion!: FundCriterionView;

  @Field(() => String)
  answer!: string;
}

/** A document of an application (a budget plan, a letter of support, the report). */
@ObjectType('FundApplicationDocument', { simpleResolvers: true })
export class FundApplicationDocumentView extends DocumentView {}

/** One status change of an application. */
@ObjectType('FundApplicationStatusChange', { simpleResolvers: true })
export class FundApplicationStatusChangeView extends StatusChangeView {
  @Field(() => ApplicationStatus, { nullable: true })
  fromStatus!: ApplicationStatus | null;

  @Field(() => ApplicationStatus)
  toStatus!: ApplicationStatus;

  @Field(() => String, { nullable: true })
  note!: string | null;
}

/** A member of the deciding body who acts for the applicant or a partner and so takes no part. */
@ObjectType('FundRecusal', { simpleResolvers: true })
export class FundRecusalView {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'E.g. "Handelt für Caritasverband Nordstadt".' })
  reason!: string;

  personId!: string;
}

/** A member's vote on an application. */
@ObjectType('FundVote', { simpleResolvers: true })
export class FundVoteView {
  @Field(() => ID)
  id!: string;

  @Field(() => FundVoteChoice)
  choice!: FundVoteChoice;

  @Field(() => Date)
  castAt!: Date;

  personId!: string;
}

/** The votes on an application, counted. */
@ObjectType('FundVoteTally', { simpleResolvers: true })
export class FundVoteTallyView {
  @Field(() => Int)
  for!: number;

  @Field(() => Int)
  against!: number;

  @Field(() => Int)
  abstain!: number;
}

@ObjectType('FundPermissions', { simpleResolvers: true })
export class FundPermissions {
  @Field(() => Boolean, { description: 'May change the fund, its rounds and criteria, check and report (the coordination office).' })
  manage!: boolean;

  @Field(() => Boolean, { description: 'May apply for an organisation (its editors, admins).' })
  apply!: boolean;

  @Field(() => Boolean, { description: 'May record decisions (the deciding body’s chairs, tandem leads and secretariat; admins).' })
  decide!: boolean;
}

@ObjectType('FundApplicationPermissions', { simpleResolvers: true })
export class FundApplicationPermissions {
  @Field(() => Boolean, { description: 'May change the application (while submitted).' })
  edit!: boolean;

  @Field(() => Boolean, { description: 'May record the formal check (while submitted).' })
  check!: boolean;

  @Field(() => Boolean, { description: 'May vote (a member of the deciding body, not recused, while checked or deferred).' })
  vote!: boolean;

  @Field(() => Boolean, { description: 'May record the decision (while checked or deferred).' })
  decide!: boolean;

  @Field(() => Boolean, {
    description: 'May upload and remove its documents (its editors while they may change it; the coordination office always).',
  })
  attachDocuments!: boolean;
}
