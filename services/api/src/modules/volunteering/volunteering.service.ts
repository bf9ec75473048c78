import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { ensure, policy } from '../../auth/policy.js';
import { canRead } from '../../auth/read-rules.js';
import type { Scope } from '../../auth/scope.js';
import type { EntityManager } from '../../db/orm.js';
import { SqlReader } from '../../db/reader.js';
import { badInput, DomainError, ErrorCode, notFound, versionConflict } from '../../errors/domain-error.js';
import type { Mailer } from '../../mail/mailer.js';
import { today } from '../../shared/dates.js';
import { isUuid } from '../../validation/ids.js';
import { parseInput } from '../../validation/parse-input.js';
import { ensureTransition } from '../../validation/transitions.js';
import { type AuditService, diffSnapshots, type Snapshot } from '../audit/audit.service.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { ReferenceKind } from '../reference/reference.entity.js';
import type { ReferenceService } from '../reference/reference.service.js';
import {
  type InterestMessage,
  InterestMessageAuthor,
  InterestStatus,
  OpportunityStatus,
  Volunteer,
  VolunteerInterest,
  VolunteerOpportunity,
} from './volunteering.entity.js';
import {
  answerSchema,
  createOpportunitySchema,
  type InterestAnswerInput,
  type InterestData,
  interestSchema,
  updateOpportunitySchema,
  type VolunteerInterestInput,
  type VolunteerOpportunityInput,
} from './volunteering.inputs.js';
import { interestTransitions, MAX_INTEREST_MESSAGES, MAX_SKILLS, skillKey } from './volunteering.rules.js';
import type { VolunteerInterestThrottle } from './volunteering.throttle.js';

/** The values of an opportunity its history records. */
export function opportunitySnapshot(o: VolunteerOpportunity): Snapshot {
  const codes = (c: { getItems(): { code: string }[]; isInitialized(): boolean }) =>
    c.isInitialized()
      ? c
          .getItems()
          .map((x) => x.code)
          .sort()
      : undefined;
  return {
    title: o.title,
    task: o.task,
    timeNeeded: o.timeNeeded,
    hoursPerMonth: o.hoursPerMonth ?? null,
    languages: codes(o.languages),
    districts: codes(o.districts),
    targetGroups: codes(o.targetGroups),
    skills: o.skills,
    status: o.status,
    validFrom: o.validFrom ?? null,
    validUntil: o.validUntil ?? null,
  };
}

/** German and English names of the statuses, for the mail to the volunteer. */
const statusText: Record<InterestStatus, [string, string]> = {
  [InterestStatus.NEW]: ['eingegangen', 'received'],
  [InterestStatus.ANSWERED]: ['beantwortet', 'answered'],
  [InterestStatus.ACCEPTED]: ['angenommen – Sie sind dabei', 'accepted – you are in'],
  [InterestStatus.DECLINED]: ['leider diesmal nicht passend', 'not a fit this time'],
  [InterestStatus.WITHDRAWN]: ['zurückgezogen', 'withdrawn'],
};

const isUniqueViolation = (error: unknown) => error instanceof UniqueConstraintViolationException;

/**
 * Volunteering: organisations' opportunities, volunteers' interests without
 * an account, and the organisations' answers. Every write checks its rule,
 * writes its history entry and runs in one transaction.
 */
export class VolunteeringService {
  constructor(
    private readonly audit: AuditService,
    private readonly references: ReferenceService,
    private readonly mailer: Mailer,
    private readonly throttle: VolunteerInterestThrottle,
  ) {}

  /** Admins, and editors for their own organisations; another organisation is FORBIDDEN before anything is read. */
  async createOpportunity(scope: Scope, input: VolunteerOpportunityInput): Promise<VolunteerOpportunity> {
    ensure(scope.actor.kind === 'user', scope.actor);
    const data = parseInput(createOpportunitySchema, input);
    ensure(
      policy.manageVolunteering(scope.actor, data.organisationId),
      scope.actor,
      'You may only add opportunities to your own organisations',
    );
    return scope.em.transactional(async (em) => {
      const organisation = await em.findOne(Organisation, { id: data.organisationId });
      if (!organisation) throw badInput('input.organisationId', 'Unknown organisation', 'UNKNOWN_REFERENCE');
      const { organisationId: _organisation, languageIds, districtIds, targetGroupIds, ...fields } = data;
      const opportunity = em.create(VolunteerOpportunity, { ...fields, organisation, lastConfirmedAt: new Date() });
      await this.assignReferences({ ...scope, em }, opportunity, { languageIds, districtIds, targetGroupIds });
      this.audit.record(em, scope.actor, {
        entityType: 'VolunteerOpportunity',
        entityId: opportunity.id,
        action: 'CREATE',
        after: opportunitySnapshot(opportunity),
        organisationIds: [organisation.id],
      });
      await em.flush();
      return opportunity;
    });
  }

  /** Changes an opportunity if it is still at the version the editor saw; editing also confirms it. */
  async updateOpportunity(scope: Scope, id: string, version: number, input: VolunteerOpportunityInput): Promise<VolunteerOpportunity> {
    const data = parseInput(updateOpportunitySchema, input);
    return scope.em.transactional(async (em) => {
      const opportunity = await this.findForChange(scope, em, id);
      if (opportunity.version !== version) throw versionConflict('VolunteerOpportunity', opportunity.version);
      await em.populate(opportunity, ['languages', 'districts', 'targetGroups']);
      const before = opportunitySnapshot(opportunity);
      const { organisationId: _unchanged, languageIds, districtIds, targetGroupIds, ...fields } = data;
      em.assign(opportunity, Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)));
      if ((opportunity.validFrom ?? '') > (opportunity.validUntil ?? '9999-12-31')) {
        throw badInput('input.validUntil', 'must not be before the first day', 'INVALID_PERIOD');
      }
      await this.assignReferences({ ...scope, em }, opportunity, { languageIds, districtIds, targetGroupIds });
      const diff = diffSnapshots(before, opportunitySnapshot(opportunity));
      if (Object.keys(diff.after).length > 0) {
        opportunity.lastConfirmedAt = new Date();
        this.audit.record(em, scope.actor, {
          entityType: 'VolunteerOpportunity',
          entityId: id,
          action: 'UPDATE',
          ...diff,
          organisationIds: [opportunity.organisation.id],
        });
      }
      await em.flush();
      return opportunity;
    });
  }

  /** "Still correct": renews the opportunity's freshness without changing it. */
  async confirmOpportunity(scope: Scope, id: string): Promise<VolunteerOpportunity> {
    return scope.em.transactional(async (em) => {
      const opportunity = await this.findForChange(scope, em, id);
      const before = opportunity.lastConfirmedAt.toISOString();
      opportunity.lastConfirmedAt = new Date();
      this.audit.record(em, scope.actor, {
        entityType: 'VolunteerOpportunity',
        entityId: id,
        action: 'CONFIRM',
        before: { lastConfirmedAt: before },
        after: { lastConfirmedAt: opportunity.lastConfirmedAt.toISOString() },
        organisationIds: [opportunity.organisation.id],
      });
      await em.flush();
      return opportunity;
    });
  }

  /**
   * A volunteer registers interest in an open opportunity, without an
   * account. Counted against the client address before anything else and
   * against the e-mail address once it is valid; without consent nothing is
   * stored. One volunteer per e-mail address: a later registration adds what
   * the record lacks (languages, skills, phone, district, time) but never
   * overwrites what is there, so nobody can change another person's data by
   * knowing their address. The answer is the same whether the address was
   * known or not.
   */
  async registerInterest(scope: Scope & { clientAddress: string }, input: VolunteerInterestInput): Promise<true> {
    await this.throttled(await this.throttle.fromAddress(scope.clientAddress));
    const data = parseInput(interestSchema, input);
    await this.throttled(await this.throttle.forEmail(data.email));
    try {
      await this.storeInterest(scope, data);
    } catch (error) {
      // Two first registrations of one address at once: the second finds the first's volunteer on its retry.
      if (!isUniqueViolation(error)) throw error;
      await this.storeInterest(scope, data);
    }
    return true;
  }

  private async throttled(wait: number) {
    if (wait > 0) {
      throw new DomainError(ErrorCode.TOO_MANY_REQUESTS, 'Too many registrations; please wait before trying again', {
        reason: 'INTEREST_THROTTLED',
        details: { retryAfterSeconds: wait },
      });
    }
  }

  private storeInterest(scope: Scope, data: InterestData) {
    return scope.em.fork().transactional(async (em) => {
      const opportunity = isUuid(data.opportunityId)
        ? await em.findOne(VolunteerOpportunity, { id: data.opportunityId }, { populate: ['organisation'] })
        : null;
      if (!opportunity || !(await canRead(new SqlReader(em), 'volunteerOpportunity', scope.actor, opportunity.id))) {
        throw notFound('VolunteerOpportunity', data.opportunityId);
      }
      if (opportunity.status !== OpportunityStatus.OPEN || (opportunity.validUntil && opportunity.validUntil < today())) {
        throw badInput('input.opportunityId', 'This opportunity takes no volunteers at the moment', 'OPPORTUNITY_NOT_OPEN');
      }
      const inner = { ...scope, em };
      const languages = await this.references.resolveIds(inner, ReferenceKind.LANGUAGE, data.languageIds, 'input.languageIds');
      const [district] = data.districtId
        ? await this.references.resolveIds(inner, ReferenceKind.DISTRICT, [data.districtId], 'input.districtId')
        : [];
      const now = new Date();
      const existing = await em.findOne(Volunteer, { email: data.email }, { populate: ['languages'] });
      let volunteer: Volunteer;
      if (!existing) {
        volunteer = em.create(Volunteer, {
          name: data.name,
          email: data.email,
          phone: data.phone,
          district: district ?? null,
          timeAvailable: data.timeAvailable,
          skills: data.skills,
          consentGivenAt: now,
        });
        volunteer.languages.set(languages);
        // The history names no personal data: erasure leaves nothing in it to scrub.
        this.audit.record(em, scope.actor, {
          entityType: 'Volunteer',
          entityId: volunteer.id,
          action: 'REGISTER',
          after: { consent: true },
        });
      } else {
        volunteer = existing;
        volunteer.consentGivenAt = now;
        volunteer.phone ??= data.phone;
        volunteer.district ??= district ?? null;
        volunteer.timeAvailable ??= data.timeAvailable;
        const known = new Set(volunteer.skills.map(skillKey));
        volunteer.skills = [...volunteer.skills, ...data.skills.filter((s) => !known.has(skillKey(s)))].slice(0, MAX_SKILLS);
        for (const language of languages) if (!volunteer.languages.contains(language)) volunteer.languages.add(language);
      }
      const message: InterestMessage | null = data.message
        ? { at: now.toISOString(), author: InterestMessageAuthor.VOLUNTEER, authorName: null, text: data.message, status: null }
        : null;
      let interest = await em.findOne(VolunteerInterest, { opportunity, volunteer });
      const before = interest?.status ?? null;
      if (!interest) {
        interest = em.create(VolunteerInterest, { opportunity, volunteer, status: InterestStatus.NEW, messages: message ? [message] : [] });
      } else {
        if (message && interest.messages.length < MAX_INTEREST_MESSAGES) interest.messages = [...interest.messages, message];
        // Registering again reopens an interest that had ended.
        if (interest.status === InterestStatus.WITHDRAWN || interest.status === InterestStatus.DECLINED)
          interest.status = InterestStatus.NEW;
      }
      this.audit.record(em, scope.actor, {
        entityType: 'VolunteerInterest',
        entityId: interest.id,
        action: 'REGISTER',
        before: before ? { status: before } : null,
        after: { opportunity: opportunity.id, status: interest.status },
        organisationIds: [opportunity.organisation.id],
      });
      await em.flush();
    });
  }

  /**
   * An editor of the opportunity's organisation (or an admin) answers: a new
   * status, a message, or both; the volunteer gets the message by mail.
   * To everyone else the interest does not exist.
   */
  async answerInterest(scope: Scope, id: string, version: number, input: InterestAnswerInput): Promise<VolunteerInterest> {
    ensure(scope.actor.kind === 'user', scope.actor);
    const data = parseInput(answerSchema, input);
    const actor = scope.actor;
    const answered = await scope.em.transactional(async (em) => {
      const interest = isUuid(id)
        ? await em.findOne(VolunteerInterest, { id }, { populate: ['opportunity', 'opportunity.organisation', 'volunteer'] })
        : null;
      if (!interest || !(await canRead(new SqlReader(em), 'volunteerInterest', actor, interest.id)))
        throw notFound('VolunteerInterest', id);
      const organisation = interest.opportunity.organisation;
      ensure(policy.manageVolunteering(actor, organisation.id), actor, 'You may only answer interests in your own organisations');
      if (interest.version !== version) throw versionConflict('VolunteerInterest', interest.version);
      const from = interest.status;
      const to = data.status ?? (from === InterestStatus.NEW ? InterestStatus.ANSWERED : from);
      ensureTransition(interestTransitions, from, to, 'interest');
      if (data.message && interest.messages.length >= MAX_INTEREST_MESSAGES) {
        throw badInput('input.message', `An interest keeps at most ${MAX_INTEREST_MESSAGES} messages`, 'TOO_MANY_MESSAGES');
      }
      interest.status = to;
      interest.messages = [
        ...interest.messages,
        {
          at: new Date().toISOString(),
          author: InterestMessageAuthor.ORGANISATION,
          authorName: actor.kind === 'user' ? actor.displayName : null,
          text: data.message,
          status: to !== from || data.status ? to : null,
        },
      ];
      this.audit.record(em, actor, {
        entityType: 'VolunteerInterest',
        entityId: interest.id,
        action: 'ANSWER',
        before: { status: from },
        after: { status: to },
        organisationIds: [organisation.id],
      });
      await em.flush();
      return { interest, organisationName: organisation.name, title: interest.opportunity.title, to, email: interest.volunteer.email };
    });
    if (answered.email) {
      // After the commit; the mailer logs a failure, and the answer stands.
      this.mailer.send(answerMail(answered.email, answered, data.message)).catch(() => {});
    }
    return answered.interest;
  }

  private async findForChange(scope: Scope, em: EntityManager, id: string): Promise<VolunteerOpportunity> {
    const opportunity = isUuid(id) ? await em.findOne(VolunteerOpportunity, { id }) : null;
    if (!opportunity) throw notFound('VolunteerOpportunity', id);
    ensure(
      policy.manageVolunteering(scope.actor, opportunity.organisation.id),
      scope.actor,
      'You may only edit your own organisations’ opportunities',
    );
    return opportunity;
  }

  private async assignReferences(
    scope: Scope,
    opportunity: VolunteerOpportunity,
    data: { languageIds?: string[]; districtIds?: string[]; targetGroupIds?: string[] },
  ) {
    if (data.languageIds)
      opportunity.languages.set(await this.references.resolveIds(scope, ReferenceKind.LANGUAGE, data.languageIds, 'input.languageIds'));
    if (data.districtIds)
      opportunity.districts.set(await this.references.resolveIds(scope, ReferenceKind.DISTRICT, data.districtIds, 'input.districtIds'));
    if (data.targetGroupIds)
      opportunity.targetGroups.set(
        await this.references.resolveIds(scope, ReferenceKind.TARGET_GROUP, data.targetGroupIds, 'input.targetGroupIds'),
      );
  }
}

function answerMail(to: string, answer: { organisationName: string; title: string; to: InterestStatus }, message: string | null) {
  const [de, en] = statusText[answer.to];
  return {
    to,
    subject: `Ihr Interesse: ${answer.title} / Your interest`,
    text: [
      'Guten Tag,',
      '',
      `${answer.organisationName} hat auf Ihr Interesse an „${answer.title}“ geantwortet. Stand: ${de}.`,
      ...(message ? ['', message] : []),
      '',
      'Bitte antworten Sie nicht auf diese E-Mail. Die Kontaktdaten der Organisation finden Sie im Verzeichnis.',
      'Wenn Ihre Daten gelöscht werden sollen, wenden Sie sich an die Koordinierungsstelle.',
      '',
      '---',
      '',
      `Hello, ${answer.organisationName} has answered your interest in “${answer.title}”. Status: ${en}.`,
      'Please do not reply to this e-mail; the organisation’s contact details are in the directory.',
      'To have your data erased, contact the coordination office.',
    ].join('\n'),
  };
}
