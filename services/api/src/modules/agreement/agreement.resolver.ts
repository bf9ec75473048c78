import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Extensions, FieldResolver, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { firstArg, listSizes } from '../../graphql/lists.js';
import { preloaded } from '../../graphql/preloaded.js';
import { UUIDScalar } from '../../graphql/scalars.js';
import { selectionOf } from '../../graphql/selection.js';
import { BodyView } from '../body/body.types.js';
import { MeasureView } from '../measure/measure.types.js';
import { OrganisationView } from '../organisation/organisation.types.js';
import { AgreementStatus } from './agreement.entity.js';
import { AgreementFilter, AgreementInput, AgreementStatusInput } from './agreement.inputs.js';
import { agreementTransitions } from './agreement.rules.js';
import { AgreementDocumentView, AgreementPartyView, AgreementStatusChangeView, AgreementView } from './agreement.types.js';

@Resolver(() => AgreementView)
export class AgreementResolver {
  @Query(() => [AgreementView], { description: 'Admins: all agreements; editors: those of their organisations.' })
  agreements(
    @Ctx() ctx: GraphQLContext,
    @Arg('filter', () => AgreementFilter, { nullable: true }) filter: AgreementFilter | null,
    @Arg('first', () => Int, firstArg(listSizes.root)) first: number,
  ) {
    return ctx.read.agreements.list(filter, first);
  }

  @Query(() => AgreementView)
  agreement(@Ctx() ctx: GraphQLContext, @Arg('id', () => UUIDScalar) id: string) {
    return ctx.read.agreements.get(id);
  }

  @Mutation(() => AgreementView, { description: 'Admins only. Starts as DRAFT.' })
  async createAgreement(@Ctx() ctx: GraphQLContext, @Arg('input', () => AgreementInput) input: AgreementInput) {
    const agreement = await ctx.services.agreements.create(ctx, input);
    return ctx.read.refresh().agreements.get(agreement.id);
  }

  @Mutation(() => AgreementView, { description: 'Admins only.' })
  async updateAgreement(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => UUIDScalar) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => AgreementInput) input: AgreementInput,
  ) {
    await ctx.services.agreements.update(ctx, id, version, input);
    return ctx.read.refresh().agreements.get(id);
  }

  @Mutation(() => AgreementView, { description: 'Admins only. Only draft → negotiating → signed → in force → expired/terminated.' })
  async changeAgreementStatus(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => UUIDScalar) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => AgreementStatusInput) input: AgreementStatusInput,
  ) {
    await ctx.services.agreements.changeStatus(ctx, id, version, input);
    return ctx.read.refresh().agreements.get(id);
  }

  @Mutation(() => Boolean, { description: 'Admins only.' })
  removeAgreementDocument(@Ctx() ctx: GraphQLContext, @Arg('id', () => UUIDScalar) id: string) {
    return ctx.services.agreements.removeDocument(ctx, id);
  }

  @FieldResolver(() => [AgreementPartyView])
  @Extensions({ maxItems: 20 })
  parties(@Ctx() ctx: GraphQLContext, @Root() agreement: AgreementView) {
    return ctx.read.agreements.parties(agreement.id);
  }

  @FieldResolver(() => [AgreementStatusChangeView], { description: 'Oldest first.' })
  statusHistory(
    @Ctx() ctx: GraphQLContext,
    @Root() agreement: AgreementView,
    @Arg('first', () => Int, firstArg(listSizes.items)) first: number,
  ) {
    return ctx.read.agreements.statusHistory(agreement.id, first);
  }

  @FieldResolver(() => [AgreementDocumentView])
  documents(
    @Ctx() ctx: GraphQLContext,
    @Root() agreement: AgreementView,
    @Arg('first', () => Int, firstArg(listSizes.items)) first: number,
  ) {
    return ctx.read.agreements.documents(agreement.id, first);
  }

  @FieldResolver(() => [AgreementStatus], { description: 'The statuses this agreement may move to next.' })
  @Extensions({ maxItems: Object.keys(AgreementStatus).length })
  nextStatuses(@Root() agreement: AgreementView) {
    return agreementTransitions[agreement.status];
  }

  @FieldResolver(() => BodyView, {
    nullable: true,
    description: 'The body the agreement belongs to; null for none, or when hidden from you.',
  })
  body(@Ctx() ctx: GraphQLContext, @Root() agreement: AgreementView, @Info() info: GraphQLResolveInfo) {
    return agreement.bodyId ? ctx.read.bodies.byId(agreement.bodyId, selectionOf(info)) : null;
  }

  @FieldResolver(() => MeasureView, {
    nullable: true,
    description: 'The measure the agreement serves; null for none, or when hidden from you.',
  })
  measure(@Ctx() ctx: GraphQLContext, @Root() agreement: AgreementView) {
    return agreement.measureId ? ctx.read.measures.byId(agreement.measureId) : null;
  }
}

@Resolver(() => AgreementPartyView)
export class AgreementPartyResolver {
  @Extensions(preloaded)
  @FieldResolver(() => OrganisationView)
  organisation(@Ctx() ctx: GraphQLContext, @Root() party: AgreementPartyView) {
    return party.organisation ?? ctx.read.organisations.get(party.organisationId);
  }
}
