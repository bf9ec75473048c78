import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { loaded } from '../../graphql/loaded.js';
import { Body } from '../body/body.entity.js';
import { Measure } from '../measure/measure.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Agreement, AgreementDocument, AgreementParty, AgreementStatus, AgreementStatusChange } from './agreement.entity.js';
import { AgreementFilter, AgreementInput, AgreementStatusInput } from './agreement.inputs.js';
import { agreementTransitions } from './agreement.rules.js';

@Resolver(() => Agreement)
export class AgreementResolver {
  @Query(() => [Agreement], { description: 'Admins: all agreements; editors: those of their organisations.' })
  agreements(@Ctx() ctx: GraphQLContext, @Arg('filter', () => AgreementFilter, { nullable: true }) filter: AgreementFilter | null) {
    return ctx.services.agreements.list(ctx, filter);
  }

  @Query(() => Agreement)
  agreement(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string) {
    return ctx.services.agreements.get(ctx, id);
  }

  @Mutation(() => Agreement, { description: 'Admins only. Starts as DRAFT.' })
  createAgreement(@Ctx() ctx: GraphQLContext, @Arg('input', () => AgreementInput) input: AgreementInput) {
    return ctx.services.agreements.create(ctx, input);
  }

  @Mutation(() => Agreement, { description: 'Admins only.' })
  updateAgreement(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => AgreementInput) input: AgreementInput,
  ) {
    return ctx.services.agreements.update(ctx, id, version, input);
  }

  @Mutation(() => Agreement, { description: 'Admins only. Only draft → negotiating → signed → in force → expired/terminated.' })
  changeAgreementStatus(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => AgreementStatusInput) input: AgreementStatusInput,
  ) {
    return ctx.services.agreements.changeStatus(ctx, id, version, input);
  }

  @Mutation(() => Boolean, { description: 'Admins only.' })
  removeAgreementDocument(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string) {
    return ctx.services.agreements.removeDocument(ctx, id);
  }

  @FieldResolver(() => [AgreementParty])
  parties(@Ctx() ctx: GraphQLContext, @Root() agreement: Agreement) {
    return ctx.services.agreements.parties(ctx, agreement);
  }

  @FieldResolver(() => [AgreementStatusChange], { description: 'Oldest first.' })
  statusHistory(@Ctx() ctx: GraphQLContext, @Root() agreement: Agreement) {
    return ctx.services.agreements.statusHistory(ctx, agreement);
  }

  @FieldResolver(() => [AgreementDocument])
  documents(@Ctx() ctx: GraphQLContext, @Root() agreement: Agreement) {
    return ctx.services.agreements.documents(ctx, agreement);
  }

  @FieldResolver(() => [AgreementStatus], { description: 'The statuses this agreement may move to next.' })
  nextStatuses(@Root() agreement: Agreement) {
    return agreementTransitions[agreement.status];
  }

  @FieldResolver(() => Body, { nullable: true })
  body(@Ctx() ctx: GraphQLContext, @Root() agreement: Agreement) {
    return agreement.body ? ctx.em.findOne(Body, agreement.body.id) : null;
  }

  @FieldResolver(() => Measure, { nullable: true })
  measure(@Ctx() ctx: GraphQLContext, @Root() agreement: Agreement) {
    return agreement.measure ? ctx.em.findOne(Measure, agreement.measure.id) : null;
  }
}

@Resolver(() => AgreementParty)
export class AgreementPartyResolver {
  @FieldResolver(() => Organisation)
  organisation(@Ctx() ctx: GraphQLContext, @Root() party: AgreementParty) {
    return loaded(ctx.em, Organisation, party.organisation);
  }
}

@Resolver(() => AgreementDocument)
export class AgreementDocumentResolver {
  @FieldResolver(() => String, { description: 'Where the file is downloaded (same origin, with the session cookie).' })
  downloadUrl(@Root() document: AgreementDocument) {
    return `/api/agreement-documents/${document.id}`;
  }
}
