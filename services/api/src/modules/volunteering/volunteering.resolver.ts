import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Extensions, FieldResolver, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { policy } from '../../auth/policy.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { firstArg, listSizes, MAX_TAGS } from '../../graphql/lists.js';
import { preloaded } from '../../graphql/preloaded.js';
import { UUIDScalar } from '../../graphql/scalars.js';
import { nodeSelectionOf, selectionOf } from '../../graphql/selection.js';
import { ConnectionArgs } from '../organisation/organisation.inputs.js';
import { OrganisationView } from '../organisation/organisation.types.js';
import { ReferenceKind } from '../reference/reference.entity.js';
import { DistrictView, LanguageView, TargetGroupView } from '../reference/reference.types.js';
import {
  InterestAnswerInput,
  VolunteerFilter,
  VolunteerInterestFilter,
  VolunteerInterestInput,
  VolunteerMatchInput,
  VolunteerOpportunityFilter,
  VolunteerOpportunityInput,
} from './volunteering.inputs.js';
import { opportunityConfirmationDueAt } from './volunteering.read.js';
import { matchSizes } from './volunteering.rules.js';
import {
  VolunteerInterestView,
  VolunteerMatchView,
  VolunteerOpportunityConnection,
  VolunteerOpportunityView,
  VolunteerView,
} from './volunteering.types.js';

const matchFirst = {
  nullable: true,
  defaultValue: matchSizes.default,
  description: `At most this many (default ${matchSizes.default}, at most ${matchSizes.max}).`,
} as const;

/** The pivot tables that tag opportunities and volunteers. */
const pivots = {
  opportunityLanguages: { table: 'volunteer_opportunity_language', parent: 'volunteer_opportunity_id', column: 'language_id' },
  opportunityDistricts: { table: 'volunteer_opportunity_district', parent: 'volunteer_opportunity_id', column: 'district_id' },
  opportunityTargetGroups: { table: 'volunteer_opportunity_target_group', parent: 'volunteer_opportunity_id', column: 'target_group_id' },
  volunteerLanguages: { table: 'volunteer_language', parent: 'volunteer_id', column: 'language_id' },
} as const;

@Resolver(() => VolunteerOpportunityView)
export class VolunteerOpportunityResolver {
  @Query(() => VolunteerOpportunityConnection, { description: 'The volunteering directory: open opportunities, newest first.' })
  volunteerOpportunities(
    @Ctx() ctx: GraphQLContext,
    @Arg('filter', () => VolunteerOpportunityFilter, { nullable: true }) filter: VolunteerOpportunityFilter | null,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<VolunteerOpportunityConnection> {
    return ctx.read.volunteering.search(filter, args, nodeSelectionOf(info));
  }

  @Query(() => VolunteerOpportunityView)
  volunteerOpportunity(@Ctx() ctx: GraphQLContext, @Arg('id', () => UUIDScalar) id: string, @Info() info: GraphQLResolveInfo) {
    return ctx.read.volunteering.get(id, selectionOf(info));
  }

  @Query(() => [VolunteerMatchView], {
    description:
      '"Was passt zu mir?": open opportunities ranked by district (3, or 1 for citywide ones), 2 per shared language, 2 when the time fits and 1 per shared skill; only those scoring above zero.',
  })
  volunteerMatches(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => VolunteerMatchInput) input: VolunteerMatchInput,
    @Arg('first', () => Int, matchFirst) first: number,
    @Info() info: GraphQLResolveInfo,
  ) {
    return ctx.read.volunteering.matches(input, first, selectionOf(info));
  }

  @Query(() => [VolunteerMatchView], {
    description:
      'The same suggestions for a registered volunteer, without what they already applied for: editors who see the volunteer, admins.',
  })
  volunteerSuggestions(
    @Ctx() ctx: GraphQLContext,
    @Arg('volunteerId', () => UUIDScalar) volunteerId: string,
    @Arg('first', () => Int, matchFirst) first: number,
    @Info() info: GraphQLResolveInfo,
  ) {
    return ctx.read.volunteering.suggestionsFor(volunteerId, first, selectionOf(info));
  }

  @Mutation(() => VolunteerOpportunityView, { description: 'Admins and the organisation’s editors.' })
  async createVolunteerOpportunity(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => VolunteerOpportunityInput) input: VolunteerOpportunityInput,
  ) {
    const opportunity = await ctx.services.volunteering.createOpportunity(ctx, input);
    return ctx.read.refresh().volunteering.get(opportunity.id);
  }

  @Mutation(() => VolunteerOpportunityView, {
    description: 'Admins and the organisation’s editors. Fails with CONFLICT when `version` is stale.',
  })
  async updateVolunteerOpportunity(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => UUIDScalar) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => VolunteerOpportunityInput) input: VolunteerOpportunityInput,
  ) {
    await ctx.services.volunteering.updateOpportunity(ctx, id, version, input);
    return ctx.read.refresh().volunteering.get(id);
  }

  @Mutation(() => VolunteerOpportunityView, { description: 'Confirms the opportunity is still current.' })
  async confirmVolunteerOpportunity(@Ctx() ctx: GraphQLContext, @Arg('id', () => UUIDScalar) id: string) {
    await ctx.services.volunteering.confirmOpportunity(ctx, id);
    return ctx.read.refresh().volunteering.get(id);
  }

  @Mutation(() => Boolean, {
    description:
      'A volunteer registers interest, no account needed. Without `consent: true` nothing is stored (BAD_USER_INPUT); throttled per client and e-mail address (TOO_MANY_REQUESTS).',
  })
  registerVolunteerInterest(@Ctx() ctx: GraphQLContext, @Arg('input', () => VolunteerInterestInput) input: VolunteerInterestInput) {
    return ctx.services.volunteering.registerInterest(ctx, input);
  }

  @Extensions(preloaded)
  @FieldResolver(() => OrganisationView)
  organisation(@Ctx() ctx: GraphQLContext, @Root() opportunity: VolunteerOpportunityView, @Info() info: GraphQLResolveInfo) {
    return opportunity.organisation ?? ctx.read.organisations.get(opportunity.organisationId, selectionOf(info));
  }

  @FieldResolver(() => [LanguageView])
  @Extensions({ maxItems: MAX_TAGS })
  languages(@Ctx() ctx: GraphQLContext, @Root() opportunity: VolunteerOpportunityView) {
    return ctx.read.references.tagsThrough(ReferenceKind.LANGUAGE, pivots.opportunityLanguages, opportunity.id);
  }

  @FieldResolver(() => [DistrictView], { description: 'Empty: anywhere in the city.' })
  @Extensions({ maxItems: MAX_TAGS })
  districts(@Ctx() ctx: GraphQLContext, @Root() opportunity: VolunteerOpportunityView) {
    return ctx.read.references.tagsThrough(ReferenceKind.DISTRICT, pivots.opportunityDistricts, opportunity.id);
  }

  @FieldResolver(() => [TargetGroupView])
  @Extensions({ maxItems: MAX_TAGS })
  targetGroups(@Ctx() ctx: GraphQLContext, @Root() opportunity: VolunteerOpportunityView) {
    return ctx.read.references.tagsThrough(ReferenceKind.TARGET_GROUP, pivots.opportunityTargetGroups, opportunity.id);
  }

  @FieldResolver(() => Boolean, { description: 'Whether it has not been confirmed for longer than profiles may go unconfirmed.' })
  isStale(@Ctx() ctx: GraphQLContext, @Root() opportunity: VolunteerOpportunityView) {
    return opportunityConfirmationDueAt(opportunity, ctx.read.context.settings.profileStaleAfterDays).getTime() < Date.now();
  }

  @FieldResolver(() => Date, { description: 'When it becomes stale unless confirmed.' })
  confirmationDueAt(@Ctx() ctx: GraphQLContext, @Root() opportunity: VolunteerOpportunityView) {
    return opportunityConfirmationDueAt(opportunity, ctx.read.context.settings.profileStaleAfterDays);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the current user may edit it and answer its interests.' })
  viewerCanEdit(@Ctx() ctx: GraphQLContext, @Root() opportunity: VolunteerOpportunityView) {
    return policy.manageVolunteering(ctx.actor, opportunity.organisationId);
  }

  @FieldResolver(() => Int, { description: 'Interests not answered yet, as far as the current user may see them (0 for everyone else).' })
  newInterestCount(@Ctx() ctx: GraphQLContext, @Root() opportunity: VolunteerOpportunityView) {
    return ctx.read.volunteering.newInterestCount(opportunity.id);
  }

  @FieldResolver(() => [VolunteerInterestView], {
    description: 'Newest first: the organisation’s editors and admins; empty for everyone else.',
  })
  interests(
    @Ctx() ctx: GraphQLContext,
    @Root() opportunity: VolunteerOpportunityView,
    @Arg('first', () => Int, firstArg(listSizes.items)) first: number,
  ) {
    return ctx.read.volunteering.interestsOfOpportunity(opportunity.id, first);
  }
}

@Resolver(() => VolunteerMatchView)
export class VolunteerMatchResolver {
  @FieldResolver(() => [LanguageView], { description: 'The languages both name.' })
  @Extensions({ maxItems: MAX_TAGS })
  async matchedLanguages(@Ctx() ctx: GraphQLContext, @Root() match: VolunteerMatchView) {
    const languages = await Promise.all(match.matchedLanguageIds.map((id) => ctx.read.references.byId(ReferenceKind.LANGUAGE, id)));
    return languages.filter((l) => l !== null);
  }
}

@Resolver(() => VolunteerView)
export class VolunteerResolver {
  @Query(() => [VolunteerView], { description: 'Volunteers: admins all, editors those interested in their organisations’ opportunities.' })
  volunteers(
    @Ctx() ctx: GraphQLContext,
    @Arg('filter', () => VolunteerFilter, { nullable: true }) filter: VolunteerFilter | null,
    @Arg('first', () => Int, firstArg(listSizes.root)) first: number,
  ) {
    return ctx.read.volunteering.volunteers(filter, first);
  }

  @Query(() => VolunteerView)
  volunteer(@Ctx() ctx: GraphQLContext, @Arg('id', () => UUIDScalar) id: string) {
    return ctx.read.volunteering.getVolunteer(id);
  }

  @FieldResolver(() => [LanguageView])
  @Extensions({ maxItems: MAX_TAGS })
  languages(@Ctx() ctx: GraphQLContext, @Root() volunteer: VolunteerView) {
    return ctx.read.references.tagsThrough(ReferenceKind.LANGUAGE, pivots.volunteerLanguages, volunteer.id);
  }

  @FieldResolver(() => DistrictView, { nullable: true })
  district(@Ctx() ctx: GraphQLContext, @Root() volunteer: VolunteerView) {
    return volunteer.districtId ? ctx.read.references.byId(ReferenceKind.DISTRICT, volunteer.districtId) : null;
  }

  @FieldResolver(() => [VolunteerInterestView], { description: 'Those the current user may see: an editor only their organisations’.' })
  interests(
    @Ctx() ctx: GraphQLContext,
    @Root() volunteer: VolunteerView,
    @Arg('first', () => Int, firstArg(listSizes.items)) first: number,
  ) {
    return ctx.read.volunteering.interestsOfVolunteer(volunteer.id, first);
  }
}

@Resolver(() => VolunteerInterestView)
export class VolunteerInterestResolver {
  @Query(() => [VolunteerInterestView], { description: 'Interests, newest first: admins all, editors those in their organisations.' })
  volunteerInterests(
    @Ctx() ctx: GraphQLContext,
    @Arg('filter', () => VolunteerInterestFilter, { nullable: true }) filter: VolunteerInterestFilter | null,
    @Arg('first', () => Int, firstArg(listSizes.root)) first: number,
  ) {
    return ctx.read.volunteering.interests(filter, first);
  }

  @Query(() => VolunteerInterestView)
  volunteerInterest(@Ctx() ctx: GraphQLContext, @Arg('id', () => UUIDScalar) id: string) {
    return ctx.read.volunteering.getInterest(id);
  }

  @Mutation(() => VolunteerInterestView, {
    description:
      'The organisation’s editors and admins answer: a status, a message (mailed to the volunteer), or both. CONFLICT when `version` is stale.',
  })
  async answerVolunteerInterest(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => UUIDScalar) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => InterestAnswerInput) input: InterestAnswerInput,
  ) {
    await ctx.services.volunteering.answerInterest(ctx, id, version, input);
    return ctx.read.refresh().volunteering.getInterest(id);
  }

  @Extensions(preloaded)
  @FieldResolver(() => VolunteerOpportunityView)
  opportunity(@Ctx() ctx: GraphQLContext, @Root() interest: VolunteerInterestView, @Info() info: GraphQLResolveInfo) {
    return interest.opportunity ?? ctx.read.volunteering.get(interest.opportunityId, selectionOf(info));
  }

  @Extensions(preloaded)
  @FieldResolver(() => VolunteerView)
  volunteer(@Ctx() ctx: GraphQLContext, @Root() interest: VolunteerInterestView) {
    return interest.volunteer ?? ctx.read.volunteering.getVolunteer(interest.volunteerId);
  }

  @FieldResolver(() => Boolean)
  viewerCanAnswer(@Ctx() ctx: GraphQLContext, @Root() interest: VolunteerInterestView) {
    return policy.manageVolunteering(ctx.actor, interest.organisationId);
  }
}

/** An organisation's opportunities, on the organisation. */
@Resolver(() => OrganisationView)
export class OrganisationVolunteeringResolver {
  @FieldResolver(() => [VolunteerOpportunityView], {
    description: 'Its volunteer opportunities, newest first; open ones unless `includeClosed`.',
  })
  volunteerOpportunities(
    @Ctx() ctx: GraphQLContext,
    @Root() organisation: OrganisationView,
    @Arg('includeClosed', () => Boolean, { defaultValue: false }) includeClosed: boolean,
    @Arg('first', () => Int, firstArg(listSizes.items)) first: number,
    @Info() info: GraphQLResolveInfo,
  ) {
    return ctx.read.volunteering.opportunitiesOfOrganisation(organisation.id, includeClosed, first, selectionOf(info));
  }
}
