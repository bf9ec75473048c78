import { forbidden, unauthenticated } from '../errors/domain-error.js';
import { ApplicationStatus } from '../modules/fund/fund.entity.js';
import { NeedStatus } from '../modules/steering/steering.entity.js';
import { UserRole } from '../modules/user/user.entity.js';
import type { Actor } from './actor.js';

/** What the need rules ask about a need and the actor; the caller reads it from the database. */
export interface NeedFacts {
  status: NeedStatus;
  raisedByOrganisationId: string | null;
  /** Who sits today in the body that raised it; empty when an organisation did. */
  raisedByBodyMemberIds: readonly string[];
  /** Organisations the actor's person acts for today. */
  actingForOrganisationIds: readonly string[];
  /** Who sits today in a steering committee (the assessors, with the coordination office). */
  steeringPersonIds: readonly string[];
}

/** What the document rule asks about a fund application. */
export interface FundApplicationFacts {
  applicantOrganisationId: string;
  status: ApplicationStatus;
  /** Whether its round's deadline has not passed. */
  roundOpen: boolean;
}

/**
 * Every permission rule of the directory, in one place. Services ask these
 * questions before reading private data or writing anything; anything not
 * granted here is refused (fail closed).
 */
export const policy = {
  /** Internal organisations, archived records, people's contact data without consent, reference codes. */
  readInternal: (actor: Actor) => actor.kind === 'user',

  isAdmin: (actor: Actor) => actor.kind === 'user' && actor.role === UserRole.ADMIN,

  createOrganisation: (actor: Actor) => policy.isAdmin(actor),
  archiveOrganisation: (actor: Actor) => policy.isAdmin(actor),
  manageReferenceData: (actor: Actor) => policy.isAdmin(actor),
  manageUsers: (actor: Actor) => policy.isAdmin(actor),

  /** Admins, and editors assigned to this organisation. */
  editOrganisation: (actor: Actor, organisationId: string) =>
    policy.isAdmin(actor) || (actor.kind === 'user' && actor.role === UserRole.EDITOR && actor.organisationIds.has(organisationId)),

  /** An organisation's offers (create, change, archive, confirm): admins and the organisation's editors. */
  editOffers: (actor: Actor, organisationId: string) => policy.editOrganisation(actor, organisationId),

  /** Admins, and editors of any organisation the person currently acts for. */
  editPerson: (actor: Actor, organisationIds: readonly string[]) =>
    policy.isAdmin(actor) || organisationIds.some((id) => policy.editOrganisation(actor, id)),

  /** The change history: admins, and the editors of an organisation the change concerns. */
  readHistory: (actor: Actor, organisationIds: readonly string[]) => policy.editPerson(actor, organisationIds),

  createBody: (actor: Actor) => policy.isAdmin(actor),
  /** Body fields and lifecycle: the coordination office. */
  changeBody: (actor: Actor) => policy.isAdmin(actor),
  manageGoals: (actor: Actor) => policy.isAdmin(actor),

  /** A body's memberships and measures: admins, and the body's current chairs and tandem leads. */
  manageBody: (actor: Actor, leaderPersonIds: readonly string[]) =>
    policy.isAdmin(actor) || (actor.kind === 'user' && actor.personId !== null && leaderPersonIds.includes(actor.personId)),

  /** Status, progress and measurements of a measure: its managers, its responsible person and its owners' editors. */
  updateMeasureProgress: (
    actor: Actor,
    measure: { leaderPersonIds: readonly string[]; responsiblePersonId: string | null; ownerOrganisationIds: readonly string[] },
  ) =>
    policy.manageBody(actor, measure.leaderPersonIds) ||
    (actor.kind === 'user' && actor.personId !== null && actor.personId === measure.responsiblePersonId) ||
    measure.ownerOrganisationIds.some((id) => policy.editOrganisation(actor, id)),

  /**
   * A body's meetings (dates, agenda, attendance, decisions, tasks): admins,
   * and the body's current chairs, tandem leads and secretariat.
   */
  manageMeetings: (actor: Actor, managerPersonIds: readonly string[]) => policy.manageBody(actor, managerPersonIds),

  /** Approving minutes: admins and the body's current chairs (or any manager, recording the body's decision). */
  approveMinutes: (actor: Actor, chairPersonIds: readonly string[]) => policy.manageBody(actor, chairPersonIds),

  /** Writing the notes: the meeting's managers, its body's members and its participants. */
  writeMinutes: (actor: Actor, meeting: { managerPersonIds: readonly string[]; insiderPersonIds: readonly string[] }) =>
    policy.manageMeetings(actor, meeting.managerPersonIds) ||
    (actor.kind === 'user' && actor.personId !== null && meeting.insiderPersonIds.includes(actor.personId)),

  /** Moving a task along: the body's managers and the task's assignee. */
  updateTaskStatus: (actor: Actor, task: { managerPersonIds: readonly string[]; assigneePersonId: string | null }) =>
    policy.manageMeetings(actor, task.managerPersonIds) ||
    (actor.kind === 'user' && actor.personId !== null && actor.personId === task.assigneePersonId),

  /** Agreements: admins, and the editors of a party organisation. */
  readAgreement: (actor: Actor, partyOrganisationIds: readonly string[]) =>
    policy.isAdmin(actor) || partyOrganisationIds.some((id) => policy.editOrganisation(actor, id)),
  manageAgreements: (actor: Actor) => policy.isAdmin(actor),

  /** Needs: every logged-in member may raise one. */
  raiseNeed: (actor: Actor) => actor.kind === 'user',

  /** Assessing, declining and closing needs: the coordination office and the members of a steering committee. */
  assessNeeds: (actor: Actor, steeringPersonIds: readonly string[]) =>
    policy.isAdmin(actor) || (actor.kind === 'user' && actor.personId !== null && steeringPersonIds.includes(actor.personId)),

  /**
   * Changing a need: its raiser (the raising organisation's editors and the
   * people acting for it, the raising body's members) and the assessors.
   * Its fields are fixed once it is prioritised (the service says so).
   */
  editNeed: (actor: Actor, need: NeedFacts) =>
    policy.assessNeeds(actor, need.steeringPersonIds) ||
    (need.raisedByOrganisationId !== null &&
      (policy.editOrganisation(actor, need.raisedByOrganisationId) ||
        need.actingForOrganisationIds.includes(need.raisedByOrganisationId))) ||
    policy.voteInBody(actor, need.raisedByBodyMemberIds),

  /** A need's evidence documents: those who may edit it, until it is addressed or declined. */
  attachNeedDocuments: (actor: Actor, need: NeedFacts) =>
    need.status !== NeedStatus.ADDRESSED && need.status !== NeedStatus.DECLINED && policy.editNeed(actor, need),

  /** Review rounds and mandates of a steering body: admins and the body's chairs, tandem leads and secretariat. */
  steer: (actor: Actor, managerPersonIds: readonly string[]) => policy.manageBody(actor, managerPersonIds),

  /** Ranking needs in a review round, voting on fund applications: the body's members today, in person. */
  voteInBody: (actor: Actor, memberPersonIds: readonly string[]) =>
    actor.kind === 'user' && actor.personId !== null && memberPersonIds.includes(actor.personId),

  /** Funds, rounds, criteria, the formal check and the reporting of applications: the coordination office. */
  manageFund: (actor: Actor) => policy.isAdmin(actor),

  /** Applying, and changing an application before it is checked: admins and the applicant's editors. */
  applyForFund: (actor: Actor, applicantOrganisationId: string) => policy.editOrganisation(actor, applicantOrganisationId),

  /**
   * An application's documents: the applicant's editors while they may
   * change it (submitted, within its round's deadline); the coordination
   * office at every stage, e.g. for the report.
   */
  attachFundDocuments: (actor: Actor, application: FundApplicationFacts) =>
    policy.manageFund(actor) ||
    (application.status === ApplicationStatus.SUBMITTED &&
      application.roundOpen &&
      policy.applyForFund(actor, application.applicantOrganisationId)),

  /** Deciding applications in a meeting: admins and the deciding body's chairs, tandem leads and secretariat. */
  decideFund: (actor: Actor, managerPersonIds: readonly string[]) => policy.manageMeetings(actor, managerPersonIds),

  /** Referral paths (decision guides to offers): the coordination office creates, edits, publishes and removes them. */
  manageReferralPaths: (actor: Actor) => policy.isAdmin(actor),

  /** Volunteer opportunities of an organisation, and the interests volunteers register in them: admins and its editors. */
  manageVolunteering: (actor: Actor, organisationId: string) => policy.editOrganisation(actor, organisationId),

  /** Exporting and erasing a person's or a volunteer's personal data: the coordination office. */
  managePersonalData: (actor: Actor) => policy.isAdmin(actor),

  /** A person's contact data: with their consent for everyone, otherwise for logged-in members. */
  readPersonContact: (actor: Actor, consented: boolean) => consented || actor.kind === 'user',
} as const;

/** Throws the right typed error when a rule says no: UNAUTHENTICATED for visitors, FORBIDDEN for users. */
export function ensure(allowed: boolean, actor: Actor, message?: string): void {
  if (allowed) return;
  throw actor.kind === 'anonymous' ? unauthenticated() : forbidden(message);
}
