import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Extensions, FieldResolver, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { policy } from '../../auth/policy.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { firstArg, listSizes, MAX_TAGS } from '../../graphql/lists.js';
import { UUIDScalar } from '../../graphql/scalars.js';
import { selectionOf } from '../../graphql/selection.js';
import { BodyView } from '../body/body.types.js';
import { IntegrationGoalView } from '../goal/goal.types.js';
import { OrganisationView } from '../organisation/organisation.types.js';
import { PersonView } from '../person/person.types.js';
import { IndicatorInput, MAX_OWNERS, MeasureFilter, MeasureInput, MeasurementInput, MeasureProgressInput } from './measure.inputs.js';
import { isOverdue } from './measure.read.js';
import { IndicatorMeasurementView, IndicatorView, MeasurePermissions, MeasureStatusChangeView, MeasureView } from './measure.types.js';

@Resolver(() => MeasureView)
export class MeasureResolver {
  @Query(() => [MeasureView], { description: 'Measures by body, owner, responsible person, field of action, goal, status or overdue.' })
  measures(
    @Ctx() ctx: GraphQLContext,
    @Arg('filter', () => MeasureFilter, { nullable: true }) filter: MeasureFilter | null,
    @Arg('first', () => Int, firstArg(listSizes.root)) first: number,
  ) {
    return ctx.read.measures.list(filter, first);
  }

  @Query(() => [MeasureView], { description: 'Measures the logged-in person is responsible for.' })
  myMeasures(@Ctx() ctx: GraphQLContext, @Arg('first', () => Int, firstArg(listSizes.root)) first: number) {
    return ctx.read.measures.mine(first);
  }

  @Query(() => MeasureView)
  measure(@Ctx() ctx: GraphQLContext, @Arg('id', () => UUIDScalar) id: string) {
    return ctx.read.measures.get(id);
  }

  @Mutation(() => MeasureView, { description: 'Admins, and the body’s chairs and tandem leads.' })
  async createMeasure(@Ctx() ctx: GraphQLContext, @Arg('input', () => MeasureInput) input: MeasureInput) {
    const measure = await ctx.services.measures.create(ctx, input);
    return ctx.read.refresh().measures.get(measure.id);
  }

  @Mutation(() => MeasureView, { description: 'Admins, and the body’s chairs and tandem leads.' })
  async updateMeasure(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => UUIDScalar) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => MeasureInput) input: MeasureInput,
  ) {
    await ctx.services.measures.update(ctx, id, version, input);
    return ctx.read.refresh().measures.get(id);
  }

  @Mutation(() => MeasureView, { description: 'Status and progress: also the owners’ editors and the responsible person.' })
  async reportMeasureProgress(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => UUIDScalar) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => MeasureProgressInput) input: MeasureProgressInput,
  ) {
    await ctx.services.measures.reportProgress(ctx, id, version, input);
    return ctx.read.refresh().measures.get(id);
  }

  @Mutation(() => Boolean)
  deleteMeasure(@Ctx() ctx: GraphQLContext, @Arg('id', () => UUIDScalar) id: string) {
    return ctx.services.measures.delete(ctx, id);
  }

  @Mutation(() => IndicatorView)
  async addIndicator(
    @Ctx() ctx: GraphQLContext,
    @Arg('measureId', () => UUIDScalar) measureId: string,
    @Arg('input', () => IndicatorInput) input: IndicatorInput,
  ) {
    const indicator = await ctx.services.measures.addIndicator(ctx, measureId, input);
    return ctx.read.refresh().measures.getIndicator(indicator.id);
  }

  @Mutation(() => IndicatorMeasurementView)
  async recordMeasurement(
    @Ctx() ctx: GraphQLContext,
    @Arg('indicatorId', () => UUIDScalar) indicatorId: string,
    @Arg('input', () => MeasurementInput) input: MeasurementInput,
  ) {
    const measurement = await ctx.services.measures.recordMeasurement(ctx, indicatorId, input);
    return ctx.read.refresh().measures.getMeasurement(measurement.id);
  }

  @FieldResolver(() => BodyView)
  body(@Ctx() ctx: GraphQLContext, @Root() measure: MeasureView, @Info() info: GraphQLResolveInfo) {
    return ctx.read.bodies.get(measure.bodyId, selectionOf(info));
  }

  @FieldResolver(() => [OrganisationView], { description: 'Owner organisations; only those visible to you.' })
  @Extensions({ maxItems: MAX_OWNERS })
  owners(@Ctx() ctx: GraphQLContext, @Root() measure: MeasureView) {
    return ctx.read.measures.owners(measure.id);
  }

  @FieldResolver(() => [IntegrationGoalView])
  @Extensions({ maxItems: MAX_TAGS })
  goals(@Ctx() ctx: GraphQLContext, @Root() measure: MeasureView) {
    return ctx.read.goals.ofMeasure(measure.id);
  }

  @FieldResolver(() => PersonView, { nullable: true, description: 'The responsible person; null for none, or when hidden from you.' })
  responsible(@Ctx() ctx: GraphQLContext, @Root() measure: MeasureView, @Info() info: GraphQLResolveInfo) {
    return measure.responsibleId ? ctx.read.people.byId(measure.responsibleId, selectionOf(info)) : null;
  }

  @FieldResolver(() => Boolean, { description: 'Open and past its due date.' })
  overdue(@Root() measure: MeasureView) {
    return isOverdue(measure);
  }

  @FieldResolver(() => [MeasureStatusChangeView])
  statusHistory(
    @Ctx() ctx: GraphQLContext,
    @Root() measure: MeasureView,
    @Arg('first', () => Int, firstArg(listSizes.items)) first: number,
  ) {
    return ctx.read.measures.statusHistory(measure.id, first);
  }

  @FieldResolver(() => [IndicatorView])
  indicators(@Ctx() ctx: GraphQLContext, @Root() measure: MeasureView, @Arg('first', () => Int, firstArg(listSizes.items)) first: number) {
    return ctx.read.measures.indicators(measure.id, first);
  }

  @FieldResolver(() => MeasurePermissions)
  async viewerCan(@Ctx() ctx: GraphQLContext, @Root() measure: MeasureView): Promise<MeasurePermissions> {
    if (ctx.actor.kind !== 'user') return Object.assign(new MeasurePermissions(), { manage: false, progress: false });
    const [leaders, owners] = await Promise.all([ctx.read.bodies.leaders(measure.bodyId), ctx.read.measures.owners(measure.id)]);
    return Object.assign(new MeasurePermissions(), {
      manage: policy.manageBody(ctx.actor, leaders),
      progress: policy.updateMeasureProgress(ctx.actor, {
        leaderPersonIds: leaders,
        responsiblePersonId: measure.responsibleId,
        ownerOrganisationIds: owners.map((o) => o.id),
      }),
    });
  }
}

@Resolver(() => IndicatorView)
export class IndicatorResolver {
  @FieldResolver(() => [IndicatorMeasurementView], { description: 'Oldest first.' })
  measurements(
    @Ctx() ctx: GraphQLContext,
    @Root() indicator: IndicatorView,
    @Arg('first', () => Int, firstArg(listSizes.items)) first: number,
  ) {
    return ctx.read.measures.measurements(indicator.id, first);
  }
}
