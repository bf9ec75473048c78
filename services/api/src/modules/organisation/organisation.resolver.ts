import { Arg, Args, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { policy } from '../../auth/policy.js';
import { FacetCount, PageInfo } from '../../graphql/connection.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { Affiliation } from '../person/person.entity.js';
import { District, FieldOfAction, Language, TargetGroup } from '../reference/reference.entity.js';
import { Organisation } from './organisation.entity.js';
import { ConnectionArgs, OrganisationFilter, OrganisationInput } from './organisation.inputs.js';
import type { FacetRow } from './organisation.search.js';

@ObjectType()
class OrganisationEdge {
  @Field(() => Organisation)
  node!: Organisation;

  @Field(() => String)
  cursor!: string;
}

@ObjectType({ description: 'Facet counts for the current search; each ignores its own filter.' })
class OrganisationFacets {
  @Field(() => [FacetCount])
  kinds!: FacetCount[];

  @Field(() => [FacetCount])
  sectors!: FacetCount[];

  @Field(() => [FacetCount])
  fieldsOfAction!: FacetCount[];

  @Field(() => [FacetCount])
  districts!: FacetCount[];

  @Field(() => [FacetCount])
  languages!: FacetCount[];

  @Field(() => [FacetCount])
  targetGroups!: FacetCount[];
}

@ObjectType()
class OrganisationConnection {
  @Field(() => [OrganisationEdge])
  edges!: OrganisationEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;

  @Field(() => OrganisationFacets)
  async facets(): Promise<OrganisationFacets> {
    const rows = await this.loadFacets();
    const pick = (facet: FacetRow['facet']) => rows.filter((r) => r.facet === facet).map(({ value, count }) => ({ value, count }));
    return {
      kinds: pick('kind'),
      sectors: pick('sector'),
      fieldsOfAction: pick('fieldOfAction'),
      districts: pick('district'),
      languages: pick('language'),
      targetGroups: pick('targetGroup'),
    };
  }

  loadFacets!: () => Promise<FacetRow[]>;
}

@Resolver(() => Organisation)
export class OrganisationResolver {
  @Query(() => OrganisationConnection, { description: 'Search and filter the directory.' })
  async organisations(
    @Ctx() ctx: GraphQLContext,
    @Arg('filter', () => OrganisationFilter, { nullable: true }) filter: OrganisationFilter | null,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
  ): Promise<OrganisationConnection> {
    const page = await ctx.services.organisations.search(ctx, filter, args);
    return Object.assign(new OrganisationConnection(), page);
  }

  @Query(() => Organisation)
  organisation(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string): Promise<Organisation> {
    return ctx.services.organisations.get(ctx, id);
  }

  @Mutation(() => Organisation, { description: 'Admins only.' })
  createOrganisation(@Ctx() ctx: GraphQLContext, @Arg('input', () => OrganisationInput) input: OrganisationInput) {
    return ctx.services.organisations.create(ctx, input);
  }

  @Mutation(() => Organisation, { description: 'Admins and the organisation’s editors. Fails with CONFLICT when `version` is stale.' })
  updateOrganisation(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => OrganisationInput) input: OrganisationInput,
  ) {
    return ctx.services.organisations.update(ctx, id, version, input);
  }

  @Mutation(() => Organisation, { description: 'Admins only. Archived organisations leave the public directory.' })
  archiveOrganisation(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return ctx.services.organisations.archive(ctx, id, version, true);
  }

  @Mutation(() => Organisation, { description: 'Admins only.' })
  restoreOrganisation(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return ctx.services.organisations.archive(ctx, id, version, false);
  }

  @Mutation(() => Organisation, { description: 'Confirms the profile is still correct.' })
  confirmOrganisationProfile(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string) {
    return ctx.services.organisations.confirm(ctx, id);
  }

  @FieldResolver(() => [FieldOfAction])
  async fieldsOfAction(@Ctx() ctx: GraphQLContext, @Root() org: Organisation) {
    return (await ctx.loaders.referencesByOrganisation.load(org.id)).fieldsOfAction;
  }

  @FieldResolver(() => [District])
  async districts(@Ctx() ctx: GraphQLContext, @Root() org: Organisation) {
    return (await ctx.loaders.referencesByOrganisation.load(org.id)).districts;
  }

  @FieldResolver(() => [Language])
  async languages(@Ctx() ctx: GraphQLContext, @Root() org: Organisation) {
    return (await ctx.loaders.referencesByOrganisation.load(org.id)).languages;
  }

  @FieldResolver(() => [TargetGroup])
  async targetGroups(@Ctx() ctx: GraphQLContext, @Root() org: Organisation) {
    return (await ctx.loaders.referencesByOrganisation.load(org.id)).targetGroups;
  }

  @FieldResolver(() => Boolean, { description: 'Whether the profile has not been confirmed for longer than the configured period.' })
  isStale(@Ctx() ctx: GraphQLContext, @Root() org: Organisation) {
    return ctx.services.organisations.isStale(org);
  }

  @FieldResolver(() => Date, { description: 'When the profile becomes stale unless confirmed.' })
  confirmationDueAt(@Ctx() ctx: GraphQLContext, @Root() org: Organisation) {
    return ctx.services.organisations.confirmationDueAt(org);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the current user may edit this organisation.' })
  viewerCanEdit(@Ctx() ctx: GraphQLContext, @Root() org: Organisation) {
    return policy.editOrganisation(ctx.actor, org.id);
  }

  @FieldResolver(() => [Affiliation], { description: 'People acting for this organisation, current first.' })
  async affiliations(
    @Ctx() ctx: GraphQLContext,
    @Root() org: Organisation,
    @Arg('includePast', () => Boolean, { defaultValue: false }) includePast: boolean,
  ) {
    const all = await ctx.loaders.affiliationsByOrganisation.load(org.id);
    return ctx.services.people.visibleAffiliations(ctx, all, includePast);
  }
}
