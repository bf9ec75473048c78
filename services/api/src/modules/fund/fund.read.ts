import { readRules } from '../../auth/read-rules.js';
import { timestamp } from '../../db/reader.js';
import { and, idIn, type Sql, sql, TRUE } from '../../db/sql.js';
import { notFound } from '../../errors/domain-error.js';
import { documentList } from '../../graphql/documents.js';
import { listSizes, pageSize } from '../../graphql/lists.js';
import { groupBy, indexBy } from '../../graphql/read-context.js';
import type { ReadModels } from '../../graphql/read-models.js';
import { statusHistoryList } from '../../graphql/status-history.js';
import { isUuid } from '../../validation/ids.js';
import { parseInput } from '../../validation/parse-input.js';
import type { DecisionView } from '../meeting/meeting.types.js';
import { type OrganisationRow, organisationColumns, toOrganisation } from '../organisation/organisation.read.js';
import type { OrganisationView } from '../organisation/organisation.types.js';
import { type ApplicationStatus, type FundVoteChoice, fundedStatuses } from './fund.entity.js';
import { applicationFilterSchema, type FundApplicationFilter } from './fund.inputs.js';
import { conflictsOf, MAX_CRITERIA, MAX_PARTNERS, MAX_ROUNDS, undecidedStatuses } from './fund.rules.js';
import {
  FundApplicationAnswerView,
  FundApplicationDocumentView,
  FundApplicationStatusChangeView,
  FundApplicationView,
  FundCriterionView,
  FundedProjectView,
  FundRecusalView,
  FundRoundView,
  FundView,
  FundVoteTallyView,
  FundVoteView,
} from './fund.types.js';

/** Cents as the driver hands over `bigint` (a string on a PostgreSQL server), as a number. */
const cents = (value: string | number | bigint) => Number(value);
const centsOrNull = (value: string | number | bigint | null) => (value === null ? null : Number(value));

interface FundRow {
  id: string;
  created_at: string;
  updated_at: string;
  version: number;
  year: number;
  title: string;
  description: string | null;
  budget_cents: string | number;
  body_id: string;
}

const fundColumns = sql`f.id, f.created_at, f.updated_at, f.version, f.year, f.title, f.description, f.budget_cents, f.body_id`;

const toFund = (row: FundRow): FundView =>
  Object.assign(new FundView(), {
    id: row.id,
    createdAt: timestamp(row.created_at),
    updatedAt: timestamp(row.updated_at),
    version: row.version,
    year: row.year,
    title: row.title,
    description: row.description,
    budget: cents(row.budget_cents),
    bodyId: row.body_id,
  });

interface CriterionRow {
  c_id: string;
  c_fund_id: string;
  c_position: number;
  c_title: string;
  c_description: string | null;
}

const criterionColumns = sql`c.id as c_id, c.fund_id as c_fund_id, c.position as c_position, c.title as c_title, c.description as c_description`;

const toCriterion = (row: CriterionRow): FundCriterionView =>
  Object.assign(new FundCriterionView(), {
    id: row.c_id,
    fundId: row.c_fund_id,
    position: row.c_position,
    title: row.c_title,
    description: row.c_description,
  });

interface RoundRow {
  id: string;
  created_at: string;
  updated_at: string;
  version: number;
  fund_id: string;
  number: number;
  title: string;
  deadline: string;
  decision_meeting_id: string | null;
}

const roundColumns = sql`r.id, r.created_at, r.updated_at, r.version, r.fund_id, r.number, r.title, r.deadline, r.decision_meeting_id`;

const toRound = (row: RoundRow): FundRoundView =>
  Object.assign(new FundRoundView(), {
    id: row.id,
    createdAt: timestamp(row.created_at),
    updatedAt: timestamp(row.updated_at),
    version: row.version,
    fundId: row.fund_id,
    number: row.number,
    title: row.title,
    deadline: row.deadline,
    decisionMeetingId: row.decision_meeting_id,
  });

interface ApplicationRow {
  id: string;
  created_at: string;
  updated_at: string;
  version: number;
  fund_id: string;
  round_id: string;
  applicant_id: string;
  project_title: string;
  summary: string;
  requested_cents: string | number;
  approved_cents: string | number | null;
  period_start: string;
  period_end: string;
  status: ApplicationStatus;
  is_public: boolean;
  decision_id: string | null;
  body_id: string;
  round_deadline: string;
  submitted_at: string;
  report_due_on: string | null;
}

const applicationColumns = sql`a.id, a.created_at, a.updated_at, a.version, a.fund_id, a.round_id, a.applicant_id, a.project_title,
  a.summary, a.requested_cents, a.approved_cents, a.period_start, a.period_end, a.status, a.is_public, a.decision_id,
  (select f.body_id from fund f where f.id = a.fund_id) as body_id, (select r.deadline from fund_round r where r.id = a.round_id) as round_deadline,
  a.submitted_at, a.report_due_on`;

const toApplication = (row: ApplicationRow): FundApplicationView =>
  Object.assign(new FundApplicationView(), {
    id: row.id,
    createdAt: timestamp(row.created_at),
    updatedAt: timestamp(row.updated_at),
    version: row.version,
    fundId: row.fund_id,
    roundId: row.round_id,
    applicantId: row.applicant_id,
    projectTitle: row.project_title,
    summary: row.summary,
    requestedAmount: cents(row.requested_cents),
    approvedAmount: centsOrNull(row.approved_cents),
    periodStart: row.period_start,
    periodEnd: row.period_end,
    status: row.status,
    isPublic: row.is_public,
    decisionId: row.decision_id,
    bodyId: row.body_id,
    roundDeadline: row.round_deadline,
    submittedAt: timestamp(row.submitted_at),
    reportDueOn: row.report_due_on,
  });

const applicationOrder = sql`a.submitted_at, a.id`;

interface FundedRow {
  id: string;
  fund_id: string;
  round_id: string;
  applicant_id: string;
  project_title: string;
  approved_cents: string | number;
  period_start: string;
  period_end: string;
}

/** Sums of a fund or a round: public aggregates, over every application whoever reads. */
interface Sums {
  approved: number;
  requested: number;
  count: number;
}

const noSums: Sums = { approved: 0, requested: 0, count: 0 };

const sumColumns = sql`coalesce(sum(a.approved_cents) filter (where a.status::text = any(${[...fundedStatuses]}::text[])), 0)::text as approved,
  coalesce(sum(a.requested_cents) filter (where a.status::text = any(${[...undecidedStatuses]}::text[])), 0)::text as requested,
  count(*)::int as count`;

const toSums = (row: { approved: string; requested: string; count: number } | null): Sums =>
  row ? { approved: cents(row.approved), requested: cents(row.requested), count: Number(row.count) } : noSums;

/** Reads of funds, their criteria, rounds and funded projects, and of applications with everything about them. */
export class FundReadModel {
  constructor(private readonly read: ReadModels) {}

  private get r() {
    return this.read.context;
  }

  /** Every fund, newest year first: funds are public. */
  async list(first: number | null | undefined): Promise<FundView[]> {
    const limit = pageSize(first, listSizes.root);
    const rows = await this.r.rows<FundRow>(sql`select ${fundColumns} from fund f order by f.year desc, f.id limit ${limit}`);
    return rows.map((row) => this.remember(toFund(row)));
  }

  byId(id: string): Promise<FundView | null> {
    return isUuid(id) ? this.byIdLoader().load(id) : Promise.resolve(null);
  }

  private byIdLoader() {
    return this.r.loader<string, FundView | null>('fund.byId', async (ids) => {
      const rows = await this.r.rows<FundRow>(sql`select ${fundColumns} from fund f where ${idIn(sql`f.id`, ids)}`);
      return indexBy(ids, rows, (row) => row.id).map((row) => row && toFund(row));
    });
  }

  /** Makes a fund read by another statement known to `byId` (its applications' fields ask for it). */
  private remember(fund: FundView): FundView {
    this.byIdLoader().prime(fund.id, fund);
    return fund;
  }

  async get(id: string): Promise<FundView> {
    const fund = await this.byId(id);
    if (!fund) throw notFound('Fund', id);
    return fund;
  }

  /** The fund of a year, or null. */
  async ofYear(year: number): Promise<FundView | null> {
    if (!Number.isInteger(year)) return null;
    const [row] = await this.r.rows<FundRow>(sql`select ${fundColumns} from fund f where f.year = ${year}`);
    return row ? toFund(row) : null;
  }

  /** Approved (funded) and requested (undecided) cents of a fund. */
  sums(fundId: string): Promise<Sums> {
    return this.r
      .loader<string, Sums>('fund.sums', async (ids) => {
        const rows = await this.r.rows<{ fund_id: string; approved: string; requested: string; count: number }>(
          sql`select a.fund_id, ${sumColumns} from fund_application a where ${idIn(sql`a.fund_id`, ids)} group by a.fund_id`,
        );
        return indexBy(ids, rows, (row) => row.fund_id).map(toSums);
      })
      .load(fundId);
  }

  /** Approved cents and the number of applications of a round. */
  roundSums(roundId: string): Promise<Sums> {
    return this.r
      .loader<string, Sums>('fund.roundSums', async (ids) => {
        const rows = await this.r.rows<{ round_id: string; approved: string; requested: string; count: number }>(
          sql`select a.round_id, ${sumColumns} from fund_application a where ${idIn(sql`a.round_id`, ids)} group by a.round_id`,
        );
        return indexBy(ids, rows, (row) => row.round_id).map(toSums);
      })
      .load(roundId);
  }

  criteria(fundId: string): Promise<FundCriterionView[]> {
    return this.r
      .children<CriterionRow, FundCriterionView>({
        name: 'fund.criteria',
        select: criterionColumns,
        from: sql`fund_criterion c`,
        where: TRUE,
        parent: sql`c.fund_id`,
        parentOf: (row) => row.c_fund_id,
        order: sql`c.position, c.id`,
        limit: MAX_CRITERIA,
        toValue: toCriterion,
      })
      .load(fundId);
  }

  rounds(fundId: string): Promise<FundRoundView[]> {
    return this.r
      .children<RoundRow, FundRoundView>({
        name: 'fund.rounds',
        select: roundColumns,
        from: sql`fund_round r`,
        where: TRUE,
        parent: sql`r.fund_id`,
        parentOf: (row) => row.fund_id,
        order: sql`r.number, r.id`,
        limit: MAX_ROUNDS,
        toValue: toRound,
      })
      .load(fundId);
  }

  roundById(id: string): Promise<FundRoundView | null> {
    if (!isUuid(id)) return Promise.resolve(null);
    return this.r
      .loader<string, FundRoundView | null>('fund.roundById', async (ids) => {
        const rows = await this.r.rows<RoundRow>(sql`select ${roundColumns} from fund_round r where ${idIn(sql`r.id`, ids)}`);
        return indexBy(ids, rows, (row) => row.id).map((row) => row && toRound(row));
      })
      .load(id);
  }

  async getRound(id: string): Promise<FundRoundView> {
    const round = await this.roundById(id);
    if (!round) throw notFound('FundRound', id);
    return round;
  }

  /** A fund's funded projects the reader may see (public ones for everyone), by title. */
  fundedProjects(fundId: string, first: number | null | undefined): Promise<FundedProjectView[]> {
    const limit = pageSize(first, listSizes.items);
    return this.r
      .children<FundedRow, FundedProjectView>({
        name: `fund.fundedProjects:${limit}`,
        select: sql`a.id, a.fund_id, a.round_id, a.applicant_id, a.project_title, a.approved_cents, a.period_start, a.period_end`,
        from: sql`fund_application a`,
        where: readRules.fundedProject(this.r.actor, 'a'),
        parent: sql`a.fund_id`,
        parentOf: (row) => row.fund_id,
        order: sql`a.project_title, a.id`,
        limit,
        toValue: (row) =>
          Object.assign(new FundedProjectView(), {
            applicationId: row.id,
            fundId: row.fund_id,
            roundId: row.round_id,
            applicantId: row.applicant_id,
            projectTitle: row.project_title,
            approvedAmount: cents(row.approved_cents),
            periodStart: row.period_start,
            periodEnd: row.period_end,
          }),
      })
      .load(fundId);
  }

  /** Applications by fund, round, applicant or status: those the reader may see. */
  async applications(
    filterInput: FundApplicationFilter | null | undefined,
    first: number | null | undefined,
  ): Promise<FundApplicationView[]> {
    const f = parseInput(applicationFilterSchema, filterInput, 'filter');
    const limit = pageSize(first, listSizes.root);
    const conditions: Sql[] = [readRules.fundApplication(this.r.actor, 'a')];
    if (f.fundId) conditions.push(sql`a.fund_id = ${f.fundId}::uuid`);
    if (f.roundId) conditions.push(sql`a.round_id = ${f.roundId}::uuid`);
    if (f.applicantId) conditions.push(sql`a.applicant_id = ${f.applicantId}::uuid`);
    if (f.statuses?.length) conditions.push(sql`a.status::text = any(${f.statuses}::text[])`);
    const rows = await this.r.rows<ApplicationRow>(
      sql`select ${applicationColumns} from fund_application a where ${and(...conditions)} order by ${applicationOrder} limit ${limit}`,
    );
    return rows.map(toApplication);
  }

  /** A fund's applications the reader may see, in the order they came in. */
  applicationsOfFund(fundId: string, statuses: readonly ApplicationStatus[] | null | undefined, first: number | null | undefined) {
    const limit = pageSize(first, listSizes.items);
    const wanted = statuses?.length ? [...new Set(statuses)].sort() : null;
    return this.r
      .children<ApplicationRow, FundApplicationView>({
        name: `fund.applications:${limit}:${wanted?.join(',') ?? '*'}`,
        select: applicationColumns,
        from: sql`fund_application a`,
        where: and(readRules.fundApplication(this.r.actor, 'a'), wanted ? sql`a.status::text = any(${wanted}::text[])` : TRUE),
        parent: sql`a.fund_id`,
        parentOf: (row) => row.fund_id,
        order: applicationOrder,
        limit,
        toValue: toApplication,
      })
      .load(fundId);
  }

  applicationById(id: string): Promise<FundApplicationView | null> {
    if (!isUuid(id)) return Promise.resolve(null);
    return this.r
      .loader<string, FundApplicationView | null>('fund.applicationById', async (ids) => {
        const rows = await this.r.rows<ApplicationRow>(
          sql`select ${applicationColumns} from fund_application a
               where ${idIn(sql`a.id`, ids)} and ${readRules.fundApplication(this.r.actor, 'a')}`,
        );
        return indexBy(ids, rows, (row) => row.id).map((row) => row && toApplication(row));
      })
      .load(id);
  }

  /** One application; to those who may not see it, it does not exist. */
  async getApplication(id: string): Promise<FundApplicationView> {
    const application = await this.applicationById(id);
    if (!application) throw notFound('FundApplication', id);
    return application;
  }

  /** Partner organisations of applications, those the reader may see, by name. */
  partners(applicationId: string): Promise<OrganisationView[]> {
    return this.r
      .loader<string, OrganisationView[]>('fund.partners', async (ids) => {
        const rows = await this.r.rows<OrganisationRow & { application_id: string }>(
          sql`select p.fund_application_id as application_id, ${organisationColumns('o')}
                from fund_application_partner p join fund_application a on a.id = p.fund_application_id
                join organisation o on o.id = p.organisation_id
               where ${idIn(sql`p.fund_application_id`, ids)} and ${readRules.fundApplication(this.r.actor, 'a')}
                 and ${readRules.organisation(this.r.actor, 'o')}
               order by o.name, o.id`,
        );
        return groupBy(ids, rows, (row) => row.application_id).map((group) =>
          group.slice(0, MAX_PARTNERS).map((row) => this.read.organisations.remember(toOrganisation(row))),
        );
      })
      .load(applicationId);
  }

  /** The answers of applications, in the order of their fund's criteria. */
  answers(applicationId: string): Promise<FundApplicationAnswerView[]> {
    return this.r
      .children<CriterionRow & { answer_id: string; application_id: string; answer: string }, FundApplicationAnswerView>({
        name: 'fund.answers',
        select: sql`x.id as answer_id, x.application_id, x.answer, ${criterionColumns}`,
        from: sql`fund_application_answer x join fund_application a on a.id = x.application_id join fund_criterion c on c.id = x.criterion_id`,
        where: readRules.fundApplication(this.r.actor, 'a'),
        parent: sql`x.application_id`,
        parentOf: (row) => row.application_id,
        order: sql`c.position, c.id`,
        limit: MAX_CRITERIA,
        toValue: (row) =>
          Object.assign(new FundApplicationAnswerView(), { id: row.answer_id, criterion: toCriterion(row), answer: row.answer }),
      })
      .load(applicationId);
  }

  /** An application's documents, newest first. */
  documents(applicationId: string, first: number | null | undefined): Promise<FundApplicationDocumentView[]> {
    return this.r
      .children(
        documentList({
          actor: this.r.actor,
          kind: 'fundApplication',
          rule: 'fundApplicationDocument',
          parentKey: 'application_id',
          view: FundApplicationDocumentView,
          limit: pageSize(first, listSizes.items),
        }),
      )
      .load(applicationId);
  }

  statusHistory(applicationId: string, first: number | null | undefined): Promise<FundApplicationStatusChangeView[]> {
    return this.r
      .children(
        statusHistoryList({
          actor: this.r.actor,
          table: 'fund_application_status_change',
          parentKey: 'application_id',
          parentTable: 'fund_application',
          parentAlias: 'a',
          parentRule: readRules.fundApplication(this.r.actor, 'a'),
          view: FundApplicationStatusChangeView,
          extra: { note: 'note' },
          limit: pageSize(first, listSizes.items),
        }),
      )
      .load(applicationId);
  }

  recusals(applicationId: string, first: number | null | undefined): Promise<FundRecusalView[]> {
    const limit = pageSize(first, listSizes.people);
    return this.r
      .children<{ id: string; application_id: string; person_id: string; reason: string }, FundRecusalView>({
        name: `fund.recusals:${limit}`,
        select: sql`r.id, r.application_id, r.person_id, r.reason`,
        from: sql`fund_recusal r join fund_application a on a.id = r.application_id`,
        where: readRules.fundApplication(this.r.actor, 'a'),
        parent: sql`r.application_id`,
        parentOf: (row) => row.application_id,
        order: sql`r.reason, r.id`,
        limit,
        toValue: (row) => Object.assign(new FundRecusalView(), { id: row.id, personId: row.person_id, reason: row.reason }),
      })
      .load(applicationId);
  }

  votes(applicationId: string, first: number | null | undefined): Promise<FundVoteView[]> {
    const limit = pageSize(first, listSizes.people);
    return this.r
      .children<{ id: string; application_id: string; person_id: string; choice: FundVoteChoice; cast_at: string }, FundVoteView>({
        name: `fund.votes:${limit}`,
        select: sql`v.id, v.application_id, v.person_id, v.choice, v.cast_at`,
        from: sql`fund_vote v join fund_application a on a.id = v.application_id`,
        where: readRules.fundApplication(this.r.actor, 'a'),
        parent: sql`v.application_id`,
        parentOf: (row) => row.application_id,
        order: sql`v.cast_at, v.id`,
        limit,
        toValue: (row) =>
          Object.assign(new FundVoteView(), { id: row.id, personId: row.person_id, choice: row.choice, castAt: timestamp(row.cast_at) }),
      })
      .load(applicationId);
  }

  tally(applicationId: string): Promise<FundVoteTallyView> {
    return this.r
      .loader<string, FundVoteTallyView>('fund.tally', async (ids) => {
        const rows = await this.r.rows<{ application_id: string; votes_for: number; votes_against: number; votes_abstain: number }>(
          sql`select v.application_id, count(*) filter (where v.choice = 'FOR')::int as votes_for,
                     count(*) filter (where v.choice = 'AGAINST')::int as votes_against,
                     count(*) filter (where v.choice = 'ABSTAIN')::int as votes_abstain
                from fund_vote v join fund_application a on a.id = v.application_id
               where ${idIn(sql`v.application_id`, ids)} and ${readRules.fundApplication(this.r.actor, 'a')}
               group by v.application_id`,
        );
        return indexBy(ids, rows, (row) => row.application_id).map((row) =>
          Object.assign(new FundVoteTallyView(), {
            for: row?.votes_for ?? 0,
            against: row?.votes_against ?? 0,
            abstain: row?.votes_abstain ?? 0,
          }),
        );
      })
      .load(applicationId);
  }

  /**
   * The decision on an application, under the decision's read rule: null
   * when there is none or it is hidden from the reader.
   */
  decision(application: FundApplicationView): Promise<DecisionView | null> {
    return application.decisionId ? this.read.meetings.decisionById(application.decisionId) : Promise.resolve(null);
  }

  /** Whether the reader is recused from an application: recorded so, or acting today for the applicant or a partner. */
  viewerRecused(applicationId: string): Promise<boolean> {
    const { actor } = this.r;
    const personId = actor.kind === 'user' ? actor.personId : null;
    if (!personId) return Promise.resolve(false);
    return this.r
      .loader<string, boolean>('fund.viewerRecused', async (ids) => {
        const rows = await this.r.rows<{ application_id: string }>(
          sql`select r.application_id from fund_recusal r where ${idIn(sql`r.application_id`, ids)} and r.person_id = ${personId}::uuid
              union select c.application_id from (${conflictsOf(ids, personId)}) c`,
        );
        const recused = new Set(rows.map((row) => row.application_id));
        return ids.map((id) => recused.has(id));
      })
      .load(applicationId);
  }
}
