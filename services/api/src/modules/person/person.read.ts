import { ensure, policy } from '../../auth/policy.js';
import { readRules } from '../../auth/read-rules.js';
import { timestamp } from '../../db/reader.js';
import { and, ident, idIn, type Sql, sql, TODAY, TRUE } from '../../db/sql.js';
import { notFound } from '../../errors/domain-error.js';
import { ColumnSet, recordFields, versionedFields } from '../../graphql/columns.js';
import { cursor, toPage } from '../../graphql/connection.js';
import { listSizes, pageSize } from '../../graphql/lists.js';
import { type ChildList, indexBy } from '../../graphql/read-context.js';
import type { ReadModels } from '../../graphql/read-models.js';
import { type Selection, subSelection } from '../../graphql/selection.js';
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
  p_created_at?: string;
  p_updated_at?: string;
  p_version?: number;
  p_given_name?: string;
  p_family_name?: string;
  p_function?: string | null;
  p_contact_channels?: ContactChannel[] | null;
  p_consent_to_publish_contact?: boolean;
  p_archived_at?: string | null;
}

const personSet = new ColumnSet('p', ['id'], {
  ...versionedFields,
  givenName: ['given_name'],
  familyName: ['family_name'],
  function: ['function'],
  contactChannels: ['contact_channels'],
  consentToPublishContact: ['consent_to_publish_contact'],
  archivedAt: ['archived_at'],
});

/**
 * Select list for `person` under an alias, for the selection (all columns
 * without one). Contact data passes its own rule in the statement: without
 * it, the column comes back null.
 */
export const personColumns = (read: ReadModels, alias: string, selection?: Selection) => {
  const contact = readRules.personContact(read.context.actor, alias);
  const p = ident(alias);
  return personSet.select(
    alias,
    selection,
    contact === TRUE ? {} : { contact_channels: sql`case when ${contact} then ${p}.contact_channels end` },
  );
};

export function toPerson(row: PersonRow): PersonView {
  const p = new PersonView();
  p.id = row.p_id;
  p.createdAt = timestamp(row.p_created_at) as Date;
  p.updatedAt = timestamp(row.p_updated_at) as Date;
  p.version = row.p_version as number;
  p.givenName = row.p_given_name as string;
  p.familyName = row.p_family_name as string;
  p.function = row.p_function ?? null;
  p.contactChannels = row.p_contact_channels ?? null;
  p.consentToPublishContact = row.p_consent_to_publish_contact as boolean;
  p.archivedAt = timestamp(row.p_archived_at);
  return p;
}

interface AffiliationRow {
  a_id: string;
  a_person_id: string;
  a_organisation_id: string;
  a_created_at?: string;
  a_updated_at?: string;
  a_role?: string;
  a_valid_from?: string | null;
  a_valid_to?: string | null;
}

const affiliationSet = new ColumnSet('a', ['id', 'person_id', 'organisation_id'], {
  ...recordFields,
  role: ['role'],
  validFrom: ['valid_from'],
  validTo: ['valid_to'],
});

function toAffiliation(row: AffiliationRow): AffiliationView {
  const a = new AffiliationView();
  a.id = row.a_id;
  a.createdAt = timestamp(row.a_created_at) as Date;
  a.updatedAt = timestamp(row.a_updated_at) as Date;
  a.personId = row.a_person_id;
  a.organisationId = row.a_organisation_id;
  a.role = row.a_role as string;
  a.validFrom = row.a_valid_from ?? null;
  a.validTo = row.a_valid_to ?? null;
  return a;
}

/** Current on a day: started (or no start) and not yet ended. */
export const heldOn = (alias: string, day: string | Sql) => {
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
  byId(id: string, selection?: Selection): Promise<PersonView | null> {
    return isUuid(id) ? this.byIdLoader(selection).load(id) : Promise.resolve(null);
  }

  private byIdLoader(selection?: Selection) {
    return this.r.loader<string, PersonView | null>(`person.byId:${selection?.key ?? '*'}`, async (ids) => {
      const rows = await this.r.rows<PersonRow>(
        sql`select ${personColumns(this.read, 'p', selection)} from person p where ${idIn(sql`p.id`, ids)} and ${readRules.person(this.r.actor, 'p')}`,
      );
      return indexBy(ids, rows, (row) => row.p_id).map((row) => row && toPerson(row));
    });
  }

  /** One person; to those who may not see them, they do not exist. */
  async get(id: string, selection?: Selection): Promise<PersonView> {
    const person = await this.byId(id, selection);
    if (!person) throw notFound('Person', id);
    return person;
  }

  /** Makes a person read by another statement (under the person rule) known to `byId`. */
  remember(person: PersonView, selection?: Selection): PersonView {
    this.byIdLoader(selection).prime(person.id, person);
    return person;
  }

  /** The people of the network, for members. */
  async search(filterInput: PeopleFilter | null | undefined, args: ConnectionArgs, selection?: Selection): Promise<PersonConnection> {
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
      sql`select ${personColumns(this.read, 'p', selection)}, count(*) over ()::int as total from person p where ${and(...conditions)}
           order by p.family_name, p.given_name, p.id limit ${first + 1} offset ${offset}`,
    );
    const page = toPage(
      rows.map((row) => this.remember(toPerson(row), selection)),
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
  affiliationsOfOrganisation(
    organisationId: string,
    includePast: boolean,
    first: number | null | undefined,
    selection?: Selection,
  ): Promise<AffiliationView[]> {
    return this.r.children(this.affiliationsOfOrganisationList(includePast, first, selection)).load(organisationId);
  }

  /** The list behind `affiliationsOfOrganisation`, for an organisation's statement to embed. */
  affiliationsOfOrganisationList(
    includePast: boolean,
    first: number | null | undefined,
    selection?: Selection,
  ): ChildList<AffiliationRow & PersonRow, AffiliationView> {
    const limit = pageSize(first, listSizes.people);
    const person = subSelection(selection, 'person');
    return {
      name: `person.affiliationsOfOrganisation:${includePast}:${limit}:${selection?.key ?? '*'}`,
      select: sql`${affiliationSet.select('a', selection)}, ${personColumns(this.read, 'p', person)}`,
      from: sql`affiliation a join person p on p.id = a.person_id`,
      where: and(readRules.affiliation(this.r.actor, 'a'), includePast ? TRUE : heldOn('a', TODAY)),
      parent: sql`a.organisation_id`,
      parentOf: (row) => row.a_organisation_id,
      order: sql`p.family_name, p.given_name, a.id`,
      limit,
      toValue: (row) => {
        const affiliation = toAffiliation(row);
        affiliation.person = this.remember(toPerson(row), person);
        return affiliation;
      },
    };
  }

  /** The organisations a person acts for (current ones unless `includePast`), each read in the same statement. */
  affiliationsOfPerson(
    personId: string,
    includePast: boolean,
    first: number | null | undefined,
    selection?: Selection,
  ): Promise<AffiliationView[]> {
    const limit = pageSize(first, listSizes.people);
    const organisation = subSelection(selection, 'organisation');
    return this.r
      .children<AffiliationRow & OrganisationRow, AffiliationView>({
        name: `person.affiliationsOfPerson:${includePast}:${limit}:${selection?.key ?? '*'}`,
        select: sql`${affiliationSet.select('a', selection)}, ${organisationColumns('o', organisation)}`,
        from: sql`affiliation a join organisation o on o.id = a.organisation_id`,
        where: and(readRules.affiliation(this.r.actor, 'a'), includePast ? TRUE : heldOn('a', TODAY)),
        parent: sql`a.person_id`,
        parentOf: (row) => row.a_person_id,
        order: sql`a.valid_from desc nulls first, a.id`,
        limit,
        toValue: (row) => {
          const affiliation = toAffiliation(row);
          affiliation.organisation = this.read.organisations.remember(toOrganisation(row), organisation);
          return affiliation;
        },
      })
      .load(personId);
  }

  /** One affiliation (e.g. after a write); to those who may not see it, it does not exist. */
  async getAffiliation(id: string): Promise<AffiliationView> {
    const [row] = isUuid(id)
      ? await this.r.rows<AffiliationRow>(
          sql`select ${affiliationSet.select('a')} from affiliation a where a.id = ${id} and ${readRules.affiliation(this.r.actor, 'a')}`,
        )
      : [];
    if (!row) throw notFound('Affiliation', id);
    return toAffiliation(row);
  }
}
