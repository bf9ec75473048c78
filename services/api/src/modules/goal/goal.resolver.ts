import { Arg, Ctx, Extensions, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { MAX_TAGS } from '../../graphql/lists.js';
import { UUIDScalar } from '../../graphql/scalars.js';
import { ReferenceKind } from '../reference/reference.entity.js';
import { FieldOfActionView } from '../reference/reference.types.js';
import { GoalInput } from './goal.inputs.js';
import { IntegrationGoalView } from './goal.types.js';

@Resolver(() => IntegrationGoalView)
export class GoalResolver {
  @Query(() => [IntegrationGoalView], { description: 'The integration concept’s numbered goals.' })
  @Extensions({ maxItems: MAX_TAGS * 10 })
  goals(@Ctx() ctx: GraphQLContext, @Arg('fieldOfActionId', () => UUIDScalar, { nullable: true }) fieldOfActionId: string | null) {
    return ctx.read.goals.list(fieldOfActionId);
  }

  @Mutation(() => IntegrationGoalView, { description: 'Admins only.' })
  async createGoal(@Ctx() ctx: GraphQLContext, @Arg('input', () => GoalInput) input: GoalInput) {
    const goal = await ctx.services.goals.save(ctx, null, null, input);
    return ctx.read.refresh().goals.get(goal.id);
  }

  @Mutation(() => IntegrationGoalView, { description: 'Admins only.' })
  async updateGoal(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => UUIDScalar) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => GoalInput) input: GoalInput,
  ) {
    await ctx.services.goals.save(ctx, id, version, input);
    return ctx.read.refresh().goals.get(id);
  }

  @FieldResolver(() => FieldOfActionView, { nullable: true })
  fieldOfAction(@Ctx() ctx: GraphQLContext, @Root() goal: IntegrationGoalView) {
    return goal.fieldOfActionId ? ctx.read.references.byId(ReferenceKind.FIELD_OF_ACTION, goal.fieldOfActionId) : null;
  }
}
