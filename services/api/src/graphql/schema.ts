import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AgreementPartyResolver, AgreementResolver } from '../modules/agreement/agreement.resolver.js';
import { AuditResolver } from '../modules/audit/audit.resolver.js';
import { BodyResolver, BodyStatusChangeResolver } from '../modules/body/body.resolver.js';
import {
  FundApplicationResolver,
  FundedProjectResolver,
  FundRecusalResolver,
  FundResolver,
  FundRoundResolver,
  FundVoteResolver,
} from '../modules/fund/fund.resolver.js';
import { ConceptResolver, GoalResolver } from '../modules/goal/goal.resolver.js';
import { IndicatorResolver, MeasureResolver } from '../modules/measure/measure.resolver.js';
import {
  AgendaItemResolver,
  DecisionRecusalResolver,
  DecisionResolver,
  MeetingParticipantResolver,
  MeetingResolver,
} from '../modules/meeting/meeting.resolver.js';
import {
  MembershipResolver,
  OrganisationRepresentationResolver,
  PersonMembershipResolver,
  TandemResolver,
} from '../modules/membership/membership.resolver.js';
import { NetworkResolver } from '../modules/network/network.resolver.js';
import { OfferResolver, OrganisationOffersResolver } from '../modules/offer/offer.resolver.js';
import { OrganisationResolver } from '../modules/organisation/organisation.resolver.js';
import {
  BodyMeasuresResolver,
  FieldOfActionMeasuresResolver,
  GoalMeasuresResolver,
  IndicatorStandingResolver,
  OverviewResolver,
} from '../modules/overview/overview.resolver.js';
import { AffiliationResolver, PersonResolver } from '../modules/person/person.resolver.js';
import { PersonalDataResolver } from '../modules/personal-data/personal-data.resolver.js';
import { ReferenceResolver } from '../modules/reference/reference.resolver.js';
import { DistrictView, FieldOfActionView, LanguageView, TargetGroupView } from '../modules/reference/reference.types.js';
import { ReferralOutcomeResolver, ReferralPathResolver } from '../modules/referral/referral.resolver.js';
import {
  BodyMandatesResolver,
  MandateResolver,
  MeasureMandateResolver,
  NeedResolver,
  PriorityReviewResolver,
} from '../modules/steering/steering.resolver.js';
import { BodyTaskBoardResolver, TaskResolver } from '../modules/task/task.resolver.js';
import { InvitationResolver, UserResolver } from '../modules/user/user.resolver.js';
import {
  OrganisationVolunteeringResolver,
  VolunteerInterestResolver,
  VolunteerMatchResolver,
  VolunteerOpportunityResolver,
  VolunteerResolver,
} from '../modules/volunteering/volunteering.resolver.js';
import { servePreloaded } from './preloaded.js';
import { checkSharedResults } from './shared-events.js';

export const resolvers = [
  NetworkResolver,
  OrganisationResolver,
  OfferResolver,
  OrganisationOffersResolver,
  PersonResolver,
  AffiliationResolver,
  ReferenceResolver,
  UserResolver,
  InvitationResolver,
  AuditResolver,
  GoalResolver,
  ConceptResolver,
  BodyResolver,
  BodyStatusChangeResolver,
  MembershipResolver,
  PersonMembershipResolver,
  OrganisationRepresentationResolver,
  TandemResolver,
  MeasureResolver,
  IndicatorResolver,
  AgreementResolver,
  AgreementPartyResolver,
  MeetingResolver,
  AgendaItemResolver,
  DecisionResolver,
  DecisionRecusalResolver,
  MeetingParticipantResolver,
  TaskResolver,
  BodyTaskBoardResolver,
  NeedResolver,
  PriorityReviewResolver,
  MandateResolver,
  BodyMandatesResolver,
  MeasureMandateResolver,
  OverviewResolver,
  BodyMeasuresResolver,
  GoalMeasuresResolver,
  FieldOfActionMeasuresResolver,
  IndicatorStandingResolver,
  FundResolver,
  FundRoundResolver,
  FundedProjectResolver,
  FundApplicationResolver,
  FundRecusalResolver,
  FundVoteResolver,
  VolunteerOpportunityResolver,
  VolunteerMatchResolver,
  VolunteerResolver,
  VolunteerInterestResolver,
  OrganisationVolunteeringResolver,
  PersonalDataResolver,
  ReferralPathResolver,
  ReferralOutcomeResolver,
] as const;

/** Builds the executable schema from the resolvers; the contract in `schema/schema.graphql` is printed from it. */
/**
 * type-graphql insists on a pub/sub; every subscription of this schema
 * brings its own `subscribe` on the live events (`realtime/live-events.ts`),
 * so topics are never used.
 */
const noTopics = {
  publish(): never {
    throw new Error('Publish through the live events');
  },
  subscribe(): never {
    throw new Error('Subscriptions subscribe to the live events');
  },
};

export async function createSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers,
    pubSub: noTopics,
    orphanedTypes: [FieldOfActionView, DistrictView, LanguageView, TargetGroupView],
    validate: false,
  });
  return checkSharedResults(servePreloaded(schema));
}
