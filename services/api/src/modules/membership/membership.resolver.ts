import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { loaded } from '../../graphql/loaded.js';
import { Body } from '../body/body.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Person } from '../person/person.entity.js';
import { Membership } from './membership.entity.js';
import { MembershipInput } from './membership.inputs.js';

@Resolver(() => Membership)
export class MembershipResolver {
  @Mutation(() => Membership, { description: 'Admins, and the body’s chairs and tandem leads. Tandem rules apply.' })
  addMembership(@Ctx() ctx: GraphQLContext, @Arg('input', () => MembershipInput) input: MembershipInput) {
    return ctx.services.memberships.add(ctx, input);
  }

  @Mutation(() => Membership, { description: 'Change role, organisation, vote or dates; set validTo to end a membership.' })
  updateMembership(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => MembershipInput) input: MembershipInput,
  ) {
    return ctx.services.memberships.update(ctx, id, version, input);
  }

  @Mutation(() => Boolean, { description: 'Removes a membership entered by mistake.' })
  removeMembership(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string) {
    return ctx.services.memberships.remove(ctx, id);
  }

  @FieldResolver(() => Body)
  body(@Ctx() ctx: GraphQLContext, @Root() membership: Membership) {
    return loaded(ctx.em, Body, membership.body);
  }

  @FieldResolver(() => Person)
  person(@Ctx() ctx: GraphQLContext, @Root() membership: Membership) {
    return loaded(ctx.em, Person, membership.person);
  }

  @FieldResolver(() => Organisation, { nullable: true })
  organisation(@Ctx() ctx: GraphQLContext, @Root() membership: Membership) {
    return membership.organisation ? loaded(ctx.em, Organisation, membership.organisation) : null;
  }
}

@Resolver(() => Person)
export class PersonMembershipResolver {
  @FieldResolver(() => [Membership], { description: 'The bodies this person sits in.' })
  memberships(
    @Ctx() ctx: GraphQLContext,
    @Root() person: Person,
    @Arg('includePast', () => Boolean, { defaultValue: false }) includePast: boolean,
  ) {
    return ctx.services.memberships.ofPerson(ctx, person, includePast);
  }
}

@Resolver(() => Organisation)
export class OrganisationRepresentationResolver {
  @FieldResolver(() => [Membership], { description: 'Where this organisation is represented (on a day, default today), and by whom.' })
  representations(
    @Ctx() ctx: GraphQLContext,
    @Root() organisation: Organisation,
    @Arg('at', () => String, { nullable: true }) at: string | null,
  ) {
    return ctx.services.memberships.ofOrganisation(ctx, organisation, at);
  }
}
