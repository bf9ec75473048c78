import { readRules } from '../../auth/read-rules.js';
import { timestamp } from '../../db/reader.js';
import { and, idIn, sql, TRUE } from '../../db/sql.js';
import { notFound } from '../../errors/domain-error.js';
import { ColumnSet, versionedFields } from '../../graphql/columns.js';
import { cursor } from '../../graphql/connection.js';
import { type ListSize, pageSize } from '../../graphql/lists.js';
import { type ChildList, groupBy, indexBy, type ReadSettings } from '../../graphql/read-context.js';
import type { ReadModels } from '../../graphql/read-models.js';
import type { Selection } from '../../graphql/selection.js';
import { isUuid } from '../../validation/ids.js';
import { parseInput } from '../../validation/parse-input.js';
import { directoryPage } from '../directory/directory.types.js';
import type { ContactChannel } from '../organisation/contact.types.js';
import type { Visibility } from '../organisation/organisation.enums.js';
import { type ConnectionArgs, connectionArgsSchema } from '../organisation/organisation.inputs.js';
import type { OfferLocationData } from './offer.entity.js';
import type { OfferCost, OfferKind } from './offer.enums.js';
import { type OfferFilter, offerFilterSchema } from './offer.inputs.js';
import { offerSearch } from './offer.search.js';
import {
  OfferAccessibilityView,
  OfferConnection,
  OfferEdge,
  OfferLocationView,
  OfferTranslationView,
  OfferView,
  OpeningHoursView,
} from './offer.types.js';

/** The columns of an offer as read models select them, prefixed `f_`. */
export interface OfferRow {
  f_id: string;
  f_organisation_id: string;
  f_created_at?: string;
  f_updated_at?: string;
  f_version?: number;
  f_title?: string;
  f_description?: string | null;
  f_kind?: OfferKind;
  f_locations?: OfferLocationData[];
  f_cost?: OfferCost;
  f_cost_note?: string | null;
  f_registration_required?: boolean;
  f_contact_channels?: ContactChannel[];
  f_valid_from?: string | null;
  f_valid_until?: string | null;
  f_visibility?: Visibility;
  f_archived_at?: string | null;
  f_last_confirmed_at?: string;
}

const columns = new ColumnSet('f', ['id', 'organisation_id'], {
  ...versionedFields,
  title: ['title'],
  description: ['description'],
  kind: ['kind'],
  locations: ['locations'],
  cost: ['cost'],
  costNote: ['cost_note'],
  registrationRequired: ['registration_required'],
  contactChannels: ['contact_channels'],
  validFrom: ['valid_from'],
  validUntil: ['valid_until'],
  visibility: ['visibility'],
  archivedAt: ['archived_at'],
  lastConfirmedAt: ['last_confirmed_at'],
  isStale: ['last_confirmed_at'],
  confirmationDueAt: ['last_confirmed_at'],
  openNow: ['locations', 'valid_from', 'valid_until'],
});

/** Select list for `offer` under an alias: the columns the selection needs (all without one); pair with `toOffer`. */
export const offerColumns = (alias: string, selection?: Selection) => columns.select(alias, selection);

function toLocation(data: OfferLocationData): OfferLocationView {
  const location = new OfferLocationView();
  location.name = data.name ?? null;
  location.street = data.street ?? null;
  location.postalCode = data.postalCode ?? null;
  location.city = data.city ?? null;
  location.latitude = data.latitude ?? null;
  location.longitude = data.longitude ?? null;
  location.accessibility = data.accessibility
    ? Object.assign(new OfferAccessibilityView(), {
        stepFree: data.accessibility.stepFree ?? null,
        accessibleToilet: data.accessibility.accessibleToilet ?? null,
        note: data.accessibility.note ?? null,
      })
    : null;
  location.openingHours = (data.openingHours ?? []).map((h) => Object.assign(new OpeningHoursView(), h));
  location.byAppointment = data.byAppointment ?? false;
  return location;
}

/** The GraphQL object for a row selected with `offerColumns`; fields whose columns were not read stay unset. */
export function toOffer(row: OfferRow): OfferView {
  const f = new OfferView();
  f.id = row.f_id;
  f.organisationId = row.f_organisation_id;
  f.createdAt = timestamp(row.f_created_at) as Date;
  f.updatedAt = timestamp(row.f_updated_at) as Date;
  f.version = row.f_version as number;
  f.title = row.f_title as string;
  f.description = row.f_description ?? null;
  f.kind = row.f_kind as OfferKind;
  if (row.f_locations !== undefined) f.locations = row.f_locations.map(toLocation);
  f.cost = row.f_cost as OfferCost;
  f.costNote = row.f_cost_note ?? null;
  f.registrationRequired = row.f_registration_required as boolean;
  f.contactChannels = row.f_contact_channels as ContactChannel[];
  f.validFrom = row.f_valid_from ?? null;
  f.validUntil = row.f_valid_until ?? null;
  f.visibility = row.f_visibility as Visibility;
  f.archivedAt = timestamp(row.f_archived_at);
  f.lastConfirmedAt = timestamp(row.f_last_confirmed_at) as Date;
  return f;
}

interface TranslationRow {
  t_id: string;
  t_offer_id: string;
  t_locale: string;
  t_title: string;
  t_description: string | null;
}

const translationColumns = new ColumnSet('t', ['id', 'offer_id', 'locale', 'title', 'description'], {});

/** How many of its offers `Organisation.offers` lists: an organisation has a handful, a large provider a few dozen. */
export const offersOfOrganisationSize = { default: 50, max: 200 } as const satisfies ListSize;

/** Reads of offers: lookups, the directory search, an organisation's offers and their translations. */
export class OfferReadModel {
  constructor(private readonly read: ReadModels) {}

  private get r() {
    return this.read.context;
  }

  /** One offer, or null when it does not exist or the actor may not see it; with the columns `selection` needs. */
  byId(id: string, selection?: Selection): Promise<OfferView | null> {
    return isUuid(id) ? this.byIdLoader(selection).load(id) : Promise.resolve(null);
  }

  private byIdLoader(selection?: Selection) {
    return this.r.loader<string, OfferView | null>(`offer.byId:${selection?.key ?? '*'}`, async (ids) => {
      const rows = await this.r.rows<OfferRow>(
        sql`select ${offerColumns('f', selection)} from offer f where ${idIn(sql`f.id`, ids)} and ${readRules.offer(this.r.actor, 'f')}`,
      );
      return indexBy(ids, rows, (row) => row.f_id).map((row) => row && toOffer(row));
    });
  }

  /** One offer; to those who may not see it, it does not exist. */
  async get(id: string, selection?: Selection): Promise<OfferView> {
    const offer = await this.byId(id, selection);
    if (!offer) throw notFound('Offer', id);
    return offer;
  }

  /** Makes an offer read by another statement (under the offer rule, with the columns `selection` needs) known to `byId`. */
  remember(offer: OfferView, selection?: Selection): OfferView {
    this.byIdLoader(selection).prime(offer.id, offer);
    return offer;
  }

  /** A page of the directory's offers (one statement with the total and the search's interpretation), facets on demand. */
  async search(
    filterInput: OfferFilter | null | undefined,
    args: ConnectionArgs,
    selection?: Selection,
    options: { countOnly?: boolean } = {},
  ): Promise<OfferConnection> {
    const filter = parseInput(offerFilterSchema, filterInput, 'filter');
    const { first, after } = parseInput(connectionArgsSchema, args, 'args');
    return directoryPage(
      this.r,
      {
        search: offerSearch(this.r.actor, filter),
        columns: offerColumns('o', selection),
        isRecord: (row: OfferRow) => row.f_id !== null,
        toNode: (row: OfferRow) => this.remember(toOffer(row), selection),
        first,
        offset: cursor.decode(after),
        countOnly: options.countOnly,
      },
      { Connection: OfferConnection, Edge: OfferEdge },
    );
  }

  /** An organisation's offers the actor may see, by title; one statement for every organisation of a list level. */
  ofOrganisation(organisationId: string, includeArchived: boolean, first: number | null | undefined, selection?: Selection) {
    return this.r.children(this.ofOrganisationList(includeArchived, first, selection)).load(organisationId);
  }

  /** The list behind `ofOrganisation`, for an organisation's statement to embed. */
  ofOrganisationList(includeArchived: boolean, first: number | null | undefined, selection?: Selection): ChildList<OfferRow, OfferView> {
    const limit = pageSize(first, offersOfOrganisationSize);
    return {
      name: `offer.ofOrganisation:${includeArchived}:${limit}:${selection?.key ?? '*'}`,
      select: offerColumns('f', selection),
      from: sql`offer f`,
      where: and(readRules.offer(this.r.actor, 'f'), includeArchived ? TRUE : sql`f.archived_at is null`),
      parent: sql`f.organisation_id`,
      parentOf: (row) => row.f_organisation_id,
      order: sql`f.title, f.id`,
      limit,
      toValue: (row) => this.remember(toOffer(row), selection),
    };
  }

  /** An offer's translations, by language; one statement for a whole page. */
  translations(offerId: string): Promise<OfferTranslationView[]> {
    return this.r
      .loader<string, OfferTranslationView[]>('offer.translations', async (ids) => {
        const rows = await this.r.rows<TranslationRow>(
          sql`select ${translationColumns.select('t')} from offer_translation t
               where ${idIn(sql`t.offer_id`, ids)} and ${readRules.offerTranslation(this.r.actor, 't')} order by t.locale`,
        );
        return groupBy(ids, rows, (row) => row.t_offer_id).map((group) =>
          group.map((row) =>
            Object.assign(new OfferTranslationView(), {
              id: row.t_id,
              offerId: row.t_offer_id,
              locale: row.t_locale,
              title: row.t_title,
              description: row.t_description ?? null,
            }),
          ),
        );
      })
      .load(offerId);
  }
}

/** When an offer becomes stale unless confirmed: as profiles do. */
export function offerConfirmationDueAt(offer: Pick<OfferView, 'lastConfirmedAt'>, settings: ReadSettings): Date {
  return new Date(offer.lastConfirmedAt.getTime() + settings.profileStaleAfterDays * 86400_000);
}
