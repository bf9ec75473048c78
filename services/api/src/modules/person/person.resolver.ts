import { Arg, Args, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { policy } from '../../auth/policy.js';
import { PageInfo } from '../../graphql/connection.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { loaded } from '../../graphql/loaded.js';
import { ContactChannel } from '../organisation/contact.types.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { ConnectionArgs } from '../organisation/organisation.inputs.js';
import { Affiliation, Person } from './person.entity.js';
import { AffiliationInput, PeopleFilter, PersonInput } from './person.inputs.js';

@ObjectType()
class PersonEdge {
  @Field(() => Person)
  node!: Person;

  @Field(() => String)
  cursor!: string;
}

@ObjectType()
class PersonConnection {
  @Field(() => [PersonEdge])
  edges!: PersonEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person)
  person(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string) {
    return ctx.services.people.get(ctx, id);
  }

  @Query(() => PersonConnection, { description: 'Members only: the people of the network.' })
  people(
    @Ctx() ctx: GraphQLContext,
    @Arg('filter', () => PeopleFilter, { nullable: true }) filter: PeopleFilter | null,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
  ) {
    return ctx.services.people.search(ctx, filter, args);
  }

  @Mutation(() => Person, { description: 'Admins, and editors for their own organisations.' })
  createPerson(@Ctx() ctx: GraphQLContext, @Arg('input', () => PersonInput) input: PersonInput) {
    return ctx.services.people.create(ctx, input);
  }

  @Mutation(() => Person, { description: 'Fails with CONFLICT when `version` is stale.' })
  updatePerson(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => PersonInput) input: PersonInput,
  ) {
    return ctx.services.people.update(ctx, id, version, input);
  }

  @Mutation(() => Person)
  archivePerson(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return ctx.services.people.archive(ctx, id, version, true);
  }

  @Mutation(() => Person)
  restorePerson(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return ctx.services.people.archive(ctx, id, version, false);
  }

  @Mutation(() => Affiliation)
  addAffiliation(
    @Ctx() ctx: GraphQLContext,
    @Arg('personId', () => ID) personId: string,
    @Arg('input', () => AffiliationInput) input: AffiliationInput,
  ) {
    return ctx.services.people.addAffiliation(ctx, personId, input);
  }

  @Mutation(() => Affiliation)
  updateAffiliation(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => AffiliationInput) input: AffiliationInput,
  ) {
    return ctx.services.people.updateAffiliation(ctx, id, input);
  }

  @Mutation(() => Boolean)
  removeAffiliation(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string) {
    return ctx.services.people.removeAffiliation(ctx, id);
  }

  @FieldResolver(() => [ContactChannel], {
    nullable: true,
    description: 'Null when hidden: visitors see contact data only with the person’s consent.',
  })
  contactChannels(@Ctx() ctx: GraphQLContext, @Root() person: Person) {
    return ctx.services.people.readContact(ctx.actor, person);
  }

  @FieldResolver(() => [Affiliation])
  async affiliations(
    @Ctx() ctx: GraphQLContext,
    @Root() person: Person,
    @Arg('includePast', () => Boolean, { defaultValue: false }) includePast: boolean,
  ) {
    const all = await ctx.loaders.affiliationsByPerson.load(person.id);
    for (const a of all) a.person = person;
    return ctx.services.people.visibleAffiliations(ctx, all, includePast);
  }

  @FieldResolver(() => Boolean)
  viewerCanEdit(@Ctx() ctx: GraphQLContext, @Root() person: Person) {
    return ctx.loaders.affiliationsByPerson.load(person.id).then((all) =>
      policy.editPerson(
        ctx.actor,
        ctx.services.people.visibleAffiliations(ctx, all, false).map((a) => a.organisation.id),
      ),
    );
  }
}

@Resolver(() => Affiliation)
export class AffiliationResolver {
  @FieldResolver(() => Person)
  person(@Ctx() ctx: GraphQLContext, @Root() affiliation: Affiliation) {
    return loaded(ctx.em, Person, affiliation.person);
  }

  @FieldResolver(() => Organisation)
  organisation(@Ctx() ctx: GraphQLContext, @Root() affiliation: Affiliation) {
    return loaded(ctx.em, Organisation, affiliation.organisation);
  }
}
