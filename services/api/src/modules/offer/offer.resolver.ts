import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Extensions, FieldResolver, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { policy } from '../../auth/policy.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { firstArg, MAX_TAGS } from '../../graphql/lists.js';
import { UUIDScalar } from '../../graphql/scalars.js';
import { answersAnyOf, nodeSelectionOf, selectionOf } from '../../graphql/selection.js';
import { directoryPageFields } from '../directory/directory.types.js';
import { MAX_TRANSLATIONS } from '../directory/translations.js';
import { ConnectionArgs } from '../organisation/organisation.inputs.js';
import { OrganisationView } from '../organisation/organisation.types.js';
import { DistrictView, FieldOfActionView, LanguageView, TargetGroupView } from '../reference/reference.types.js';
import { OfferFilter, OfferInput } from './offer.inputs.js';
import { offerConfirmationDueAt, offersOfOrganisationSize } from './offer.read.js';
import { isOpenAt } from './offer.schedule.js';
import { OfferConnection, OfferTranslationView, OfferView } from './offer.types.js';

@Resolver(() => OfferView)
export class OfferResolver {
  @Query(() => OfferConnection, { description: 'Search and filter the offers of the directory.' })
  offers(
    @Ctx() ctx: GraphQLContext,
    @Arg('filter', () => OfferFilter, { nullable: true }) filter: OfferFilter | null,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<OfferConnection> {
    return ctx.read.offers.search(filter, args, nodeSelectionOf(info), { countOnly: !answersAnyOf(info, directoryPageFields) });
  }

  @Query(() => OfferView, { description: 'NOT_FOUND when it does not exist or is hidden from you.' })
  offer(@Ctx() ctx: GraphQLContext, @Arg('id', () => UUIDScalar) id: string, @Info() info: GraphQLResolveInfo): Promise<OfferView> {
    return ctx.read.offers.get(id, selectionOf(info));
  }

  @Mutation(() => OfferView, { description: 'Admins and the organisation’s editors.' })
  async createOffer(@Ctx() ctx: GraphQLContext, @Arg('input', () => OfferInput) input: OfferInput) {
    const offer = await ctx.services.offers.create(ctx, input);
    return ctx.read.refresh().offers.get(offer.id);
  }

  @Mutation(() => OfferView, { description: 'Admins and the organisation’s editors. Fails with CONFLICT when `version` is stale.' })
  async updateOffer(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => UUIDScalar) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => OfferInput) input: OfferInput,
  ) {
    await ctx.services.offers.update(ctx, id, version, input);
    return ctx.read.refresh().offers.get(id);
  }

  @Mutation(() => OfferView, { description: 'Admins and the organisation’s editors. Archived offers leave the public directory.' })
  async archiveOffer(@Ctx() ctx: GraphQLContext, @Arg('id', () => UUIDScalar) id: string, @Arg('version', () => Int) version: number) {
    await ctx.services.offers.archive(ctx, id, version, true);
    return ctx.read.refresh().offers.get(id);
  }

  @Mutation(() => OfferView, { description: 'Admins and the organisation’s editors.' })
  async restoreOffer(@Ctx() ctx: GraphQLContext, @Arg('id', () => UUIDScalar) id: string, @Arg('version', () => Int) version: number) {
    await ctx.services.offers.archive(ctx, id, version, false);
    return ctx.read.refresh().offers.get(id);
  }

  @Mutation(() => OfferView, { description: 'Confirms the offer is still correct.' })
  async confirmOffer(@Ctx() ctx: GraphQLContext, @Arg('id', () => UUIDScalar) id: string) {
    await ctx.services.offers.confirm(ctx, id);
    return ctx.read.refresh().offers.get(id);
  }

  @FieldResolver(() => OrganisationView, { description: 'The organisation offering it (always one the reader may see).' })
  organisation(@Ctx() ctx: GraphQLContext, @Root() offer: OfferView, @Info() info: GraphQLResolveInfo) {
    return ctx.read.organisations.get(offer.organisationId, selectionOf(info));
  }

  @FieldResolver(() => [FieldOfActionView])
  @Extensions({ maxItems: MAX_TAGS })
  async fieldsOfAction(@Ctx() ctx: GraphQLContext, @Root() offer: OfferView) {
    return (await ctx.read.references.tagsOfOffer(offer.id)).fieldsOfAction;
  }

  @FieldResolver(() => [DistrictView])
  @Extensions({ maxItems: MAX_TAGS })
  async districts(@Ctx() ctx: GraphQLContext, @Root() offer: OfferView) {
    return (await ctx.read.references.tagsOfOffer(offer.id)).districts;
  }

  @FieldResolver(() => [LanguageView])
  @Extensions({ maxItems: MAX_TAGS })
  async languages(@Ctx() ctx: GraphQLContext, @Root() offer: OfferView) {
    return (await ctx.read.references.tagsOfOffer(offer.id)).languages;
  }

  @FieldResolver(() => [TargetGroupView])
  @Extensions({ maxItems: MAX_TAGS })
  async targetGroups(@Ctx() ctx: GraphQLContext, @Root() offer: OfferView) {
    return (await ctx.read.references.tagsOfOffer(offer.id)).targetGroups;
  }

  @FieldResolver(() => [OfferTranslationView], { description: 'Title and description in other languages than German, by language.' })
  @Extensions({ maxItems: MAX_TRANSLATIONS })
  translations(@Ctx() ctx: GraphQLContext, @Root() offer: OfferView) {
    return ctx.read.offers.translations(offer.id);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the offer has not been confirmed for longer than the configured period.' })
  isStale(@Ctx() ctx: GraphQLContext, @Root() offer: OfferView) {
    return offerConfirmationDueAt(offer, ctx.read.context.settings).getTime() < Date.now();
  }

  @FieldResolver(() => Date, { description: 'When the offer becomes stale unless confirmed.' })
  confirmationDueAt(@Ctx() ctx: GraphQLContext, @Root() offer: OfferView) {
    return offerConfirmationDueAt(offer, ctx.read.context.settings);
  }

  @FieldResolver(() => Boolean, {
    description: 'Open at this moment by its opening hours (Europe/Berlin) and validity period; never without opening hours.',
  })
  openNow(@Root() offer: OfferView) {
    return isOpenAt({ locations: offer.locations, validFrom: offer.validFrom, validUntil: offer.validUntil }, new Date());
  }

  @FieldResolver(() => Boolean, { description: 'Whether the current user may edit this offer.' })
  viewerCanEdit(@Ctx() ctx: GraphQLContext, @Root() offer: OfferView) {
    return policy.editOffers(ctx.actor, offer.organisationId);
  }
}

/** `Organisation.offers`: the organisation's offers, batched per list level. */
@Resolver(() => OrganisationView)
export class OrganisationOffersResolver {
  @FieldResolver(() => [OfferView], { description: 'Its offers the reader may see, by title; archived ones on request.' })
  offers(
    @Ctx() ctx: GraphQLContext,
    @Root() org: OrganisationView,
    @Arg('includeArchived', () => Boolean, { defaultValue: false }) includeArchived: boolean,
    @Arg('first', () => Int, firstArg(offersOfOrganisationSize)) first: number,
    @Info() info: GraphQLResolveInfo,
  ) {
    return ctx.read.offers.ofOrganisation(org.id, includeArchived, first, selectionOf(info));
  }
}
