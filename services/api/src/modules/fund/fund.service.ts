import { LockMode } from '@mikro-orm/core';
import { ensure, policy } from '../../auth/policy.js';
import type { Scope } from '../../auth/scope.js';
import type { EntityManager } from '../../db/orm.js';
import { SqlReader } from '../../db/reader.js';
import { badInput, DomainError, ErrorCode, notFound, versionConflict } from '../../errors/domain-error.js';
import type { LiveEvents } from '../../realtime/live-events.js';
import { today } from '../../shared/dates.js';
import { formatCents } from '../../shared/money.js';
import type { DocumentKind, DocumentService, UploadedFile } from '../../storage/documents.js';
import { isUuid } from '../../validation/ids.js';
import { parseInput } from '../../validation/parse-input.js';
import { ensureTransition } from '../../validation/transitions.js';
import { type AuditService, diffSnapshots, type Snapshot } from '../audit/audit.service.js';
import { Body } from '../body/body.entity.js';
import { actorName, leaderPersonIds } from '../body/body.service.js';
import { AgendaItem, Decision, DecisionRecusal, Meeting } from '../meeting/meeting.entity.js';
import { ensureMinutesOpen } from '../meeting/meeting.service.js';
import { about, MeetingEventKind, meetingTopic } from '../meeting/meeting.topics.js';
import { memberRoles, organisingRoles } from '../membership/membership.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Person } from '../person/person.entity.js';
import {
  ApplicationStatus,
  Fund,
  FundApplication,
  FundApplicationAnswer,
  FundApplicationDocument,
  FundApplicationStatusChange,
  FundCriterion,
  FundRecusal,
  FundRound,
  FundVote,
  FundVoteChoice,
  fundedStatuses,
} from './fund.entity.js';
import {
  applySchema,
  createFundSchema,
  createRoundSchema,
  decisionSchema,
  type FundApplicationInput,
  type FundDecisionInput,
  type FundInput,
  type FundRoundInput,
  noteSchema,
  reportDueSchema,
  updateApplicationSchema,
  updateFundSchema,
  updateRoundSchema,
} from './fund.inputs.js';
import {
  applicationTransitions,
  conflictsOf,
  decisionResultOf,
  decisionText,
  FundErrorReason,
  FundOutcome,
  MAX_ROUNDS,
  roundOpen,
  statusOf,
  votingStatuses,
} from './fund.rules.js';

const managersOnly = 'Only the coordination office manages funds';

const applicationDocuments: DocumentKind<FundApplicationDocument> = {
  entity: FundApplicationDocument,
  name: 'FundApplicationDocument',
  readRule: 'fundApplicationDocument',
};

const conflict = (message: string, reason: string, details?: Record<string, unknown>, field?: string) =>
  new DomainError(ErrorCode.CONFLICT, message, { reason, details, field });

function fundSnapshot(f: Fund, criteria: FundCriterion[]): Snapshot {
  return {
    year: f.year,
    title: f.title,
    description: f.description ?? null,
    budget: formatCents(f.budgetCents),
    body: f.body.id,
    criteria: [...criteria].sort((a, b) => a.position - b.position).map((c) => c.title),
  };
}

function roundSnapshot(r: FundRound): Snapshot {
  return { number: r.number, title: r.title, deadline: r.deadline, decisionMeeting: r.decisionMeeting?.id ?? null };
}

function applicationSnapshot(a: FundApplication, answers?: FundApplicationAnswer[]): Snapshot {
  return {
    projectTitle: a.projectTitle,
    summary: a.summary,
    requested: formatCents(a.requestedCents),
    approved: a.approvedCents === null || a.approvedCents === undefined ? null : formatCents(a.approvedCents),
    periodStart: a.periodStart,
    periodEnd: a.periodEnd,
    partners: a.partners.isInitialized()
      ? a.partners
          .getItems()
          .map((o) => o.id)
          .sort()
      : undefined,
    answers: answers ? Object.fromEntries(answers.map((x) => [x.criterion.id, x.answer])) : undefined,
    isPublic: a.isPublic,
    status: a.status,
    round: a.round.id,
  };
}

/** The organisations an application concerns: their editors may read its history. */
const concerned = (a: FundApplication) => [a.applicant.id, ...(a.partners.isInitialized() ? a.partners.getItems().map((o) => o.id) : [])];

/** The approved cents of a fund's funded applications, summed by the database. */
async function fundedCents(em: EntityManager, fundId: string): Promise<number> {
  const [row] = await em.execute<{ cents: string | number }[]>(
    `select coalesce(sum(approved_cents), 0)::text as cents from fund_application where fund_id = ? and status::text in (?, ?, ?)`,
    [fundId, ...fundedStatuses],
  );
  return Number(row?.cents ?? 0);
}

/**
 * The integration fund: funds with criteria and rounds; applications from
 * submission through the formal check, the deciding body's votes (with
 * recusals of members acting for the applicant or a partner) and the decision
 * in a meeting, to the report and the close. Every change is one transaction
 * with its audit entry and status history; approvals are serialised per fund
 * by the fund's row lock, so the budget is never overdrawn.
 */
export class FundService {
  constructor(
    private readonly audit: AuditService,
    private readonly live: LiveEvents,
    private readonly documents: DocumentService,
  ) {}

  async create(scope: Scope, input: FundInput): Promise<Fund> {
    ensure(policy.manageFund(scope.actor), scope.actor, managersOnly);
    const data = parseInput(createFundSchema, input);
    return scope.em.transactional(async (em) => {
      const body = await this.body(em, data.bodyId);
      await this.ensureYearFree(em, data.year);
      const fund = em.create(Fund, {
        year: data.year,
        title: data.title,
        description: data.description,
        budgetCents: data.budget,
        body,
      });
      const criteria = data.criteria.map((c, i) =>
        em.create(FundCriterion, { fund, position: i + 1, title: c.title, description: c.description }),
      );
      this.audit.record(em, scope.actor, { entityType: 'Fund', entityId: fund.id, action: 'CREATE', after: fundSnapshot(fund, criteria) });
      await em.flush();
      return fund;
    });
  }

  async update(scope: Scope, id: string, version: number, input: FundInput): Promise<Fund> {
    ensure(policy.manageFund(scope.actor), scope.actor, managersOnly);
    const data = parseInput(updateFundSchema, input);
    return scope.em.transactional(async (em) => {
      // Locked like an approval: a budget cut and an approval cannot pass each other.
      const fund = isUuid(id) ? await em.findOne(Fund, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
      if (!fund) throw notFound('Fund', id);
      if (fund.version !== version) throw versionConflict('Fund', fund.version);
      let criteria = await em.find(FundCriterion, { fund }, { orderBy: { position: 'asc' } });
      const before = fundSnapshot(fund, criteria);
      if (data.year !== undefined && data.year !== fund.year) {
        await this.ensureYearFree(em, data.year);
        fund.year = data.year;
      }
      if (data.title !== undefined) fund.title = data.title;
      if (data.description !== undefined) fund.description = data.description;
      const applications = await em.count(FundApplication, { fund });
      if (data.bodyId !== undefined && data.bodyId !== fund.body.id) {
        const meetings = await em.count(FundRound, { fund, decisionMeeting: { $ne: null } });
        if (applications > 0 || meetings > 0)
          throw conflict(
            'The deciding body cannot change once applications or decision meetings depend on it',
            FundErrorReason.BODY_IN_USE,
            undefined,
            'input.bodyId',
          );
        fund.body = await this.body(em, data.bodyId);
      }
      if (data.budget !== undefined) {
        const approved = await fundedCents(em, fund.id);
        if (data.budget < approved)
          throw conflict(
            `The budget cannot be less than the ${formatCents(approved)} € already approved`,
            FundErrorReason.BUDGET_BELOW_APPROVED,
            { approved: formatCents(approved) },
            'input.budget',
          );
        fund.budgetCents = data.budget;
      }
      if (data.criteria) {
        if (applications > 0 && data.criteria.length !== criteria.length)
          throw conflict(
            'Applications answer these criteria: they can be reworded, not added or removed',
            FundErrorReason.CRITERIA_IN_USE,
            undefined,
            'input.criteria',
          );
        const next = data.criteria.map((c, i) => {
          const existing = criteria[i];
          if (!existing) return em.create(FundCriterion, { fund, position: i + 1, title: c.title, description: c.description });
          existing.title = c.title;
          existing.description = c.description;
          return existing;
        });
        for (const extra of criteria.slice(data.criteria.length)) em.remove(extra);
        criteria = next;
      }
      const diff = diffSnapshots(before, fundSnapshot(fund, criteria));
      if (Object.keys(diff.after).length) {
        fund.updatedAt = new Date();
        this.audit.record(em, scope.actor, { entityType: 'Fund', entityId: fund.id, action: 'UPDATE', ...diff });
      }
      await em.flush();
      return fund;
    });
  }

  async addRound(scope: Scope, fundId: string, input: FundRoundInput): Promise<FundRound> {
    ensure(policy.manageFund(scope.actor), scope.actor, managersOnly);
    const data = parseInput(createRoundSchema, input);
    return scope.em.transactional(async (em) => {
      const fund = isUuid(fundId) ? await em.findOne(Fund, { id: fundId }) : null;
      if (!fund) throw notFound('Fund', fundId);
      if ((await em.count(FundRound, { fund })) >= MAX_ROUNDS)
        throw badInput('input', `A fund has at most ${MAX_ROUNDS} rounds`, 'TOO_MANY');
      await this.ensureNumberFree(em, fund, data.number);
      const round = em.create(FundRound, {
        fund,
        number: data.number,
        title: data.title,
        deadline: data.deadline,
        decisionMeeting: await this.decisionMeeting(em, fund, data.decisionMeetingId),
      });
      this.audit.record(em, scope.actor, { entityType: 'FundRound', entityId: round.id, action: 'CREATE', after: roundSnapshot(round) });
      await em.flush();
      return round;
    });
  }

  async updateRound(scope: Scope, id: string, version: number, input: FundRoundInput): Promise<FundRound> {
    ensure(policy.manageFund(scope.actor), scope.actor, managersOnly);
    const data = parseInput(updateRoundSchema, input);
    return scope.em.transactional(async (em) => {
      const round = isUuid(id) ? await em.findOne(FundRound, { id }, { populate: ['fund'] }) : null;
      if (!round) throw notFound('FundRound', id);
      if (round.version !== version) throw versionConflict('FundRound', round.version);
      const before = roundSnapshot(round);
      if (data.number !== undefined && data.number !== round.number) {
        await this.ensureNumberFree(em, round.fund, data.number);
        round.number = data.number;
      }
      if (data.title !== undefined) round.title = data.title;
      if (data.deadline !== undefined) round.deadline = data.deadline;
      if (data.decisionMeetingId !== undefined) round.decisionMeeting = await this.decisionMeeting(em, round.fund, data.decisionMeetingId);
      const diff = diffSnapshots(before, roundSnapshot(round));
      if (Object.keys(diff.after).length)
        this.audit.record(em, scope.actor, { entityType: 'FundRound', entityId: round.id, action: 'UPDATE', ...diff });
      await em.flush();
      return round;
    });
  }

  /** An organisation applies in an open round, answering every criterion of the fund. */
  async apply(scope: Scope, input: FundApplicationInput): Promise<FundApplication> {
    ensure(scope.actor.kind === 'user', scope.actor);
    const data = parseInput(applySchema, input);
    ensure(policy.applyForFund(scope.actor, data.applicantId), scope.actor, 'Only the organisation’s editors apply for it');
    return scope.em.transactional(async (em) => {
      const round = await em.findOne(FundRound, { id: data.roundId }, { populate: ['fund'] });
      if (!round) throw badInput('input.roundId', 'Unknown round', 'UNKNOWN_REFERENCE');
      const applicant = await em.findOne(Organisation, { id: data.applicantId });
      if (!applicant) throw badInput('input.applicantId', 'Unknown organisation', 'UNKNOWN_REFERENCE');
      if (applicant.archivedAt) throw badInput('input.applicantId', 'The organisation is archived', 'ARCHIVED');
      this.ensureOpen(round);
      const application = em.create(FundApplication, {
        fund: round.fund,
        round,
        applicant,
        projectTitle: data.projectTitle,
        summary: data.summary,
        requestedCents: data.requestedAmount,
        approvedCents: null,
        periodStart: data.periodStart,
        periodEnd: data.periodEnd,
        status: ApplicationStatus.SUBMITTED,
        isPublic: data.isPublic,
        submittedAt: new Date(),
      });
      application.partners.set(await this.partners(em, applicant.id, data.partnerIds));
      const answers = await this.setAnswers(em, application, [], data.answers);
      this.changeStatus(scope, em, application, ApplicationStatus.SUBMITTED, null, undefined, true);
      this.audit.record(em, scope.actor, {
        entityType: 'FundApplication',
        entityId: application.id,
        action: 'CREATE',
        after: applicationSnapshot(application, answers),
        organisationIds: concerned(application),
      });
      await em.flush();
      return application;
    });
  }

  /**
   * Changes a submitted application: its editors until the round's deadline,
   * the coordination office until the check.
   */
  async updateApplication(scope: Scope, id: string, version: number, input: FundApplicationInput): Promise<FundApplication> {
    ensure(scope.actor.kind === 'user', scope.actor);
    const data = parseInput(updateApplicationSchema, input);
    return scope.em.transactional(async (em) => {
      const application = await this.application(em, id);
      ensure(
        policy.applyForFund(scope.actor, application.applicant.id),
        scope.actor,
        'Only the applicant’s editors change the application',
      );
      if (application.version !== version) throw versionConflict('FundApplication', application.version);
      if (application.status !== ApplicationStatus.SUBMITTED)
        throw conflict('Only a submitted application can be changed', FundErrorReason.NOT_EDITABLE, { status: application.status });
      if (!policy.isAdmin(scope.actor)) this.ensureOpen(application.round);
      const existing = await em.find(FundApplicationAnswer, { application });
      const before = applicationSnapshot(application, existing);
      if (data.projectTitle !== undefined) application.projectTitle = data.projectTitle;
      if (data.summary !== undefined) application.summary = data.summary;
      if (data.requestedAmount !== undefined) application.requestedCents = data.requestedAmount;
      if (data.periodStart !== undefined) application.periodStart = data.periodStart;
      if (data.periodEnd !== undefined) application.periodEnd = data.periodEnd;
      if (application.periodEnd < application.periodStart) throw badInput('input.periodEnd', 'must not be before the start', 'INVALID');
      if (data.isPublic !== undefined) application.isPublic = data.isPublic;
      if (data.partnerIds) application.partners.set(await this.partners(em, application.applicant.id, data.partnerIds));
      const answers = data.answers ? await this.setAnswers(em, application, existing, data.answers) : existing;
      const diff = diffSnapshots(before, applicationSnapshot(application, answers));
      if (Object.keys(diff.after).length) {
        // Partners and answers live in their own tables; the application's version must still move.
        application.updatedAt = new Date();
        this.audit.record(em, scope.actor, {
          entityType: 'FundApplication',
          entityId: id,
          action: 'UPDATE',
          ...diff,
          organisationIds: concerned(application),
        });
      }
      await em.flush();
      return application;
    });
  }

  /** The formal check: submitted → checked; members of the deciding body acting for the applicant or a partner are recused. */
  async check(scope: Scope, id: string, version: number, noteInput: string | null | undefined): Promise<FundApplication> {
    ensure(policy.manageFund(scope.actor), scope.actor, managersOnly);
    const note = parseInput(noteSchema, noteInput, 'note');
    return scope.em.transactional(async (em) => {
      const application = await this.application(em, id);
      if (application.version !== version) throw versionConflict('FundApplication', application.version);
      ensureTransition(applicationTransitions, application.status, ApplicationStatus.CHECKED, 'application');
      const recusals = await this.refreshRecusals(scope, em, application);
      this.changeStatus(scope, em, application, ApplicationStatus.CHECKED, note, {
        recused: [...recusals.keys()].sort(),
      });
      await em.flush();
      return application;
    });
  }

  /**
   * A member's vote; voting again replaces it. A member acting for the
   * applicant or a partner is refused (`RECUSED`) and recorded as recused,
   * and no vote is stored.
   */
  async vote(scope: Scope, applicationId: string, choice: FundVoteChoice): Promise<FundApplication> {
    const { actor } = scope;
    ensure(actor.kind === 'user', actor);
    if (!Object.values(FundVoteChoice).includes(choice)) throw badInput('choice', 'Unknown choice', 'INVALID');
    const { application, recused } = await scope.em.transactional(async (em) => {
      const application = await this.application(em, applicationId);
      const members = await leaderPersonIds(em, application.fund.body.id, today(), memberRoles);
      ensure(policy.voteInBody(actor, members), actor, 'Only the members of the deciding body vote');
      const personId = actor.kind === 'user' ? (actor.personId as string) : '';
      if (!votingStatuses.includes(application.status))
        throw conflict('Votes are taken on checked and deferred applications only', FundErrorReason.VOTING_CLOSED, {
          status: application.status,
        });
      const recusals = await this.refreshRecusals(scope, em, application);
      if (recusals.has(personId)) {
        // The recusal is kept (it stands, whatever the request); the vote is not.
        await em.flush();
        return { application, recused: true };
      }
      const vote = await em.findOne(FundVote, { application, personId });
      const previous = vote?.choice ?? null;
      if (vote) {
        vote.choice = choice;
        vote.castAt = new Date();
      } else em.create(FundVote, { application, personId, choice, castAt: new Date() });
      this.audit.record(em, actor, {
        entityType: 'FundApplication',
        entityId: application.id,
        action: 'VOTE',
        before: previous ? { personId, choice: previous } : null,
        after: { personId, choice },
        organisationIds: concerned(application),
      });
      await em.flush();
      return { application, recused: false };
    });
    if (recused)
      throw new DomainError(ErrorCode.FORBIDDEN, 'You act for the applicant or a partner and take no part in this decision', {
        reason: FundErrorReason.RECUSED,
      });
    return application;
  }

  /**
   * The deciding body's decision, recorded under an agenda item of one of its
   * meetings: approved (within the remaining budget), rejected, or deferred
   * to the next round. The fund's row lock serialises a fund's decisions, so
   * concurrent approvals see each other's amounts and never overdraw it.
   */
  async decide(scope: Scope, id: string, version: number, input: FundDecisionInput): Promise<FundApplication> {
    ensure(scope.actor.kind === 'user', scope.actor);
    const data = parseInput(decisionSchema, input);
    return this.live.write(scope.em, async (em, events) => {
      const [found] = isUuid(id) ? await em.execute<{ fund_id: string }[]>('select fund_id from fund_application where id = ?', [id]) : [];
      if (!found) throw notFound('FundApplication', id);
      // The fund's row first, then the meeting's: one lock order for every decision. The
      // application is read after the lock, so a decision that committed meanwhile shows.
      const fund = await em.findOneOrFail(Fund, { id: found.fund_id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      ensure(
        policy.decideFund(scope.actor, await leaderPersonIds(em, fund.body.id, today(), organisingRoles)),
        scope.actor,
        'Only admins and the deciding body’s chairs, tandem leads and secretariat record its decisions',
      );
      const application = await this.application(em, id);
      if (application.version !== version) throw versionConflict('FundApplication', application.version);
      const status = statusOf[data.outcome];
      ensureTransition(applicationTransitions, application.status, status, 'application');
      const item = await em.findOne(AgendaItem, { id: data.agendaItemId });
      if (!item) throw badInput('input.agendaItemId', 'Unknown agenda item', 'UNKNOWN_REFERENCE');
      const meeting = await em.findOneOrFail(Meeting, { id: item.meeting.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (meeting.body.id !== fund.body.id)
        throw badInput(
          'input.agendaItemId',
          'The agenda item belongs to a meeting of another body than the fund’s',
          FundErrorReason.DECISION_OUTSIDE_BODY,
        );
      ensureMinutesOpen(meeting);

      const before = applicationSnapshot(application);
      const applicantName = application.applicant.shortName || application.applicant.name;
      let text: string;
      if (data.outcome === FundOutcome.APPROVED) {
        const cents = data.approvedAmount as number;
        if (cents > application.requestedCents)
          throw badInput('input.approvedAmount', 'must not be more than the requested amount', 'ABOVE_REQUESTED');
        const approved = await fundedCents(em, fund.id);
        if (approved + cents > fund.budgetCents)
          throw conflict(
            `Only ${formatCents(fund.budgetCents - approved)} € of the budget remain`,
            FundErrorReason.BUDGET_EXCEEDED,
            { remaining: formatCents(fund.budgetCents - approved) },
            'input.approvedAmount',
          );
        application.approvedCents = cents;
        text = decisionText({ projectTitle: application.projectTitle, applicantName }, { kind: FundOutcome.APPROVED, cents });
      } else if (data.outcome === FundOutcome.DEFERRED) {
        const next = await em.findOne(FundRound, { fund, number: { $gt: application.round.number } }, { orderBy: { number: 'asc' } });
        if (!next) throw conflict('The fund has no later round to defer the application to', FundErrorReason.NO_NEXT_ROUND);
        application.round = next;
        text = decisionText(
          { projectTitle: application.projectTitle, applicantName },
          { kind: FundOutcome.DEFERRED, roundNumber: next.number },
        );
      } else {
        text = decisionText({ projectTitle: application.projectTitle, applicantName }, { kind: FundOutcome.REJECTED });
      }

      const recusals = await this.refreshRecusals(scope, em, application);
      const votes = await em.find(FundVote, { application });
      const counted = votes.filter((v) => !recusals.has(v.personId));
      const count = (choice: FundVoteChoice) => counted.filter((v) => v.choice === choice).length;
      const decision = em.create(Decision, {
        meeting,
        agendaItem: item,
        text,
        result: decisionResultOf[data.outcome],
        votesFor: count(FundVoteChoice.FOR),
        votesAgainst: count(FundVoteChoice.AGAINST),
        votesAbstaining: count(FundVoteChoice.ABSTAIN),
      });
      const people = recusals.size ? await em.find(Person, { id: { $in: [...recusals.keys()] } }) : [];
      for (const person of people) em.create(DecisionRecusal, { decision, person, reason: recusals.get(person.id) ?? null });
      // A deferred application is voted on afresh in its next round.
      if (data.outcome === FundOutcome.DEFERRED) for (const v of votes) em.remove(v);
      application.decision = decision;
      this.changeStatus(scope, em, application, status, data.note, undefined);
      this.audit.record(em, scope.actor, {
        entityType: 'FundApplication',
        entityId: application.id,
        action: 'DECIDE',
        ...diffSnapshots(before, applicationSnapshot(application)),
        organisationIds: concerned(application),
      });
      this.audit.record(em, scope.actor, {
        entityType: 'Decision',
        entityId: decision.id,
        action: 'CREATE',
        after: { text: decision.text, result: decision.result },
      });
      await em.flush();
      await events.append(meetingTopic(meeting.id), MeetingEventKind.DECISION_CHANGED, about.minutes(item.id), {
        agendaItemId: item.id,
        decisionId: decision.id,
      });
      return application;
    });
  }

  /** Approved → report due, with the day the report is due. */
  async requestReport(scope: Scope, id: string, version: number, dueOnInput: string): Promise<FundApplication> {
    ensure(policy.manageFund(scope.actor), scope.actor, managersOnly);
    const dueOn = parseInput(reportDueSchema, dueOnInput, 'dueOn');
    return scope.em.transactional(async (em) => {
      const application = await this.application(em, id);
      if (application.version !== version) throw versionConflict('FundApplication', application.version);
      ensureTransition(applicationTransitions, application.status, ApplicationStatus.REPORT_DUE, 'application');
      application.reportDueOn = dueOn;
      this.changeStatus(scope, em, application, ApplicationStatus.REPORT_DUE, null, { reportDueOn: dueOn });
      await em.flush();
      return application;
    });
  }

  /** Report due → closed, once the report is in. */
  async close(scope: Scope, id: string, version: number, noteInput: string | null | undefined): Promise<FundApplication> {
    ensure(policy.manageFund(scope.actor), scope.actor, managersOnly);
    const note = parseInput(noteSchema, noteInput, 'note');
    return scope.em.transactional(async (em) => {
      const application = await this.application(em, id);
      if (application.version !== version) throw versionConflict('FundApplication', application.version);
      ensureTransition(applicationTransitions, application.status, ApplicationStatus.CLOSED, 'application');
      this.changeStatus(scope, em, application, ApplicationStatus.CLOSED, note, {});
      await em.flush();
      return application;
    });
  }

  /**
   * Attaches a document (a budget plan, a letter of support, the report):
   * the applicant's editors while they may change the application, the
   * coordination office at every stage.
   */
  async addApplicationDocument(scope: Scope, applicationId: string, file: UploadedFile): Promise<FundApplicationDocument> {
    ensure(scope.actor.kind === 'user', scope.actor);
    const application = await this.application(scope.em, applicationId);
    this.ensureDocumentsOpen(scope, application);
    return this.documents.add(scope, file, (em, stored) => {
      const document = em.create(FundApplicationDocument, {
        ...stored,
        application: em.getReference(FundApplication, application.id),
        uploadedByName: actorName(scope),
      });
      this.audit.record(em, scope.actor, {
        entityType: 'FundApplication',
        entityId: application.id,
        action: 'DOCUMENT_ADDED',
        after: { fileName: stored.fileName, sha256: stored.sha256, sizeBytes: stored.sizeBytes },
        // The applicant's editors read its documents; partners' editors, who read the rest of its history, do not.
        organisationIds: [application.applicant.id],
      });
      return document;
    });
  }

  async removeApplicationDocument(scope: Scope, id: string): Promise<boolean> {
    ensure(scope.actor.kind === 'user', scope.actor);
    return this.documents.remove(scope, applicationDocuments, id, async (em, document) => {
      const application = await this.application(em, document.application.id);
      this.ensureDocumentsOpen(scope, application);
      this.audit.record(em, scope.actor, {
        entityType: 'FundApplication',
        entityId: application.id,
        action: 'DOCUMENT_REMOVED',
        before: { fileName: document.fileName, sha256: document.sha256 },
        organisationIds: [application.applicant.id],
      });
    });
  }

  /** A document's bytes, for those who may read its application; to anyone else it does not exist. */
  openApplicationDocument(scope: Scope, id: string) {
    return this.documents.open(scope, applicationDocuments, id);
  }

  /**
   * Records as recused every member of the deciding body who acts today for
   * the applicant or a partner (and takes their votes out); returns every
   * recused person of the application with the reason.
   */
  private async refreshRecusals(scope: Scope, em: EntityManager, application: FundApplication): Promise<Map<string, string>> {
    const stored = await em.find(FundRecusal, { application });
    const recused = new Map(stored.map((r) => [r.personId, r.reason]));
    const rows = await new SqlReader(em).rows<{ person_id: string; organisations: string }>(conflictsOf([application.id]));
    const added: string[] = [];
    for (const row of rows) {
      if (recused.has(row.person_id)) continue;
      const reason = `Handelt für ${row.organisations}`.slice(0, 300);
      em.create(FundRecusal, { application, personId: row.person_id, reason });
      recused.set(row.person_id, reason);
      added.push(row.person_id);
    }
    if (added.length) {
      await em.nativeDelete(FundVote, { application, personId: { $in: added } });
      this.audit.record(em, scope.actor, {
        entityType: 'FundApplication',
        entityId: application.id,
        action: 'RECUSAL',
        after: { recused: added.map((id) => ({ personId: id, reason: recused.get(id) })) },
        organisationIds: concerned(application),
      });
    }
    return recused;
  }

  private changeStatus(
    scope: Scope,
    em: EntityManager,
    application: FundApplication,
    to: ApplicationStatus,
    note: string | null | undefined,
    /** Details for the status's audit entry; `undefined` when the caller records its own entry. */
    audit: Snapshot | undefined,
    initial = false,
  ) {
    const fromStatus = initial ? null : application.status;
    em.create(FundApplicationStatusChange, {
      application,
      fromStatus,
      toStatus: to,
      on: today(),
      note: note ?? null,
      actorName: actorName(scope),
    });
    application.status = to;
    application.updatedAt = new Date();
    if (audit)
      this.audit.record(em, scope.actor, {
        entityType: 'FundApplication',
        entityId: application.id,
        action: 'STATUS',
        before: { status: fromStatus },
        after: { status: to, note: note ?? null, ...audit },
        organisationIds: concerned(application),
      });
  }

  /** An application with what its rules need: fund, round, applicant, partners. */
  private async application(em: EntityManager, id: string): Promise<FundApplication> {
    const application = isUuid(id)
      ? await em.findOne(FundApplication, { id }, { populate: ['fund', 'round', 'applicant', 'partners'] })
      : null;
    if (!application) throw notFound('FundApplication', id);
    return application;
  }

  /** Refuses a change to an application's documents by anyone but its editors and the office, and by its editors once it is fixed. */
  private ensureDocumentsOpen(scope: Scope, application: FundApplication) {
    const facts = {
      applicantOrganisationId: application.applicant.id,
      status: application.status,
      roundOpen: roundOpen(application.round.deadline),
    };
    if (policy.attachFundDocuments(scope.actor, facts)) return;
    ensure(
      policy.applyForFund(scope.actor, application.applicant.id),
      scope.actor,
      'Only the applicant’s editors and the coordination office change the application’s documents',
    );
    if (application.status !== ApplicationStatus.SUBMITTED)
      throw conflict('Only a submitted application can be changed', FundErrorReason.NOT_EDITABLE, { status: application.status });
    this.ensureOpen(application.round);
  }

  private ensureOpen(round: FundRound) {
    if (!roundOpen(round.deadline))
      throw conflict(`The round’s deadline (${round.deadline}) has passed`, FundErrorReason.DEADLINE_PASSED, {
        deadline: round.deadline,
      });
  }

  private async ensureYearFree(em: EntityManager, year: number) {
    if (await em.count(Fund, { year })) throw conflict(`There is already a fund for ${year}`, 'ALREADY_EXISTS', undefined, 'input.year');
  }

  private async ensureNumberFree(em: EntityManager, fund: Fund, number: number) {
    if (await em.count(FundRound, { fund, number }))
      throw conflict(`The fund already has a round ${number}`, 'ALREADY_EXISTS', undefined, 'input.number');
  }

  private async body(em: EntityManager, id: string) {
    const body = await em.findOne(Body, { id });
    if (!body) throw badInput('input.bodyId', 'Unknown body', 'UNKNOWN_REFERENCE');
    return body;
  }

  private async decisionMeeting(em: EntityManager, fund: Fund, id: string | null | undefined) {
    if (!id) return null;
    const meeting = await em.findOne(Meeting, { id });
    if (!meeting) throw badInput('input.decisionMeetingId', 'Unknown meeting', 'UNKNOWN_REFERENCE');
    if (meeting.body.id !== fund.body.id)
      throw badInput(
        'input.decisionMeetingId',
        'The meeting belongs to another body than the fund’s',
        FundErrorReason.MEETING_OUTSIDE_BODY,
      );
    return meeting;
  }

  /** Partner organisations: known, each once, none of them the applicant. */
  private async partners(em: EntityManager, applicantId: string, ids: string[]) {
    if (ids.includes(applicantId)) throw badInput('input.partnerIds', 'The applicant is not its own partner', 'INVALID');
    if (!ids.length) return [];
    const found = await em.find(Organisation, { id: { $in: ids } });
    if (found.length !== ids.length) throw badInput('input.partnerIds', 'Unknown organisation', 'UNKNOWN_REFERENCE');
    return found;
  }

  /** One non-empty answer to every criterion of the application's fund, updated in place where one exists. */
  private async setAnswers(
    em: EntityManager,
    application: FundApplication,
    existing: FundApplicationAnswer[],
    answers: { criterionId: string; answer: string }[],
  ): Promise<FundApplicationAnswer[]> {
    const criteria = await em.find(FundCriterion, { fund: application.fund }, { orderBy: { position: 'asc' } });
    const byId = new Map(answers.map((a) => [a.criterionId, a.answer]));
    if (answers.some((a) => !criteria.some((c) => c.id === a.criterionId)))
      throw badInput('input.answers', 'An answer names a criterion of another fund', 'UNKNOWN_REFERENCE');
    const missing = criteria.filter((c) => !byId.get(c.id));
    if (missing.length)
      throw new DomainError(
        ErrorCode.BAD_USER_INPUT,
        `input.answers: every criterion needs an answer (${missing.map((c) => c.title).join(', ')})`,
        {
          field: 'input.answers',
          reason: 'ANSWER_MISSING',
          details: { criterionIds: missing.map((c) => c.id) },
        },
      );
    return criteria.map((criterion) => {
      const answer = byId.get(criterion.id) as string;
      const found = existing.find((x) => x.criterion.id === criterion.id);
      if (found) {
        found.answer = answer;
        return found;
      }
      return em.create(FundApplicationAnswer, { application, criterion, answer });
    });
  }
}
