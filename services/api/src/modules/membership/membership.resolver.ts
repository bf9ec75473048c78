import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Extensions, FieldResolver, Info, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { firstArg, listSizes } from '../../graphql/lists.js';
import { preloaded } from '../../graphql/preloaded.js';
import { DateScalar, UUIDScalar } from '../../graphql/scalars.js';
import { selectionOf } from '../../graphql/selection.js';
import { BodyView } from '../body/body.types.js';
import { OrganisationView } from '../organisation/organisation.types.js';
import { PersonView } from '../person/person.types.js';
import { MembershipInput } from './membership.inputs.js';
import { MembershipView, TandemView } from './membership.types.js';

@Resolver(() => MembershipView)
export class MembershipResolver {
  @Mutation(() => MembershipView, { description: 'Admins, and the body’s chairs and tandem leads. Tandem rules apply.' })
  async addMembership(@Ctx() ctx: GraphQLContext, @Arg('input', () => MembershipInput) input: MembershipInput) {
    const membership = await ctx.services.memberships.add(ctx, input);
    return ctx.read.refresh().memberships.get(membership.id);
  }

  @Mutation(() => MembershipView, { description: 'Change role, organisation, vote or dates; set validTo to end a membership.' })
  async updateMembership(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => UUIDScalar) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => MembershipInput) input: MembershipInput,
  ) {
    await ctx.services.memberships.update(ctx, id, version, input);
    return ctx.read.refresh().memberships.get(id);
  }

  @Mutation(() => Boolean, { description: 'Removes a membership entered by mistake.' })
  removeMembership(@Ctx() ctx: GraphQLContext, @Arg('id', () => UUIDScalar) id: string) {
    return ctx.services.memberships.remove(ctx, id);
  }

  @Extensions(preloaded)
  @FieldResolver(() => BodyView)
  body(@Ctx() ctx: GraphQLContext, @Root() membership: MembershipView, @Info() info: GraphQLResolveInfo) {
    return membership.body ?? ctx.read.bodies.get(membership.bodyId, selectionOf(info));
  }

  @Extensions(preloaded)
  @FieldResolver(() => PersonView)
  person(@Ctx() ctx: GraphQLContext, @Root() membership: MembershipView, @Info() info: GraphQLResolveInfo) {
    return membership.person ?? ctx.read.people.get(membership.personId, selectionOf(info));
  }

  @Extensions(preloaded)
  @FieldResolver(() => OrganisationView, {
    nullable: true,
    description: 'The organisation the person acts for; null for none, or when it is hidden from you.',
  })
  organisation(@Ctx() ctx: GraphQLContext, @Root() membership: MembershipView, @Info() info: GraphQLResolveInfo) {
    if (membership.organisation !== undefined) return membership.organisation;
    return membership.organisationId ? ctx.read.organisations.byId(membership.organisationId, selectionOf(info)) : null;
  }
}

@Resolver(() => PersonView)
export class PersonMembershipResolver {
  @FieldResolver(() => [MembershipView], { description: 'The bodies this person sits in.' })
  memberships(
    @Ctx() ctx: GraphQLContext,
    @Root() person: PersonView,
    @Arg('includePast', () => Boolean, { defaultValue: false }) includePast: boolean,
    @Arg('first', () => Int, firstArg(listSizes.people)) first: number,
    @Info() info: GraphQLResolveInfo,
  ) {
    return ctx.read.memberships.ofPerson(person.id, includePast, first, selectionOf(info));
  }
}

@Resolver(() => OrganisationView)
export class OrganisationRepresentationResolver {
  @FieldResolver(() => [MembershipView], { description: 'Where this organisation is represented (on a day, default today), and by whom.' })
  representations(
    @Ctx() ctx: GraphQLContext,
    @Root() organisation: OrganisationView,
    @Arg('at', () => DateScalar, { nullable: true }) at: string | null,
    @Arg('first', () => Int, firstArg(listSizes.people)) first: number,
    @Info() info: GraphQLResolveInfo,
  ) {
    return ctx.read.memberships.ofOrganisation(organisation.id, at, first, selectionOf(info));
  }
}

@Resolver(() => TandemView)
export class TandemResolver {
  @Extensions(preloaded)
  @FieldResolver(() => BodyView)
  body(@Ctx() ctx: GraphQLContext, @Root() tandem: TandemView, @Info() info: GraphQLResolveInfo) {
    return tandem.body ?? ctx.read.bodies.get(tandem.bodyId, selectionOf(info));
  }
}
