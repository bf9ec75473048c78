import { readRules } from '../../auth/read-rules.js';
import { timestamp } from '../../db/reader.js';
import { ident, sql } from '../../db/sql.js';
import { notFound } from '../../errors/domain-error.js';
import { cursor, toPage } from '../../graphql/connection.js';
import { indexBy, type ReadSettings } from '../../graphql/read-context.js';
import type { ReadModels } from '../../graphql/read-models.js';
import { isUuid } from '../../validation/ids.js';
import { parseInput } from '../../validation/parse-input.js';
import type { ContactChannel } from './contact.types.js';
import type { OrganisationKind, Sector, Visibility } from './organisation.enums.js';
import { type ConnectionArgs, connectionArgsSchema, type OrganisationFilter, organisationFilterSchema } from './organisation.inputs.js';
import { type FacetRow, facetQuery, type SearchOptions, searchCondition, searchOrder } from './organisation.search.js';
import { AddressView, OrganisationConnection, OrganisationEdge, OrganisationView } from './organisation.types.js';

/** The columns of an organisation as read models select them, prefixed `o_` so they can sit beside other records' columns. */
export interface OrganisationRow {
  o_id: string;
  o_created_at: string;
  o_updated_at: string;
  o_version: number;
  o_name: string;
  o_short_name: string | null;
  o_kind: OrganisationKind;
  o_sector: Sector;
  o_description: string | null;
  o_street: string | null;
  o_postal_code: string | null;
  o_city: string | null;
  o_latitude: number | null;
  o_longitude: number | null;
  o_contact_channels: ContactChannel[];
  o_website: string | null;
  o_visibility: Visibility;
  o_archived_at: string | null;
  o_last_confirmed_at: string;
}

/** Select list for `organisation` under an alias; pair with `toOrganisation`. */
export const organisationColumns = (alias: string) => {
  const o = ident(alias);
  return sql`${o}.id as o_id, ${o}.created_at as o_created_at, ${o}.updated_at as o_updated_at, ${o}.version as o_version,
    ${o}.name as o_name, ${o}.short_name as o_short_name, ${o}.kind as o_kind, ${o}.sector as o_sector, ${o}.description as o_description,
    ${o}.address_street as o_street, ${o}.address_postal_code as o_postal_code, ${o}.address_city as o_city,
    ${o}.address_latitude as o_latitude, ${o}.address_longitude as o_longitude, ${o}.contact_channels as o_contact_channels,
    ${o}.website as o_website, ${o}.visibility as o_visibility, ${o}.archived_at as o_archived_at, ${o}.last_confirmed_at as o_last_confirmed_at`;
};

/** The GraphQL object for a row selected with `organisationColumns`. */
export function toOrganisation(row: OrganisationRow): OrganisationView {
  const o = new OrganisationView();
  o.id = row.o_id;
  o.createdAt = timestamp(row.o_created_at);
  o.updatedAt = timestamp(row.o_updated_at);
  o.version = row.o_version;
  o.name = row.o_name;
  o.shortName = row.o_short_name;
  o.kind = row.o_kind;
  o.sector = row.o_sector;
  o.description = row.o_description;
  const address = new AddressView();
  address.street = row.o_street;
  address.postalCode = row.o_postal_code;
  address.city = row.o_city;
  address.latitude = row.o_latitude;
  address.longitude = row.o_longitude;
  o.address = address;
  o.contactChannels = row.o_contact_channels;
  o.website = row.o_website;
  o.visibility = row.o_visibility;
  o.archivedAt = timestamp(row.o_archived_at);
  o.lastConfirmedAt = timestamp(row.o_last_confirmed_at);
  return o;
}

/** Reads of organisations: lookups, the directory search, and the organisations other records point to. */
export class OrganisationReadModel {
  constructor(private readonly read: ReadModels) {}

  private get r() {
    return this.read.context;
  }

  /** One organisation, or null when it does not exist or the actor may not see it. */
  byId(id: string): Promise<OrganisationView | null> {
    return isUuid(id) ? this.byIdLoader.load(id) : Promise.resolve(null);
  }

  private get byIdLoader() {
    return this.r.loader<string, OrganisationView | null>('organisation.byId', async (ids) => {
      const rows = await this.r.rows<OrganisationRow>(
        sql`select ${organisationColumns('o')} from organisation o
             where o.id = any(${ids}::uuid[]) and ${readRules.organisation(this.r.actor, 'o')}`,
      );
      return indexBy(ids, rows, (row) => row.o_id).map((row) => row && toOrganisation(row));
    });
  }

  /** One organisation; to those who may not see it, it does not exist. */
  async get(id: string): Promise<OrganisationView> {
    const organisation = await this.byId(id);
    if (!organisation) throw notFound('Organisation', id);
    return organisation;
  }

  /** Makes rows read by another statement known to `byId`, so nested fields pointing at them cost nothing. */
  remember(organisation: OrganisationView): OrganisationView {
    this.byIdLoader.prime(organisation.id, organisation);
    return organisation;
  }

  /** A page of the directory (one statement with the total), with facet counts for the same filter on demand. */
  async search(filterInput: OrganisationFilter | null | undefined, args: ConnectionArgs): Promise<OrganisationConnection> {
    const filter = parseInput(organisationFilterSchema, filterInput, 'filter');
    const { first, after } = parseInput(connectionArgsSchema, args, 'args');
    const offset = cursor.decode(after);
    const options: SearchOptions = { filter, actor: this.r.actor, staleAfterDays: this.r.settings.profileStaleAfterDays };
    const rows = await this.r.rows<OrganisationRow & { total: number }>(
      sql`select ${organisationColumns('o')}, count(*) over ()::int as total from organisation o
           where ${searchCondition(options)} order by ${searchOrder(options)} limit ${first + 1} offset ${offset}`,
    );
    let total = rows[0]?.total ?? 0;
    if (rows.length === 0 && offset > 0) {
      const [row] = await this.r.rows<{ total: number }>(
        sql`select count(*)::int as total from organisation o where ${searchCondition(options)}`,
      );
      total = row?.total ?? 0;
    }
    const page = toPage(
      rows.map((row) => this.remember(toOrganisation(row))),
      first,
      offset,
    );
    let facets: Promise<FacetRow[]> | undefined;
    return Object.assign(new OrganisationConnection(), {
      edges: page.edges.map((e) => Object.assign(new OrganisationEdge(), e)),
      pageInfo: page.pageInfo,
      totalCount: total,
      loadFacets: () => (facets ??= this.r.rows<FacetRow>(facetQuery(options))),
    });
  }
}

/** When a profile becomes stale unless confirmed. */
export function confirmationDueAt(org: Pick<OrganisationView, 'lastConfirmedAt'>, settings: ReadSettings): Date {
  return new Date(org.lastConfirmedAt.getTime() + settings.profileStaleAfterDays * 86400_000);
}
