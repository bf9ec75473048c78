import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { UUIDScalar } from '../../graphql/scalars.js';
import { ErasureView, PersonalDataSearchView } from './personal-data.types.js';

/**
 * The coordination office's personal-data tools. The export itself is a file:
 * `GET /api/personal-data/people/:id` and `GET /api/personal-data/volunteers/:id`.
 */
@Resolver()
export class PersonalDataResolver {
  @Query(() => PersonalDataSearchView, {
    description: 'Admins: people (with their accounts) and volunteers by name, e-mail address, phone number or id.',
  })
  personalDataSearch(
    @Ctx() ctx: GraphQLContext,
    @Arg('search', () => String) search: string,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20, description: 'At most this many of each (default 20, at most 50).' })
    first: number,
  ) {
    return ctx.read.personalData.search(search, first);
  }

  @Mutation(() => ErasureView, {
    description:
      'Admins: erases a person and their accounts: name replaced by a pseudonym, contact data and function removed, sessions ended, login disabled; history kept but pseudonymised. NOT_FOUND for unknown ids, CONFLICT when erased before.',
  })
  async erasePerson(@Ctx() ctx: GraphQLContext, @Arg('id', () => UUIDScalar) id: string) {
    return Object.assign(new ErasureView(), await ctx.services.personalData.erasePerson(ctx, id));
  }

  @Mutation(() => ErasureView, {
    description:
      'Admins: erases a volunteer: name replaced by a pseudonym, e-mail, phone and profile removed, their messages emptied; interests kept. NOT_FOUND for unknown ids, CONFLICT when erased before.',
  })
  async eraseVolunteer(@Ctx() ctx: GraphQLContext, @Arg('id', () => UUIDScalar) id: string) {
    return Object.assign(new ErasureView(), await ctx.services.personalData.eraseVolunteer(ctx, id));
  }
}
