import { ensure, policy } from '../../auth/policy.js';
import type { Scope } from '../../auth/scope.js';
import type { EntityManager } from '../../db/orm.js';
import { badInput, DomainError, ErrorCode, notFound, versionConflict } from '../../errors/domain-error.js';
import { today } from '../../shared/dates.js';
import { isUuid } from '../../validation/ids.js';
import { parseInput } from '../../validation/parse-input.js';
import type { AuditService, Snapshot } from '../audit/audit.service.js';
import { Body } from '../body/body.entity.js';
import { leadRules } from '../body/body.rules.js';
import { isEnded, leaderPersonIds } from '../body/body.service.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Person } from '../person/person.entity.js';
import { Membership, MembershipRole } from './membership.entity.js';
import { addMembershipSchema, type MembershipInput, updateMembershipSchema } from './membership.inputs.js';

const membershipSnapshot = (m: Membership): Snapshot => ({
  body: m.body.id,
  person: m.person.id,
  organisation: m.organisation?.id ?? null,
  role: m.role,
  votingRight: m.votingRight,
  validFrom: m.validFrom,
  validTo: m.validTo ?? null,
});

/** Two periods overlap unless one ends before the other begins. */
const overlaps = (a: { validFrom: string; validTo?: string | null }, b: { validFrom: string; validTo?: string | null }) =>
  (!a.validTo || a.validTo >= b.validFrom) && (!b.validTo || b.validTo >= a.validFrom);

/** Who sits in which body, in which role, for whom; and the tandem rules. */
export class MembershipService {
  constructor(private readonly audit: AuditService) {}

  async add(scope: Scope, input: MembershipInput): Promise<Membership> {
    ensure(scope.actor.kind === 'user', scope.actor);
    const data = parseInput(addMembershipSchema, input);
    return scope.em.transactional(async (em) => {
      const body = await em.findOne(Body, { id: data.bodyId });
      if (!body) throw notFound('Body', data.bodyId);
      ensure(
        policy.manageBody(scope.actor, await leaderPersonIds(em, body.id)),
        scope.actor,
        'Only admins and the body’s chairs and tandem leads manage its members',
      );
      if (isEnded(body))
        throw new DomainError(ErrorCode.BAD_USER_INPUT, 'This body has ended; its memberships are history', {
          reason: 'BODY_ENDED',
          field: 'input.bodyId',
        });
      const person = await em.findOne(Person, { id: data.personId });
      if (!person) throw badInput('input.personId', 'Unknown person', 'UNKNOWN_REFERENCE');
      const organisation = await this.organisation(em, data.organisationId);
      const membership = em.create(Membership, {
        body,
        person,
        organisation,
        role: data.role,
        votingRight: data.votingRight ?? ![MembershipRole.ADVISORY, MembershipRole.GUEST, MembershipRole.SECRETARIAT].includes(data.role),
        validFrom: data.validFrom ?? today(),
        validTo: data.validTo ?? null,
      });
      await this.checkRules(em, membership);
      this.audit.record(em, scope.actor, {
        entityType: 'Membership',
        entityId: membership.id,
        action: 'CREATE',
        after: membershipSnapshot(membership),
        organisationIds: organisation ? [organisation.id] : [],
      });
      await em.flush();
      return membership;
    });
  }

  async update(scope: Scope, id: string, version: number, input: MembershipInput): Promise<Membership> {
    const data = parseInput(updateMembershipSchema, input);
    return scope.em.transactional(async (em) => {
      const membership = await this.findForChange(scope, em, id);
      if (membership.version !== version) throw versionConflict('Membership', membership.version);
      const before = membershipSnapshot(membership);
      if (data.organisationId !== undefined) membership.organisation = await this.organisation(em, data.organisationId);
      if (data.role) membership.role = data.role;
      if (data.votingRight !== undefined) membership.votingRight = data.votingRight;
      if (data.validFrom) membership.validFrom = data.validFrom;
      if (data.validTo !== undefined) membership.validTo = data.validTo;
      if (membership.validTo && membership.validTo < membership.validFrom)
        throw badInput('input.validTo', 'must not be before the start date', 'INVALID');
      await this.checkRules(em, membership);
      this.audit.record(em, scope.actor, {
        entityType: 'Membership',
        entityId: id,
        action: 'UPDATE',
        before,
        after: membershipSnapshot(membership),
        organisationIds: [before.organisation as string | null, membership.organisation?.id ?? null].filter((x): x is string => !!x),
      });
      await em.flush();
      return membership;
    });
  }

  /** Removes a membership entered by mistake; to end one, set its end date instead. */
  async remove(scope: Scope, id: string): Promise<boolean> {
    return scope.em.transactional(async (em) => {
      const membership = await this.findForChange(scope, em, id);
      this.audit.record(em, scope.actor, {
        entityType: 'Membership',
        entityId: id,
        action: 'DELETE',
        before: membershipSnapshot(membership),
        organisationIds: membership.organisation ? [membership.organisation.id] : [],
      });
      em.remove(membership);
      await em.flush();
      return true;
    });
  }

  /**
   * The rules a membership must keep: no overlapping duplicate for the same
   * person and body, and for tandem leads the count per body kind and leads
   * from different organisations (unless the body allows it).
   */
  private async checkRules(em: EntityManager, membership: Membership): Promise<void> {
    // Serialise changes per body, so two concurrent appointments cannot both take the last lead seat.
    await em.execute('select id from body where id = ? for update', [membership.body.id]);
    const others = (
      await em.find(Membership, { body: membership.body, id: { $ne: membership.id } }, { populate: ['organisation', 'person'] })
    ).filter((o) => overlaps(o, membership));
    if (others.some((o) => o.person.id === membership.person.id)) {
      throw new DomainError(
        ErrorCode.CONFLICT,
        `${membership.person.givenName} ${membership.person.familyName} is already a member of this body in that period`,
        {
          reason: 'DUPLICATE_MEMBERSHIP',
          field: 'input.personId',
        },
      );
    }
    if (membership.role !== MembershipRole.TANDEM_LEAD) return;
    const body = membership.body;
    const { max } = leadRules[body.kind];
    const leads = others.filter((o) => o.role === MembershipRole.TANDEM_LEAD);
    if (max === 0) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, `A ${body.kind} is not led by a tandem; use chair roles`, {
        reason: 'NO_TANDEM_FOR_KIND',
        field: 'input.role',
      });
    }
    if (leads.length + 1 > max) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, `A ${body.kind} has at most ${max} tandem leads at a time`, {
        reason: 'TOO_MANY_LEADS',
        field: 'input.role',
        details: { max, current: leads.length },
      });
    }
    if (!membership.organisation) {
      throw badInput('input.organisationId', 'A tandem lead acts for an organisation', 'ORGANISATION_REQUIRED');
    }
    const sameOrganisation = leads.find((l) => l.organisation?.id === membership.organisation?.id);
    if (sameOrganisation && !body.allowSameOrganisationLeads) {
      throw new DomainError(
        ErrorCode.BAD_USER_INPUT,
        `${sameOrganisation.person.givenName} ${sameOrganisation.person.familyName} already leads this body for ${membership.organisation.name}; a tandem pairs different organisations`,
        { reason: 'SAME_ORGANISATION_LEADS', field: 'input.organisationId' },
      );
    }
  }

  private async findForChange(scope: Scope, em: EntityManager, id: string) {
    const membership = isUuid(id) ? await em.findOne(Membership, { id }, { populate: ['body', 'person', 'organisation'] }) : null;
    if (!membership) throw notFound('Membership', id);
    ensure(
      policy.manageBody(scope.actor, await leaderPersonIds(em, membership.body.id)),
      scope.actor,
      'Only admins and the body’s chairs and tandem leads manage its members',
    );
    return membership;
  }

  private async organisation(em: EntityManager, id: string | null | undefined) {
    if (!id) return null;
    const organisation = await em.findOne(Organisation, { id });
    if (!organisation) throw badInput('input.organisationId', 'Unknown organisation', 'UNKNOWN_REFERENCE');
    return organisation;
  }
}
