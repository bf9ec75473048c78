import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { FieldOfAction } from '../reference/reference.entity.js';
import { IntegrationGoal } from './goal.entity.js';
import { GoalInput } from './goal.inputs.js';

@Resolver(() => IntegrationGoal)
export class GoalResolver {
  @Query(() => [IntegrationGoal], { description: 'The integration concept’s numbered goals.' })
  goals(@Ctx() ctx: GraphQLContext, @Arg('fieldOfActionId', () => ID, { nullable: true }) fieldOfActionId: string | null) {
    return ctx.services.goals.list(ctx, fieldOfActionId);
  }

  @Mutation(() => IntegrationGoal, { description: 'Admins only.' })
  createGoal(@Ctx() ctx: GraphQLContext, @Arg('input', () => GoalInput) input: GoalInput) {
    return ctx.services.goals.save(ctx, null, null, input);
  }

  @Mutation(() => IntegrationGoal, { description: 'Admins only.' })
  updateGoal(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => GoalInput) input: GoalInput,
  ) {
    return ctx.services.goals.save(ctx, id, version, input);
  }

  @FieldResolver(() => FieldOfAction, { nullable: true })
  async fieldOfAction(@Ctx() ctx: GraphQLContext, @Root() goal: IntegrationGoal) {
    return goal.fieldOfAction ? ctx.em.findOne(FieldOfAction, goal.fieldOfAction.id) : null;
  }
}
