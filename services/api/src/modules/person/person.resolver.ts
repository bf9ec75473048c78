import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Extensions, FieldResolver, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { policy } from '../../auth/policy.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { firstArg, listSizes } from '../../graphql/lists.js';
import { preloaded } from '../../graphql/preloaded.js';
import { UUIDScalar } from '../../graphql/scalars.js';
import { nodeSelectionOf, selectionOf } from '../../graphql/selection.js';
import { ConnectionArgs } from '../organisation/organisation.inputs.js';
import { OrganisationView } from '../organisation/organisation.types.js';
import { AffiliationInput, PeopleFilter, PersonInput } from './person.inputs.js';
import { AffiliationView, PersonConnection, PersonView } from './person.types.js';

@Resolver(() => PersonView)
export class PersonResolver {
  @Query(() => PersonView)
  person(@Ctx() ctx: GraphQLContext, @Arg('id', () => UUIDScalar) id: string, @Info() info: GraphQLResolveInfo) {
    return ctx.read.people.get(id, selectionOf(info));
  }

  @Query(() => PersonConnection, { description: 'Members only: the people of the network.' })
  people(
    @Ctx() ctx: GraphQLContext,
    @Arg('filter', () => PeopleFilter, { nullable: true }) filter: PeopleFilter | null,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Info() info: GraphQLResolveInfo,
  ) {
    return ctx.read.people.search(filter, args, nodeSelectionOf(info));
  }

  @Mutation(() => PersonView, { description: 'Admins, and editors for their own organisations.' })
  async createPerson(@Ctx() ctx: GraphQLContext, @Arg('input', () => PersonInput) input: PersonInput) {
    const person = await ctx.services.people.create(ctx, input);
    return ctx.read.refresh().people.get(person.id);
  }

  @Mutation(() => PersonView, { description: 'Fails with CONFLICT when `version` is stale.' })
  async updatePerson(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => UUIDScalar) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => PersonInput) input: PersonInput,
  ) {
    await ctx.services.people.update(ctx, id, version, input);
    return ctx.read.refresh().people.get(id);
  }

  @Mutation(() => PersonView)
  async archivePerson(@Ctx() ctx: GraphQLContext, @Arg('id', () => UUIDScalar) id: string, @Arg('version', () => Int) version: number) {
    await ctx.services.people.archive(ctx, id, version, true);
    return ctx.read.refresh().people.get(id);
  }

  @Mutation(() => PersonView)
  async restorePerson(@Ctx() ctx: GraphQLContext, @Arg('id', () => UUIDScalar) id: string, @Arg('version', () => Int) version: number) {
    await ctx.services.people.archive(ctx, id, version, false);
    return ctx.read.refresh().people.get(id);
  }

  @Mutation(() => AffiliationView)
  async addAffiliation(
    @Ctx() ctx: GraphQLContext,
    @Arg('personId', () => UUIDScalar) personId: string,
    @Arg('input', () => AffiliationInput) input: AffiliationInput,
  ) {
    const affiliation = await ctx.services.people.addAffiliation(ctx, personId, input);
    return ctx.read.refresh().people.getAffiliation(affiliation.id);
  }

  @Mutation(() => AffiliationView)
  async updateAffiliation(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => UUIDScalar) id: string,
    @Arg('input', () => AffiliationInput) input: AffiliationInput,
  ) {
    await ctx.services.people.updateAffiliation(ctx, id, input);
    return ctx.read.refresh().people.getAffiliation(id);
  }

  @Mutation(() => Boolean)
  removeAffiliation(@Ctx() ctx: GraphQLContext, @Arg('id', () => UUIDScalar) id: string) {
    return ctx.services.people.removeAffiliation(ctx, id);
  }

  @FieldResolver(() => [AffiliationView])
  affiliations(
    @Ctx() ctx: GraphQLContext,
    @Root() person: PersonView,
    @Arg('includePast', () => Boolean, { defaultValue: false }) includePast: boolean,
    @Arg('first', () => Int, firstArg(listSizes.people)) first: number,
    @Info() info: GraphQLResolveInfo,
  ) {
    return ctx.read.people.affiliationsOfPerson(person.id, includePast, first, selectionOf(info));
  }

  @FieldResolver(() => Boolean)
  async viewerCanEdit(@Ctx() ctx: GraphQLContext, @Root() person: PersonView) {
    if (ctx.actor.kind !== 'user') return false;
    const current = await ctx.read.people.affiliationsOfPerson(person.id, false, listSizes.people.max);
    return policy.editPerson(
      ctx.actor,
      current.map((a) => a.organisationId),
    );
  }
}

@Resolver(() => AffiliationView)
export class AffiliationResolver {
  @Extensions(preloaded)
  @FieldResolver(() => PersonView)
  person(@Ctx() ctx: GraphQLContext, @Root() affiliation: AffiliationView, @Info() info: GraphQLResolveInfo) {
    return affiliation.person ?? ctx.read.people.get(affiliation.personId, selectionOf(info));
  }

  @Extensions(preloaded)
  @FieldResolver(() => OrganisationView)
  organisation(@Ctx() ctx: GraphQLContext, @Root() affiliation: AffiliationView, @Info() info: GraphQLResolveInfo) {
    return affiliation.organisation ?? ctx.read.organisations.get(affiliation.organisationId, selectionOf(info));
  }
}
