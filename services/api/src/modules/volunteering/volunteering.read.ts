import { ensure } from '../../auth/policy.js';
import { readRules } from '../../auth/read-rules.js';
import { timestamp } from '../../db/reader.js';
import { and, FALSE, idIn, type Sql, sql, TODAY } from '../../db/sql.js';
import { notFound } from '../../errors/domain-error.js';
import { ColumnSet, versionedFields } from '../../graphql/columns.js';
import { cursor, toPage } from '../../graphql/connection.js';
import { listSizes, pageSize } from '../../graphql/lists.js';
import { type ChildList, indexBy } from '../../graphql/read-context.js';
import type { ReadModels } from '../../graphql/read-models.js';
import type { Selection } from '../../graphql/selection.js';
import { isUuid } from '../../validation/ids.js';
import { parseInput } from '../../validation/parse-input.js';
import { type ConnectionArgs, connectionArgsSchema } from '../organisation/organisation.inputs.js';
import { toTsQuery } from '../organisation/organisation.search.js';
import type { InterestMessage, InterestStatus, OpportunityStatus, TimeCommitment } from './volunteering.entity.js';
import {
  interestFilterSchema,
  type MatchData,
  matchSchema,
  opportunityFilterSchema,
  type VolunteerFilter,
  type VolunteerInterestFilter,
  type VolunteerMatchInput,
  type VolunteerOpportunityFilter,
  volunteerFilterSchema,
} from './volunteering.inputs.js';
import { matchSizes, matchWeights, skillKey, timeRank } from './volunteering.rules.js';
import {
  InterestMessageView,
  VolunteerInterestView,
  VolunteerMatchView,
  VolunteerOpportunityConnection,
  VolunteerOpportunityEdge,
  VolunteerOpportunityView,
  VolunteerView,
} from './volunteering.types.js';

/** The columns of an opportunity as read models select them, prefixed `vo_`. */
export interface OpportunityRow {
  vo_id: string;
  vo_organisation_id: string;
  vo_created_at?: string;
  vo_updated_at?: string;
  vo_version?: number;
  vo_title?: string;
  vo_task?: string;
  vo_time_needed?: TimeCommitment;
  vo_hours_per_month?: number | null;
  vo_skills?: string[];
  vo_status?: OpportunityStatus;
  vo_valid_from?: string | null;
  vo_valid_until?: string | null;
  vo_last_confirmed_at?: string;
}

const opportunitySet = new ColumnSet('vo', ['id', 'organisation_id'], {
  ...versionedFields,
  title: ['title'],
  task: ['task'],
  timeNeeded: ['time_needed'],
  hoursPerMonth: ['hours_per_month'],
  skills: ['skills'],
  status: ['status'],
  validFrom: ['valid_from'],
  validUntil: ['valid_until'],
  lastConfirmedAt: ['last_confirmed_at'],
  isStale: ['last_confirmed_at'],
  confirmationDueAt: ['last_confirmed_at'],
});

/** Select list for `volunteer_opportunity` under an alias, for the selection (every column without one). */
export const opportunityColumns = (alias: string, selection?: Selection) => opportunitySet.select(alias, selection);

export function toOpportunity(row: OpportunityRow): VolunteerOpportunityView {
  const o = new VolunteerOpportunityView();
  o.id = row.vo_id;
  o.organisationId = row.vo_organisation_id;
  o.createdAt = timestamp(row.vo_created_at) as Date;
  o.updatedAt = timestamp(row.vo_updated_at) as Date;
  o.version = row.vo_version as number;
  o.title = row.vo_title as string;
  o.task = row.vo_task as string;
  o.timeNeeded = row.vo_time_needed as TimeCommitment;
  o.hoursPerMonth = row.vo_hours_per_month ?? null;
  o.skills = row.vo_skills as string[];
  o.status = row.vo_status as OpportunityStatus;
  o.validFrom = row.vo_valid_from ?? null;
  o.validUntil = row.vo_valid_until ?? null;
  o.lastConfirmedAt = timestamp(row.vo_last_confirmed_at) as Date;
  return o;
}

/** The columns of a volunteer as read models select them, prefixed `v_`. */
export interface VolunteerRow {
  v_id: string;
  v_created_at: string;
  v_updated_at: string;
  v_version: number;
  v_name: string;
  v_email: string | null;
  v_phone: string | null;
  v_district_id: string | null;
  v_time_available: TimeCommitment | null;
  v_skills: string[];
  v_consent_given_at: string;
  v_erased_at: string | null;
}

/** Select list for `volunteer` under an alias; pair with `toVolunteer`. */
export const volunteerColumns = (alias: string) => {
  const v = sql.raw(alias);
  return sql`${v}.id as v_id, ${v}.created_at as v_created_at, ${v}.updated_at as v_updated_at, ${v}.version as v_version,
    ${v}.name as v_name, ${v}.email as v_email, ${v}.phone as v_phone, ${v}.district_id as v_district_id,
    ${v}.time_available as v_time_available, ${v}.skills as v_skills, ${v}.consent_given_at as v_consent_given_at, ${v}.erased_at as v_erased_at`;
};

export function toVolunteer(row: VolunteerRow): VolunteerView {
  return Object.assign(new VolunteerView(), {
    id: row.v_id,
    createdAt: timestamp(row.v_created_at),
    updatedAt: timestamp(row.v_updated_at),
    version: row.v_version,
    name: row.v_name,
    email: row.v_email,
    phone: row.v_phone,
    districtId: row.v_district_id,
    timeAvailable: row.v_time_available,
    skills: row.v_skills,
    consentGivenAt: timestamp(row.v_consent_given_at),
    erasedAt: timestamp(row.v_erased_at),
  });
}

interface InterestRow {
  vi_id: string;
  vi_created_at: string;
  vi_updated_at: string;
  vi_version: number;
  vi_status: InterestStatus;
  vi_messages: InterestMessage[];
  vi_opportunity_id: string;
  vi_volunteer_id: string;
  vi_organisation_id: string;
}

/** An interest's columns, with its opportunity's organisation (the table `volunteer_opportunity` joined as `vio`). */
const interestColumns = sql`vi.id as vi_id, vi.created_at as vi_created_at, vi.updated_at as vi_updated_at, vi.version as vi_version,
  vi.status as vi_status, vi.messages as vi_messages, vi.opportunity_id as vi_opportunity_id, vi.volunteer_id as vi_volunteer_id,
  vio.organisation_id as vi_organisation_id`;
const interestFrom = sql`volunteer_interest vi join volunteer_opportunity vio on vio.id = vi.opportunity_id`;

function toInterest(row: InterestRow): VolunteerInterestView {
  return Object.assign(new VolunteerInterestView(), {
    id: row.vi_id,
    createdAt: timestamp(row.vi_created_at),
    updatedAt: timestamp(row.vi_updated_at),
    version: row.vi_version,
    status: row.vi_status,
    messages: row.vi_messages.map((m) =>
      Object.assign(new InterestMessageView(), {
        at: new Date(m.at),
        author: m.author,
        authorName: m.authorName,
        text: m.text,
        status: m.status,
      }),
    ),
    opportunityId: row.vi_opportunity_id,
    volunteerId: row.vi_volunteer_id,
    organisationId: row.vi_organisation_id,
  });
}

/** Opportunities that take volunteers today: open, and not past their last day. */
const takingVolunteers = (alias: string) => {
  const v = sql.raw(alias);
  return sql`(${v}.status = 'OPEN' and (${v}.valid_until is null or ${v}.valid_until >= ${TODAY}))`;
};

/** `%text%` for ILIKE with the pattern characters of the text taken literally. */
export const containing = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

interface MatchRow extends OpportunityRow {
  m_score: number;
  m_district: boolean;
  m_any_district: boolean;
  m_time: boolean;
  m_languages: string[];
  m_skills: string[];
}

/** Reads of volunteer opportunities, volunteers and their interests, and the match. */
export class VolunteeringReadModel {
  constructor(private readonly read: ReadModels) {}

  private get r() {
    return this.read.context;
  }

  /** One opportunity, or null when it does not exist or the actor may not see it. */
  byId(id: string, selection?: Selection): Promise<VolunteerOpportunityView | null> {
    return isUuid(id) ? this.byIdLoader(selection).load(id) : Promise.resolve(null);
  }

  private byIdLoader(selection?: Selection) {
    return this.r.loader<string, VolunteerOpportunityView | null>(`volunteering.byId:${selection?.key ?? '*'}`, async (ids) => {
      const rows = await this.r.rows<OpportunityRow>(
        sql`select ${opportunityColumns('vo', selection)} from volunteer_opportunity vo
             where ${idIn(sql`vo.id`, ids)} and ${readRules.volunteerOpportunity(this.r.actor, 'vo')}`,
      );
      return indexBy(ids, rows, (row) => row.vo_id).map((row) => row && toOpportunity(row));
    });
  }

  /** One opportunity; to those who may not see it, it does not exist. */
  async get(id: string, selection?: Selection): Promise<VolunteerOpportunityView> {
    const opportunity = await this.byId(id, selection);
    if (!opportunity) throw notFound('VolunteerOpportunity', id);
    return opportunity;
  }

  /** Makes an opportunity read by another statement (under its rule, with the selection's columns) known to `byId`. */
  remember(opportunity: VolunteerOpportunityView, selection?: Selection): VolunteerOpportunityView {
    this.byIdLoader(selection).prime(opportunity.id, opportunity);
    return opportunity;
  }

  /** A page of the volunteering directory, newest first, with the total, in one statement. */
  async search(
    filterInput: VolunteerOpportunityFilter | null | undefined,
    args: ConnectionArgs,
    selection?: Selection,
  ): Promise<VolunteerOpportunityConnection> {
    const filter = parseInput(opportunityFilterSchema, filterInput, 'filter');
    const { first, after } = parseInput(connectionArgsSchema, args, 'args');
    const offset = cursor.decode(after);
    const conditions: Sql[] = [readRules.volunteerOpportunity(this.r.actor, 'vo')];
    if (!filter.includeClosed) conditions.push(takingVolunteers('vo'));
    const query = toTsQuery(filter.search);
    if (query) conditions.push(sql`to_tsvector('german', vo.title || ' ' || vo.task) @@ to_tsquery('german', ${query})`);
    const tagged = (pivot: string, column: string, ids: string[] | null | undefined) => {
      if (ids?.length)
        conditions.push(
          sql`exists (select 1 from ${sql.raw(pivot)} f where f.volunteer_opportunity_id = vo.id and f.${sql.raw(column)} = any(${ids}::uuid[]))`,
        );
    };
    tagged('volunteer_opportunity_district', 'district_id', filter.districtIds);
    tagged('volunteer_opportunity_language', 'language_id', filter.languageIds);
    tagged('volunteer_opportunity_target_group', 'target_group_id', filter.targetGroupIds);
    if (filter.timeNeeded?.length) conditions.push(sql`vo.time_needed::text = any(${filter.timeNeeded}::text[])`);
    if (filter.organisationIds?.length) conditions.push(sql`vo.organisation_id = any(${filter.organisationIds}::uuid[])`);
    const where = and(...conditions);
    const rows = await this.r.rows<OpportunityRow & { total: number }>(
      sql`select ${opportunityColumns('vo', selection)}, count(*) over ()::int as total from volunteer_opportunity vo
           where ${where} order by vo.created_at desc, vo.id limit ${first + 1} offset ${offset}`,
    );
    let total = rows[0]?.total ?? 0;
    if (rows.length === 0 && offset > 0) {
      const [row] = await this.r.rows<{ total: number }>(sql`select count(*)::int as total from volunteer_opportunity vo where ${where}`);
      total = row?.total ?? 0;
    }
    const page = toPage(
      rows.map((row) => this.remember(toOpportunity(row), selection)),
      first,
      offset,
    );
    return Object.assign(new VolunteerOpportunityConnection(), {
      edges: page.edges.map((e) => Object.assign(new VolunteerOpportunityEdge(), e)),
      pageInfo: page.pageInfo,
      totalCount: total,
    });
  }

  /** An organisation's opportunities (those taking volunteers unless `includeClosed`), newest first; one statement per list level. */
  opportunitiesOfOrganisation(
    organisationId: string,
    includeClosed: boolean,
    first: number | null | undefined,
    selection?: Selection,
  ): Promise<VolunteerOpportunityView[]> {
    const limit = pageSize(first, listSizes.items);
    const list: ChildList<OpportunityRow, VolunteerOpportunityView> = {
      name: `volunteering.ofOrganisation:${includeClosed}:${limit}:${selection?.key ?? '*'}`,
      select: opportunityColumns('vo', selection),
      from: sql`volunteer_opportunity vo`,
      where: and(readRules.volunteerOpportunity(this.r.actor, 'vo'), includeClosed ? sql`true` : takingVolunteers('vo')),
      parent: sql`vo.organisation_id`,
      parentOf: (row) => row.vo_organisation_id,
      order: sql`vo.created_at desc, vo.id`,
      limit,
      toValue: (row) => this.remember(toOpportunity(row), selection),
    };
    return this.r.children(list).load(organisationId);
  }

  /** How many NEW interests in an opportunity the actor may see (none for those who see no interests). */
  newInterestCount(opportunityId: string): Promise<number> {
    const rule = readRules.volunteerInterest(this.r.actor, 'vi');
    if (rule === FALSE) return Promise.resolve(0);
    return this.r
      .loader<string, number>('volunteering.newInterestCount', async (ids) => {
        const rows = await this.r.rows<{ opportunity_id: string; count: number }>(
          sql`select vi.opportunity_id, count(*)::int as count from volunteer_interest vi
               where ${idIn(sql`vi.opportunity_id`, ids)} and vi.status = 'NEW' and ${rule} group by vi.opportunity_id`,
        );
        return indexBy(ids, rows, (row) => row.opportunity_id).map((row) => row?.count ?? 0);
      })
      .load(opportunityId);
  }

  // Volunteers

  /** One volunteer, or null when there is none or the actor may not see them. */
  volunteerById(id: string): Promise<VolunteerView | null> {
    if (!isUuid(id)) return Promise.resolve(null);
    return this.r
      .loader<string, VolunteerView | null>('volunteering.volunteerById', async (ids) => {
        const rule = readRules.volunteer(this.r.actor, 'v');
        if (rule === FALSE) return ids.map(() => null);
        const rows = await this.r.rows<VolunteerRow>(
          sql`select ${volunteerColumns('v')} from volunteer v where ${idIn(sql`v.id`, ids)} and ${rule}`,
        );
        return indexBy(ids, rows, (row) => row.v_id).map((row) => row && toVolunteer(row));
      })
      .load(id);
  }

  async getVolunteer(id: string): Promise<VolunteerView> {
    const volunteer = await this.volunteerById(id);
    if (!volunteer) throw notFound('Volunteer', id);
    return volunteer;
  }

  /** Volunteers the actor may see, by name. Members see none; visitors are asked to log in. */
  async volunteers(filterInput: VolunteerFilter | null | undefined, first: number | null | undefined): Promise<VolunteerView[]> {
    ensure(this.r.actor.kind === 'user', this.r.actor);
    const filter = parseInput(volunteerFilterSchema, filterInput, 'filter');
    const limit = pageSize(first, listSizes.root);
    const rule = readRules.volunteer(this.r.actor, 'v');
    if (rule === FALSE) return [];
    const conditions: Sql[] = [rule];
    if (filter.search) conditions.push(sql`(v.name ilike ${containing(filter.search)} or v.email ilike ${containing(filter.search)})`);
    if (filter.organisationId)
      conditions.push(
        sql`exists (select 1 from volunteer_interest fi join volunteer_opportunity fo on fo.id = fi.opportunity_id
                     where fi.volunteer_id = v.id and fo.organisation_id = ${filter.organisationId})`,
      );
    const rows = await this.r.rows<VolunteerRow>(
      sql`select ${volunteerColumns('v')} from volunteer v where ${and(...conditions)} order by v.name, v.id limit ${limit}`,
    );
    return rows.map(toVolunteer);
  }

  // Interests

  /** One interest, or null when there is none or the actor may not see it. */
  interestById(id: string): Promise<VolunteerInterestView | null> {
    if (!isUuid(id)) return Promise.resolve(null);
    return this.r
      .loader<string, VolunteerInterestView | null>('volunteering.interestById', async (ids) => {
        const rule = readRules.volunteerInterest(this.r.actor, 'vi');
        if (rule === FALSE) return ids.map(() => null);
        const rows = await this.r.rows<InterestRow>(
          sql`select ${interestColumns} from ${interestFrom} where ${idIn(sql`vi.id`, ids)} and ${rule}`,
        );
        return indexBy(ids, rows, (row) => row.vi_id).map((row) => row && toInterest(row));
      })
      .load(id);
  }

  async getInterest(id: string): Promise<VolunteerInterestView> {
    const interest = await this.interestById(id);
    if (!interest) throw notFound('VolunteerInterest', id);
    return interest;
  }

  /** Interests the actor may see, newest first. Members see none; visitors are asked to log in. */
  async interests(
    filterInput: VolunteerInterestFilter | null | undefined,
    first: number | null | undefined,
  ): Promise<VolunteerInterestView[]> {
    ensure(this.r.actor.kind === 'user', this.r.actor);
    const filter = parseInput(interestFilterSchema, filterInput, 'filter');
    const limit = pageSize(first, listSizes.root);
    const rule = readRules.volunteerInterest(this.r.actor, 'vi');
    if (rule === FALSE) return [];
    const conditions: Sql[] = [rule];
    if (filter.organisationIds?.length) conditions.push(sql`vio.organisation_id = any(${filter.organisationIds}::uuid[])`);
    if (filter.opportunityId) conditions.push(sql`vi.opportunity_id = ${filter.opportunityId}`);
    if (filter.statuses?.length) conditions.push(sql`vi.status::text = any(${filter.statuses}::text[])`);
    const rows = await this.r.rows<InterestRow>(
      sql`select ${interestColumns} from ${interestFrom} where ${and(...conditions)} order by vi.created_at desc, vi.id limit ${limit}`,
    );
    return rows.map(toInterest);
  }

  /** Interests in an opportunity (newest first), for those who may see them; one statement per list level. */
  interestsOfOpportunity(opportunityId: string, first: number | null | undefined): Promise<VolunteerInterestView[]> {
    return this.interestList('vi.opportunity_id', (row) => row.vi_opportunity_id, first).load(opportunityId);
  }

  /** A volunteer's interests the actor may see: an editor only those in their organisations' opportunities. */
  interestsOfVolunteer(volunteerId: string, first: number | null | undefined): Promise<VolunteerInterestView[]> {
    return this.interestList('vi.volunteer_id', (row) => row.vi_volunteer_id, first).load(volunteerId);
  }

  private interestList(
    parent: 'vi.opportunity_id' | 'vi.volunteer_id',
    parentOf: (row: InterestRow) => string,
    first: number | null | undefined,
  ) {
    const limit = pageSize(first, listSizes.items);
    return this.r.children<InterestRow, VolunteerInterestView>({
      name: `volunteering.interests:${parent}:${limit}`,
      select: interestColumns,
      from: interestFrom,
      where: readRules.volunteerInterest(this.r.actor, 'vi'),
      parent: sql.raw(parent),
      parentOf,
      order: sql`vi.created_at desc, vi.id`,
      limit,
      toValue: toInterest,
    });
  }

  // The match

  /** Open opportunities the actor sees, ranked by the score in `volunteering.rules.ts`; only those scoring above zero. */
  async matches(input: VolunteerMatchInput, first: number | null | undefined, selection?: Selection): Promise<VolunteerMatchView[]> {
    const data = parseInput(matchSchema, input);
    return this.rank(data, pageSize(first, matchSizes), selection);
  }

  /** The same suggestions for a registered volunteer (whom the actor must see), leaving out what they already applied for. */
  async suggestionsFor(volunteerId: string, first: number | null | undefined, selection?: Selection): Promise<VolunteerMatchView[]> {
    const limit = pageSize(first, matchSizes);
    const volunteer = await this.getVolunteer(volunteerId);
    const [languages] = await this.r.rows<{ ids: string[] }>(
      sql`select coalesce(array_agg(p.language_id), '{}') as ids from volunteer_language p where p.volunteer_id = ${volunteer.id}`,
    );
    return this.rank(
      {
        districtId: volunteer.districtId,
        languageIds: languages?.ids ?? [],
        timeAvailable: volunteer.timeAvailable,
        skills: volunteer.skills,
      },
      limit,
      selection,
      volunteer.id,
    );
  }

  private async rank(
    data: MatchData,
    limit: number,
    selection: Selection | undefined,
    exceptVolunteerId?: string,
  ): Promise<VolunteerMatchView[]> {
    const w = matchWeights;
    const skills = data.skills.map(skillKey);
    const rankOf = sql`(case vo.time_needed when 'ONCE' then 0 when 'OCCASIONAL' then 1 when 'WEEKLY' then 2 else 3 end)`;
    const district = data.districtId
      ? sql`exists (select 1 from volunteer_opportunity_district d where d.volunteer_opportunity_id = vo.id and d.district_id = ${data.districtId}::uuid)`
      : sql`false`;
    const anyDistrict = data.districtId
      ? sql`not exists (select 1 from volunteer_opportunity_district d where d.volunteer_opportunity_id = vo.id)`
      : sql`false`;
    const time = data.timeAvailable !== null ? sql`${rankOf} <= ${timeRank[data.timeAvailable]}::int` : sql`false`;
    const languages = sql`array(select l.language_id from volunteer_opportunity_language l
      where l.volunteer_opportunity_id = vo.id and l.language_id = any(${data.languageIds}::uuid[]) order by l.language_id)`;
    const matchedSkills = sql`array(select s from jsonb_array_elements_text(vo.skills::jsonb) s where lower(s) = any(${skills}::text[]))`;
    const conditions: Sql[] = [readRules.volunteerOpportunity(this.r.actor, 'vo'), takingVolunteers('vo')];
    if (exceptVolunteerId)
      conditions.push(
        sql`not exists (select 1 from volunteer_interest ex where ex.opportunity_id = vo.id and ex.volunteer_id = ${exceptVolunteerId})`,
      );
    const rows = await this.r.rows<MatchRow>(
      sql`select * from (
            select ${opportunityColumns('vo', selection?.sub('opportunity'))}, vo.last_confirmed_at as m_confirmed,
                   ${district} as m_district, ${anyDistrict} as m_any_district, ${time} as m_time,
                   ${languages} as m_languages, ${matchedSkills} as m_skills
              from volunteer_opportunity vo where ${and(...conditions)}) x
          cross join lateral (select (case when x.m_district then ${w.district}::int when x.m_any_district then ${w.anyDistrict}::int else 0 end)
                                     + ${w.language}::int * cardinality(x.m_languages)
                                     + (case when x.m_time then ${w.time}::int else 0 end)
                                     + ${w.skill}::int * cardinality(x.m_skills) as m_score) s
          where s.m_score > 0
          order by s.m_score desc, x.m_confirmed desc, x.vo_id limit ${limit}`,
    );
    return rows.map((row) =>
      Object.assign(new VolunteerMatchView(), {
        opportunity: this.remember(toOpportunity(row), selection?.sub('opportunity')),
        score: Number(row.m_score),
        districtMatches: row.m_district,
        anyDistrict: row.m_any_district,
        timeFits: row.m_time,
        matchedLanguageIds: row.m_languages,
        matchedSkills: row.m_skills,
      }),
    );
  }
}

/** When an opportunity becomes stale unless confirmed (the same period as profiles). */
export function opportunityConfirmationDueAt(o: Pick<VolunteerOpportunityView, 'lastConfirmedAt'>, staleAfterDays: number): Date {
  return new Date(o.lastConfirmedAt.getTime() + staleAfterDays * 86400_000);
}
