import { Arg, Ctx, Extensions, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { MAX_TAGS } from '../../graphql/lists.js';
import { UUIDScalar } from '../../graphql/scalars.js';
import { ReferenceKind } from './reference.entity.js';
import { ReferenceEntryInput } from './reference.inputs.js';
import { DistrictView, FieldOfActionView, LanguageView, ReferenceEntryView, TargetGroupView } from './reference.types.js';

/** Vocabularies are small by nature; a list beyond this would be a data error, not a page. */
const vocabularyBound = { maxItems: MAX_TAGS * 10 };

@Resolver()
export class ReferenceResolver {
  @Query(() => [FieldOfActionView])
  @Extensions(vocabularyBound)
  fieldsOfAction(@Ctx() ctx: GraphQLContext) {
    return ctx.read.references.list(ReferenceKind.FIELD_OF_ACTION);
  }

  @Query(() => [DistrictView])
  @Extensions(vocabularyBound)
  districts(@Ctx() ctx: GraphQLContext) {
    return ctx.read.references.list(ReferenceKind.DISTRICT);
  }

  @Query(() => [LanguageView])
  @Extensions(vocabularyBound)
  languages(@Ctx() ctx: GraphQLContext) {
    return ctx.read.references.list(ReferenceKind.LANGUAGE);
  }

  @Query(() => [TargetGroupView])
  @Extensions(vocabularyBound)
  targetGroups(@Ctx() ctx: GraphQLContext) {
    return ctx.read.references.list(ReferenceKind.TARGET_GROUP);
  }

  @Mutation(() => ReferenceEntryView, { description: 'Admins only.' })
  async createReferenceEntry(
    @Ctx() ctx: GraphQLContext,
    @Arg('kind', () => ReferenceKind) kind: ReferenceKind,
    @Arg('input', () => ReferenceEntryInput) input: ReferenceEntryInput,
  ) {
    const entry = await ctx.services.references.create(ctx, kind, input);
    return ctx.read.refresh().references.get(kind, entry.id);
  }

  @Mutation(() => ReferenceEntryView, { description: 'Admins only.' })
  async updateReferenceEntry(
    @Ctx() ctx: GraphQLContext,
    @Arg('kind', () => ReferenceKind) kind: ReferenceKind,
    @Arg('id', () => UUIDScalar) id: string,
    @Arg('input', () => ReferenceEntryInput) input: ReferenceEntryInput,
  ) {
    await ctx.services.references.update(ctx, kind, id, input);
    return ctx.read.refresh().references.get(kind, id);
  }

  @Mutation(() => Boolean, { description: 'Admins only; entries in use cannot be deleted (CONFLICT).' })
  deleteReferenceEntry(
    @Ctx() ctx: GraphQLContext,
    @Arg('kind', () => ReferenceKind) kind: ReferenceKind,
    @Arg('id', () => UUIDScalar) id: string,
  ) {
    return ctx.services.references.delete(ctx, kind, id);
  }
}
