import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { z } from 'zod';
import type { GraphQLContext } from '../../graphql/context.js';
import { UUIDScalar } from '../../graphql/scalars.js';
import { parseInput } from '../../validation/parse-input.js';
import { AuditEntryView, HistoryPage } from './audit.types.js';

const historyArgs = z.object({
  entityType: z.enum([
    'Organisation',
    'Offer',
    'Person',
    'Affiliation',
    'User',
    'Invitation',
    'ReferenceEntry',
    'Body',
    'Membership',
    'Measure',
    'Indicator',
    'Agreement',
    'IntegrationGoal',
    'Meeting',
    'AgendaItem',
    'Decision',
    'Task',
    'IntegrationConcept',
    'Need',
    'PriorityReview',
    'Mandate',
    'Fund',
    'FundRound',
    'FundApplication',
    'ReferralPath',
  ]),
  entityId: z.uuid('must be a valid id'),
  limit: z.number().int().min(1).max(200),
  offset: z.number().int().min(0).max(1_000_000),
});

@Resolver(() => AuditEntryView)
export class AuditResolver {
  @Query(() => HistoryPage, { description: 'Change history of a record: admins, and the editors of the organisation concerned.' })
  history(
    @Ctx() ctx: GraphQLContext,
    @Arg('entityType', () => String) entityType: string,
    @Arg('entityId', () => UUIDScalar) entityId: string,
    @Arg('limit', () => Int, { defaultValue: 50 }) limit: number,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset: number,
  ) {
    const args = parseInput(historyArgs, { entityType, entityId, limit, offset }, 'args');
    return ctx.read.audit.history(args.entityType, args.entityId, args.limit, args.offset);
  }
}
