import { Arg, Ctx, Extensions, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { firstArg, listSizes, MAX_TAGS } from '../../graphql/lists.js';
import { UUIDScalar } from '../../graphql/scalars.js';
import { today } from '../../shared/dates.js';
import { BodyView } from '../body/body.types.js';
import { IntegrationGoalView } from '../goal/goal.types.js';
import { MeasureView } from '../measure/measure.types.js';
import { ReferenceKind } from '../reference/reference.entity.js';
import { FieldOfActionView } from '../reference/reference.types.js';
import {
  BodyMeasuresView,
  FieldOfActionMeasuresView,
  GoalMeasuresView,
  IndicatorStandingView,
  NeedCountsView,
  SteeringOverviewView,
} from './overview.types.js';

@Resolver(() => SteeringOverviewView)
export class OverviewResolver {
  @Query(() => SteeringOverviewView, {
    description:
      'Where the network stands, for the steering committee. Each section is one statement over what you may see; combine it with `measures(filter: { overdue: true })`, `tasks`, `agreements(filter: { expiringWithinDays: 90 })` and `organisations(filter: { staleness: STALE })`.',
  })
  steeringOverview(
    @Ctx() _ctx: GraphQLContext,
    @Arg('conceptId', () => UUIDScalar, { nullable: true, description: 'For the goals; the current concept when left out.' })
    conceptId: string | null,
  ) {
    return Object.assign(new SteeringOverviewView(), { on: today(), conceptId });
  }

  @FieldResolver(() => [BodyMeasuresView], { description: 'Per body with measures, by name.' })
  @Extensions({ maxItems: listSizes.root.max })
  measuresByBody(@Ctx() ctx: GraphQLContext) {
    return ctx.read.overview.byBody();
  }

  @FieldResolver(() => [GoalMeasuresView], { description: 'Per goal of the concept, by number; measures without one last (goal null).' })
  @Extensions({ maxItems: MAX_TAGS * 10 + 1 })
  measuresByGoal(@Ctx() ctx: GraphQLContext, @Root() overview: SteeringOverviewView) {
    return ctx.read.overview.byGoal(overview.conceptId);
  }

  @FieldResolver(() => [FieldOfActionMeasuresView], {
    description: 'Per field of action (of a goal or of the body); measures in none last.',
  })
  @Extensions({ maxItems: MAX_TAGS + 1 })
  measuresByFieldOfAction(@Ctx() ctx: GraphQLContext) {
    return ctx.read.overview.byFieldOfAction();
  }

  @FieldResolver(() => [NeedCountsView], { description: 'Needs per classification (members only: zeros for visitors).' })
  @Extensions({ maxItems: 3 })
  needs(@Ctx() ctx: GraphQLContext) {
    return ctx.read.overview.needs();
  }

  @FieldResolver(() => [IndicatorStandingView], { description: 'Indicators against baseline and target, furthest behind first.' })
  indicators(@Ctx() ctx: GraphQLContext, @Arg('first', () => Int, firstArg(listSizes.items)) first: number) {
    return ctx.read.overview.indicators(first);
  }
}

@Resolver(() => BodyMeasuresView)
export class BodyMeasuresResolver {
  @FieldResolver(() => BodyView, { nullable: true })
  body(@Root() group: BodyMeasuresView) {
    return group.body;
  }
}

@Resolver(() => GoalMeasuresView)
export class GoalMeasuresResolver {
  @FieldResolver(() => IntegrationGoalView, { nullable: true })
  goal(@Ctx() ctx: GraphQLContext, @Root() group: GoalMeasuresView) {
    return group.key ? ctx.read.goals.byId(group.key) : null;
  }
}

@Resolver(() => FieldOfActionMeasuresView)
export class FieldOfActionMeasuresResolver {
  @FieldResolver(() => FieldOfActionView, { nullable: true })
  fieldOfAction(@Ctx() ctx: GraphQLContext, @Root() group: FieldOfActionMeasuresView) {
    return group.key ? ctx.read.references.byId(ReferenceKind.FIELD_OF_ACTION, group.key) : null;
  }
}

@Resolver(() => IndicatorStandingView)
export class IndicatorStandingResolver {
  @FieldResolver(() => MeasureView)
  measure(@Ctx() ctx: GraphQLContext, @Root() standing: IndicatorStandingView) {
    return ctx.read.measures.get(standing.measureId);
  }
}
