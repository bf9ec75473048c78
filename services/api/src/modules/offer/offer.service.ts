import { ensure, policy } from '../../auth/policy.js';
import type { Scope } from '../../auth/scope.js';
import type { EntityManager } from '../../db/orm.js';
import { badInput, notFound, versionConflict } from '../../errors/domain-error.js';
import type { EventWriter, LiveEvents } from '../../realtime/live-events.js';
import { isUuid } from '../../validation/ids.js';
import { parseInput } from '../../validation/parse-input.js';
import { type AuditService, diffSnapshots, type Snapshot } from '../audit/audit.service.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { organisationTopic } from '../organisation/organisation.service.js';
import { ReferenceKind } from '../reference/reference.entity.js';
import type { ReferenceService } from '../reference/reference.service.js';
import { Offer, type OfferLocationData, OfferTranslation } from './offer.entity.js';
import { createOfferSchema, type OfferInput, updateOfferSchema, validityProblem } from './offer.inputs.js';

const codes = (c: { getItems(): { code: string }[]; isInitialized(): boolean }) =>
  c.isInitialized()
    ? c
        .getItems()
        .map((x) => x.code)
        .sort()
    : undefined;

/** The values of an offer that its history records. */
export function offerSnapshot(o: Offer): Snapshot {
  return {
    title: o.title,
    description: o.description ?? null,
    kind: o.kind,
    fieldsOfAction: codes(o.fieldsOfAction),
    districts: codes(o.districts),
    languages: codes(o.languages),
    targetGroups: codes(o.targetGroups),
    locations: o.locations,
    cost: o.cost,
    costNote: o.costNote ?? null,
    registrationRequired: o.registrationRequired,
    contactChannels: o.contactChannels,
    validFrom: o.validFrom ?? null,
    validUntil: o.validUntil ?? null,
    visibility: o.visibility,
    translations: o.translations.isInitialized()
      ? Object.fromEntries(
          o.translations
            .getItems()
            .sort((a, b) => a.locale.localeCompare(b.locale))
            .map((t) => [t.locale, { title: t.title, description: t.description ?? null }]),
        )
      : undefined,
    archivedAt: o.archivedAt?.toISOString() ?? null,
    lastConfirmedAt: o.lastConfirmedAt.toISOString(),
  };
}

/** A translation as given: its language, title or name, and description. */
export interface TranslationData {
  locale: string;
  title: string;
  description: string | null;
}

/** What tags an offer: lists of reference ids, each replacing the offer's tags of its vocabulary when given. */
interface TagIds {
  fieldOfActionIds?: string[];
  districtIds?: string[];
  languageIds?: string[];
  targetGroupIds?: string[];
}

/**
 * Offers of the organisations: their editors (and the coordination office)
 * create and keep them; freshness works as for profiles. Each change is
 * announced on the organisation's topic, whose page lists its offers.
 */
export class OfferService {
  constructor(
    private readonly audit: AuditService,
    private readonly references: ReferenceService,
    private readonly live: LiveEvents,
  ) {}

  private changed(events: EventWriter, offer: Offer): Promise<unknown> {
    const organisationId = offer.organisation.id;
    return events.append(
      organisationTopic(organisationId),
      'OFFER_CHANGED',
      { type: 'organisation', id: organisationId },
      { offerId: offer.id },
    );
  }

  /** A new offer of an organisation the actor edits; FORBIDDEN (nothing written) for any other. */
  async create(scope: Scope, input: OfferInput): Promise<Offer> {
    ensure(scope.actor.kind === 'user', scope.actor);
    const data = parseInput(createOfferSchema, input);
    ensure(policy.editOffers(scope.actor, data.organisationId), scope.actor, 'You may only add offers of your own organisations');
    return this.live.write(scope.em, async (em, events) => {
      const organisation = await em.findOne(Organisation, { id: data.organisationId });
      if (!organisation) throw badInput('input.organisationId', 'Unknown organisation', 'UNKNOWN_ORGANISATION');
      const offer = em.create(Offer, {
        organisation,
        title: data.title,
        description: data.description,
        kind: data.kind,
        locations: data.locations as OfferLocationData[],
        cost: data.cost,
        costNote: data.costNote,
        registrationRequired: data.registrationRequired,
        contactChannels: data.contactChannels,
        validFrom: data.validFrom ?? null,
        validUntil: data.validUntil ?? null,
        visibility: data.visibility,
        lastConfirmedAt: new Date(),
      });
      await this.assignReferences({ ...scope, em }, offer, data);
      this.assignTranslations(em, offer, data.translations);
      this.audit.record(em, scope.actor, {
        entityType: 'Offer',
        entityId: offer.id,
        action: 'CREATE',
        after: offerSnapshot(offer),
        organisationIds: [organisation.id],
      });
      await em.flush();
      await this.changed(events, offer);
      return offer;
    });
  }

  /** Changes an offer if it is still at the version the editor saw; otherwise CONFLICT and nothing is written. */
  async update(scope: Scope, id: string, version: number, input: OfferInput): Promise<Offer> {
    const data = parseInput(updateOfferSchema, input);
    return this.live.write(scope.em, async (em, events) => {
      const offer = await this.findForChange(scope, em, id, version);
      if (data.organisationId && data.organisationId !== offer.organisation.id) {
        throw badInput('input.organisationId', 'An offer stays with its organisation', 'ORGANISATION_FIXED');
      }
      await em.populate(offer, ['fieldsOfAction', 'districts', 'languages', 'targetGroups', 'translations']);
      const before = offerSnapshot(offer);
      const { organisationId: _, fieldOfActionIds, districtIds, languageIds, targetGroupIds, translations, ...scalars } = data;
      const problem = validityProblem(
        scalars.validFrom === undefined ? offer.validFrom : scalars.validFrom,
        scalars.validUntil === undefined ? offer.validUntil : scalars.validUntil,
      );
      if (problem) throw badInput('input.validUntil', `input.validUntil: ${problem}`, 'VALIDATION_FAILED');
      em.assign(offer, Object.fromEntries(Object.entries(scalars).filter(([, v]) => v !== undefined)));
      await this.assignReferences({ ...scope, em }, offer, { fieldOfActionIds, districtIds, languageIds, targetGroupIds });
      if (translations) this.assignTranslations(em, offer, translations);
      const diff = diffSnapshots(before, offerSnapshot(offer));
      if (Object.keys(diff.after).length > 0) {
        // Editing an offer also confirms it is current.
        offer.lastConfirmedAt = new Date();
        this.audit.record(em, scope.actor, {
          entityType: 'Offer',
          entityId: id,
          action: 'UPDATE',
          ...diff,
          organisationIds: [offer.organisation.id],
        });
      }
      await em.flush();
      await this.changed(events, offer);
      return offer;
    });
  }

  /** Archived offers leave the public directory; restoring brings them back. */
  async archive(scope: Scope, id: string, version: number, archived: boolean): Promise<Offer> {
    return this.live.write(scope.em, async (em, events) => {
      const offer = await this.findForChange(scope, em, id, version);
      const before = offer.archivedAt?.toISOString() ?? null;
      offer.archivedAt = archived ? (offer.archivedAt ?? new Date()) : null;
      this.audit.record(em, scope.actor, {
        entityType: 'Offer',
        entityId: id,
        action: archived ? 'ARCHIVE' : 'RESTORE',
        before: { archivedAt: before },
        after: { archivedAt: offer.archivedAt?.toISOString() ?? null },
        organisationIds: [offer.organisation.id],
      });
      await em.flush();
      await this.changed(events, offer);
      return offer;
    });
  }

  /** "Still correct": renews the offer's freshness without changing its content. */
  async confirm(scope: Scope, id: string): Promise<Offer> {
    return this.live.write(scope.em, async (em, events) => {
      const offer = await this.find(em, id);
      if (!offer) throw notFound('Offer', id);
      ensure(policy.editOffers(scope.actor, offer.organisation.id), scope.actor, 'You may only confirm offers of your own organisations');
      const before = offer.lastConfirmedAt.toISOString();
      offer.lastConfirmedAt = new Date();
      this.audit.record(em, scope.actor, {
        entityType: 'Offer',
        entityId: id,
        action: 'CONFIRM',
        before: { lastConfirmedAt: before },
        after: { lastConfirmedAt: offer.lastConfirmedAt.toISOString() },
        organisationIds: [offer.organisation.id],
      });
      await em.flush();
      await this.changed(events, offer);
      return offer;
    });
  }

  private find(em: EntityManager, id: string) {
    if (!isUuid(id)) return Promise.resolve(null);
    return em.findOne(Offer, { id });
  }

  private async findForChange(scope: Scope, em: EntityManager, id: string, version: number): Promise<Offer> {
    const offer = await this.find(em, id);
    if (!offer) throw notFound('Offer', id);
    // Check permission before revealing the version.
    ensure(policy.editOffers(scope.actor, offer.organisation.id), scope.actor, 'You may only edit offers of your own organisations');
    if (offer.version !== version) throw versionConflict('Offer', offer.version);
    return offer;
  }

  /** Replaces the translations: changed ones in place, new ones added, missing ones removed. */
  private assignTranslations(em: EntityManager, offer: Offer, translations: readonly TranslationData[]) {
    const existing = new Map(offer.translations.isInitialized() ? offer.translations.getItems().map((t) => [t.locale, t]) : []);
    for (const t of translations) {
      const known = existing.get(t.locale);
      if (known) {
        known.title = t.title;
        known.description = t.description;
        existing.delete(t.locale);
      } else {
        offer.translations.add(em.create(OfferTranslation, { offer, locale: t.locale, title: t.title, description: t.description }));
      }
    }
    for (const gone of existing.values()) {
      offer.translations.remove(gone);
      em.remove(gone);
    }
  }

  private async assignReferences(scope: Scope, offer: Offer, data: TagIds) {
    if (data.fieldOfActionIds) {
      offer.fieldsOfAction.set(
        await this.references.resolveIds(scope, ReferenceKind.FIELD_OF_ACTION, data.fieldOfActionIds, 'input.fieldOfActionIds'),
      );
    }
    if (data.districtIds) {
      offer.districts.set(await this.references.resolveIds(scope, ReferenceKind.DISTRICT, data.districtIds, 'input.districtIds'));
    }
    if (data.languageIds) {
      offer.languages.set(await this.references.resolveIds(scope, ReferenceKind.LANGUAGE, data.languageIds, 'input.languageIds'));
    }
    if (data.targetGroupIds) {
      offer.targetGroups.set(
        await this.references.resolveIds(scope, ReferenceKind.TARGET_GROUP, data.targetGroupIds, 'input.targetGroupIds'),
      );
    }
  }
}
