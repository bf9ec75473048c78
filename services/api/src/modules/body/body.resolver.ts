import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Extensions, FieldResolver, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { policy } from '../../auth/policy.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { firstArg, listSizes, MAX_TAGS } from '../../graphql/lists.js';
import { DateScalar, UUIDScalar } from '../../graphql/scalars.js';
import { selectionOf } from '../../graphql/selection.js';
import { IntegrationGoalView } from '../goal/goal.types.js';
import { MeasureView } from '../measure/measure.types.js';
import { MembershipRole } from '../membership/membership.entity.js';
import { tandemOf } from '../membership/membership.read.js';
import { MembershipView, TandemView } from '../membership/membership.types.js';
import { FieldOfActionView } from '../reference/reference.types.js';
import { BodyFilter, BodyInput, BodyStatusInput } from './body.inputs.js';
import { endedStatuses, leadRules } from './body.rules.js';
import { BodyPermissions, BodyStatusChangeView, BodyView } from './body.types.js';

@Resolver(() => BodyView)
export class BodyResolver {
  @Query(() => BodyView)
  body(@Ctx() ctx: GraphQLContext, @Arg('id', () => UUIDScalar) id: string, @Info() info: GraphQLResolveInfo) {
    return ctx.read.bodies.get(id, selectionOf(info));
  }

  @Query(() => [BodyView], { description: 'Bodies of the network by name; ended ones on request.' })
  bodies(
    @Ctx() ctx: GraphQLContext,
    @Arg('filter', () => BodyFilter, { nullable: true }) filter: BodyFilter | null,
    @Arg('first', () => Int, firstArg(listSizes.root)) first: number,
    @Info() info: GraphQLResolveInfo,
  ) {
    return ctx.read.bodies.list(filter, first, selectionOf(info));
  }

  @Query(() => [TandemView], { description: 'Every body led by a tandem, with its leads, their organisations and sectors.' })
  tandems(@Ctx() ctx: GraphQLContext, @Arg('first', () => Int, firstArg(listSizes.root)) first: number) {
    return ctx.read.memberships.tandems(first);
  }

  @Mutation(() => BodyView, { description: 'Admins only.' })
  async createBody(@Ctx() ctx: GraphQLContext, @Arg('input', () => BodyInput) input: BodyInput) {
    const body = await ctx.services.bodies.create(ctx, input);
    return ctx.read.refresh().bodies.get(body.id);
  }

  @Mutation(() => BodyView, { description: 'Admins only.' })
  async updateBody(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => UUIDScalar) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => BodyInput) input: BodyInput,
  ) {
    await ctx.services.bodies.update(ctx, id, version, input);
    return ctx.read.refresh().bodies.get(id);
  }

  @Mutation(() => BodyView, { description: 'Admins only. Pause, resume, merge, dissolve or hand over a body, with date and reason.' })
  async changeBodyStatus(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => UUIDScalar) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => BodyStatusInput) input: BodyStatusInput,
  ) {
    await ctx.services.bodies.changeStatus(ctx, id, version, input);
    return ctx.read.refresh().bodies.get(id);
  }

  @FieldResolver(() => BodyView, {
    nullable: true,
    description: 'The body this one reports to; null when there is none or it is hidden from you.',
  })
  parent(@Ctx() ctx: GraphQLContext, @Root() body: BodyView, @Info() info: GraphQLResolveInfo) {
    return body.parentId ? ctx.read.bodies.byId(body.parentId, selectionOf(info)) : null;
  }

  @FieldResolver(() => [BodyView], { description: 'Bodies reporting to this one.' })
  children(
    @Ctx() ctx: GraphQLContext,
    @Root() body: BodyView,
    @Arg('includeEnded', () => Boolean, { defaultValue: false }) includeEnded: boolean,
    @Arg('first', () => Int, firstArg(listSizes.items)) first: number,
    @Info() info: GraphQLResolveInfo,
  ) {
    return ctx.read.bodies.children(body.id, includeEnded, first, selectionOf(info));
  }

  @FieldResolver(() => BodyView, { nullable: true, description: 'The body this one was merged into; null when hidden from you.' })
  mergedInto(@Ctx() ctx: GraphQLContext, @Root() body: BodyView, @Info() info: GraphQLResolveInfo) {
    return body.mergedIntoId ? ctx.read.bodies.byId(body.mergedIntoId, selectionOf(info)) : null;
  }

  @FieldResolver(() => Boolean)
  ended(@Root() body: BodyView) {
    return endedStatuses.includes(body.status);
  }

  @FieldResolver(() => [FieldOfActionView])
  @Extensions({ maxItems: MAX_TAGS })
  fieldsOfAction(@Ctx() ctx: GraphQLContext, @Root() body: BodyView) {
    return ctx.read.references.fieldsOfActionOfBody(body.id);
  }

  @FieldResolver(() => [IntegrationGoalView])
  @Extensions({ maxItems: MAX_TAGS })
  goals(@Ctx() ctx: GraphQLContext, @Root() body: BodyView) {
    return ctx.read.goals.ofBody(body.id);
  }

  @FieldResolver(() => [BodyStatusChangeView], { description: 'The body’s life: founded, paused, merged…, oldest first.' })
  statusHistory(@Ctx() ctx: GraphQLContext, @Root() body: BodyView, @Arg('first', () => Int, firstArg(listSizes.items)) first: number) {
    return ctx.read.bodies.statusHistory(body.id, first);
  }

  @FieldResolver(() => [MembershipView], { description: 'Members on a day (default today).' })
  members(
    @Ctx() ctx: GraphQLContext,
    @Root() body: BodyView,
    @Arg('at', () => DateScalar, { nullable: true }) at: string | null,
    @Arg('first', () => Int, firstArg(listSizes.people)) first: number,
    @Info() info: GraphQLResolveInfo,
  ) {
    return ctx.read.memberships.members(body.id, at, first, selectionOf(info));
  }

  @FieldResolver(() => TandemView, { nullable: true, description: 'The current leads, for bodies led by a tandem.' })
  async tandem(@Ctx() ctx: GraphQLContext, @Root() body: BodyView) {
    if (leadRules[body.kind].max === 0) return null;
    const members = await ctx.read.memberships.members(body.id, null, listSizes.people.default);
    return tandemOf(
      body,
      members.filter((m) => m.role === MembershipRole.TANDEM_LEAD),
      false,
    );
  }

  @FieldResolver(() => [MeasureView])
  measures(@Ctx() ctx: GraphQLContext, @Root() body: BodyView, @Arg('first', () => Int, firstArg(listSizes.items)) first: number) {
    return ctx.read.measures.ofBody(body.id, first);
  }

  @FieldResolver(() => BodyPermissions)
  async viewerCan(@Ctx() ctx: GraphQLContext, @Root() body: BodyView): Promise<BodyPermissions> {
    const manage = ctx.actor.kind === 'user' && policy.manageBody(ctx.actor, await ctx.read.bodies.leaders(body.id));
    return Object.assign(new BodyPermissions(), { change: policy.changeBody(ctx.actor), manage });
  }
}

@Resolver(() => BodyStatusChangeView)
export class BodyStatusChangeResolver {
  @FieldResolver(() => BodyView, { nullable: true, description: 'The body merged into; null when hidden from you.' })
  mergedInto(@Ctx() ctx: GraphQLContext, @Root() change: BodyStatusChangeView, @Info() info: GraphQLResolveInfo) {
    return change.mergedIntoId ? ctx.read.bodies.byId(change.mergedIntoId, selectionOf(info)) : null;
  }
}
