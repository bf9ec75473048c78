import { readRules } from '../../auth/read-rules.js';
import { timestamp } from '../../db/reader.js';
import { type Sql, sql, TODAY } from '../../db/sql.js';
import { notFound } from '../../errors/domain-error.js';
import { ColumnSet, versionedFields } from '../../graphql/columns.js';
import { listSizes, pageSize } from '../../graphql/lists.js';
import type { ReadModels } from '../../graphql/read-models.js';
import { type Selection, subSelection } from '../../graphql/selection.js';
import { isUuid } from '../../validation/ids.js';
import { type BodyRow, bodyColumns, notEnded, toBody } from '../body/body.read.js';
import { leadRules } from '../body/body.rules.js';
import type { BodyView } from '../body/body.types.js';
import type { Sector } from '../organisation/organisation.enums.js';
import { type OrganisationRow, organisationColumns, toOrganisation } from '../organisation/organisation.read.js';
import { type PersonRow, personColumns, toPerson } from '../person/person.read.js';
import { MembershipRole } from './membership.entity.js';
import { MembershipView, TandemView } from './membership.types.js';

interface MembershipRow {
  m_id: string;
  m_body_id: string;
  m_person_id: string;
  m_organisation_id: string | null;
  m_created_at?: string;
  m_updated_at?: string;
  m_version?: number;
  m_role?: MembershipRole;
  m_voting_right?: boolean;
  m_valid_from?: string;
  m_valid_to?: string | null;
}

const membershipSet = new ColumnSet('m', ['id', 'body_id', 'person_id', 'organisation_id'], {
  ...versionedFields,
  role: ['role'],
  votingRight: ['voting_right'],
  validFrom: ['valid_from'],
  validTo: ['valid_to'],
});

function toMembership(row: MembershipRow): MembershipView {
  const m = new MembershipView();
  m.id = row.m_id;
  m.createdAt = timestamp(row.m_created_at) as Date;
  m.updatedAt = timestamp(row.m_updated_at) as Date;
  m.version = row.m_version as number;
  m.bodyId = row.m_body_id;
  m.personId = row.m_person_id;
  m.organisationId = row.m_organisation_id;
  m.role = row.m_role as MembershipRole;
  m.votingRight = row.m_voting_right as boolean;
  m.validFrom = row.m_valid_from as string;
  m.validTo = row.m_valid_to ?? null;
  return m;
}

const heldOnDay = (day: string | Sql) => sql`m.valid_from <= ${day} and (m.valid_to is null or m.valid_to >= ${day})`;

/** The leads of a body and whether they meet its kind's tandem rules. */
/**
 * A body's tandem. `complete` says whether `body` was read with every
 * column; a body pruned to its parent's selection is not handed on, so
 * `Tandem.body` reads it for its own.
 */
export function tandemOf(body: BodyView, leads: MembershipView[], complete: boolean): TandemView {
  const { min, max } = leadRules[body.kind];
  const sectors = [...new Set(leads.map((l) => l.organisation?.sector).filter((s): s is Sector => !!s))];
  return Object.assign(new TandemView(), {
    bodyId: body.id,
    body: complete ? body : undefined,
    leads,
    sectors,
    bridgesSectors: sectors.length > 1,
    complete: leads.length >= min && leads.length <= max,
    minLeads: min,
    maxLeads: max,
  });
}

/** Reads of memberships: who sits in which body, for whom, on which day. */
export class MembershipReadModel {
  constructor(private readonly read: ReadModels) {}

  private get r() {
    return this.read.context;
  }

  /** The person and (when visible) the organisation of membership rows that selected them. */
  private withPersonAndOrganisation(row: MembershipRow & PersonRow & OrganisationRow, selection?: Selection): MembershipView {
    const membership = toMembership(row);
    membership.person = this.read.people.remember(toPerson(row), subSelection(selection, 'person'));
    membership.organisation = row.o_id
      ? this.read.organisations.remember(toOrganisation(row), subSelection(selection, 'organisation'))
      : null;
    return membership;
  }

  /** The select list of a membership with its person and organisation, for a selection of memberships. */
  private withPersonAndOrganisationColumns(selection?: Selection) {
    return sql`${membershipSet.select('m', selection)}, ${personColumns(this.read, 'p', subSelection(selection, 'person'))},
      ${organisationColumns('o', subSelection(selection, 'organisation'))}`;
  }

  /** The organisation a membership is for, joined only when the reader may see it. */
  private visibleOrganisation(): Sql {
    return sql`left join organisation o on o.id = m.organisation_id and ${readRules.organisation(this.r.actor, 'o')}`;
  }

  /** Members of bodies on a day, with person and organisation, by role and name. */
  members(bodyId: string, day: string | null, first: number | null | undefined, selection?: Selection): Promise<MembershipView[]> {
    const limit = pageSize(first, listSizes.people);
    return this.r
      .children<MembershipRow & PersonRow & OrganisationRow, MembershipView>({
        name: `membership.members:${day ?? 'today'}:${limit}:${selection?.key ?? '*'}`,
        select: this.withPersonAndOrganisationColumns(selection),
        from: sql`membership m join person p on p.id = m.person_id ${this.visibleOrganisation()}`,
        where: sql`${heldOnDay(day ?? TODAY)} and ${readRules.membership(this.r.actor, 'm')}`,
        parent: sql`m.body_id`,
        parentOf: (row) => row.m_body_id,
        order: sql`m.role, p.family_name, p.given_name, m.id`,
        limit,
        toValue: (row) => this.withPersonAndOrganisation(row, selection),
      })
      .load(bodyId);
  }

  /** The bodies a person sits in (current ones unless `includePast`), newest first. */
  ofPerson(personId: string, includePast: boolean, first: number | null | undefined, selection?: Selection): Promise<MembershipView[]> {
    const limit = pageSize(first, listSizes.people);
    const body = subSelection(selection, 'body');
    const organisation = subSelection(selection, 'organisation');
    return this.r
      .children<MembershipRow & BodyRow & OrganisationRow, MembershipView>({
        name: `membership.ofPerson:${includePast}:${limit}:${selection?.key ?? '*'}`,
        select: sql`${membershipSet.select('m', selection)}, ${bodyColumns('b', body)}, ${organisationColumns('o', organisation)}`,
        from: sql`membership m join body b on b.id = m.body_id ${this.visibleOrganisation()}`,
        where: includePast
          ? readRules.membership(this.r.actor, 'm')
          : sql`${readRules.membership(this.r.actor, 'm')} and ${heldOnDay(TODAY)}`,
        parent: sql`m.person_id`,
        parentOf: (row) => row.m_person_id,
        order: sql`m.valid_from desc, m.id`,
        limit,
        toValue: (row) => {
          const membership = toMembership(row);
          membership.body = this.read.bodies.remember(toBody(row), body);
          membership.organisation = row.o_id ? this.read.organisations.remember(toOrganisation(row), organisation) : null;
          return membership;
        },
      })
      .load(personId);
  }

  /** Where organisations are represented on a day, and by whom, by body name. */
  ofOrganisation(
    organisationId: string,
    day: string | null,
    first: number | null | undefined,
    selection?: Selection,
  ): Promise<MembershipView[]> {
    const limit = pageSize(first, listSizes.people);
    const body = subSelection(selection, 'body');
    const person = subSelection(selection, 'person');
    return this.r
      .children<MembershipRow & BodyRow & PersonRow, MembershipView>({
        name: `membership.ofOrganisation:${day ?? 'today'}:${limit}:${selection?.key ?? '*'}`,
        select: sql`${membershipSet.select('m', selection)}, ${bodyColumns('b', body)}, ${personColumns(this.read, 'p', person)}`,
        from: sql`membership m join body b on b.id = m.body_id join person p on p.id = m.person_id`,
        where: sql`${heldOnDay(day ?? TODAY)} and ${readRules.membership(this.r.actor, 'm')}`,
        parent: sql`m.organisation_id`,
        parentOf: (row) => row.m_organisation_id as string,
        order: sql`b.name, p.family_name, m.id`,
        limit,
        toValue: (row) => {
          const membership = toMembership(row);
          membership.body = this.read.bodies.remember(toBody(row), body);
          membership.person = this.read.people.remember(toPerson(row), person);
          return membership;
        },
      })
      .load(organisationId);
  }

  /** Every body that has not ended and is led by a tandem today, with its leads; one statement. */
  async tandems(first: number | null | undefined): Promise<TandemView[]> {
    const limit = pageSize(first, listSizes.root);
    const rows = await this.r.rows<MembershipRow & BodyRow & PersonRow & OrganisationRow>(
      sql`select ${membershipSet.select('m')}, ${bodyColumns('b')}, ${personColumns(this.read, 'p')}, ${organisationColumns('o')}
            from membership m join body b on b.id = m.body_id join person p on p.id = m.person_id ${this.visibleOrganisation()}
           where m.role = ${MembershipRole.TANDEM_LEAD} and ${heldOnDay(TODAY)} and ${notEnded('b')}
             and ${readRules.membership(this.r.actor, 'm')}
           order by b.name, b.id, p.family_name, p.given_name, m.id`,
    );
    const byBody = new Map<string, { body: BodyView; leads: MembershipView[] }>();
    for (const row of rows) {
      let entry = byBody.get(row.b_id);
      if (!entry) {
        if (byBody.size >= limit) break;
        entry = { body: this.read.bodies.remember(toBody(row)), leads: [] };
        byBody.set(row.b_id, entry);
      }
      const lead = this.withPersonAndOrganisation(row);
      lead.body = entry.body;
      entry.leads.push(lead);
    }
    return [...byBody.values()].map(({ body, leads }) => tandemOf(body, leads, true));
  }

  /** One membership (e.g. after a write); to those who may not see it, it does not exist. */
  async get(id: string): Promise<MembershipView> {
    const [row] = isUuid(id)
      ? await this.r.rows<MembershipRow & PersonRow & OrganisationRow>(
          sql`select ${this.withPersonAndOrganisationColumns()}
                from membership m join person p on p.id = m.person_id ${this.visibleOrganisation()}
               where m.id = ${id} and ${readRules.membership(this.r.actor, 'm')}`,
        )
      : [];
    if (!row) throw notFound('Membership', id);
    return this.withPersonAndOrganisation(row);
  }
}
