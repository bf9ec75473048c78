import { Arg, Ctx, Extensions, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { MAX_TAGS } from '../../graphql/lists.js';
import { UUIDScalar } from '../../graphql/scalars.js';
import { ReferenceKind } from '../reference/reference.entity.js';
import { FieldOfActionView } from '../reference/reference.types.js';
import { ConceptInput, GoalInput } from './goal.inputs.js';
import { IntegrationConceptView, IntegrationGoalView } from './goal.types.js';

@Resolver(() => IntegrationGoalView)
export class GoalResolver {
  @Query(() => [IntegrationGoalView], { description: 'The integration concept’s numbered goals.' })
  @Extensions({ maxItems: MAX_TAGS * 10 })
  goals(
    @Ctx() ctx: GraphQLContext,
    @Arg('fieldOfActionId', () => UUIDScalar, { nullable: true }) fieldOfActionId: string | null,
    @Arg('conceptId', () => UUIDScalar, { nullable: true, description: 'The current concept when left out.' }) conceptId: string | null,
  ) {
    return ctx.read.goals.list(fieldOfActionId, conceptId);
  }

  @Query(() => [IntegrationConceptView], { description: 'The integration concepts, the current one first.' })
  @Extensions({ maxItems: MAX_TAGS })
  concepts(@Ctx() ctx: GraphQLContext) {
    return ctx.read.goals.concepts();
  }

  @Mutation(() => IntegrationConceptView, { description: 'Admins only.' })
  async createConcept(@Ctx() ctx: GraphQLContext, @Arg('input', () => ConceptInput) input: ConceptInput) {
    const concept = await ctx.services.goals.saveConcept(ctx, null, null, input);
    return ctx.read.refresh().goals.getConcept(concept.id);
  }

  @Mutation(() => IntegrationConceptView, { description: 'Admins only.' })
  async updateConcept(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => UUIDScalar) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => ConceptInput) input: ConceptInput,
  ) {
    await ctx.services.goals.saveConcept(ctx, id, version, input);
    return ctx.read.refresh().goals.getConcept(id);
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

  @FieldResolver(() => IntegrationConceptView)
  concept(@Ctx() ctx: GraphQLContext, @Root() goal: IntegrationGoalView) {
    return ctx.read.goals.getConcept(goal.conceptId);
  }

  @FieldResolver(() => FieldOfActionView, { nullable: true })
  fieldOfAction(@Ctx() ctx: GraphQLContext, @Root() goal: IntegrationGoalView) {
    return goal.fieldOfActionId ? ctx.read.references.byId(ReferenceKind.FIELD_OF_ACTION, goal.fieldOfActionId) : null;
  }
}

@Resolver(() => IntegrationConceptView)
export class ConceptResolver {
  @FieldResolver(() => [IntegrationGoalView], { description: 'By number.' })
  @Extensions({ maxItems: MAX_TAGS * 10 })
  goals(@Ctx() ctx: GraphQLContext, @Root() concept: IntegrationConceptView) {
    return ctx.read.goals.ofConcept(concept.id);
  }
}
