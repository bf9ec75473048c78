import { ensure, policy } from '../../auth/policy.js';
import type { Scope } from '../../auth/scope.js';
import type { EntityManager } from '../../db/orm.js';
import { notFound, versionConflict } from '../../errors/domain-error.js';
import type { EventWriter, LiveEvents } from '../../realtime/live-events.js';
import { isUuid } from '../../validation/ids.js';
import { parseInput } from '../../validation/parse-input.js';
import { AuditService, diffSnapshots, type Snapshot } from '../audit/audit.service.js';
import { ReferenceKind } from '../reference/reference.entity.js';
import type { ReferenceService } from '../reference/reference.service.js';
import { Organisation } from './organisation.entity.js';
import { createOrganisationSchema, type OrganisationInput, updateOrganisationSchema } from './organisation.inputs.js';
import { OrganisationTranslation } from './organisation-translation.entity.js';

/** An organisation's translations as its history records them: by language. */
const translationsSnapshot = (translations: readonly OrganisationTranslation[] | undefined) =>
  translations &&
  Object.fromEntries(
    [...translations]
      .sort((a, b) => a.locale.localeCompare(b.locale))
      .map((t) => [t.locale, { name: t.name ?? null, description: t.description ?? null }]),
  );

/** The values of an organisation that its history records (its translations when they were read). */
export function organisationSnapshot(o: Organisation, translations?: readonly OrganisationTranslation[]): Snapshot {
  const ids = (c: { getItems(): { code: string }[]; isInitialized(): boolean }) =>
    c.isInitialized()
      ? c
          .getItems()
          .map((x) => x.code)
          .sort()
      : undefined;
  return {
    name: o.name,
    shortName: o.shortName ?? null,
    kind: o.kind,
    sector: o.sector,
    description: o.description ?? null,
    fieldsOfAction: ids(o.fieldsOfAction),
    districts: ids(o.districts),
    languages: ids(o.languages),
    targetGroups: ids(o.targetGroups),
    address: { ...o.address },
    contactChannels: o.contactChannels,
    website: o.website ?? null,
    visibility: o.visibility,
    archivedAt: o.archivedAt?.toISOString() ?? null,
    lastConfirmedAt: o.lastConfirmedAt.toISOString(),
    ...(translations ? { translations: translationsSnapshot(translations) } : {}),
  };
}

/** The topic of one organisation's changes (`organisationChanged`). */
export const organisationTopic = (id: string) => `organisation:${id}`;

/** The directory of organisations: search, profiles, and their upkeep. */
export class OrganisationService {
  constructor(
    private readonly audit: AuditService,
    private readonly references: ReferenceService,
    private readonly live: LiveEvents,
  ) {}

  /** An event for `organisationChanged`, in the change's transaction: subscribers on every API process hear of it. */
  private changed(events: EventWriter, org: Organisation): Promise<unknown> {
    return events.append(organisationTopic(org.id), 'ORGANISATION_CHANGED', { type: 'organisation', id: org.id });
  }

  async create(scope: Scope, input: OrganisationInput): Promise<Organisation> {
    ensure(policy.createOrganisation(scope.actor), scope.actor, 'Only the coordination office may add organisations');
    const data = parseInput(createOrganisationSchema, input);
    return scope.em.transactional(async (em) => {
      const inner = { ...scope, em };
      const org = em.create(Organisation, {
        name: data.name,
        shortName: data.shortName,
        kind: data.kind,
        sector: data.sector,
        description: data.description,
        address: data.address,
        contactChannels: data.contactChannels,
        website: data.website,
        visibility: data.visibility,
        lastConfirmedAt: new Date(),
      });
      await this.assignReferences(inner, org, data);
      const translations = this.assignTranslations(em, org, [], data.translations);
      this.audit.record(em, scope.actor, {
        entityType: 'Organisation',
        entityId: org.id,
        action: 'CREATE',
        after: organisationSnapshot(org, translations),
        organisationIds: [org.id],
      });
      await em.flush();
      return org;
    });
  }

  /** Changes a profile if it is still at the version the editor saw; otherwise CONFLICT and nothing is written. */
  async update(scope: Scope, id: string, version: number, input: OrganisationInput): Promise<Organisation> {
    const data = parseInput(updateOrganisationSchema, input);
    return this.live.write(scope.em, async (em, events) => {
      const org = await this.findForChange(scope, em, id, version);
      if (data.visibility !== undefined && data.visibility !== org.visibility) {
        ensure(policy.isAdmin(scope.actor), scope.actor, 'Only the coordination office may change visibility');
      }
      await em.populate(org, ['fieldsOfAction', 'districts', 'languages', 'targetGroups']);
      const { fieldOfActionIds, districtIds, languageIds, targetGroupIds, address, translations, ...scalars } = data;
      const stored = translations ? await em.find(OrganisationTranslation, { organisation: org }) : undefined;
      const before = organisationSnapshot(org, stored);
      em.assign(org, Object.fromEntries(Object.entries(scalars).filter(([, v]) => v !== undefined)));
      if (address !== undefined) org.address = Object.assign(org.address, address);
      await this.assignReferences({ ...scope, em }, org, { fieldOfActionIds, districtIds, languageIds, targetGroupIds });
      const kept = translations && stored ? this.assignTranslations(em, org, stored, translations) : undefined;
      const after = organisationSnapshot(org, kept);
      const diff = diffSnapshots(before, after);
      if (Object.keys(diff.after).length > 0) {
        // Editing the profile also confirms it is current.
        org.lastConfirmedAt = new Date();
        this.audit.record(em, scope.actor, { entityType: 'Organisation', entityId: id, action: 'UPDATE', ...diff, organisationIds: [id] });
      }
      await em.flush();
      await this.changed(events, org);
      return org;
    });
  }

  async archive(scope: Scope, id: string, version: number, archived: boolean): Promise<Organisation> {
    ensure(policy.archiveOrganisation(scope.actor), scope.actor, 'Only the coordination office may archive organisations');
    return this.live.write(scope.em, async (em, events) => {
      const org = await this.findForChange(scope, em, id, version);
      const before = org.archivedAt?.toISOString() ?? null;
      org.archivedAt = archived ? (org.archivedAt ?? new Date()) : null;
      this.audit.record(em, scope.actor, {
        entityType: 'Organisation',
        entityId: id,
        action: archived ? 'ARCHIVE' : 'RESTORE',
        before: { archivedAt: before },
        after: { archivedAt: org.archivedAt?.toISOString() ?? null },
        organisationIds: [id],
      });
      await em.flush();
      await this.changed(events, org);
      return org;
    });
  }

  /** "Still correct": one click renews the profile's freshness without changing its content. */
  async confirm(scope: Scope, id: string): Promise<Organisation> {
    return this.live.write(scope.em, async (em, events) => {
      const org = await this.find(em, id);
      if (!org) throw notFound('Organisation', id);
      ensure(policy.editOrganisation(scope.actor, id), scope.actor, 'You may only confirm your own organisations');
      const before = org.lastConfirmedAt.toISOString();
      org.lastConfirmedAt = new Date();
      this.audit.record(em, scope.actor, {
        entityType: 'Organisation',
        entityId: id,
        action: 'CONFIRM',
        before: { lastConfirmedAt: before },
        after: { lastConfirmedAt: org.lastConfirmedAt.toISOString() },
        organisationIds: [id],
      });
      await em.flush();
      await this.changed(events, org);
      return org;
    });
  }

  /** Replaces an organisation's translations: changed ones in place, new ones added, missing ones removed; returns the new set. */
  private assignTranslations(
    em: EntityManager,
    org: Organisation,
    stored: readonly OrganisationTranslation[],
    translations: readonly { locale: string; name: string | null; description: string | null }[],
  ): OrganisationTranslation[] {
    const existing = new Map(stored.map((t) => [t.locale, t]));
    const result: OrganisationTranslation[] = [];
    for (const t of translations) {
      const known = existing.get(t.locale);
      if (known) {
        known.name = t.name;
        known.description = t.description;
        existing.delete(t.locale);
        result.push(known);
      } else {
        result.push(em.create(OrganisationTranslation, { organisation: org, locale: t.locale, name: t.name, description: t.description }));
      }
    }
    for (const gone of existing.values()) em.remove(gone);
    return result;
  }

  private find(em: EntityManager, id: string) {
    if (!isUuid(id)) return Promise.resolve(null);
    return em.findOne(Organisation, { id });
  }

  private async findForChange(scope: Scope, em: EntityManager, id: string, version: number): Promise<Organisation> {
    const org = await this.find(em, id);
    if (!org) throw notFound('Organisation', id);
    // Check permission before revealing the version.
    ensure(policy.editOrganisation(scope.actor, id), scope.actor, 'You may only edit your own organisations');
    if (org.version !== version) throw versionConflict('Organisation', org.version);
    return org;
  }

  private async assignReferences(
    scope: Scope,
    org: Organisation,
    data: { fieldOfActionIds?: string[]; districtIds?: string[]; languageIds?: string[]; targetGroupIds?: string[] },
  ) {
    if (data.fieldOfActionIds) {
      org.fieldsOfAction.set(
        await this.references.resolveIds(scope, ReferenceKind.FIELD_OF_ACTION, data.fieldOfActionIds, 'input.fieldOfActionIds'),
      );
    }
    if (data.districtIds) {
      org.districts.set(await this.references.resolveIds(scope, ReferenceKind.DISTRICT, data.districtIds, 'input.districtIds'));
    }
    if (data.languageIds) {
      org.languages.set(await this.references.resolveIds(scope, ReferenceKind.LANGUAGE, data.languageIds, 'input.languageIds'));
    }
    if (data.targetGroupIds) {
      org.targetGroups.set(
        await this.references.resolveIds(scope, ReferenceKind.TARGET_GROUP, data.targetGroupIds, 'input.targetGroupIds'),
      );
    }
  }
}
