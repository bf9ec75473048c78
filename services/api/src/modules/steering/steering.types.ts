import { Field, Float, Int, ObjectType } from 'type-graphql';
import { DocumentView, StatusChangeView, VersionedView } from '../../graphql/record.types.js';
import { DateScalar } from '../../graphql/scalars.js';
import { MandateStatus, NeedClassification, NeedStatus, ReviewStatus } from './steering.entity.js';

/** A need or gap (Handlungsbedarf), as a member sees it. */
@ObjectType('Need', { simpleResolvers: true, description: 'A need or gap the network has identified (Handlungsbedarf, Lücke).' })
export class NeedView extends VersionedView {
  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => NeedClassification)
  classification!: NeedClassification;

  @Field(() => DateScalar)
  raisedOn!: string;

  @Field(() => String, { nullable: true, description: 'Evidence: figures, observations, sources.' })
  evidence!: string | null;

  @Field(() => NeedStatus)
  status!: NeedStatus;

  @Field(() => String, { nullable: true })
  declineReason!: string | null;

  fieldOfActionId!: string | null;
  raisedByOrganisationId!: string | null;
  raisedByBodyId!: string | null;
}

@ObjectType('NeedStatusChange', { simpleResolvers: true })
export class NeedStatusChangeView extends StatusChangeView {
  @Field(() => NeedStatus, { nullable: true })
  fromStatus!: NeedStatus | null;

  @Field(() => NeedStatus)
  toStatus!: NeedStatus;

  @Field(() => String, { nullable: true })
  note!: string | null;
}

/** A document of evidence for a need. */
@ObjectType('NeedDocument', { simpleResolvers: true })
export class NeedDocumentView extends DocumentView {}

@ObjectType('NeedPermissions', { simpleResolvers: true })
export class NeedPermissions {
  @Field(() => Boolean, { description: 'May change its fields (its raiser and the assessors, until it is prioritised).' })
  edit!: boolean;

  @Field(() => Boolean, { description: 'May assess, decline, reopen or mark it addressed.' })
  assess!: boolean;

  @Field(() => Boolean, {
    description: 'May upload and remove its documents (its raiser and the assessors, until it is addressed or declined).',
  })
  attachDocuments!: boolean;
}

/** The aggregate of a review round for one need (Borda count). */
@ObjectType('ReviewTally', { simpleResolvers: true, description: 'Borda count: n points for a first place among n needs, 1 for the last.' })
export class ReviewTallyView {
  @Field(() => Int, { description: 'Place in the result list; equal tallies share a place.' })
  position!: number;

  @Field(() => Int)
  points!: number;

  @Field(() => Int, { description: 'Ballots that ranked it first.' })
  firstPlaces!: number;

  @Field(() => Int, { description: 'Ballots that ranked it at all.' })
  ballots!: number;

  @Field(() => Float, { nullable: true, description: 'Its mean rank on the ballots that ranked it.' })
  meanRank!: number | null;
}

/** A need on a review round's list. */
@ObjectType('ReviewItem', { simpleResolvers: true })
export class ReviewItemView {
  @Field(() => NeedView)
  need!: NeedView;

  @Field(() => Int, { nullable: true, description: 'The rank the decision gave it; null when not prioritised (or not decided yet).' })
  finalRank!: number | null;

  @Field(() => ReviewTallyView, { nullable: true, description: 'The aggregate; shown once the round is closed, so ranking is not swayed.' })
  tally!: ReviewTallyView | null;

  reviewId!: string;
}

/** A priority review round of a steering body. */
@ObjectType('PriorityReview', { simpleResolvers: true, description: 'A review round: the members of a steering body rank needs.' })
export class PriorityReviewView extends VersionedView {
  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => ReviewStatus)
  status!: ReviewStatus;

  @Field(() => DateScalar, { description: 'The last day members may rank.' })
  closesOn!: string;

  @Field(() => Date, { nullable: true })
  decidedAt!: Date | null;

  @Field(() => String, { description: 'How ballots are aggregated.' })
  method!: string;

  bodyId!: string;
  decisionId!: string | null;
}

@ObjectType('PriorityReviewPermissions', { simpleResolvers: true })
export class PriorityReviewPermissions {
  @Field(() => Boolean, { description: 'May close, reopen and decide it (the body’s chairs, tandem leads, secretariat, admins).' })
  manage!: boolean;

  @Field(() => Boolean, { description: 'May rank now (a member of the body while the round is open).' })
  rank!: boolean;
}

/** Where a mandate's measures stand. */
@ObjectType('MandateProgress', { simpleResolvers: true })
export class MandateProgressView {
  @Field(() => Int, { description: 'Measures linked to the mandate (that you may see).' })
  measures!: number;

  @Field(() => Int)
  planned!: number;

  @Field(() => Int)
  inProgress!: number;

  @Field(() => Int)
  done!: number;

  @Field(() => Int)
  stalled!: number;

  @Field(() => Int)
  dropped!: number;

  @Field(() => Int)
  overdue!: number;

  @Field(() => Int, { description: 'Mean progress of the measures not dropped, in percent; 0 without any.' })
  percent!: number;
}

/** A work order of the steering committee to a working group. */
@ObjectType('Mandate', { simpleResolvers: true, description: 'A work order (Arbeitsauftrag) to a working group.' })
export class MandateView extends VersionedView {
  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => MandateStatus)
  status!: MandateStatus;

  @Field(() => DateScalar)
  issuedOn!: string;

  @Field(() => DateScalar, { nullable: true })
  dueOn!: string | null;

  needId!: string | null;
  bodyId!: string;
  issuedById!: string;
  decisionId!: string | null;
}

@ObjectType('MandatePermissions', { simpleResolvers: true })
export class MandatePermissions {
  @Field(() => Boolean)
  manage!: boolean;
}

/** A review round a need was on, and the rank it got there. */
@ObjectType('NeedReview', { simpleResolvers: true })
export class NeedReviewView {
  @Field(() => PriorityReviewView)
  review!: PriorityReviewView;

  @Field(() => Int, { nullable: true })
  finalRank!: number | null;
}
