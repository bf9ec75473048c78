import { LockMode } from '@mikro-orm/core';
import { ensure, type NeedFacts, policy } from '../../auth/policy.js';
import type { Scope } from '../../auth/scope.js';
import type { EntityManager } from '../../db/orm.js';
import { badInput, DomainError, ErrorCode, notFound, versionConflict } from '../../errors/domain-error.js';
import type { LiveEvents } from '../../realtime/live-events.js';
import { today } from '../../shared/dates.js';
import type { DocumentKind, DocumentService, UploadedFile } from '../../storage/documents.js';
import { isUuid } from '../../validation/ids.js';
import { parseInput } from '../../validation/parse-input.js';
import { ensureTransition } from '../../validation/transitions.js';
import type { AuditService } from '../audit/audit.service.js';
import { Body } from '../body/body.entity.js';
import { BodyKind } from '../body/body.enums.js';
import type { BodyService } from '../body/body.service.js';
import { actorName, isEnded, leaderPersonIds } from '../body/body.service.js';
import { AgendaItem, Decision } from '../meeting/meeting.entity.js';
import { DecisionResult } from '../meeting/meeting.enums.js';
import { ensureMinutesOpen } from '../meeting/meeting.service.js';
import { about, MeetingEventKind, meetingTopic } from '../meeting/meeting.topics.js';
import { memberRoles, organisingRoles } from '../membership/membership.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { ReferenceKind } from '../reference/reference.entity.js';
import type { ReferenceService } from '../reference/reference.service.js';
import {
  Mandate,
  MandateStatus,
  Need,
  NeedDocument,
  NeedStatus,
  NeedStatusChange,
  PriorityRanking,
  PriorityReview,
  PriorityReviewNeed,
  ReviewStatus,
} from './steering.entity.js';
import {
  type DecideReviewInput,
  decideReviewSchema,
  type MandateInput,
  type MandateUpdateInput,
  mandateSchema,
  mandateUpdateSchema,
  type NeedInput,
  type NeedStatusInput,
  needSchema,
  needStatusSchema,
  type PriorityReviewInput,
  rankingSchema,
  reviewSchema,
  reviewStatusSchema,
} from './steering.inputs.js';
import { needTransitions, reviewableNeedStatuses, reviewTransitions } from './steering.rules.js';

/** People who sit today in a steering committee: with the coordination office, they assess needs. */
export async function steeringPersonIds(em: EntityManager, day = today()): Promise<string[]> {
  const rows = await em.execute<{ person_id: string }[]>(
    `select distinct m.person_id from membership m join body b on b.id = m.body_id
      where b.kind = 'STEERING_COMMITTEE' and m.valid_from <= ? and (m.valid_to is null or m.valid_to >= ?)`,
    [day, day],
  );
  return rows.map((r) => r.person_id);
}

/** The organisations the person acts for today. */
async function actingForIds(em: EntityManager, personId: string, day = today()): Promise<string[]> {
  const rows = await em.execute<{ organisation_id: string }[]>(
    `select distinct organisation_id from affiliation where person_id = ? and (valid_from is null or valid_from <= ?) and (valid_to is null or valid_to >= ?)`,
    [personId, day, day],
  );
  return rows.map((r) => r.organisation_id);
}

const needDocuments: DocumentKind<NeedDocument> = { entity: NeedDocument, name: 'NeedDocument', readRule: 'needDocument' };

/** The adopted decision of a meeting of `body`, or a typed error naming the field. */
async function decisionOfBody(em: EntityManager, decisionId: string, body: Body, field: string): Promise<Decision> {
  const decision = isUuid(decisionId) ? await em.findOne(Decision, { id: decisionId }, { populate: ['meeting'] }) : null;
  if (!decision) throw badInput(field, 'Unknown decision', 'UNKNOWN_REFERENCE');
  if (decision.meeting.body.id !== body.id)
    throw badInput(field, 'The decision was taken in a meeting of another body', 'DECISION_OUTSIDE_BODY');
  if (decision.result !== DecisionResult.ADOPTED) throw badInput(field, 'The decision was not adopted', 'DECISION_NOT_ADOPTED');
  return decision;
}

/**
 * The steering side of the network: needs and gaps from raised to
 * addressed, priority review rounds whose decision fixes the priorities,
 * and mandates to working groups. Every change is one transaction with its
 * audit entry and status history.
 */
export class SteeringService {
  constructor(
    private readonly audit: AuditService,
    private readonly references: ReferenceService,
    private readonly bodies: BodyService,
    private readonly live: LiveEvents,
    private readonly documents: DocumentService,
  ) {}

  // ---- Needs -------------------------------------------------------------

  async raiseNeed(scope: Scope, input: NeedInput): Promise<Need> {
    ensure(policy.raiseNeed(scope.actor), scope.actor);
    const data = parseInput(needSchema, input);
    return scope.em.transactional(async (em) => {
      const raiser = await this.raiser(scope, em, data.raisedByOrganisationId, data.raisedByBodyId);
      const need = em.create(Need, {
        title: data.title,
        description: data.description,
        classification: data.classification,
        raisedByOrganisation: raiser.organisation,
        raisedByBody: raiser.body,
        raisedOn: data.raisedOn ?? today(),
        evidence: data.evidence,
        status: NeedStatus.RAISED,
      });
      await this.setTags(scope, em, need, data);
      this.step(scope, em, need, null, NeedStatus.RAISED, null);
      this.audit.record(em, scope.actor, {
        entityType: 'Need',
        entityId: need.id,
        action: 'CREATE',
        after: { ...data },
        organisationIds: raiser.organisation ? [raiser.organisation.id] : [],
      });
      await em.flush();
      return need;
    });
  }

  /** Its raiser (the organisation's editors, the body's members) and the assessors may edit it until it is prioritised. */
  async updateNeed(scope: Scope, id: string, version: number, input: NeedInput): Promise<Need> {
    const data = parseInput(needSchema, input);
    return scope.em.transactional(async (em) => {
      const need = await this.needForChange(em, id, version);
      const facts = await this.needFacts(scope, em, need);
      ensure(policy.editNeed(scope.actor, facts), scope.actor, 'Only its raiser and the assessors change a need');
      const assessor = policy.assessNeeds(scope.actor, facts.steeringPersonIds);
      if (![NeedStatus.RAISED, NeedStatus.ASSESSED].includes(need.status))
        throw new DomainError(ErrorCode.CONFLICT, 'A need is fixed once it is prioritised', { reason: 'NEED_FIXED' });
      const raiser = await this.raiser(scope, em, data.raisedByOrganisationId, data.raisedByBodyId, assessor);
      const before = { title: need.title, classification: need.classification, evidence: need.evidence ?? null };
      em.assign(need, {
        title: data.title,
        description: data.description,
        classification: data.classification,
        raisedByOrganisation: raiser.organisation,
        raisedByBody: raiser.body,
        raisedOn: data.raisedOn ?? need.raisedOn,
        evidence: data.evidence,
      });
      await this.setTags(scope, em, need, data);
      this.audit.record(em, scope.actor, { entityType: 'Need', entityId: need.id, action: 'UPDATE', before, after: { ...data } });
      await em.flush();
      return need;
    });
  }

  /** Assess, decline (with a reason), reopen or mark addressed: the coordination office and steering committee members. */
  async changeNeedStatus(scope: Scope, id: string, version: number, input: NeedStatusInput): Promise<Need> {
    const data = parseInput(needStatusSchema, input);
    return scope.em.transactional(async (em) => {
      const need = await this.needForChange(em, id, version);
      ensure(
        policy.assessNeeds(scope.actor, await steeringPersonIds(em)),
        scope.actor,
        'Only the coordination office and the steering committee assess needs',
      );
      ensureTransition(needTransitions, need.status, data.status, 'need');
      const from = need.status;
      need.status = data.status;
      if (data.classification && data.status === NeedStatus.ASSESSED) need.classification = data.classification;
      need.declineReason = data.status === NeedStatus.DECLINED ? data.note : null;
      this.step(scope, em, need, from, data.status, data.note);
      this.audit.record(em, scope.actor, {
        entityType: 'Need',
        entityId: need.id,
        action: 'STATUS',
        before: { status: from },
        after: { status: data.status, classification: need.classification, note: data.note },
      });
      await em.flush();
      return need;
    });
  }

  // ---- Evidence documents ----------------------------------------------------

  /** Attaches a document of evidence: its raiser and the assessors, until the need is addressed or declined. */
  async addNeedDocument(scope: Scope, needId: string, file: UploadedFile): Promise<NeedDocument> {
    ensure(scope.actor.kind === 'user', scope.actor);
    const need = isUuid(needId) ? await scope.em.findOne(Need, { id: needId }) : null;
    if (!need) throw notFound('Need', needId);
    await this.ensureDocumentsOpen(scope, scope.em, need);
    return this.documents.add(scope, file, (em, stored) => {
      const document = em.create(NeedDocument, { ...stored, need: em.getReference(Need, need.id), uploadedByName: actorName(scope) });
      this.audit.record(em, scope.actor, {
        entityType: 'Need',
        entityId: need.id,
        action: 'DOCUMENT_ADDED',
        after: { fileName: stored.fileName, sha256: stored.sha256, sizeBytes: stored.sizeBytes },
        organisationIds: need.raisedByOrganisation ? [need.raisedByOrganisation.id] : [],
      });
      return document;
    });
  }

  async removeNeedDocument(scope: Scope, id: string): Promise<boolean> {
    ensure(scope.actor.kind === 'user', scope.actor);
    return this.documents.remove(scope, needDocuments, id, async (em, document) => {
      const need = await em.findOneOrFail(Need, { id: document.need.id });
      await this.ensureDocumentsOpen(scope, em, need);
      this.audit.record(em, scope.actor, {
        entityType: 'Need',
        entityId: need.id,
        action: 'DOCUMENT_REMOVED',
        before: { fileName: document.fileName, sha256: document.sha256 },
        organisationIds: need.raisedByOrganisation ? [need.raisedByOrganisation.id] : [],
      });
    });
  }

  /** A document's bytes, for those who may read its need; to anyone else it does not exist. */
  openNeedDocument(scope: Scope, id: string) {
    return this.documents.open(scope, needDocuments, id);
  }

  // ---- Review rounds ---------------------------------------------------------

  async createReview(scope: Scope, input: PriorityReviewInput): Promise<PriorityReview> {
    ensure(scope.actor.kind === 'user', scope.actor);
    const data = parseInput(reviewSchema, input);
    return scope.em.transactional(async (em) => {
      const body = await this.steeringBody(scope, em, data.bodyId, 'input.bodyId');
      const needs = await em.find(Need, { id: { $in: data.needIds } });
      if (needs.length !== data.needIds.length) throw badInput('input.needIds', 'Unknown need', 'UNKNOWN_REFERENCE');
      const unready = needs.find((n) => !reviewableNeedStatuses.includes(n.status));
      if (unready)
        throw badInput(
          'input.needIds',
          `“${unready.title}” is ${unready.status.toLowerCase()}; only assessed needs are ranked`,
          'NEED_NOT_ASSESSED',
        );
      if (data.closesOn < today()) throw badInput('input.closesOn', 'must not be in the past', 'INVALID');
      const review = em.create(PriorityReview, {
        body,
        title: data.title,
        description: data.description,
        closesOn: data.closesOn,
        status: ReviewStatus.OPEN,
      });
      for (const id of data.needIds) em.create(PriorityReviewNeed, { review, need: em.getReference(Need, id) });
      this.audit.record(em, scope.actor, { entityType: 'PriorityReview', entityId: review.id, action: 'CREATE', after: { ...data } });
      await em.flush();
      return review;
    });
  }

  /** A member's ranking, most pressing first; it replaces their earlier one. Only while the round is open. */
  async rank(scope: Scope, reviewId: string, needIds: readonly string[]): Promise<PriorityReview> {
    ensure(scope.actor.kind === 'user', scope.actor);
    const ranking = parseInput(rankingSchema, needIds, 'needIds');
    return scope.em.transactional(async (em) => {
      const review = isUuid(reviewId) ? await em.findOne(PriorityReview, { id: reviewId }) : null;
      if (!review) throw notFound('PriorityReview', reviewId);
      const actor = scope.actor;
      ensure(
        policy.voteInBody(actor, await leaderPersonIds(em, review.body.id, today(), memberRoles)),
        actor,
        'Only the members of the body rank its needs',
      );
      if (review.status !== ReviewStatus.OPEN || review.closesOn < today())
        throw new DomainError(ErrorCode.CONFLICT, 'The review round is closed', { reason: 'REVIEW_CLOSED' });
      const listed = new Set((await em.find(PriorityReviewNeed, { review }, { fields: ['need'] })).map((rn) => rn.need.id));
      const stray = ranking.find((id) => !listed.has(id));
      if (stray) throw badInput('needIds', `Need ${stray} is not on this review’s list`, 'NOT_IN_REVIEW');
      const personId = actor.kind === 'user' ? (actor.personId as string) : '';
      await em.nativeDelete(PriorityRanking, { review, personId });
      ranking.forEach((needId, i) => {
        em.create(PriorityRanking, { review, personId, need: em.getReference(Need, needId), rank: i + 1 });
      });
      await em.flush();
      return review;
    });
  }

  /** Close the round (the result shows), or open it again before the decision: the body's managers. */
  async changeReviewStatus(scope: Scope, id: string, version: number, status: ReviewStatus): Promise<PriorityReview> {
    const to = parseInput(reviewStatusSchema, status, 'status');
    return scope.em.transactional(async (em) => {
      const review = await this.reviewForChange(scope, em, id, version);
      if (to === ReviewStatus.DECIDED)
        throw badInput('input.status', 'A review is decided with decidePriorityReview, in a meeting', 'INVALID_TRANSITION');
      ensureTransition(reviewTransitions, review.status, to, 'review');
      const from = review.status;
      review.status = to;
      this.audit.record(em, scope.actor, {
        entityType: 'PriorityReview',
        entityId: review.id,
        action: 'STATUS',
        before: { status: from },
        after: { status: to },
      });
      await em.flush();
      return review;
    });
  }

  /**
   * The body's decision in a meeting fixes the priorities: a decision is
   * recorded under the agenda item, the chosen needs get their ranks and
   * become prioritised, and needs of the list left out go back to assessed.
   */
  async decideReview(scope: Scope, id: string, version: number, input: DecideReviewInput): Promise<PriorityReview> {
    const data = parseInput(decideReviewSchema, input);
    return this.live.write(scope.em, async (em, events) => {
      const review = await this.reviewForChange(scope, em, id, version);
      if (review.status !== ReviewStatus.CLOSED)
        throw new DomainError(ErrorCode.CONFLICT, 'Close the round before deciding it', { reason: 'REVIEW_NOT_CLOSED' });
      const item = isUuid(data.agendaItemId) ? await em.findOne(AgendaItem, { id: data.agendaItemId }, { populate: ['meeting'] }) : null;
      if (!item) throw badInput('input.agendaItemId', 'Unknown agenda item', 'UNKNOWN_REFERENCE');
      if (item.meeting.body.id !== review.body.id)
        throw badInput('input.agendaItemId', 'The agenda item belongs to a meeting of another body', 'DECISION_OUTSIDE_BODY');
      ensureMinutesOpen(item.meeting);
      const listed = await em.find(PriorityReviewNeed, { review }, { populate: ['need'] });
      const byNeed = new Map(listed.map((rn) => [rn.need.id, rn]));
      const stray = data.prioritisedNeedIds.find((needId) => !byNeed.has(needId));
      if (stray) throw badInput('input.prioritisedNeedIds', `Need ${stray} is not on this review’s list`, 'NOT_IN_REVIEW');
      const chosen = data.prioritisedNeedIds.map((needId) => byNeed.get(needId) as PriorityReviewNeed);
      const text =
        data.text ??
        (chosen.length
          ? `Prioritäten aus „${review.title}“: ${chosen.map((rn, i) => `${i + 1}. ${rn.need.title}`).join('; ')}`
          : `Aus „${review.title}“ wird kein Bedarf priorisiert.`);
      const decision = em.create(Decision, { meeting: item.meeting, agendaItem: item, text, result: DecisionResult.ADOPTED });
      for (const rn of listed) {
        const rank = data.prioritisedNeedIds.indexOf(rn.need.id);
        rn.finalRank = rank >= 0 ? rank + 1 : null;
        const need = rn.need;
        if (rank >= 0 && need.status === NeedStatus.ASSESSED) {
          this.step(scope, em, need, need.status, NeedStatus.PRIORITISED, `Priorität ${rank + 1} in „${review.title}“`);
          need.status = NeedStatus.PRIORITISED;
        } else if (rank < 0 && need.status === NeedStatus.PRIORITISED) {
          this.step(scope, em, need, need.status, NeedStatus.ASSESSED, `Nicht mehr priorisiert in „${review.title}“`);
          need.status = NeedStatus.ASSESSED;
        }
      }
      review.status = ReviewStatus.DECIDED;
      review.decision = decision;
      review.decidedAt = new Date();
      this.audit.record(em, scope.actor, {
        entityType: 'PriorityReview',
        entityId: review.id,
        action: 'DECIDE',
        after: { decisionId: decision.id, prioritisedNeedIds: data.prioritisedNeedIds },
      });
      await em.flush();
      await events.append(meetingTopic(item.meeting.id), MeetingEventKind.DECISION_CHANGED, about.minutes(item.id), {
        agendaItemId: item.id,
        decisionId: decision.id,
      });
      return review;
    });
  }

  // ---- Mandates --------------------------------------------------------------

  async createMandate(scope: Scope, input: MandateInput): Promise<Mandate> {
    ensure(scope.actor.kind === 'user', scope.actor);
    const data = parseInput(mandateSchema, input);
    return scope.em.transactional(async (em) => {
      const issuedBy = await this.steeringBody(scope, em, data.issuedById, 'input.issuedById');
      let body: Body;
      if (data.bodyId) {
        const found = isUuid(data.bodyId) ? await em.findOne(Body, { id: data.bodyId }) : null;
        if (!found) throw badInput('input.bodyId', 'Unknown body', 'UNKNOWN_REFERENCE');
        if (found.id === issuedBy.id) throw badInput('input.bodyId', 'A body gives mandates to others', 'INVALID');
        if (isEnded(found)) throw badInput('input.bodyId', 'The body has ended', 'BODY_ENDED');
        body = found;
      } else {
        const created = await this.bodies.create(
          { ...scope, em },
          { name: data.newWorkingGroupName as string, kind: BodyKind.WORKING_GROUP, parentId: issuedBy.id },
        );
        body = created;
      }
      const need = data.needId ? await em.findOne(Need, { id: data.needId }) : null;
      if (data.needId && !need) throw badInput('input.needId', 'Unknown need', 'UNKNOWN_REFERENCE');
      if (need && need.status !== NeedStatus.PRIORITISED && need.status !== NeedStatus.MANDATED)
        throw badInput('input.needId', 'Only a prioritised need becomes a mandate', 'NEED_NOT_PRIORITISED');
      const decision = data.decisionId ? await decisionOfBody(em, data.decisionId, issuedBy, 'input.decisionId') : null;
      const mandate = em.create(Mandate, {
        title: data.title,
        description: data.description,
        need,
        body,
        issuedBy,
        decisionId: decision?.id ?? null,
        issuedOn: data.issuedOn ?? today(),
        dueOn: data.dueOn ?? null,
        status: MandateStatus.OPEN,
      });
      if (need && need.status === NeedStatus.PRIORITISED) {
        this.step(scope, em, need, need.status, NeedStatus.MANDATED, `Auftrag an ${body.name}`);
        need.status = NeedStatus.MANDATED;
      }
      this.audit.record(em, scope.actor, { entityType: 'Mandate', entityId: mandate.id, action: 'CREATE', after: { ...data } });
      await em.flush();
      return mandate;
    });
  }

  /**
   * Changes a mandate. Completing it marks its need addressed; withdrawing
   * the last open mandate of a need puts the need back among the prioritised.
   */
  async updateMandate(scope: Scope, id: string, version: number, input: MandateUpdateInput): Promise<Mandate> {
    const data = parseInput(mandateUpdateSchema, input);
    return scope.em.transactional(async (em) => {
      const mandate = isUuid(id) ? await em.findOne(Mandate, { id }, { populate: ['need'], lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
      if (!mandate) throw notFound('Mandate', id);
      ensure(
        policy.steer(scope.actor, await leaderPersonIds(em, mandate.issuedBy.id, today(), organisingRoles)),
        scope.actor,
        'Only admins and the issuing body’s chairs, tandem leads and secretariat change its mandates',
      );
      if (mandate.version !== version) throw versionConflict('Mandate', mandate.version);
      const before = { title: mandate.title, dueOn: mandate.dueOn ?? null, status: mandate.status };
      if (data.title) mandate.title = data.title;
      if (input.description !== undefined) mandate.description = data.description;
      if (data.dueOn !== undefined) mandate.dueOn = data.dueOn ?? null;
      if (mandate.dueOn && mandate.dueOn < mandate.issuedOn) throw badInput('input.dueOn', 'must not be before it is issued', 'INVALID');
      if (data.status && data.status !== mandate.status) {
        if (mandate.status !== MandateStatus.OPEN)
          throw badInput('input.status', `A ${mandate.status.toLowerCase()} mandate stays so`, 'INVALID_TRANSITION');
        mandate.status = data.status;
        const need = mandate.need;
        if (need && need.status === NeedStatus.MANDATED) {
          if (data.status === MandateStatus.COMPLETED) {
            this.step(scope, em, need, need.status, NeedStatus.ADDRESSED, `Auftrag „${mandate.title}“ erledigt`);
            need.status = NeedStatus.ADDRESSED;
          } else if ((await em.count(Mandate, { need, status: MandateStatus.OPEN, id: { $ne: mandate.id } })) === 0) {
            this.step(scope, em, need, need.status, NeedStatus.PRIORITISED, `Auftrag „${mandate.title}“ zurückgezogen`);
            need.status = NeedStatus.PRIORITISED;
          }
        }
      }
      this.audit.record(em, scope.actor, { entityType: 'Mandate', entityId: mandate.id, action: 'UPDATE', before, after: { ...data } });
      await em.flush();
      return mandate;
    });
  }

  // ---- Helpers ---------------------------------------------------------------

  private async needForChange(em: EntityManager, id: string, version: number): Promise<Need> {
    const need = isUuid(id) ? await em.findOne(Need, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
    if (!need) throw notFound('Need', id);
    // Loaded apart from the locked row: a lock cannot be taken on an outer join.
    await em.populate(need, ['districts', 'targetGroups']);
    if (need.version !== version) throw versionConflict('Need', need.version);
    return need;
  }

  private async reviewForChange(scope: Scope, em: EntityManager, id: string, version: number): Promise<PriorityReview> {
    const review = isUuid(id) ? await em.findOne(PriorityReview, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
    if (!review) throw notFound('PriorityReview', id);
    ensure(
      policy.steer(scope.actor, await leaderPersonIds(em, review.body.id, today(), organisingRoles)),
      scope.actor,
      'Only admins and the body’s chairs, tandem leads and secretariat run its review rounds',
    );
    if (review.version !== version) throw versionConflict('PriorityReview', review.version);
    return review;
  }

  /** A steering committee the actor may steer. */
  private async steeringBody(scope: Scope, em: EntityManager, id: string, field: string): Promise<Body> {
    const body = isUuid(id) ? await em.findOne(Body, { id }) : null;
    if (!body) throw badInput(field, 'Unknown body', 'UNKNOWN_REFERENCE');
    ensure(
      policy.steer(scope.actor, await leaderPersonIds(em, body.id, today(), organisingRoles)),
      scope.actor,
      'Only admins and the body’s chairs, tandem leads and secretariat steer for it',
    );
    if (body.kind !== BodyKind.STEERING_COMMITTEE) throw badInput(field, 'Only a steering committee does this', 'NOT_A_STEERING_BODY');
    return body;
  }

  /** Who raises a need: an organisation the actor acts for or edits, or a body they sit in (admins: any). */
  private async raiser(
    scope: Scope,
    em: EntityManager,
    organisationId: string | null | undefined,
    bodyId: string | null | undefined,
    anyone = policy.isAdmin(scope.actor),
  ): Promise<{ organisation: Organisation | null; body: Body | null }> {
    const actor = scope.actor;
    const personId = actor.kind === 'user' ? actor.personId : null;
    if (organisationId) {
      const organisation = isUuid(organisationId) ? await em.findOne(Organisation, { id: organisationId }) : null;
      if (!organisation) throw badInput('input.raisedByOrganisationId', 'Unknown organisation', 'UNKNOWN_REFERENCE');
      const allowed =
        anyone ||
        policy.editOrganisation(actor, organisation.id) ||
        (!!personId && (await actingForIds(em, personId)).includes(organisation.id));
      ensure(allowed, actor, 'You raise needs for organisations you act for');
      return { organisation, body: null };
    }
    const body = bodyId && isUuid(bodyId) ? await em.findOne(Body, { id: bodyId }) : null;
    if (!body) throw badInput('input.raisedByBodyId', 'Unknown body', 'UNKNOWN_REFERENCE');
    const allowed = anyone || (!!personId && (await leaderPersonIds(em, body.id, today(), memberRoles)).includes(personId));
    ensure(allowed, actor, 'You raise needs for bodies you sit in');
    return { organisation: null, body };
  }

  /** What the need rules ask about the need and the actor. */
  private async needFacts(scope: Scope, em: EntityManager, need: Need): Promise<NeedFacts> {
    const personId = scope.actor.kind === 'user' ? scope.actor.personId : null;
    return {
      status: need.status,
      raisedByOrganisationId: need.raisedByOrganisation?.id ?? null,
      raisedByBodyMemberIds: need.raisedByBody ? await leaderPersonIds(em, need.raisedByBody.id, today(), memberRoles) : [],
      actingForOrganisationIds: personId ? await actingForIds(em, personId) : [],
      steeringPersonIds: await steeringPersonIds(em),
    };
  }

  /** Refuses a change to a need's documents by anyone but its editors, and by them once the need is addressed or declined. */
  private async ensureDocumentsOpen(scope: Scope, em: EntityManager, need: Need): Promise<void> {
    const facts = await this.needFacts(scope, em, need);
    if (policy.attachNeedDocuments(scope.actor, facts)) return;
    ensure(policy.editNeed(scope.actor, facts), scope.actor, 'Only its raiser and the assessors change a need’s documents');
    throw new DomainError(ErrorCode.CONFLICT, `The need is ${need.status.toLowerCase()}; its documents are kept as they are`, {
      reason: 'NEED_CLOSED',
    });
  }

  private async setTags(
    scope: Scope,
    em: EntityManager,
    need: Need,
    data: { fieldOfActionId?: string | null; districtIds?: string[] | null; targetGroupIds?: string[] | null },
  ) {
    const inTx = { ...scope, em };
    const [fieldOfAction] = data.fieldOfActionId
      ? await this.references.resolveIds(inTx, ReferenceKind.FIELD_OF_ACTION, [data.fieldOfActionId], 'input.fieldOfActionId')
      : [null];
    need.fieldOfAction = fieldOfAction ?? null;
    need.districts.set(await this.references.resolveIds(inTx, ReferenceKind.DISTRICT, data.districtIds ?? [], 'input.districtIds'));
    need.targetGroups.set(
      await this.references.resolveIds(inTx, ReferenceKind.TARGET_GROUP, data.targetGroupIds ?? [], 'input.targetGroupIds'),
    );
  }

  private step(scope: Scope, em: EntityManager, need: Need, from: NeedStatus | null, to: NeedStatus, note: string | null) {
    em.create(NeedStatusChange, { need, fromStatus: from, toStatus: to, on: today(), note, actorName: actorName(scope) });
  }
}
