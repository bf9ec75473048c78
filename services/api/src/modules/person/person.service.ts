import { ensure, policy } from '../../auth/policy.js';
import type { Scope } from '../../auth/scope.js';
import type { EntityManager } from '../../db/orm.js';
import { badInput, notFound, versionConflict } from '../../errors/domain-error.js';
import { today } from '../../shared/dates.js';
import { isUuid } from '../../validation/ids.js';
import { parseInput } from '../../validation/parse-input.js';
import { AuditService, diffSnapshots, type Snapshot } from '../audit/audit.service.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Affiliation, Person } from './person.entity.js';
import { type AffiliationInput, affiliationSchema, createPersonSchema, type PersonInput, updatePersonSchema } from './person.inputs.js';

export function personSnapshot(p: Person): Snapshot {
  return {
    givenName: p.givenName,
    familyName: p.familyName,
    function: p.function ?? null,
    contactChannels: p.contactChannels,
    consentToPublishContact: p.consentToPublishContact,
    archivedAt: p.archivedAt?.toISOString() ?? null,
  };
}

function affiliationSnapshot(a: Affiliation): Snapshot {
  return {
    person: a.person.id,
    organisation: a.organisation.id,
    role: a.role,
    validFrom: a.validFrom ?? null,
    validTo: a.validTo ?? null,
  };
}

/** People and their affiliations to organisations. */
export class PersonService {
  constructor(private readonly audit: AuditService) {}

  /** Admins create anyone; editors create people for their own organisations only. */
  async create(scope: Scope, input: PersonInput): Promise<Person> {
    ensure(scope.actor.kind === 'user', scope.actor);
    const data = parseInput(createPersonSchema, input);
    const orgIds = data.affiliations.map((a) => a.organisationId);
    if (!policy.isAdmin(scope.actor) && orgIds.length === 0) {
      throw badInput('input.affiliations', 'Add the person to one of your organisations', 'AFFILIATION_REQUIRED');
    }
    ensure(
      orgIds.every((id) => policy.editOrganisation(scope.actor, id)),
      scope.actor,
      'You may only add people to your own organisations',
    );
    return scope.em.transactional(async (em) => {
      const { affiliations, ...fields } = data;
      const person = em.create(Person, fields);
      const organisations = await this.organisations(em, orgIds, 'input.affiliations');
      this.audit.record(em, scope.actor, {
        entityType: 'Person',
        entityId: person.id,
        action: 'CREATE',
        after: personSnapshot(person),
        organisationIds: orgIds,
      });
      for (const [i, a] of affiliations.entries()) {
        const organisation = organisations.get(a.organisationId);
        if (!organisation) throw badInput(`input.affiliations.${i}.organisationId`, 'Unknown organisation', 'UNKNOWN_REFERENCE');
        const affiliation = em.create(Affiliation, { role: a.role, validFrom: a.validFrom, validTo: a.validTo, person, organisation });
        this.audit.record(em, scope.actor, {
          entityType: 'Affiliation',
          entityId: affiliation.id,
          action: 'CREATE',
          after: affiliationSnapshot(affiliation),
          organisationIds: [a.organisationId],
        });
      }
      await em.flush();
      return person;
    });
  }

  async update(scope: Scope, id: string, version: number, input: PersonInput): Promise<Person> {
    const data = parseInput(updatePersonSchema, input);
    return scope.em.transactional(async (em) => {
      const { person, organisationIds } = await this.findForChange(scope, em, id);
      if (person.version !== version) throw versionConflict('Person', person.version);
      const before = personSnapshot(person);
      const { affiliations: _ignored, ...fields } = data;
      em.assign(person, Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)));
      const diff = diffSnapshots(before, personSnapshot(person));
      if (Object.keys(diff.after).length) {
        this.audit.record(em, scope.actor, { entityType: 'Person', entityId: id, action: 'UPDATE', ...diff, organisationIds });
      }
      await em.flush();
      return person;
    });
  }

  async archive(scope: Scope, id: string, version: number, archived: boolean): Promise<Person> {
    return scope.em.transactional(async (em) => {
      const { person, organisationIds } = await this.findForChange(scope, em, id);
      if (person.version !== version) throw versionConflict('Person', person.version);
      const before = person.archivedAt?.toISOString() ?? null;
      person.archivedAt = archived ? (person.archivedAt ?? new Date()) : null;
      this.audit.record(em, scope.actor, {
        entityType: 'Person',
        entityId: id,
        action: archived ? 'ARCHIVE' : 'RESTORE',
        before: { archivedAt: before },
        after: { archivedAt: person.archivedAt?.toISOString() ?? null },
        organisationIds,
      });
      await em.flush();
      return person;
    });
  }

  /** Adds a person to an organisation; the actor must be allowed to edit that organisation. */
  async addAffiliation(scope: Scope, personId: string, input: AffiliationInput): Promise<Affiliation> {
    const data = parseInput(affiliationSchema, input);
    ensure(scope.actor.kind === 'user', scope.actor);
    return scope.em.transactional(async (em) => {
      const person = isUuid(personId) ? await em.findOne(Person, { id: personId }) : null;
      if (!person) throw notFound('Person', personId);
      ensure(policy.editOrganisation(scope.actor, data.organisationId), scope.actor, 'You may only add people to your own organisations');
      const organisation = (await this.organisations(em, [data.organisationId], 'input.organisationId')).get(data.organisationId);
      const affiliation = em.create(Affiliation, {
        role: data.role,
        validFrom: data.validFrom,
        validTo: data.validTo,
        person,
        organisation: organisation as Organisation,
      });
      this.audit.record(em, scope.actor, {
        entityType: 'Affiliation',
        entityId: affiliation.id,
        action: 'CREATE',
        after: affiliationSnapshot(affiliation),
        organisationIds: [data.organisationId],
      });
      await em.flush();
      return affiliation;
    });
  }

  /** Changes role or dates; moving an affiliation to another organisation needs edit rights on both. */
  async updateAffiliation(scope: Scope, id: string, input: AffiliationInput): Promise<Affiliation> {
    const data = parseInput(affiliationSchema, input);
    return scope.em.transactional(async (em) => {
      const affiliation = await this.findAffiliationForChange(scope, em, id);
      ensure(policy.editOrganisation(scope.actor, data.organisationId), scope.actor, 'You may only edit your own organisations');
      const before = affiliationSnapshot(affiliation);
      if (data.organisationId !== affiliation.organisation.id) {
        affiliation.organisation = (await this.organisations(em, [data.organisationId], 'input.organisationId')).get(
          data.organisationId,
        ) as Organisation;
      }
      affiliation.role = data.role;
      affiliation.validFrom = data.validFrom;
      affiliation.validTo = data.validTo;
      const diff = diffSnapshots(before, affiliationSnapshot(affiliation));
      this.audit.record(em, scope.actor, {
        entityType: 'Affiliation',
        entityId: id,
        action: 'UPDATE',
        ...diff,
        organisationIds: [...new Set([before.organisation as string, data.organisationId])],
      });
      await em.flush();
      return affiliation;
    });
  }

  async removeAffiliation(scope: Scope, id: string): Promise<boolean> {
    return scope.em.transactional(async (em) => {
      const affiliation = await this.findAffiliationForChange(scope, em, id);
      this.audit.record(em, scope.actor, {
        entityType: 'Affiliation',
        entityId: id,
        action: 'DELETE',
        before: affiliationSnapshot(affiliation),
        organisationIds: [affiliation.organisation.id],
      });
      em.remove(affiliation);
      await em.flush();
      return true;
    });
  }

  private async findForChange(scope: Scope, em: EntityManager, id: string) {
    const person = isUuid(id) ? await em.findOne(Person, { id }) : null;
    if (!person) throw notFound('Person', id);
    const affiliations = await em.find(Affiliation, { person });
    const current = affiliations.filter((a) => a.isCurrent(today()));
    const organisationIds = [...new Set(current.map((a) => a.organisation.id))];
    ensure(policy.editPerson(scope.actor, organisationIds), scope.actor, 'You may only edit people of your own organisations');
    return { person, organisationIds };
  }

  private async findAffiliationForChange(scope: Scope, em: EntityManager, id: string) {
    const affiliation = isUuid(id) ? await em.findOne(Affiliation, { id }) : null;
    if (!affiliation) throw notFound('Affiliation', id);
    ensure(policy.editOrganisation(scope.actor, affiliation.organisation.id), scope.actor, 'You may only edit your own organisations');
    return affiliation;
  }

  private async organisations(em: EntityManager, ids: string[], field: string) {
    const unique = [...new Set(ids)];
    const found = unique.length ? await em.find(Organisation, { id: { $in: unique } }) : [];
    if (found.length !== unique.length) throw badInput(field, 'Unknown organisation', 'UNKNOWN_REFERENCE');
    return new Map(found.map((o) => [o.id, o]));
  }
}
