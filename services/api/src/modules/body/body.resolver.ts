import { Arg, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { policy } from '../../auth/policy.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { IntegrationGoal } from '../goal/goal.entity.js';
import { Measure } from '../measure/measure.entity.js';
import { Membership } from '../membership/membership.entity.js';
import type { Tandem as TandemValue } from '../membership/membership.service.js';
import { Sector } from '../organisation/organisation.enums.js';
import { FieldOfAction } from '../reference/reference.entity.js';
import { Body, BodyStatusChange } from './body.entity.js';
import { BodyFilter, BodyInput, BodyStatusInput } from './body.inputs.js';
import { endedStatuses, leadRules } from './body.rules.js';

@ObjectType({ description: 'The leads of a body: usually two people from different sectors.' })
export class Tandem {
  @Field(() => Body)
  body!: Body;

  @Field(() => [Membership], { description: 'Current tandem leads.' })
  leads!: Membership[];

  @Field(() => Boolean, { description: 'Whether the leads’ organisations span more than one sector, e.g. welfare and administration.' })
  bridgesSectors!: boolean;

  @Field(() => [Sector])
  sectors!: Sector[];

  @Field(() => Boolean, { description: 'Whether the number of leads fits what the body’s kind requires.' })
  complete!: boolean;

  @Field(() => Int)
  minLeads!: number;

  @Field(() => Int)
  maxLeads!: number;
}

export const toTandem = (t: TandemValue): Tandem =>
  Object.assign(new Tandem(), t, {
    sectors: [...new Set(t.leads.map((l) => l.organisation?.sector).filter((s): s is Sector => !!s))],
  });

@ObjectType()
class BodyPermissions {
  @Field(() => Boolean, { description: 'May change the body’s fields and lifecycle (admins).' })
  change!: boolean;

  @Field(() => Boolean, { description: 'May manage memberships and measures (admins, chairs, tandem leads).' })
  manage!: boolean;
}

@Resolver(() => Body)
export class BodyResolver {
  @Query(() => Body)
  body(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string) {
    return ctx.services.bodies.get(ctx, id);
  }

  @Query(() => [Body], { description: 'Bodies of the network; ended ones on request.' })
  bodies(@Ctx() ctx: GraphQLContext, @Arg('filter', () => BodyFilter, { nullable: true }) filter: BodyFilter | null) {
    return ctx.services.bodies.list(ctx, filter);
  }

  @Query(() => [Tandem], { description: 'Every body led by a tandem, with its leads, their organisations and sectors.' })
  async tandems(@Ctx() ctx: GraphQLContext) {
    return (await ctx.services.memberships.tandems(ctx)).map(toTandem);
  }

  @Mutation(() => Body, { description: 'Admins only.' })
  createBody(@Ctx() ctx: GraphQLContext, @Arg('input', () => BodyInput) input: BodyInput) {
    return ctx.services.bodies.create(ctx, input);
  }

  @Mutation(() => Body, { description: 'Admins only.' })
  updateBody(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => BodyInput) input: BodyInput,
  ) {
    return ctx.services.bodies.update(ctx, id, version, input);
  }

  @Mutation(() => Body, { description: 'Admins only. Pause, resume, merge, dissolve or hand over a body, with date and reason.' })
  changeBodyStatus(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => BodyStatusInput) input: BodyStatusInput,
  ) {
    return ctx.services.bodies.changeStatus(ctx, id, version, input);
  }

  @FieldResolver(() => Body, { nullable: true })
  async parent(@Ctx() ctx: GraphQLContext, @Root() body: Body) {
    if (!body.parent) return null;
    const parent = await ctx.em.findOne(Body, body.parent.id);
    return parent && ctx.services.bodies.visible(ctx, parent) ? parent : null;
  }

  @FieldResolver(() => [Body], { description: 'Bodies reporting to this one.' })
  async children(
    @Ctx() ctx: GraphQLContext,
    @Root() body: Body,
    @Arg('includeEnded', () => Boolean, { defaultValue: false }) includeEnded: boolean,
  ) {
    const children = await ctx.em.find(Body, { parent: body }, { orderBy: { name: 'asc' } });
    return children.filter((c) => ctx.services.bodies.visible(ctx, c) && (includeEnded || !endedStatuses.includes(c.status)));
  }

  @FieldResolver(() => Body, { nullable: true })
  mergedInto(@Ctx() ctx: GraphQLContext, @Root() body: Body) {
    return body.mergedInto ? ctx.em.findOne(Body, body.mergedInto.id) : null;
  }

  @FieldResolver(() => Boolean)
  ended(@Root() body: Body) {
    return endedStatuses.includes(body.status);
  }

  @FieldResolver(() => [FieldOfAction])
  async fieldsOfAction(@Root() body: Body) {
    return (await body.fieldsOfAction.load({ dataloader: true })).getItems();
  }

  @FieldResolver(() => [IntegrationGoal])
  async goals(@Root() body: Body) {
    return (await body.goals.load({ dataloader: true })).getItems().sort((a, b) => a.number - b.number);
  }

  @FieldResolver(() => [BodyStatusChange], { description: 'The body’s life: founded, paused, merged…, oldest first.' })
  statusHistory(@Ctx() ctx: GraphQLContext, @Root() body: Body) {
    return ctx.services.bodies.statusHistory(ctx, body);
  }

  @FieldResolver(() => [Membership], { description: 'Members on a day (YYYY-MM-DD, default today).' })
  members(@Ctx() ctx: GraphQLContext, @Root() body: Body, @Arg('at', () => String, { nullable: true }) at: string | null) {
    return ctx.loaders.memo(`members:${body.id}:${at ?? ''}`, () => ctx.services.memberships.members(ctx, body, at));
  }

  @FieldResolver(() => Tandem, { nullable: true, description: 'The current leads, for bodies led by a tandem.' })
  async tandem(@Ctx() ctx: GraphQLContext, @Root() body: Body) {
    if (leadRules[body.kind].max === 0) return null;
    const members = await ctx.loaders.memo(`members:${body.id}:`, () => ctx.services.memberships.members(ctx, body, null));
    return toTandem(await ctx.services.memberships.tandem(ctx, body, members));
  }

  @FieldResolver(() => [Measure])
  measures(@Ctx() ctx: GraphQLContext, @Root() body: Body) {
    return ctx.services.measures.list(ctx, { bodyId: body.id });
  }

  @FieldResolver(() => BodyPermissions)
  async viewerCan(@Ctx() ctx: GraphQLContext, @Root() body: Body): Promise<BodyPermissions> {
    return { change: policy.changeBody(ctx.actor), manage: policy.manageBody(ctx.actor, await ctx.loaders.leadersOf(body.id)) };
  }
}

@Resolver(() => BodyStatusChange)
export class BodyStatusChangeResolver {
  @FieldResolver(() => Body, { nullable: true })
  mergedInto(@Ctx() ctx: GraphQLContext, @Root() change: BodyStatusChange) {
    return change.mergedInto ? ctx.em.findOne(Body, change.mergedInto.id) : null;
  }
}
