import { readRules } from '../../auth/read-rules.js';
import { timestamp } from '../../db/reader.js';
import { and, FALSE, idIn, type Sql, sql } from '../../db/sql.js';
import { notFound } from '../../errors/domain-error.js';
import { documentList } from '../../graphql/documents.js';
import { listSizes, pageSize } from '../../graphql/lists.js';
import { groupBy, indexBy } from '../../graphql/read-context.js';
import type { ReadModels } from '../../graphql/read-models.js';
import { statusHistoryList } from '../../graphql/status-history.js';
import { today } from '../../shared/dates.js';
import { isUuid } from '../../validation/ids.js';
import { parseInput } from '../../validation/parse-input.js';
import { openMeasureStatuses } from '../measure/measure.entity.js';
import { type MandateStatus, type NeedClassification, type NeedStatus, openNeedStatuses, ReviewStatus } from './steering.entity.js';
import { type MandateFilter, mandateFilterSchema, type NeedFilter, needFilterSchema } from './steering.inputs.js';
import { rankTallies, type Tally } from './steering.rules.js';
import {
  MandateProgressView,
  MandateView,
  NeedDocumentView,
  NeedStatusChangeView,
  NeedView,
  PriorityReviewView,
  ReviewItemView,
  ReviewTallyView,
} from './steering.types.js';

export const REVIEW_METHOD =
  'Borda count: among n needs a first place earns n points, a second n − 1, down to 1 for the last; unranked needs earn nothing. Ties go to more first places, then more ballots.';

interface NeedRow {
  n_id: string;
  n_created_at: string;
  n_updated_at: string;
  n_version: number;
  n_title: string;
  n_description: string | null;
  n_classification: NeedClassification;
  n_raised_on: string;
  n_evidence: string | null;
  n_status: NeedStatus;
  n_decline_reason: string | null;
  n_field_of_action_id: string | null;
  n_raised_by_organisation_id: string | null;
  n_raised_by_body_id: string | null;
}

export const needColumns = sql`n.id as n_id, n.created_at as n_created_at, n.updated_at as n_updated_at, n.version as n_version,
  n.title as n_title, n.description as n_description, n.classification as n_classification, n.raised_on as n_raised_on,
  n.evidence as n_evidence, n.status as n_status, n.decline_reason as n_decline_reason, n.field_of_action_id as n_field_of_action_id,
  n.raised_by_organisation_id as n_raised_by_organisation_id, n.raised_by_body_id as n_raised_by_body_id`;

const toNeed = (row: NeedRow): NeedView =>
  Object.assign(new NeedView(), {
    id: row.n_id,
    createdAt: timestamp(row.n_created_at),
    updatedAt: timestamp(row.n_updated_at),
    version: row.n_version,
    title: row.n_title,
    description: row.n_description,
    classification: row.n_classification,
    raisedOn: row.n_raised_on,
    evidence: row.n_evidence,
    status: row.n_status,
    declineReason: row.n_decline_reason,
    fieldOfActionId: row.n_field_of_action_id,
    raisedByOrganisationId: row.n_raised_by_organisation_id,
    raisedByBodyId: row.n_raised_by_body_id,
  });

interface ReviewRow {
  id: string;
  created_at: string;
  updated_at: string;
  version: number;
  title: string;
  description: string | null;
  status: ReviewStatus;
  closes_on: string;
  decided_at: string | null;
  body_id: string;
  decision_id: string | null;
}

const reviewColumns = sql`r.id, r.created_at, r.updated_at, r.version, r.title, r.description, r.status, r.closes_on, r.decided_at,
  r.body_id, r.decision_id`;

const toReview = (row: ReviewRow): PriorityReviewView =>
  Object.assign(new PriorityReviewView(), {
    id: row.id,
    createdAt: timestamp(row.created_at),
    updatedAt: timestamp(row.updated_at),
    version: row.version,
    title: row.title,
    description: row.description,
    status: row.status,
    closesOn: row.closes_on,
    decidedAt: row.decided_at ? timestamp(row.decided_at) : null,
    method: REVIEW_METHOD,
    bodyId: row.body_id,
    decisionId: row.decision_id,
  });

interface MandateRow {
  id: string;
  created_at: string;
  updated_at: string;
  version: number;
  title: string;
  description: string | null;
  status: MandateStatus;
  issued_on: string;
  due_on: string | null;
  need_id: string | null;
  body_id: string;
  issued_by_id: string;
  decision_id: string | null;
}

const mandateColumns = sql`z.id, z.created_at, z.updated_at, z.version, z.title, z.description, z.status, z.issued_on, z.due_on,
  z.need_id, z.body_id, z.issued_by_id, z.decision_id`;

const toMandate = (row: MandateRow): MandateView =>
  Object.assign(new MandateView(), {
    id: row.id,
    createdAt: timestamp(row.created_at),
    updatedAt: timestamp(row.updated_at),
    version: row.version,
    title: row.title,
    description: row.description,
    status: row.status,
    issuedOn: row.issued_on,
    dueOn: row.due_on,
    needId: row.need_id,
    bodyId: row.body_id,
    issuedById: row.issued_by_id,
    decisionId: row.decision_id,
  });

const classificationOrder = sql`case n.classification when 'REQUIRED_BY_LAW' then 1 when 'LOCALLY_NECESSARY' then 2 else 3 end`;

/** Reads of needs, review rounds and mandates; each row passes its record type's read rule in SQL. */
export class SteeringReadModel {
  constructor(private readonly read: ReadModels) {}

  private get r() {
    return this.read.context;
  }

  // ---- Needs

  /** Needs by status, classification, field of action, district or words; most pressing classification first, newest first. */
  async needs(filterInput: NeedFilter | null | undefined, first: number | null | undefined): Promise<NeedView[]> {
    const f = parseInput(needFilterSchema, filterInput, 'filter');
    const limit = pageSize(first, listSizes.root);
    const rule = readRules.need(this.r.actor, 'n');
    if (rule === FALSE) return [];
    const conditions: Sql[] = [rule];
    if (f.statuses?.length) conditions.push(sql`n.status::text = any(${f.statuses}::text[])`);
    if (f.open) conditions.push(sql`n.status::text = any(${[...openNeedStatuses]}::text[])`);
    if (f.classifications?.length) conditions.push(sql`n.classification::text = any(${f.classifications}::text[])`);
    if (f.fieldOfActionId) conditions.push(sql`n.field_of_action_id = ${f.fieldOfActionId}`);
    if (f.districtId)
      conditions.push(sql`exists (select 1 from need_district nd where nd.need_id = n.id and nd.district_id = ${f.districtId})`);
    if (f.text) {
      const like = `%${f.text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      conditions.push(sql`(n.title ilike ${like} or n.description ilike ${like} or n.evidence ilike ${like})`);
    }
    const rows = await this.r.rows<NeedRow>(
      sql`select ${needColumns} from need n where ${and(...conditions)}
           order by ${classificationOrder}, n.raised_on desc, n.title, n.id limit ${limit}`,
    );
    return rows.map(toNeed);
  }

  needById(id: string): Promise<NeedView | null> {
    if (!isUuid(id)) return Promise.resolve(null);
    return this.r
      .loader<string, NeedView | null>('steering.needById', async (ids) => {
        const rule = readRules.need(this.r.actor, 'n');
        if (rule === FALSE) return ids.map(() => null);
        const rows = await this.r.rows<NeedRow>(sql`select ${needColumns} from need n where ${idIn(sql`n.id`, ids)} and ${rule}`);
        return indexBy(ids, rows, (row) => row.n_id).map((row) => row && toNeed(row));
      })
      .load(id);
  }

  async need(id: string): Promise<NeedView> {
    const need = await this.needById(id);
    if (!need) throw notFound('Need', id);
    return need;
  }

  needHistory(needId: string, first: number | null | undefined): Promise<NeedStatusChangeView[]> {
    return this.r
      .children(
        statusHistoryList({
          actor: this.r.actor,
          table: 'need_status_change',
          parentKey: 'need_id',
          parentTable: 'need',
          parentAlias: 'n',
          parentRule: readRules.need(this.r.actor, 'n'),
          view: NeedStatusChangeView,
          extra: { note: 'note' },
          limit: pageSize(first, listSizes.items),
        }),
      )
      .load(needId);
  }

  /** A need's documents of evidence, newest first. */
  needDocuments(needId: string, first: number | null | undefined): Promise<NeedDocumentView[]> {
    return this.r
      .children(
        documentList({
          actor: this.r.actor,
          kind: 'need',
          rule: 'needDocument',
          parentKey: 'need_id',
          view: NeedDocumentView,
          limit: pageSize(first, listSizes.items),
        }),
      )
      .load(needId);
  }

  /** The review rounds a need was on, newest first, with the rank each gave it. */
  reviewsOfNeed(needId: string): Promise<{ review: PriorityReviewView; finalRank: number | null }[]> {
    return this.r
      .loader<string, { review: PriorityReviewView; finalRank: number | null }[]>('steering.reviewsOfNeed', async (ids) => {
        const rule = readRules.priorityReview(this.r.actor, 'r');
        if (rule === FALSE) return ids.map(() => []);
        const rows = await this.r.rows<ReviewRow & { need_id: string; final_rank: number | null }>(
          sql`select rn.need_id, rn.final_rank, ${reviewColumns} from priority_review_need rn join priority_review r on r.id = rn.review_id
               where ${idIn(sql`rn.need_id`, ids)} and ${rule} order by r.closes_on desc, r.id limit ${listSizes.items.max * ids.length}`,
        );
        return groupBy(ids, rows, (row) => row.need_id).map((group) =>
          group.slice(0, listSizes.items.max).map((row) => ({ review: toReview(row), finalRank: row.final_rank })),
        );
      })
      .load(needId);
  }

  // ---- Review rounds

  async reviews(bodyId: string | null | undefined, first: number | null | undefined): Promise<PriorityReviewView[]> {
    const limit = pageSize(first, listSizes.root);
    const rule = readRules.priorityReview(this.r.actor, 'r');
    if (rule === FALSE) return [];
    const conditions = [rule, bodyId ? sql`r.body_id = ${bodyId}` : sql`true`];
    const rows = await this.r.rows<ReviewRow>(
      sql`select ${reviewColumns} from priority_review r where ${and(...conditions)}
           order by (r.status = 'OPEN') desc, r.closes_on desc, r.id limit ${limit}`,
    );
    return rows.map(toReview);
  }

  async review(id: string): Promise<PriorityReviewView> {
    const rule = readRules.priorityReview(this.r.actor, 'r');
    const [row] =
      isUuid(id) && rule !== FALSE
        ? await this.r.rows<ReviewRow>(sql`select ${reviewColumns} from priority_review r where r.id = ${id} and ${rule}`)
        : [];
    if (!row) throw notFound('PriorityReview', id);
    return toReview(row);
  }

  /**
   * A review's list with the tallies, one statement for every review asked
   * for. Tallies are aggregates of all ballots (no ballot is exposed) and are
   * withheld while the round is open.
   */
  items(review: PriorityReviewView): Promise<ReviewItemView[]> {
    return this.r
      .loader<string, ReviewItemView[]>('steering.reviewItems', async (ids) => {
        const rows = await this.r.rows<
          NeedRow & { review_id: string; final_rank: number | null; ballots: string; rank_sum: string | null; first_places: string }
        >(
          sql`select rn.review_id, rn.final_rank, ${needColumns},
                (select count(*) from priority_ranking pr where pr.review_id = rn.review_id and pr.need_id = rn.need_id) as ballots,
                (select sum(pr.rank) from priority_ranking pr where pr.review_id = rn.review_id and pr.need_id = rn.need_id) as rank_sum,
                (select count(*) from priority_ranking pr where pr.review_id = rn.review_id and pr.need_id = rn.need_id and pr.rank = 1) as first_places
              from priority_review_need rn join need n on n.id = rn.need_id join priority_review r on r.id = rn.review_id
             where ${idIn(sql`rn.review_id`, ids)} and ${readRules.priorityReview(this.r.actor, 'r')} and ${readRules.need(this.r.actor, 'n')}
             order by rn.final_rank asc nulls last, n.title, n.id`,
        );
        return groupBy(ids, rows, (row) => row.review_id).map((group) => {
          const n = group.length;
          const tallies = new Map<string, Tally>(
            group.map((row) => {
              const ballots = Number(row.ballots);
              const rankSum = Number(row.rank_sum ?? 0);
              // Σ (n − r + 1) over the ballots naming the need.
              const points = ballots * (n + 1) - rankSum;
              return [row.n_id, { needId: row.n_id, title: row.n_title, points, ballots, rankSum, firstPlaces: Number(row.first_places) }];
            }),
          );
          const ranked = new Map(rankTallies(tallies.values()).map((t) => [t.needId, t]));
          return group.map((row) => {
            const t = ranked.get(row.n_id);
            return Object.assign(new ReviewItemView(), {
              reviewId: row.review_id,
              need: toNeed(row),
              finalRank: row.final_rank,
              tally: t ? Object.assign(new ReviewTallyView(), t) : null,
            });
          });
        });
      })
      .load(review.id)
      .then((items) =>
        review.status === ReviewStatus.OPEN ? items.map((i) => Object.assign(new ReviewItemView(), i, { tally: null })) : items,
      );
  }

  /** How many members have ranked, and how many sit in the body today. */
  turnout(reviewId: string): Promise<{ ballots: number; eligible: number }> {
    return this.r
      .loader<string, { ballots: number; eligible: number }>('steering.turnout', async (ids) => {
        const rows = await this.r.rows<{ id: string; ballots: string; eligible: string }>(
          sql`select r.id,
                (select count(distinct pr.person_id) from priority_ranking pr where pr.review_id = r.id) as ballots,
                (select count(distinct m.person_id) from membership m where m.body_id = r.body_id and m.valid_from <= ${today()}
                   and (m.valid_to is null or m.valid_to >= ${today()})) as eligible
              from priority_review r where ${idIn(sql`r.id`, ids)} and ${readRules.priorityReview(this.r.actor, 'r')}`,
        );
        return indexBy(ids, rows, (row) => row.id).map((row) => ({
          ballots: Number(row?.ballots ?? 0),
          eligible: Number(row?.eligible ?? 0),
        }));
      })
      .load(reviewId);
  }

  /** The reader's own ranking in a review, most pressing first. */
  myRanking(reviewId: string): Promise<string[]> {
    const actor = this.r.actor;
    if (actor.kind !== 'user' || !actor.personId) return Promise.resolve([]);
    const personId = actor.personId;
    return this.r
      .loader<string, string[]>('steering.myRanking', async (ids) => {
        const rows = await this.r.rows<{ review_id: string; need_id: string }>(
          sql`select pr.review_id, pr.need_id from priority_ranking pr where ${idIn(sql`pr.review_id`, ids)} and pr.person_id = ${personId}
               and ${readRules.priorityRanking(actor, 'pr')} order by pr.rank`,
        );
        return groupBy(ids, rows, (row) => row.review_id).map((group) => group.map((row) => row.need_id));
      })
      .load(reviewId);
  }

  // ---- Mandates

  async mandates(filterInput: MandateFilter | null | undefined, first: number | null | undefined): Promise<MandateView[]> {
    const f = parseInput(mandateFilterSchema, filterInput, 'filter');
    const limit = pageSize(first, listSizes.root);
    const conditions: Sql[] = [readRules.mandate(this.r.actor, 'z')];
    if (f.bodyId) conditions.push(sql`z.body_id = ${f.bodyId}`);
    if (f.issuedById) conditions.push(sql`z.issued_by_id = ${f.issuedById}`);
    if (f.statuses?.length) conditions.push(sql`z.status::text = any(${f.statuses}::text[])`);
    const rows = await this.r.rows<MandateRow>(
      sql`select ${mandateColumns} from mandate z where ${and(...conditions)} order by z.due_on asc nulls last, z.title, z.id limit ${limit}`,
    );
    return rows.map(toMandate);
  }

  mandateById(id: string): Promise<MandateView | null> {
    if (!isUuid(id)) return Promise.resolve(null);
    return this.r
      .loader<string, MandateView | null>('steering.mandateById', async (ids) => {
        const rows = await this.r.rows<MandateRow>(
          sql`select ${mandateColumns} from mandate z where ${idIn(sql`z.id`, ids)} and ${readRules.mandate(this.r.actor, 'z')}`,
        );
        return indexBy(ids, rows, (row) => row.id).map((row) => row && toMandate(row));
      })
      .load(id);
  }

  async mandate(id: string): Promise<MandateView> {
    const mandate = await this.mandateById(id);
    if (!mandate) throw notFound('Mandate', id);
    return mandate;
  }

  /** Mandates given to a body, or answering a need: one statement per list level. */
  mandatesOf(parent: 'body' | 'need', id: string, first: number | null | undefined): Promise<MandateView[]> {
    const limit = pageSize(first, listSizes.items);
    const column = parent === 'body' ? sql`z.body_id` : sql`z.need_id`;
    return this.r
      .children<MandateRow, MandateView>({
        name: `steering.mandatesOf:${parent}:${limit}`,
        select: mandateColumns,
        from: sql`mandate z`,
        where: readRules.mandate(this.r.actor, 'z'),
        parent: column,
        parentOf: (row) => (parent === 'body' ? row.body_id : (row.need_id as string)),
        order: sql`(z.status = 'OPEN') desc, z.due_on asc nulls last, z.title, z.id`,
        limit,
        toValue: toMandate,
      })
      .load(id);
  }

  /** Progress from the mandate's measures (those the reader may see), one statement for every mandate asked for. */
  progress(mandateId: string): Promise<MandateProgressView> {
    return this.r
      .loader<string, MandateProgressView>('steering.progress', async (ids) => {
        const rows = await this.r.rows<{ mandate_id: string; status: string; count: string; progress: string | null; overdue: string }>(
          sql`select x.mandate_id, x.status, count(*) as count, sum(x.progress) as progress,
                count(*) filter (where x.due_on < ${today()} and x.status::text = any(${[...openMeasureStatuses]}::text[])) as overdue
              from measure x where ${idIn(sql`x.mandate_id`, ids)} and ${readRules.measure(this.r.actor, 'x')}
             group by x.mandate_id, x.status`,
        );
        return groupBy(ids, rows, (row) => row.mandate_id).map((group) => {
          const count = (status: string) => Number(group.find((g) => g.status === status)?.count ?? 0);
          const active = group.filter((g) => g.status !== 'DROPPED');
          const activeCount = active.reduce((sum, g) => sum + Number(g.count), 0);
          const progressSum = active.reduce((sum, g) => sum + Number(g.progress ?? 0), 0);
          return Object.assign(new MandateProgressView(), {
            measures: group.reduce((sum, g) => sum + Number(g.count), 0),
            planned: count('PLANNED'),
            inProgress: count('IN_PROGRESS'),
            done: count('DONE'),
            stalled: count('STALLED'),
            dropped: count('DROPPED'),
            overdue: group.reduce((sum, g) => sum + Number(g.overdue), 0),
            percent: activeCount ? Math.round(progressSum / activeCount) : 0,
          });
        });
      })
      .load(mandateId);
  }
}

/** People who sit today in a steering committee (they assess needs with the coordination office); asked once per request. */
export function steeringMembers(read: ReadModels): Promise<string[]> {
  return read.context
    .loader<string, string[]>('steering.members', async (keys) => {
      const rows = await read.context.rows<{ person_id: string }>(
        sql`select distinct m.person_id from membership m join body b on b.id = m.body_id
             where b.kind = 'STEERING_COMMITTEE' and m.valid_from <= ${today()} and (m.valid_to is null or m.valid_to >= ${today()})`,
      );
      return keys.map(() => rows.map((r) => r.person_id));
    })
    .load('all');
}

/** Organisations the reader's person acts for today (their affiliations): who may raise and edit needs for them. */
export function actingFor(read: ReadModels): Promise<string[]> {
  const actor = read.actor;
  if (actor.kind !== 'user' || !actor.personId) return Promise.resolve([]);
  const personId = actor.personId;
  return read.context
    .loader<string, string[]>('steering.actingFor', async (keys) => {
      const rows = await read.context.rows<{ organisation_id: string }>(
        sql`select distinct a.organisation_id from affiliation a where a.person_id = ${personId}
             and (a.valid_from is null or a.valid_from <= ${today()}) and (a.valid_to is null or a.valid_to >= ${today()})`,
      );
      return keys.map(() => rows.map((r) => r.organisation_id));
    })
    .load('all');
}
