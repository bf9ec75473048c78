import { Arg, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { loaded } from '../../graphql/loaded.js';
import { Body } from '../body/body.entity.js';
import { IntegrationGoal } from '../goal/goal.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Person } from '../person/person.entity.js';
import { Indicator, IndicatorMeasurement, Measure, MeasureStatusChange } from './measure.entity.js';
import { IndicatorInput, MeasureFilter, MeasureInput, MeasurementInput, MeasureProgressInput } from './measure.inputs.js';
import { isOverdue } from './measure.service.js';

@ObjectType()
class MeasurePermissions {
  @Field(() => Boolean, { description: 'May change every field, indicators, or delete (admins, chairs, tandem leads).' })
  manage!: boolean;

  @Field(() => Boolean, { description: 'May report status, progress and measurements (also owners and the responsible person).' })
  progress!: boolean;
}

@Resolver(() => Measure)
export class MeasureResolver {
  @Query(() => [Measure], { description: 'Measures by body, owner, responsible person, field of action, goal, status or overdue.' })
  measures(@Ctx() ctx: GraphQLContext, @Arg('filter', () => MeasureFilter, { nullable: true }) filter: MeasureFilter | null) {
    return ctx.services.measures.list(ctx, filter);
  }

  @Query(() => [Measure], { description: 'Measures the logged-in person is responsible for.' })
  myMeasures(@Ctx() ctx: GraphQLContext) {
    return ctx.services.measures.mine(ctx);
  }

  @Query(() => Measure)
  measure(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string) {
    return ctx.services.measures.get(ctx, id);
  }

  @Mutation(() => Measure, { description: 'Admins, and the body’s chairs and tandem leads.' })
  createMeasure(@Ctx() ctx: GraphQLContext, @Arg('input', () => MeasureInput) input: MeasureInput) {
    return ctx.services.measures.create(ctx, input);
  }

  @Mutation(() => Measure, { description: 'Admins, and the body’s chairs and tandem leads.' })
  updateMeasure(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => MeasureInput) input: MeasureInput,
  ) {
    return ctx.services.measures.update(ctx, id, version, input);
  }

  @Mutation(() => Measure, { description: 'Status and progress: also the owners’ editors and the responsible person.' })
  reportMeasureProgress(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => MeasureProgressInput) input: MeasureProgressInput,
  ) {
    return ctx.services.measures.reportProgress(ctx, id, version, input);
  }

  @Mutation(() => Boolean)
  deleteMeasure(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string) {
    return ctx.services.measures.delete(ctx, id);
  }

  @Mutation(() => Indicator)
  addIndicator(
    @Ctx() ctx: GraphQLContext,
    @Arg('measureId', () => ID) measureId: string,
    @Arg('input', () => IndicatorInput) input: IndicatorInput,
  ) {
    return ctx.services.measures.addIndicator(ctx, measureId, input);
  }

  @Mutation(() => IndicatorMeasurement)
  recordMeasurement(
    @Ctx() ctx: GraphQLContext,
    @Arg('indicatorId', () => ID) indicatorId: string,
    @Arg('input', () => MeasurementInput) input: MeasurementInput,
  ) {
    return ctx.services.measures.recordMeasurement(ctx, indicatorId, input);
  }

  @FieldResolver(() => Body)
  body(@Ctx() ctx: GraphQLContext, @Root() measure: Measure) {
    return loaded(ctx.em, Body, measure.body);
  }

  @FieldResolver(() => [Organisation])
  async owners(@Root() measure: Measure) {
    return (await measure.owners.load({ dataloader: true })).getItems();
  }

  @FieldResolver(() => [IntegrationGoal])
  async goals(@Root() measure: Measure) {
    return (await measure.goals.load({ dataloader: true })).getItems().sort((a, b) => a.number - b.number);
  }

  @FieldResolver(() => Person, { nullable: true })
  responsible(@Ctx() ctx: GraphQLContext, @Root() measure: Measure) {
    return measure.responsible ? loaded(ctx.em, Person, measure.responsible) : null;
  }

  @FieldResolver(() => Boolean, { description: 'Open and past its due date.' })
  overdue(@Root() measure: Measure) {
    return isOverdue(measure);
  }

  @FieldResolver(() => [MeasureStatusChange])
  statusHistory(@Ctx() ctx: GraphQLContext, @Root() measure: Measure) {
    return ctx.services.measures.statusHistory(ctx, measure);
  }

  @FieldResolver(() => [Indicator])
  indicators(@Ctx() ctx: GraphQLContext, @Root() measure: Measure) {
    return ctx.services.measures.indicators(ctx, measure);
  }

  @FieldResolver(() => MeasurePermissions)
  async viewerCan(@Ctx() ctx: GraphQLContext, @Root() measure: Measure) {
    return ctx.services.measures.permissions(ctx, measure, await ctx.loaders.leadersOf(measure.body.id));
  }
}

@Resolver(() => Indicator)
export class IndicatorResolver {
  @FieldResolver(() => [IndicatorMeasurement], { description: 'Oldest first.' })
  measurements(@Ctx() ctx: GraphQLContext, @Root() indicator: Indicator) {
    return ctx.services.measures.measurements(ctx, indicator);
  }
}
