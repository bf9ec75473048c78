import { ensure, policy } from '../../auth/policy.js';
import { readRules } from '../../auth/read-rules.js';
import { timestamp } from '../../db/reader.js';
import { and, ident, type Sql, sql, TRUE } from '../../db/sql.js';
import { notFound } from '../../errors/domain-error.js';
import { cursor, toPage } from '../../graphql/connection.js';
import { listSizes, pageSize } from '../../graphql/lists.js';
import { groupBy, indexBy, perParent } from '../../graphql/read-context.js';
import type { ReadModels } from '../../graphql/read-models.js';
import { today } from '../../shared/dates.js';
import { isUuid } from '../../validation/ids.js';
import { parseInput } from '../../validation/parse-input.js';
import type { ContactChannel } from '../organisation/contact.types.js';
import { type ConnectionArgs, connectionArgsSchema } from '../organisation/organisation.inputs.js';
import { type OrganisationRow, organisationColumns, toOrganisation } from '../organisation/organisation.read.js';
import { toTsQuery } from '../organisation/organisation.search.js';
import { type PeopleFilter, peopleFilterSchema } from './person.inputs.js';
import { AffiliationView, PersonConnection, PersonEdge, PersonView } from './person.types.js';

/** The columns of a person as read models select them, prefixed `p_`. */
export interface PersonRow {
  p_id: string;
  p_created_at: string;
  p_updated_at: string;
  p_version: number;
  p_given_name: string;
  p_family_name: string;
  p_function: string | null;
  p_contact_channels: ContactChannel[] | null;
  p_consent: boolean;
  p_archived_at: string | null;
}

/**
 * Select list for `person` under an alias. Contact data passes its own rule
 * in the statement: without it, the column comes back null.
 */
export const personColumns = (read: ReadModels, alias: string) => {
  const p = ident(alias);
  const contact = readRules.personContact(read.context.actor, alias);
  return sql`${p}.id as p_id, ${p}.created_at as p_created_at, ${p}.updated_at as p_updated_at, ${p}.version as p_version,
    ${p}.given_name as p_given_name, ${p}.family_name as p_family_name, ${p}.function as p_function,
    ${contact === TRUE ? sql`${p}.contact_channels` : sql`case when ${contact} then ${p}.contact_channels end`} as p_contact_channels,
    ${p}.consent_to_publish_contact as p_consent, ${p}.archived_at as p_archived_at`;
};

export function toPerson(row: PersonRow): PersonView {
  const p = new PersonView();
  p.id = row.p_id;
  p.createdAt = timestamp(row.p_created_at);
  p.updatedAt = timestamp(row.p_updated_at);
  p.version = row.p_version;
  p.givenName = row.p_given_name;
  p.familyName = row.p_family_name;
  p.function = row.p_function;
  p.contactChannels = row.p_contact_channels;
  p.consentToPublishContact = row.p_consent;
  p.archivedAt = timestamp(row.p_archived_at);
  return p;
}

interface AffiliationRow {
  a_id: string;
  a_created_at: string;
  a_updated_at: string;
  a_person_id: string;
  a_organisation_id: string;
  a_role: string;
  a_valid_from: string | null;
  a_valid_to: string | null;
}

const affiliationColumns = sql`a.id as a_id, a.created_at as a_created_at, a.updated_at as a_updated_at, a.person_id as a_person_id,
  a.organisation_id as a_organisation_id, a.role as a_role, a.valid_from as a_valid_from, a.valid_to as a_valid_to`;

function toAffiliation(row: AffiliationRow): AffiliationView {
  const a = new AffiliationView();
  a.id = row.a_id;
  a.createdAt = timestamp(row.a_created_at);
  a.updatedAt = timestamp(row.a_updated_at);
  a.personId = row.a_person_id;
  a.organisationId = row.a_organisation_id;
  a.role = row.a_role;
  a.validFrom = row.a_valid_from;
  a.validTo = row.a_valid_to;
  return a;
}

/** Current on a day: started (or no start) and not yet ended. */
export const heldOn = (alias: string, day: string) => {
  const t = ident(alias);
  return sql`(${t}.valid_from is null or ${t}.valid_from <= ${day}) and (${t}.valid_to is null or ${t}.valid_to >= ${day})`;
};

/** Reads of people and their affiliations. */
export class PersonReadModel {
  constructor(private readonly read: ReadModels) {}

  private get r() {
    return this.read.context;
  }

  /** One person, or null when they do not exist or the actor may not see them. */
  byId(id: string): Promise<PersonView | null> {
    return isUuid(id) ? this.byIdLoader.load(id) : Promise.resolve(null);
  }

  private get byIdLoader() {
    return this.r.loader<string, PersonView | null>('person.byId', async (ids) => {
      const rows = await this.r.rows<PersonRow>(
        sql`select ${personColumns(this.read, 'p')} from person p where p.id = any(${ids}::uuid[]) and ${readRules.person(this.r.actor, 'p')}`,
      );
      return indexBy(ids, rows, (row) => row.p_id).map((row) => row && toPerson(row));
    });
  }

  /** One person; to those who may not see them, they do not exist. */
  async get(id: string): Promise<PersonView> {
    const person = await this.byId(id);
    if (!person) throw notFound('Person', id);
    return person;
  }

  /** Makes a person read by another statement (under the person rule) known to `byId`. */
  remember(person: PersonView): PersonView {
    this.byIdLoader.prime(person.id, person);
    return person;
  }

  /** The people of the network, for members. */
  async search(filterInput: PeopleFilter | null | undefined, args: ConnectionArgs): Promise<PersonConnection> {
    ensure(policy.readInternal(this.r.actor), this.r.actor);
    const filter = parseInput(peopleFilterSchema, filterInput, 'filter');
    const { first, after } = parseInput(connectionArgsSchema, args, 'args');
    const offset = cursor.decode(after);
    const conditions: Sql[] = [readRules.person(this.r.actor, 'p')];
    if (!filter.includeArchived) conditions.push(sql`p.archived_at is null`);
    const query = toTsQuery(filter.search);
    if (query) {
      conditions.push(
        sql`to_tsvector('simple', p.given_name || ' ' || p.family_name || ' ' || coalesce(p.function, '')) @@ to_tsquery('simple', ${query})`,
      );
    }
    if (filter.organisationId) {
      conditions.push(
        sql`exists (select 1 from affiliation fa where fa.person_id = p.id and fa.organisation_id = ${filter.organisationId})`,
      );
    }
    const rows = await this.r.rows<PersonRow & { total: number }>(
      sql`select ${personColumns(this.read, 'p')}, count(*) over ()::int as total from person p where ${and(...conditions)}
           order by p.family_name, p.given_name, p.id limit ${first + 1} offset ${offset}`,
    );
    const page = toPage(
      rows.map((row) => this.remember(toPerson(row))),
      first,
      offset,
    );
    return Object.assign(new PersonConnection(), {
      edges: page.edges.map((e) => Object.assign(new PersonEdge(), e)),
      pageInfo: page.pageInfo,
      totalCount: rows[0]?.total ?? 0,
    });
  }

  /** People acting for an organisation (current ones unless `includePast`), each with the person read in the same statement. */
  affiliationsOfOrganisation(organisationId: string, includePast: boolean, first: number | null | undefined): Promise<AffiliationView[]> {
    const limit = pageSize(first, listSizes.people);
    return this.r
      .loader<string, AffiliationView[]>(`person.affiliationsOfOrganisation:${includePast}:${limit}`, async (ids) => {
        const rows = await this.r.rows<AffiliationRow & PersonRow>(
          perParent(
            sql`${affiliationColumns}, ${personColumns(this.read, 'p')}`,
            sql`from affiliation a join person p on p.id = a.person_id
                 where a.organisation_id = any(${ids}::uuid[]) and ${readRules.affiliation(this.r.actor, 'a')}
                 ${includePast ? sql`` : sql`and ${heldOn('a', today())}`}`,
            sql`a.organisation_id`,
            sql`p.family_name, p.given_name, a.id`,
            limit,
          ),
        );
        return groupBy(ids, rows, (row) => row.a_organisation_id).map((group) =>
          group.map((row) => {
            const affiliation = toAffiliation(row);
            affiliation.person = this.remember(toPerson(row));
            return affiliation;
          }),
        );
      })
      .load(organisationId);
  }

  /** The organisations a person acts for (current ones unless `includePast`), each read in the same statement. */
  affiliationsOfPerson(personId: string, includePast: boolean, first: number | null | undefined): Promise<AffiliationView[]> {
    const limit = pageSize(first, listSizes.people);
    return this.r
      .loader<string, AffiliationView[]>(`person.affiliationsOfPerson:${includePast}:${limit}`, async (ids) => {
        const rows = await this.r.rows<AffiliationRow & OrganisationRow>(
          perParent(
            sql`${affiliationColumns}, ${organisationColumns('o')}`,
            sql`from affiliation a join organisation o on o.id = a.organisation_id
                 where a.person_id = any(${ids}::uuid[]) and ${readRules.affiliation(this.r.actor, 'a')}
                 ${includePast ? sql`` : sql`and ${heldOn('a', today())}`}`,
            sql`a.person_id`,
            sql`a.valid_from desc nulls first, a.id`,
            limit,
          ),
        );
        return groupBy(ids, rows, (row) => row.a_person_id).map((group) =>
          group.map((row) => {
            const affiliation = toAffiliation(row);
            affiliation.organisation = this.read.organisations.remember(toOrganisation(row));
            return affiliation;
          }),
        );
      })
      .load(personId);
  }

  /** One affiliation (e.g. after a write); to those who may not see it, it does not exist. */
  async getAffiliation(id: string): Promise<AffiliationView> {
    const [row] = isUuid(id)
      ? await this.r.rows<AffiliationRow>(
          sql`select ${affiliationColumns} from affiliation a where a.id = ${id} and ${readRules.affiliation(this.r.actor, 'a')}`,
        )
      : [];
    if (!row) throw notFound('Affiliation', id);
    return toAffiliation(row);
  }
}
