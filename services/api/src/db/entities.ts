import { RateLimitCounter } from '../auth/rate-limit.entity.js';
import { Agreement, AgreementDocument, AgreementParty, AgreementStatusChange } from '../modules/agreement/agreement.entity.js';
import { AuditEntry } from '../modules/audit/audit.entity.js';
import { Body, BodyStatusChange } from '../modules/body/body.entity.js';
import {
  Fund,
  FundApplication,
  FundApplicationAnswer,
  FundApplicationDocument,
  FundApplicationStatusChange,
  FundCriterion,
  FundRecusal,
  FundRound,
  FundVote,
} from '../modules/fund/fund.entity.js';
import { IntegrationConcept, IntegrationGoal } from '../modules/goal/goal.entity.js';
import { Indicator, IndicatorMeasurement, Measure, MeasureStatusChange } from '../modules/measure/measure.entity.js';
import {
  AgendaItem,
  Decision,
  DecisionRecusal,
  Meeting,
  MeetingParticipant,
  MeetingPresence,
  MeetingStatusChange,
  MinutesAmendment,
  NoteUpdate,
} from '../modules/meeting/meeting.entity.js';
import { Membership } from '../modules/membership/membership.entity.js';
import { Offer, OfferTranslation } from '../modules/offer/offer.entity.js';
import { Address } from '../modules/organisation/contact.types.js';
import { Organisation } from '../modules/organisation/organisation.entity.js';
import { OrganisationTranslation } from '../modules/organisation/organisation-translation.entity.js';
import { Affiliation, Person } from '../modules/person/person.entity.js';
import { District, FieldOfAction, Language, TargetGroup } from '../modules/reference/reference.entity.js';
import { ReferralOutcome, ReferralPath } from '../modules/referral/referral.entity.js';
import {
  Mandate,
  Need,
  NeedDocument,
  NeedStatusChange,
  PriorityRanking,
  PriorityReview,
  PriorityReviewNeed,
} from '../modules/steering/steering.entity.js';
import { Task, TaskComment } from '../modules/task/task.entity.js';
import { Invitation, PasswordReset, Session, User } from '../modules/user/user.entity.js';
import { Volunteer, VolunteerInterest, VolunteerOpportunity } from '../modules/volunteering/volunteering.entity.js';
import { RealtimeEvent, RealtimeTopic } from '../realtime/event.entity.js';

/** Every mapped class; the ORM, migrations and tests all use this one list. */
export const entities = [
  FieldOfAction,
  District,
  Language,
  TargetGroup,
  Address,
  Organisation,
  OrganisationTranslation,
  Offer,
  OfferTranslation,
  Person,
  Affiliation,
  User,
  Session,
  Invitation,
  PasswordReset,
  AuditEntry,
  IntegrationConcept,
  IntegrationGoal,
  Body,
  BodyStatusChange,
  Membership,
  Measure,
  MeasureStatusChange,
  Indicator,
  IndicatorMeasurement,
  Agreement,
  AgreementParty,
  AgreementStatusChange,
  AgreementDocument,
  Meeting,
  MeetingStatusChange,
  MeetingParticipant,
  AgendaItem,
  NoteUpdate,
  Decision,
  DecisionRecusal,
  MinutesAmendment,
  MeetingPresence,
  Task,
  TaskComment,
  Need,
  NeedStatusChange,
  NeedDocument,
  PriorityReview,
  PriorityReviewNeed,
  PriorityRanking,
  Mandate,
  Fund,
  FundCriterion,
  FundRound,
  FundApplication,
  FundApplicationAnswer,
  FundApplicationStatusChange,
  FundApplicationDocument,
  FundRecusal,
  FundVote,
  VolunteerOpportunity,
  Volunteer,
  VolunteerInterest,
  ReferralPath,
  ReferralOutcome,
  RealtimeTopic,
  RealtimeEvent,
  RateLimitCounter,
];
