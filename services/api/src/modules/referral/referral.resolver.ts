import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Extensions, FieldResolver, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { policy } from '../../auth/policy.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { firstArg } from '../../graphql/lists.js';
import { preloaded } from '../../graphql/preloaded.js';
import { UUIDScalar } from '../../graphql/scalars.js';
import { selectionOf } from '../../graphql/selection.js';
import { OfferView } from '../offer/offer.types.js';
import { ReferralAnswerInput, ReferralPathInput, referralLimits } from './referral.inputs.js';
import { offerSelectionOf, referralPathListSize } from './referral.read.js';
import { ReferralOutcomeView, ReferralPathView, ReferralResultView } from './referral.types.js';

@Resolver(() => ReferralPathView)
export class ReferralPathResolver {
  @Query(() => [ReferralPathView], { description: 'Referral paths: published ones for visitors; drafts too for the coordination office.' })
  referralPaths(@Ctx() ctx: GraphQLContext, @Arg('first', () => Int, firstArg(referralPathListSize)) first: number) {
    return ctx.read.referrals.list(first);
  }

  @Query(() => ReferralPathView, { description: 'One referral path; NOT_FOUND for a draft unless you maintain paths.' })
  referralPath(@Ctx() ctx: GraphQLContext, @Arg('id', () => UUIDScalar) id: string, @Info() info: GraphQLResolveInfo) {
    return ctx.read.referrals.get(id, selectionOf(info));
  }

  @Mutation(() => ReferralPathView, { description: 'Admins only. A new path is a draft until published.' })
  async createReferralPath(@Ctx() ctx: GraphQLContext, @Arg('input', () => ReferralPathInput) input: ReferralPathInput) {
    const path = await ctx.services.referrals.create(ctx, input);
    return ctx.read.refresh().referrals.get(path.id);
  }

  @Mutation(() => ReferralPathView, { description: 'Admins only. Fails with CONFLICT when `version` is stale.' })
  async updateReferralPath(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => UUIDScalar) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => ReferralPathInput) input: ReferralPathInput,
  ) {
    await ctx.services.referrals.update(ctx, id, version, input);
    return ctx.read.refresh().referrals.get(id);
  }

  @Mutation(() => ReferralPathView, { description: 'Admins only. Publishing needs at least one question and one outcome.' })
  async publishReferralPath(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => UUIDScalar) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('published', () => Boolean, { defaultValue: true, description: 'False takes the path back to a draft.' }) published: boolean,
  ) {
    await ctx.services.referrals.setPublished(ctx, id, version, published);
    return ctx.read.refresh().referrals.get(id);
  }

  @Mutation(() => Boolean, { description: 'Admins only. Removes the path and its outcomes; the history stays.' })
  async deleteReferralPath(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => UUIDScalar) id: string,
    @Arg('version', () => Int) version: number,
  ) {
    await ctx.services.referrals.remove(ctx, id, version);
    return true;
  }

  @FieldResolver(() => [ReferralOutcomeView], {
    description: 'Every outcome in order, with its conditions; those whose offer you may not see are left out.',
  })
  @Extensions({ maxItems: referralLimits.outcomes })
  outcomes(@Ctx() ctx: GraphQLContext, @Root() path: ReferralPathView, @Info() info: GraphQLResolveInfo) {
    return ctx.read.referrals.outcomes(path.id, offerSelectionOf(selectionOf(info)));
  }

  @FieldResolver(() => ReferralResultView, {
    description: 'Where these answers lead. Answers naming unknown questions or options are ignored.',
  })
  result(
    @Ctx() ctx: GraphQLContext,
    @Root() path: ReferralPathView,
    @Arg('answers', () => [ReferralAnswerInput], { description: `At most ${referralLimits.answers}, one per question.` })
    answers: ReferralAnswerInput[],
    @Info() info: GraphQLResolveInfo,
  ) {
    return ctx.read.referrals.result(path, answers, offerSelectionOf(selectionOf(info).sub('outcomes')));
  }

  @FieldResolver(() => Boolean, { description: 'Whether the current user may edit and publish referral paths.' })
  viewerCanEdit(@Ctx() ctx: GraphQLContext) {
    return policy.manageReferralPaths(ctx.actor);
  }
}

@Resolver(() => ReferralOutcomeView)
export class ReferralOutcomeResolver {
  @FieldResolver(() => OfferView, { description: 'Always one the reader may see: outcomes with hidden offers are left out.' })
  @Extensions(preloaded)
  offer(@Ctx() ctx: GraphQLContext, @Root() outcome: ReferralOutcomeView, @Info() info: GraphQLResolveInfo) {
    return ctx.read.offers.get(outcome.offerId, selectionOf(info));
  }
}
