import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Extensions, FieldResolver, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { policy } from '../../auth/policy.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { firstArg, listSizes, MAX_TAGS } from '../../graphql/lists.js';
import { UUIDScalar } from '../../graphql/scalars.js';
import { selectionOf } from '../../graphql/selection.js';
import { today } from '../../shared/dates.js';
import { BodyView } from '../body/body.types.js';
import { MeasureView } from '../measure/measure.types.js';
import { DecisionView } from '../meeting/meeting.types.js';
import { memberRoles, organisingRoles } from '../membership/membership.entity.js';
import { OrganisationView } from '../organisation/organisation.types.js';
import { ReferenceKind } from '../reference/reference.entity.js';
import { DistrictView, FieldOfActionView, TargetGroupView } from '../reference/reference.types.js';
import { NeedStatus, ReviewStatus } from './steering.entity.js';
import {
  DecideReviewInput,
  MAX_REVIEW_NEEDS,
  MandateFilter,
  MandateInput,
  MandateUpdateInput,
  NeedFilter,
  NeedInput,
  NeedStatusInput,
  PriorityReviewInput,
} from './steering.inputs.js';
import { actingFor, steeringMembers } from './steering.read.js';
import { needTransitions } from './steering.rules.js';
import {
  MandatePermissions,
  MandateProgressView,
  MandateView,
  NeedDocumentView,
  NeedPermissions,
  NeedReviewView,
  NeedStatusChangeView,
  NeedView,
  PriorityReviewPermissions,
  PriorityReviewView,
  ReviewItemView,
} from './steering.types.js';

@Resolver(() => NeedView)
export class NeedResolver {
  @Query(() => [NeedView], { description: 'Needs and gaps (members only), most pressing classification first.' })
  needs(
    @Ctx() ctx: GraphQLContext,
    @Arg('filter', () => NeedFilter, { nullable: true }) filter: NeedFilter | null,
    @Arg('first', () => Int, firstArg(listSizes.root)) first: number,
  ) {
    return ctx.read.steering.needs(filter, first);
  }

  @Query(() => NeedView)
  need(@Ctx() ctx: GraphQLContext, @Arg('id', () => UUIDScalar) id: string) {
    return ctx.read.steering.need(id);
  }

  @Mutation(() => NeedView, { description: 'Any member, for an organisation they act for or a body they sit in.' })
  async raiseNeed(@Ctx() ctx: GraphQLContext, @Arg('input', () => NeedInput) input: NeedInput) {
    const need = await ctx.services.steering.raiseNeed(ctx, input);
    return ctx.read.refresh().steering.need(need.id);
  }

  @Mutation(() => NeedView, { description: 'Its raiser and the assessors, until it is prioritised.' })
  async updateNeed(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => UUIDScalar) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => NeedInput) input: NeedInput,
  ) {
    await ctx.services.steering.updateNeed(ctx, id, version, input);
    return ctx.read.refresh().steering.need(id);
  }

  @Mutation(() => NeedView, {
    description: 'Assess, decline, reopen or mark addressed: the coordination office and steering committee members.',
  })
  async changeNeedStatus(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => UUIDScalar) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => NeedStatusInput) input: NeedStatusInput,
  ) {
    await ctx.services.steering.changeNeedStatus(ctx, id, version, input);
    return ctx.read.refresh().steering.need(id);
  }

  @Mutation(() => Boolean, { description: 'Its raiser and the assessors, until it is addressed or declined.' })
  removeNeedDocument(@Ctx() ctx: GraphQLContext, @Arg('id', () => UUIDScalar) id: string) {
    return ctx.services.steering.removeNeedDocument(ctx, id);
  }

  @FieldResolver(() => FieldOfActionView, { nullable: true })
  fieldOfAction(@Ctx() ctx: GraphQLContext, @Root() need: NeedView) {
    return need.fieldOfActionId ? ctx.read.references.byId(ReferenceKind.FIELD_OF_ACTION, need.fieldOfActionId) : null;
  }

  @FieldResolver(() => [DistrictView])
  @Extensions({ maxItems: MAX_TAGS })
  districts(@Ctx() ctx: GraphQLContext, @Root() need: NeedView) {
    return ctx.read.references.tagsThrough(
      ReferenceKind.DISTRICT,
      { table: 'need_district', parent: 'need_id', column: 'district_id' },
      need.id,
    );
  }

  @FieldResolver(() => [TargetGroupView])
  @Extensions({ maxItems: MAX_TAGS })
  targetGroups(@Ctx() ctx: GraphQLContext, @Root() need: NeedView) {
    return ctx.read.references.tagsThrough(
      ReferenceKind.TARGET_GROUP,
      { table: 'need_target_group', parent: 'need_id', column: 'target_group_id' },
      need.id,
    );
  }

  @FieldResolver(() => OrganisationView, {
    nullable: true,
    description: 'The organisation that raised it; null when a body did, or when hidden.',
  })
  raisedByOrganisation(@Ctx() ctx: GraphQLContext, @Root() need: NeedView, @Info() info: GraphQLResolveInfo) {
    return need.raisedByOrganisationId ? ctx.read.organisations.byId(need.raisedByOrganisationId, selectionOf(info)) : null;
  }

  @FieldResolver(() => BodyView, { nullable: true, description: 'The body that raised it; null when an organisation did, or when hidden.' })
  raisedByBody(@Ctx() ctx: GraphQLContext, @Root() need: NeedView, @Info() info: GraphQLResolveInfo) {
    return need.raisedByBodyId ? ctx.read.bodies.byId(need.raisedByBodyId, selectionOf(info)) : null;
  }

  @FieldResolver(() => [NeedStatusChangeView])
  statusHistory(@Ctx() ctx: GraphQLContext, @Root() need: NeedView, @Arg('first', () => Int, firstArg(listSizes.items)) first: number) {
    return ctx.read.steering.needHistory(need.id, first);
  }

  @FieldResolver(() => [NeedDocumentView], { description: 'Documents of evidence, newest first.' })
  documents(@Ctx() ctx: GraphQLContext, @Root() need: NeedView, @Arg('first', () => Int, firstArg(listSizes.items)) first: number) {
    return ctx.read.steering.needDocuments(need.id, first);
  }

  @FieldResolver(() => [NeedStatus], { description: 'Statuses it may be moved to by hand.' })
  @Extensions({ maxItems: 6 })
  nextStatuses(@Root() need: NeedView) {
    return needTransitions[need.status];
  }

  @FieldResolver(() => [NeedReviewView], { description: 'The review rounds it was on, newest first.' })
  @Extensions({ maxItems: listSizes.items.max })
  reviews(@Ctx() ctx: GraphQLContext, @Root() need: NeedView) {
    return ctx.read.steering.reviewsOfNeed(need.id).then((list) => list.map((r) => Object.assign(new NeedReviewView(), r)));
  }

  @FieldResolver(() => [MandateView])
  mandates(@Ctx() ctx: GraphQLContext, @Root() need: NeedView, @Arg('first', () => Int, firstArg(listSizes.items)) first: number) {
    return ctx.read.steering.mandatesOf('need', need.id, first);
  }

  @FieldResolver(() => NeedPermissions)
  async viewerCan(@Ctx() ctx: GraphQLContext, @Root() need: NeedView): Promise<NeedPermissions> {
    const actor = ctx.actor;
    if (actor.kind !== 'user') return Object.assign(new NeedPermissions(), { edit: false, assess: false, attachDocuments: false });
    // Every load starts in this call, so the needs of a list share each statement.
    const [steeringPersonIds, actingForOrganisationIds, raisedByBodyMemberIds] = await Promise.all([
      steeringMembers(ctx.read),
      actingFor(ctx.read),
      need.raisedByBodyId ? ctx.read.bodies.leaders(need.raisedByBodyId, memberRoles) : [],
    ]);
    const facts = {
      status: need.status,
      raisedByOrganisationId: need.raisedByOrganisationId,
      raisedByBodyMemberIds,
      actingForOrganisationIds,
      steeringPersonIds,
    };
    const editable = need.status === NeedStatus.RAISED || need.status === NeedStatus.ASSESSED;
    return Object.assign(new NeedPermissions(), {
      edit: editable && policy.editNeed(actor, facts),
      assess: policy.assessNeeds(actor, steeringPersonIds),
      attachDocuments: policy.attachNeedDocuments(actor, facts),
    });
  }
}

@Resolver(() => PriorityReviewView)
export class PriorityReviewResolver {
  @Query(() => [PriorityReviewView], { description: 'Review rounds (members only), open ones first, then the newest.' })
  priorityReviews(
    @Ctx() ctx: GraphQLContext,
    @Arg('bodyId', () => UUIDScalar, { nullable: true }) bodyId: string | null,
    @Arg('first', () => Int, firstArg(listSizes.root)) first: number,
  ) {
    return ctx.read.steering.reviews(bodyId, first);
  }

  @Query(() => PriorityReviewView)
  priorityReview(@Ctx() ctx: GraphQLContext, @Arg('id', () => UUIDScalar) id: string) {
    return ctx.read.steering.review(id);
  }

  @Mutation(() => PriorityReviewView, { description: 'The steering body’s chairs, tandem leads and secretariat, and admins.' })
  async createPriorityReview(@Ctx() ctx: GraphQLContext, @Arg('input', () => PriorityReviewInput) input: PriorityReviewInput) {
    const review = await ctx.services.steering.createReview(ctx, input);
    return ctx.read.refresh().steering.review(review.id);
  }

  @Mutation(() => PriorityReviewView, {
    description: 'Your ranking, most pressing first; it replaces your earlier one. Members of the body, while open.',
  })
  async rankNeeds(
    @Ctx() ctx: GraphQLContext,
    @Arg('reviewId', () => UUIDScalar) reviewId: string,
    @Arg('needIds', () => [UUIDScalar]) needIds: string[],
  ) {
    await ctx.services.steering.rank(ctx, reviewId, needIds);
    return ctx.read.refresh().steering.review(reviewId);
  }

  @Mutation(() => PriorityReviewView, { description: 'Close the round (the result shows) or open it again.' })
  async changePriorityReviewStatus(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => UUIDScalar) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('status', () => ReviewStatus) status: ReviewStatus,
  ) {
    await ctx.services.steering.changeReviewStatus(ctx, id, version, status);
    return ctx.read.refresh().steering.review(id);
  }

  @Mutation(() => PriorityReviewView, { description: 'Records the body’s decision in a meeting and fixes the priorities.' })
  async decidePriorityReview(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => UUIDScalar) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => DecideReviewInput) input: DecideReviewInput,
  ) {
    await ctx.services.steering.decideReview(ctx, id, version, input);
    return ctx.read.refresh().steering.review(id);
  }

  @FieldResolver(() => BodyView, { nullable: true })
  body(@Ctx() ctx: GraphQLContext, @Root() review: PriorityReviewView, @Info() info: GraphQLResolveInfo) {
    return ctx.read.bodies.byId(review.bodyId, selectionOf(info));
  }

  @FieldResolver(() => [ReviewItemView], { description: 'The needs on the list: by the decision’s ranks once decided, else by title.' })
  @Extensions({ maxItems: MAX_REVIEW_NEEDS })
  items(@Ctx() ctx: GraphQLContext, @Root() review: PriorityReviewView) {
    return ctx.read.steering.items(review);
  }

  @FieldResolver(() => Int, { description: 'Members who have ranked.' })
  async ballotCount(@Ctx() ctx: GraphQLContext, @Root() review: PriorityReviewView) {
    return (await ctx.read.steering.turnout(review.id)).ballots;
  }

  @FieldResolver(() => Int, { description: 'Members of the body today.' })
  async eligibleCount(@Ctx() ctx: GraphQLContext, @Root() review: PriorityReviewView) {
    return (await ctx.read.steering.turnout(review.id)).eligible;
  }

  @FieldResolver(() => [UUIDScalar], { description: 'Your own ranking (need ids, most pressing first); empty when you have not ranked.' })
  @Extensions({ maxItems: MAX_REVIEW_NEEDS })
  myRanking(@Ctx() ctx: GraphQLContext, @Root() review: PriorityReviewView) {
    return ctx.read.steering.myRanking(review.id);
  }

  @FieldResolver(() => DecisionView, {
    nullable: true,
    description: 'The decision that fixed the priorities; null before, or when hidden.',
  })
  decision(@Ctx() ctx: GraphQLContext, @Root() review: PriorityReviewView) {
    return review.decisionId ? ctx.read.meetings.decisionById(review.decisionId) : null;
  }

  @FieldResolver(() => PriorityReviewPermissions)
  async viewerCan(@Ctx() ctx: GraphQLContext, @Root() review: PriorityReviewView): Promise<PriorityReviewPermissions> {
    const actor = ctx.actor;
    if (actor.kind !== 'user') return Object.assign(new PriorityReviewPermissions(), { manage: false, rank: false });
    const [managers, members] = await Promise.all([
      ctx.read.bodies.leaders(review.bodyId, organisingRoles),
      ctx.read.bodies.leaders(review.bodyId, memberRoles),
    ]);
    const open = review.status === ReviewStatus.OPEN && review.closesOn >= today();
    return Object.assign(new PriorityReviewPermissions(), {
      manage: review.status !== ReviewStatus.DECIDED && policy.steer(actor, managers),
      rank: open && policy.voteInBody(actor, members),
    });
  }
}

@Resolver(() => MandateView)
export class MandateResolver {
  @Query(() => [MandateView], { description: 'Mandates to working groups, by due date.' })
  mandates(
    @Ctx() ctx: GraphQLContext,
    @Arg('filter', () => MandateFilter, { nullable: true }) filter: MandateFilter | null,
    @Arg('first', () => Int, firstArg(listSizes.root)) first: number,
  ) {
    return ctx.read.steering.mandates(filter, first);
  }

  @Query(() => MandateView)
  mandate(@Ctx() ctx: GraphQLContext, @Arg('id', () => UUIDScalar) id: string) {
    return ctx.read.steering.mandate(id);
  }

  @Mutation(() => MandateView, { description: 'The issuing steering body’s chairs, tandem leads and secretariat, and admins.' })
  async createMandate(@Ctx() ctx: GraphQLContext, @Arg('input', () => MandateInput) input: MandateInput) {
    const mandate = await ctx.services.steering.createMandate(ctx, input);
    return ctx.read.refresh().steering.mandate(mandate.id);
  }

  @Mutation(() => MandateView)
  async updateMandate(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => UUIDScalar) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => MandateUpdateInput) input: MandateUpdateInput,
  ) {
    await ctx.services.steering.updateMandate(ctx, id, version, input);
    return ctx.read.refresh().steering.mandate(id);
  }

  @FieldResolver(() => NeedView, { nullable: true, description: 'The need it answers; null for none, or when hidden.' })
  need(@Ctx() ctx: GraphQLContext, @Root() mandate: MandateView) {
    return mandate.needId ? ctx.read.steering.needById(mandate.needId) : null;
  }

  @FieldResolver(() => BodyView, { nullable: true, description: 'The working group carrying it out.' })
  body(@Ctx() ctx: GraphQLContext, @Root() mandate: MandateView, @Info() info: GraphQLResolveInfo) {
    return ctx.read.bodies.byId(mandate.bodyId, selectionOf(info));
  }

  @FieldResolver(() => BodyView, { nullable: true, description: 'The body that issued it; null when hidden.' })
  issuedBy(@Ctx() ctx: GraphQLContext, @Root() mandate: MandateView, @Info() info: GraphQLResolveInfo) {
    return ctx.read.bodies.byId(mandate.issuedById, selectionOf(info));
  }

  @FieldResolver(() => DecisionView, { nullable: true })
  decision(@Ctx() ctx: GraphQLContext, @Root() mandate: MandateView) {
    return mandate.decisionId ? ctx.read.meetings.decisionById(mandate.decisionId) : null;
  }

  @FieldResolver(() => Boolean, { description: 'Open and past its due date.' })
  overdue(@Root() mandate: MandateView) {
    return mandate.status === 'OPEN' && !!mandate.dueOn && mandate.dueOn < today();
  }

  @FieldResolver(() => MandateProgressView, { description: 'From the measures linked to it.' })
  progress(@Ctx() ctx: GraphQLContext, @Root() mandate: MandateView) {
    return ctx.read.steering.progress(mandate.id);
  }

  @FieldResolver(() => [MeasureView])
  measures(@Ctx() ctx: GraphQLContext, @Root() mandate: MandateView, @Arg('first', () => Int, firstArg(listSizes.items)) first: number) {
    return ctx.read.measures.ofMandate(mandate.id, first);
  }

  @FieldResolver(() => MandatePermissions)
  async viewerCan(@Ctx() ctx: GraphQLContext, @Root() mandate: MandateView): Promise<MandatePermissions> {
    if (ctx.actor.kind !== 'user') return Object.assign(new MandatePermissions(), { manage: false });
    return Object.assign(new MandatePermissions(), {
      manage: policy.steer(ctx.actor, await ctx.read.bodies.leaders(mandate.issuedById, organisingRoles)),
    });
  }
}

/** A body's mandates on the body page; a measure's mandate. */
@Resolver(() => BodyView)
export class BodyMandatesResolver {
  @FieldResolver(() => [MandateView], { description: 'Mandates given to this body, open ones first.' })
  mandates(@Ctx() ctx: GraphQLContext, @Root() body: BodyView, @Arg('first', () => Int, firstArg(listSizes.items)) first: number) {
    return ctx.read.steering.mandatesOf('body', body.id, first);
  }
}

@Resolver(() => MeasureView)
export class MeasureMandateResolver {
  @FieldResolver(() => MandateView, { nullable: true, description: 'The mandate it carries out; null for none, or when hidden.' })
  mandate(@Ctx() ctx: GraphQLContext, @Root() measure: MeasureView) {
    return measure.mandateId ? ctx.read.steering.mandateById(measure.mandateId) : null;
  }
}
