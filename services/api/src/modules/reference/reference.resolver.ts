import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { District, FieldOfAction, Language, ReferenceEntry, ReferenceKind, TargetGroup } from './reference.entity.js';
import { ReferenceEntryInput } from './reference.inputs.js';

@Resolver()
export class ReferenceResolver {
  @Query(() => [FieldOfAction])
  fieldsOfAction(@Ctx() ctx: GraphQLContext) {
    return ctx.services.references.list(ctx, ReferenceKind.FIELD_OF_ACTION);
  }

  @Query(() => [District])
  districts(@Ctx() ctx: GraphQLContext) {
    return ctx.services.references.list(ctx, ReferenceKind.DISTRICT);
  }

  @Query(() => [Language])
  languages(@Ctx() ctx: GraphQLContext) {
    return ctx.services.references.list(ctx, ReferenceKind.LANGUAGE);
  }

  @Query(() => [TargetGroup])
  targetGroups(@Ctx() ctx: GraphQLContext) {
    return ctx.services.references.list(ctx, ReferenceKind.TARGET_GROUP);
  }

  @Mutation(() => ReferenceEntry, { description: 'Admins only.' })
  createReferenceEntry(
    @Ctx() ctx: GraphQLContext,
    @Arg('kind', () => ReferenceKind) kind: ReferenceKind,
    @Arg('input', () => ReferenceEntryInput) input: ReferenceEntryInput,
  ) {
    return ctx.services.references.create(ctx, kind, input);
  }

  @Mutation(() => ReferenceEntry, { description: 'Admins only.' })
  updateReferenceEntry(
    @Ctx() ctx: GraphQLContext,
    @Arg('kind', () => ReferenceKind) kind: ReferenceKind,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ReferenceEntryInput) input: ReferenceEntryInput,
  ) {
    return ctx.services.references.update(ctx, kind, id, input);
  }

  @Mutation(() => Boolean, { description: 'Admins only; entries in use cannot be deleted (CONFLICT).' })
  deleteReferenceEntry(@Ctx() ctx: GraphQLContext, @Arg('kind', () => ReferenceKind) kind: ReferenceKind, @Arg('id', () => ID) id: string) {
    return ctx.services.references.delete(ctx, kind, id);
  }
}
