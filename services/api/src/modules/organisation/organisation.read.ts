import { readRules } from '../../auth/read-rules.js';
import { timestamp } from '../../db/reader.js';
import { idIn, sql } from '../../db/sql.js';
import { notFound } from '../../errors/domain-error.js';
import { ColumnSet, versionedFields } from '../../graphql/columns.js';
import { cursor } from '../../graphql/connection.js';
import { embeddable, embedded, groupBy, indexBy, type ReadSettings } from '../../graphql/read-context.js';
import type { ReadModels } from '../../graphql/read-models.js';
import type { Selection } from '../../graphql/selection.js';
import { isUuid } from '../../validation/ids.js';
import { parseInput } from '../../validation/parse-input.js';
import { directoryPage } from '../directory/directory.types.js';
import type { ContactChannel } from './contact.types.js';
import type { OrganisationKind, Sector, Visibility } from './organisation.enums.js';
import { type ConnectionArgs, connectionArgsSchema, type OrganisationFilter, organisationFilterSchema } from './organisation.inputs.js';
import { organisationSearch } from './organisation.search.js';
import {
  AddressView,
  OrganisationConnection,
  OrganisationEdge,
  OrganisationTranslationView,
  OrganisationView,
} from './organisation.types.js';

/** The columns of an organisation as read models select them, prefixed `o_` so they can sit beside other records' columns. */
export interface OrganisationRow {
  o_id: string;
  o_created_at?: string;
  o_updated_at?: string;
  o_version?: number;
  o_name?: string;
  o_short_name?: string | null;
  o_kind?: OrganisationKind;
  o_sector?: Sector;
  o_description?: string | null;
  o_address_street?: string | null;
  o_address_postal_code?: string | null;
  o_address_city?: string | null;
  o_address_latitude?: number | null;
  o_address_longitude?: number | null;
  o_contact_channels?: ContactChannel[];
  o_website?: string | null;
  o_visibility?: Visibility;
  o_archived_at?: string | null;
  o_last_confirmed_at?: string;
}

const columns = new ColumnSet('o', ['id'], {
  ...versionedFields,
  name: ['name'],
  shortName: ['short_name'],
  kind: ['kind'],
  sector: ['sector'],
  description: ['description'],
  address: ['address_street', 'address_postal_code', 'address_city', 'address_latitude', 'address_longitude'],
  contactChannels: ['contact_channels'],
  website: ['website'],
  visibility: ['visibility'],
  archivedAt: ['archived_at'],
  lastConfirmedAt: ['last_confirmed_at'],
  isStale: ['last_confirmed_at'],
  confirmationDueAt: ['last_confirmed_at'],
});

/** Select list for `organisation` under an alias: the columns the selection needs (all without one); pair with `toOrganisation`. */
export const organisationColumns = (alias: string, selection?: Selection) => columns.select(alias, selection);

/** The GraphQL object for a row selected with `organisationColumns`; fields whose columns were not read stay unset. */
export function toOrganisation(row: OrganisationRow): OrganisationView {
  const o = new OrganisationView();
  o.id = row.o_id;
  o.createdAt = timestamp(row.o_created_at) as Date;
  o.updatedAt = timestamp(row.o_updated_at) as Date;
  o.version = row.o_version as number;
  o.name = row.o_name as string;
  o.shortName = row.o_short_name ?? null;
  o.kind = row.o_kind as OrganisationKind;
  o.sector = row.o_sector as Sector;
  o.description = row.o_description ?? null;
  if (row.o_address_city !== undefined) {
    const address = new AddressView();
    address.street = row.o_address_street ?? null;
    address.postalCode = row.o_address_postal_code ?? null;
    address.city = row.o_address_city;
    address.latitude = row.o_address_latitude ?? null;
    address.longitude = row.o_address_longitude ?? null;
    o.address = address;
  }
  o.contactChannels = row.o_contact_channels as ContactChannel[];
  o.website = row.o_website ?? null;
  o.visibility = row.o_visibility as Visibility;
  o.archivedAt = timestamp(row.o_archived_at);
  o.lastConfirmedAt = timestamp(row.o_last_confirmed_at) as Date;
  return o;
}

/** Reads of organisations: lookups, the directory search, and the organisations other records point to. */
export class OrganisationReadModel {
  constructor(private readonly read: ReadModels) {}

  private get r() {
    return this.read.context;
  }

  /** One organisation, or null when it does not exist or the actor may not see it; with the columns `selection` needs. */
  byId(id: string, selection?: Selection): Promise<OrganisationView | null> {
    return isUuid(id) ? this.byIdLoader(selection).load(id) : Promise.resolve(null);
  }

  private byIdLoader(selection?: Selection) {
    return this.r.loader<string, OrganisationView | null>(`organisation.byId:${selection?.key ?? '*'}`, async (ids) => {
      // The people acting for the organisation, when asked for as they come (no arguments), ride along in the same statement.
      const affiliations = embeddable(selection, 'affiliations', (sub) =>
        this.read.people.affiliationsOfOrganisationList(false, undefined, sub),
      );
      // So do its offers (an organisation's page shows them).
      const offers = embeddable(selection, 'offers', (sub) => this.read.offers.ofOrganisationList(false, undefined, sub));
      const rows = await this.r.rows<OrganisationRow & { o_affiliations?: string; o_offers?: string }>(
        sql`select ${organisationColumns('o', selection)}${affiliations ? sql`, ${embedded(affiliations, sql`o.id`)} as o_affiliations` : sql``}${offers ? sql`, ${embedded(offers, sql`o.id`)} as o_offers` : sql``}
              from organisation o where ${idIn(sql`o.id`, ids)} and ${readRules.organisation(this.r.actor, 'o')}`,
      );
      return indexBy(ids, rows, (row) => row.o_id).map((row) => {
        if (!row) return null;
        if (affiliations && row.o_affiliations !== undefined) this.r.take(affiliations, row.o_id, row.o_affiliations);
        if (offers && row.o_offers !== undefined) this.r.take(offers, row.o_id, row.o_offers);
        return toOrganisation(row);
      });
    });
  }

  /** One organisation; to those who may not see it, it does not exist. */
  async get(id: string, selection?: Selection): Promise<OrganisationView> {
    const organisation = await this.byId(id, selection);
    if (!organisation) throw notFound('Organisation', id);
    return organisation;
  }

  /**
   * Makes a row read by another statement (under the organisation rule, with
   * the columns `selection` needs) known to `byId`, so a nested field asking
   * for the same selection costs nothing.
   */
  remember(organisation: OrganisationView, selection?: Selection): OrganisationView {
    this.byIdLoader(selection).prime(organisation.id, organisation);
    return organisation;
  }

  /** An organisation's translations, by language; one statement for a whole page. */
  translations(organisationId: string): Promise<OrganisationTranslationView[]> {
    return this.r
      .loader<string, OrganisationTranslationView[]>('organisation.translations', async (ids) => {
        const rows = await this.r.rows<{
          id: string;
          organisation_id: string;
          locale: string;
          name: string | null;
          description: string | null;
        }>(
          sql`select t.id, t.organisation_id, t.locale, t.name, t.description from organisation_translation t
               where ${idIn(sql`t.organisation_id`, ids)} and ${readRules.organisationTranslation(this.r.actor, 't')} order by t.locale`,
        );
        return groupBy(ids, rows, (row) => row.organisation_id).map((group) =>
          group.map((row) =>
            Object.assign(new OrganisationTranslationView(), {
              id: row.id,
              organisationId: row.organisation_id,
              locale: row.locale,
              name: row.name ?? null,
              description: row.description ?? null,
            }),
          ),
        );
      })
      .load(organisationId);
  }

  /** A page of the directory (one statement with the total and the search's interpretation), with facet counts for the same filter on demand. */
  async search(
    filterInput: OrganisationFilter | null | undefined,
    args: ConnectionArgs,
    selection?: Selection,
    options: { countOnly?: boolean } = {},
  ): Promise<OrganisationConnection> {
    const filter = parseInput(organisationFilterSchema, filterInput, 'filter');
    const { first, after } = parseInput(connectionArgsSchema, args, 'args');
    return directoryPage(
      this.r,
      {
        search: organisationSearch({ filter, actor: this.r.actor, staleAfterDays: this.r.settings.profileStaleAfterDays }),
        columns: organisationColumns('o', selection),
        isRecord: (row: OrganisationRow) => row.o_id !== null,
        toNode: (row: OrganisationRow) => this.remember(toOrganisation(row), selection),
        first,
        offset: cursor.decode(after),
        countOnly: options.countOnly,
      },
      { Connection: OrganisationConnection, Edge: OrganisationEdge },
    );
  }
}

/** When a profile becomes stale unless confirmed. */
export function confirmationDueAt(org: Pick<OrganisationView, 'lastConfirmedAt'>, settings: ReadSettings): Date {
  return new Date(org.lastConfirmedAt.getTime() + settings.profileStaleAfterDays * 86400_000);
}
