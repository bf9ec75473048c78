import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Extensions, FieldResolver, Info, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { policy } from '../../auth/policy.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { firstArg, listSizes, MAX_TAGS } from '../../graphql/lists.js';
import { UUIDScalar } from '../../graphql/scalars.js';
import { answersAnyOf, nodeSelectionOf, selectionOf } from '../../graphql/selection.js';
import type { LiveEvent } from '../../realtime/live-events.js';
import { directoryPageFields } from '../directory/directory.types.js';
import { MAX_TRANSLATIONS } from '../directory/translations.js';
import { AffiliationView } from '../person/person.types.js';
import { DistrictView, FieldOfActionView, LanguageView, TargetGroupView } from '../reference/reference.types.js';
import { ConnectionArgs, OrganisationFilter, OrganisationInput } from './organisation.inputs.js';
import { confirmationDueAt } from './organisation.read.js';
import { organisationTopic } from './organisation.service.js';
import { OrganisationConnection, OrganisationTranslationView, OrganisationView } from './organisation.types.js';

@Resolver(() => OrganisationView)
export class OrganisationResolver {
  @Query(() => OrganisationConnection, { description: 'Search and filter the directory.' })
  organisations(
    @Ctx() ctx: GraphQLContext,
    @Arg('filter', () => OrganisationFilter, { nullable: true }) filter: OrganisationFilter | null,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<OrganisationConnection> {
    return ctx.read.organisations.search(filter, args, nodeSelectionOf(info), { countOnly: !answersAnyOf(info, directoryPageFields) });
  }

  @Query(() => OrganisationView)
  organisation(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => UUIDScalar) id: string,
    @Info() info: GraphQLResolveInfo,
  ): Promise<OrganisationView> {
    return ctx.read.organisations.get(id, selectionOf(info));
  }

  @Mutation(() => OrganisationView, { description: 'Admins only.' })
  async createOrganisation(@Ctx() ctx: GraphQLContext, @Arg('input', () => OrganisationInput) input: OrganisationInput) {
    const org = await ctx.services.organisations.create(ctx, input);
    return ctx.read.refresh().organisations.get(org.id);
  }

  @Mutation(() => OrganisationView, { description: 'Admins and the organisation’s editors. Fails with CONFLICT when `version` is stale.' })
  async updateOrganisation(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => UUIDScalar) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => OrganisationInput) input: OrganisationInput,
  ) {
    await ctx.services.organisations.update(ctx, id, version, input);
    return ctx.read.refresh().organisations.get(id);
  }

  @Mutation(() => OrganisationView, { description: 'Admins only. Archived organisations leave the public directory.' })
  async archiveOrganisation(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => UUIDScalar) id: string,
    @Arg('version', () => Int) version: number,
  ) {
    await ctx.services.organisations.archive(ctx, id, version, true);
    return ctx.read.refresh().organisations.get(id);
  }

  @Mutation(() => OrganisationView, { description: 'Admins only.' })
  async restoreOrganisation(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => UUIDScalar) id: string,
    @Arg('version', () => Int) version: number,
  ) {
    await ctx.services.organisations.archive(ctx, id, version, false);
    return ctx.read.refresh().organisations.get(id);
  }

  @Mutation(() => OrganisationView, { description: 'Confirms the profile is still correct.' })
  async confirmOrganisationProfile(@Ctx() ctx: GraphQLContext, @Arg('id', () => UUIDScalar) id: string) {
    await ctx.services.organisations.confirm(ctx, id);
    return ctx.read.refresh().organisations.get(id);
  }

  @Subscription(() => OrganisationView, {
    description:
      'Changes to one organisation you may see: its profile after every edit, archive, restore or confirmation, on every API process. NOT_FOUND when it is hidden from you; once hidden (archived, made internal), its changes no longer reach you.',
    subscribe: async ({ args, context }) => {
      const ctx = context as GraphQLContext;
      const organisation = await ctx.read.organisations.get(String(args.id));
      return ctx.services.live.subscribe(organisationTopic(organisation.id), ctx.actor, null);
    },
  })
  organisationChanged(
    @Ctx() ctx: GraphQLContext,
    @Root() change: LiveEvent,
    @Arg('id', () => UUIDScalar, { description: 'The organisation to follow.' }) _id: string,
    @Info() info: GraphQLResolveInfo,
  ) {
    // Each event is read anew, under the subscriber's read rule: a profile made internal stops showing.
    return ctx.read.renewed().organisations.get(change.recordId, selectionOf(info));
  }

  @FieldResolver(() => [FieldOfActionView])
  @Extensions({ maxItems: MAX_TAGS })
  async fieldsOfAction(@Ctx() ctx: GraphQLContext, @Root() org: OrganisationView) {
    return (await ctx.read.references.tagsOfOrganisation(org.id)).fieldsOfAction;
  }

  @FieldResolver(() => [DistrictView])
  @Extensions({ maxItems: MAX_TAGS })
  async districts(@Ctx() ctx: GraphQLContext, @Root() org: OrganisationView) {
    return (await ctx.read.references.tagsOfOrganisation(org.id)).districts;
  }

  @FieldResolver(() => [LanguageView])
  @Extensions({ maxItems: MAX_TAGS })
  async languages(@Ctx() ctx: GraphQLContext, @Root() org: OrganisationView) {
    return (await ctx.read.references.tagsOfOrganisation(org.id)).languages;
  }

  @FieldResolver(() => [TargetGroupView])
  @Extensions({ maxItems: MAX_TAGS })
  async targetGroups(@Ctx() ctx: GraphQLContext, @Root() org: OrganisationView) {
    return (await ctx.read.references.tagsOfOrganisation(org.id)).targetGroups;
  }

  @FieldResolver(() => [OrganisationTranslationView], { description: 'Name and description in other languages than German, by language.' })
  @Extensions({ maxItems: MAX_TRANSLATIONS })
  translations(@Ctx() ctx: GraphQLContext, @Root() org: OrganisationView) {
    return ctx.read.organisations.translations(org.id);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the profile has not been confirmed for longer than the configured period.' })
  isStale(@Ctx() ctx: GraphQLContext, @Root() org: OrganisationView) {
    return confirmationDueAt(org, ctx.read.context.settings).getTime() < Date.now();
  }

  @FieldResolver(() => Date, { description: 'When the profile becomes stale unless confirmed.' })
  confirmationDueAt(@Ctx() ctx: GraphQLContext, @Root() org: OrganisationView) {
    return confirmationDueAt(org, ctx.read.context.settings);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the current user may edit this organisation.' })
  viewerCanEdit(@Ctx() ctx: GraphQLContext, @Root() org: OrganisationView) {
    return policy.editOrganisation(ctx.actor, org.id);
  }

  @FieldResolver(() => [AffiliationView], { description: 'People acting for this organisation, current first.' })
  affiliations(
    @Ctx() ctx: GraphQLContext,
    @Root() org: OrganisationView,
    @Arg('includePast', () => Boolean, { defaultValue: false }) includePast: boolean,
    @Arg('first', () => Int, firstArg(listSizes.people)) first: number,
    @Info() info: GraphQLResolveInfo,
  ) {
    return ctx.read.people.affiliationsOfOrganisation(org.id, includePast, first, selectionOf(info));
  }
}
