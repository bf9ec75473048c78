import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Extensions, FieldResolver, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { policy } from '../../auth/policy.js';
import { editedOrganisationIds } from '../../auth/read-rules.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { firstArg, listSizes } from '../../graphql/lists.js';
import { DateScalar, MoneyScalar, UUIDScalar } from '../../graphql/scalars.js';
import { selectionOf } from '../../graphql/selection.js';
import { BodyView } from '../body/body.types.js';
import { DecisionView, MeetingView } from '../meeting/meeting.types.js';
import { memberRoles, organisingRoles } from '../membership/membership.entity.js';
import { OrganisationView } from '../organisation/organisation.types.js';
import { PersonView } from '../person/person.types.js';
import { ApplicationStatus, FundVoteChoice } from './fund.entity.js';
import { FundApplicationFilter, FundApplicationInput, FundDecisionInput, FundInput, FundRoundInput } from './fund.inputs.js';
import { MAX_CRITERIA, MAX_PARTNERS, MAX_ROUNDS, roundOpen, votingStatuses } from './fund.rules.js';
import {
  FundApplicationAnswerView,
  FundApplicationDocumentView,
  FundApplicationPermissions,
  FundApplicationStatusChangeView,
  FundApplicationView,
  FundCriterionView,
  FundedProjectView,
  FundPermissions,
  FundRecusalView,
  FundRoundView,
  FundView,
  FundVoteTallyView,
  FundVoteView,
} from './fund.types.js';

@Resolver(() => FundView)
export class FundResolver {
  @Query(() => [FundView], { description: 'Every fund, newest year first.' })
  funds(@Ctx() ctx: GraphQLContext, @Arg('first', () => Int, firstArg(listSizes.root)) first: number) {
    return ctx.read.funds.list(first);
  }

  @Query(() => FundView)
  fund(@Ctx() ctx: GraphQLContext, @Arg('id', () => UUIDScalar) id: string) {
    return ctx.read.funds.get(id);
  }

  @Query(() => FundView, { nullable: true, description: 'The fund of a year; null when there is none.' })
  fundOfYear(@Ctx() ctx: GraphQLContext, @Arg('year', () => Int) year: number) {
    return ctx.read.funds.ofYear(year);
  }

  @Mutation(() => FundView, { description: 'The coordination office.' })
  async createFund(@Ctx() ctx: GraphQLContext, @Arg('input', () => FundInput) input: FundInput) {
    const fund = await ctx.services.funds.create(ctx, input);
    return ctx.read.refresh().funds.get(fund.id);
  }

  @Mutation(() => FundView, { description: 'The coordination office. The budget cannot drop below what is approved.' })
  async updateFund(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => UUIDScalar) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => FundInput) input: FundInput,
  ) {
    await ctx.services.funds.update(ctx, id, version, input);
    return ctx.read.refresh().funds.get(id);
  }

  @Mutation(() => FundRoundView, { description: 'The coordination office. The decision meeting must be one of the fund’s body.' })
  async addFundRound(
    @Ctx() ctx: GraphQLContext,
    @Arg('fundId', () => UUIDScalar) fundId: string,
    @Arg('input', () => FundRoundInput) input: FundRoundInput,
  ) {
    const round = await ctx.services.funds.addRound(ctx, fundId, input);
    return ctx.read.refresh().funds.getRound(round.id);
  }

  @Mutation(() => FundRoundView, { description: 'The coordination office.' })
  async updateFundRound(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => UUIDScalar) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => FundRoundInput) input: FundRoundInput,
  ) {
    await ctx.services.funds.updateRound(ctx, id, version, input);
    return ctx.read.refresh().funds.getRound(id);
  }

  @FieldResolver(() => MoneyScalar, { description: 'Approved for funded applications (approved, report due, closed).' })
  async approved(@Ctx() ctx: GraphQLContext, @Root() fund: FundView) {
    return (await ctx.read.funds.sums(fund.id)).approved;
  }

  @FieldResolver(() => MoneyScalar, { description: 'The budget less what is approved.' })
  async remaining(@Ctx() ctx: GraphQLContext, @Root() fund: FundView) {
    return fund.budget - (await ctx.read.funds.sums(fund.id)).approved;
  }

  @FieldResolver(() => MoneyScalar, { description: 'Requested by the applications still to decide (submitted, checked, deferred).' })
  async requested(@Ctx() ctx: GraphQLContext, @Root() fund: FundView) {
    return (await ctx.read.funds.sums(fund.id)).requested;
  }

  @FieldResolver(() => BodyView, { nullable: true, description: 'The deciding body; null when hidden from you.' })
  body(@Ctx() ctx: GraphQLContext, @Root() fund: FundView, @Info() info: GraphQLResolveInfo) {
    return ctx.read.bodies.byId(fund.bodyId, selectionOf(info));
  }

  @FieldResolver(() => [FundCriterionView], { description: 'In order.' })
  @Extensions({ maxItems: MAX_CRITERIA })
  criteria(@Ctx() ctx: GraphQLContext, @Root() fund: FundView) {
    return ctx.read.funds.criteria(fund.id);
  }

  @FieldResolver(() => [FundRoundView], { description: 'By number.' })
  @Extensions({ maxItems: MAX_ROUNDS })
  rounds(@Ctx() ctx: GraphQLContext, @Root() fund: FundView) {
    return ctx.read.funds.rounds(fund.id);
  }

  @FieldResolver(() => [FundedProjectView], {
    description: 'Approved projects, by title: the public ones, and all to those who see the applications.',
  })
  fundedProjects(@Ctx() ctx: GraphQLContext, @Root() fund: FundView, @Arg('first', () => Int, firstArg(listSizes.items)) first: number) {
    return ctx.read.funds.fundedProjects(fund.id, first);
  }

  @FieldResolver(() => [FundApplicationView], { description: 'The applications you may see, in the order they came in.' })
  applications(
    @Ctx() ctx: GraphQLContext,
    @Root() fund: FundView,
    @Arg('first', () => Int, firstArg(listSizes.items)) first: number,
    @Arg('statuses', () => [ApplicationStatus], { nullable: true }) statuses: ApplicationStatus[] | null,
  ) {
    return ctx.read.funds.applicationsOfFund(fund.id, statuses, first);
  }

  @FieldResolver(() => FundPermissions)
  async viewerCan(@Ctx() ctx: GraphQLContext, @Root() fund: FundView): Promise<FundPermissions> {
    const { actor } = ctx;
    if (actor.kind !== 'user') return Object.assign(new FundPermissions(), { manage: false, apply: false, decide: false });
    return Object.assign(new FundPermissions(), {
      manage: policy.manageFund(actor),
      apply: policy.isAdmin(actor) || editedOrganisationIds(actor).length > 0,
      decide: policy.decideFund(actor, await ctx.read.bodies.leaders(fund.bodyId, organisingRoles)),
    });
  }
}

@Resolver(() => FundRoundView)
export class FundRoundResolver {
  @FieldResolver(() => Boolean, { description: 'Applications are taken: the deadline (a day in Europe/Berlin) has not passed.' })
  isOpen(@Root() round: FundRoundView) {
    return roundOpen(round.deadline);
  }

  @FieldResolver(() => MeetingView, { nullable: true, description: 'The meeting that decides; null for none, or when hidden from you.' })
  decisionMeeting(@Ctx() ctx: GraphQLContext, @Root() round: FundRoundView) {
    return round.decisionMeetingId ? ctx.read.meetings.byId(round.decisionMeetingId) : null;
  }

  @FieldResolver(() => MoneyScalar, { description: 'Approved in this round for funded applications.' })
  async approved(@Ctx() ctx: GraphQLContext, @Root() round: FundRoundView) {
    return (await ctx.read.funds.roundSums(round.id)).approved;
  }

  @FieldResolver(() => Int, { description: 'All applications of the round, whoever may see them.' })
  async applicationCount(@Ctx() ctx: GraphQLContext, @Root() round: FundRoundView) {
    return (await ctx.read.funds.roundSums(round.id)).count;
  }

  @FieldResolver(() => FundView)
  fund(@Ctx() ctx: GraphQLContext, @Root() round: FundRoundView) {
    return ctx.read.funds.get(round.fundId);
  }
}

@Resolver(() => FundedProjectView)
export class FundedProjectResolver {
  @FieldResolver(() => OrganisationView, { nullable: true, description: 'Null when hidden from you.' })
  applicant(@Ctx() ctx: GraphQLContext, @Root() project: FundedProjectView, @Info() info: GraphQLResolveInfo) {
    return ctx.read.organisations.byId(project.applicantId, selectionOf(info));
  }

  @FieldResolver(() => FundRoundView)
  round(@Ctx() ctx: GraphQLContext, @Root() project: FundedProjectView) {
    return ctx.read.funds.getRound(project.roundId);
  }

  @FieldResolver(() => FundApplicationView, {
    nullable: true,
    description:
      'The application behind it: for its applicant’s editors, the deciding body and the coordination office; null for everyone else.',
  })
  application(@Ctx() ctx: GraphQLContext, @Root() project: FundedProjectView) {
    return ctx.read.funds.applicationById(project.applicationId);
  }
}

@Resolver(() => FundApplicationView)
export class FundApplicationResolver {
  @Query(() => FundApplicationView, { description: 'Admins, the applicant’s editors and the deciding body’s members.' })
  fundApplication(@Ctx() ctx: GraphQLContext, @Arg('id', () => UUIDScalar) id: string) {
    return ctx.read.funds.getApplication(id);
  }

  @Query(() => [FundApplicationView], { description: 'The applications you may see, in the order they came in.' })
  fundApplications(
    @Ctx() ctx: GraphQLContext,
    @Arg('filter', () => FundApplicationFilter, { nullable: true }) filter: FundApplicationFilter | null,
    @Arg('first', () => Int, firstArg(listSizes.root)) first: number,
  ) {
    return ctx.read.funds.applications(filter, first);
  }

  @Mutation(() => FundApplicationView, { description: 'The applicant’s editors and admins, until the round’s deadline. Starts SUBMITTED.' })
  async applyForFund(@Ctx() ctx: GraphQLContext, @Arg('input', () => FundApplicationInput) input: FundApplicationInput) {
    const application = await ctx.services.funds.apply(ctx, input);
    return ctx.read.refresh().funds.getApplication(application.id);
  }

  @Mutation(() => FundApplicationView, {
    description: 'While submitted: the applicant’s editors until the deadline, admins until the check.',
  })
  async updateFundApplication(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => UUIDScalar) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => FundApplicationInput) input: FundApplicationInput,
  ) {
    await ctx.services.funds.updateApplication(ctx, id, version, input);
    return ctx.read.refresh().funds.getApplication(id);
  }

  @Mutation(() => FundApplicationView, {
    description:
      'The coordination office: submitted → checked. Members of the deciding body acting for the applicant or a partner are recused.',
  })
  async checkFundApplication(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => UUIDScalar) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('note', () => String, { nullable: true }) note: string | null,
  ) {
    await ctx.services.funds.check(ctx, id, version, note);
    return ctx.read.refresh().funds.getApplication(id);
  }

  @Mutation(() => FundApplicationView, {
    description: 'A member of the deciding body votes (again) on a checked or deferred application; recused members are refused.',
  })
  async castFundVote(
    @Ctx() ctx: GraphQLContext,
    @Arg('applicationId', () => UUIDScalar) applicationId: string,
    @Arg('choice', () => FundVoteChoice) choice: FundVoteChoice,
  ) {
    await ctx.services.funds.vote(ctx, applicationId, choice);
    return ctx.read.refresh().funds.getApplication(applicationId);
  }

  @Mutation(() => FundApplicationView, {
    description:
      'The deciding body’s chairs, tandem leads and secretariat; admins. Records the decision under an agenda item of its meeting.',
  })
  async decideFundApplication(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => UUIDScalar) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => FundDecisionInput) input: FundDecisionInput,
  ) {
    await ctx.services.funds.decide(ctx, id, version, input);
    return ctx.read.refresh().funds.getApplication(id);
  }

  @Mutation(() => FundApplicationView, { description: 'The coordination office: approved → report due.' })
  async requestFundReport(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => UUIDScalar) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('dueOn', () => DateScalar) dueOn: string,
  ) {
    await ctx.services.funds.requestReport(ctx, id, version, dueOn);
    return ctx.read.refresh().funds.getApplication(id);
  }

  @Mutation(() => FundApplicationView, { description: 'The coordination office: report due → closed.' })
  async closeFundApplication(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => UUIDScalar) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('note', () => String, { nullable: true }) note: string | null,
  ) {
    await ctx.services.funds.close(ctx, id, version, note);
    return ctx.read.refresh().funds.getApplication(id);
  }

  @Mutation(() => Boolean, {
    description: 'The applicant’s editors while they may change the application (submitted, before the deadline); admins always.',
  })
  removeFundApplicationDocument(@Ctx() ctx: GraphQLContext, @Arg('id', () => UUIDScalar) id: string) {
    return ctx.services.funds.removeApplicationDocument(ctx, id);
  }

  @FieldResolver(() => FundView)
  fund(@Ctx() ctx: GraphQLContext, @Root() application: FundApplicationView) {
    return ctx.read.funds.get(application.fundId);
  }

  @FieldResolver(() => FundRoundView)
  round(@Ctx() ctx: GraphQLContext, @Root() application: FundApplicationView) {
    return ctx.read.funds.getRound(application.roundId);
  }

  @FieldResolver(() => OrganisationView, { nullable: true, description: 'Null when hidden from you.' })
  applicant(@Ctx() ctx: GraphQLContext, @Root() application: FundApplicationView, @Info() info: GraphQLResolveInfo) {
    return ctx.read.organisations.byId(application.applicantId, selectionOf(info));
  }

  @FieldResolver(() => [OrganisationView], { description: 'Partner organisations; only those visible to you.' })
  @Extensions({ maxItems: MAX_PARTNERS })
  partners(@Ctx() ctx: GraphQLContext, @Root() application: FundApplicationView) {
    return ctx.read.funds.partners(application.id);
  }

  @FieldResolver(() => [FundApplicationAnswerView], { description: 'In the order of the fund’s criteria.' })
  @Extensions({ maxItems: MAX_CRITERIA })
  answers(@Ctx() ctx: GraphQLContext, @Root() application: FundApplicationView) {
    return ctx.read.funds.answers(application.id);
  }

  @FieldResolver(() => [FundApplicationDocumentView], { description: 'Newest first.' })
  documents(
    @Ctx() ctx: GraphQLContext,
    @Root() application: FundApplicationView,
    @Arg('first', () => Int, firstArg(listSizes.items)) first: number,
  ) {
    return ctx.read.funds.documents(application.id, first);
  }

  @FieldResolver(() => [FundApplicationStatusChangeView], { description: 'Oldest first.' })
  statusHistory(
    @Ctx() ctx: GraphQLContext,
    @Root() application: FundApplicationView,
    @Arg('first', () => Int, firstArg(listSizes.items)) first: number,
  ) {
    return ctx.read.funds.statusHistory(application.id, first);
  }

  @FieldResolver(() => [FundRecusalView], { description: 'Members of the deciding body who take no part.' })
  recusals(
    @Ctx() ctx: GraphQLContext,
    @Root() application: FundApplicationView,
    @Arg('first', () => Int, firstArg(listSizes.people)) first: number,
  ) {
    return ctx.read.funds.recusals(application.id, first);
  }

  @FieldResolver(() => [FundVoteView], { description: 'The votes cast so far, oldest first.' })
  votes(
    @Ctx() ctx: GraphQLContext,
    @Root() application: FundApplicationView,
    @Arg('first', () => Int, firstArg(listSizes.people)) first: number,
  ) {
    return ctx.read.funds.votes(application.id, first);
  }

  @FieldResolver(() => FundVoteTallyView)
  tally(@Ctx() ctx: GraphQLContext, @Root() application: FundApplicationView) {
    return ctx.read.funds.tally(application.id);
  }

  @FieldResolver(() => DecisionView, {
    nullable: true,
    description: 'The decision in the minutes; null before, or while the minutes are hidden from you.',
  })
  decision(@Ctx() ctx: GraphQLContext, @Root() application: FundApplicationView) {
    return ctx.read.funds.decision(application);
  }

  @FieldResolver(() => Boolean, { description: 'You sit in the deciding body and act for the applicant or a partner.' })
  viewerRecused(@Ctx() ctx: GraphQLContext, @Root() application: FundApplicationView) {
    return ctx.read.funds.viewerRecused(application.id);
  }

  @FieldResolver(() => FundApplicationPermissions)
  async viewerCan(@Ctx() ctx: GraphQLContext, @Root() application: FundApplicationView): Promise<FundApplicationPermissions> {
    const { actor } = ctx;
    const none = Object.assign(new FundApplicationPermissions(), {
      edit: false,
      check: false,
      vote: false,
      decide: false,
      attachDocuments: false,
    });
    if (actor.kind !== 'user') return none;
    // Every load starts in this call, so the applications of a list share each statement.
    const [members, managers, recused] = await Promise.all([
      ctx.read.bodies.leaders(application.bodyId, memberRoles),
      ctx.read.bodies.leaders(application.bodyId, organisingRoles),
      ctx.read.funds.viewerRecused(application.id),
    ]);
    const submitted = application.status === ApplicationStatus.SUBMITTED;
    const voting = votingStatuses.includes(application.status);
    return Object.assign(new FundApplicationPermissions(), {
      edit:
        submitted && policy.applyForFund(actor, application.applicantId) && (policy.isAdmin(actor) || roundOpen(application.roundDeadline)),
      check: submitted && policy.manageFund(actor),
      vote: voting && policy.voteInBody(actor, members) && !recused,
      decide: voting && policy.decideFund(actor, managers),
      attachDocuments: policy.attachFundDocuments(actor, {
        applicantOrganisationId: application.applicantId,
        status: application.status,
        roundOpen: roundOpen(application.roundDeadline),
      }),
    });
  }
}

@Resolver(() => FundRecusalView)
export class FundRecusalResolver {
  @FieldResolver(() => PersonView, { nullable: true, description: 'Null when hidden from you.' })
  person(@Ctx() ctx: GraphQLContext, @Root() recusal: FundRecusalView, @Info() info: GraphQLResolveInfo) {
    return ctx.read.people.byId(recusal.personId, selectionOf(info));
  }
}

@Resolver(() => FundVoteView)
export class FundVoteResolver {
  @FieldResolver(() => PersonView, { nullable: true, description: 'Null when hidden from you.' })
  person(@Ctx() ctx: GraphQLContext, @Root() vote: FundVoteView, @Info() info: GraphQLResolveInfo) {
    return ctx.read.people.byId(vote.personId, selectionOf(info));
  }
}
