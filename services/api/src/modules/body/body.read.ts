import { readRules } from '../../auth/read-rules.js';
import { timestamp } from '../../db/reader.js';
import { and, ident, type Sql, sql } from '../../db/sql.js';
import { notFound } from '../../errors/domain-error.js';
import { listSizes, pageSize } from '../../graphql/lists.js';
import { groupBy, indexBy, perParent } from '../../graphql/read-context.js';
import type { ReadModels } from '../../graphql/read-models.js';
import { today } from '../../shared/dates.js';
import { isUuid } from '../../validation/ids.js';
import { leadingRoles } from '../membership/membership.entity.js';
import type { Visibility } from '../organisation/organisation.enums.js';
import type { BodyKind, BodyStatus } from './body.enums.js';
import type { BodyFilter } from './body.inputs.js';
import { endedStatuses } from './body.rules.js';
import { BodyStatusChangeView, BodyView } from './body.types.js';

/** The columns of a body as read models select them, prefixed `b_`. */
export interface BodyRow {
  b_id: string;
  b_created_at: string;
  b_updated_at: string;
  b_version: number;
  b_name: string;
  b_short_name: string | null;
  b_kind: BodyKind;
  b_mandate: string | null;
  b_parent_id: string | null;
  b_min_weeks: number | null;
  b_max_weeks: number | null;
  b_meeting_note: string | null;
  b_visibility: Visibility;
  b_status: BodyStatus;
  b_founded_on: string;
  b_ended_on: string | null;
  b_merged_into_id: string | null;
  b_same_organisation_leads: boolean;
}

export const bodyColumns = (alias: string) => {
  const b = ident(alias);
  return sql`${b}.id as b_id, ${b}.created_at as b_created_at, ${b}.updated_at as b_updated_at, ${b}.version as b_version,
    ${b}.name as b_name, ${b}.short_name as b_short_name, ${b}.kind as b_kind, ${b}.mandate as b_mandate, ${b}.parent_id as b_parent_id,
    ${b}.meeting_interval_min_weeks as b_min_weeks, ${b}.meeting_interval_max_weeks as b_max_weeks, ${b}.meeting_note as b_meeting_note,
    ${b}.visibility as b_visibility, ${b}.status as b_status, ${b}.founded_on as b_founded_on, ${b}.ended_on as b_ended_on,
    ${b}.merged_into_id as b_merged_into_id, ${b}.allow_same_organisation_leads as b_same_organisation_leads`;
};

export function toBody(row: BodyRow): BodyView {
  const b = new BodyView();
  b.id = row.b_id;
  b.createdAt = timestamp(row.b_created_at);
  b.updatedAt = timestamp(row.b_updated_at);
  b.version = row.b_version;
  b.name = row.b_name;
  b.shortName = row.b_short_name;
  b.kind = row.b_kind;
  b.mandate = row.b_mandate;
  b.parentId = row.b_parent_id;
  b.meetingIntervalMinWeeks = row.b_min_weeks;
  b.meetingIntervalMaxWeeks = row.b_max_weeks;
  b.meetingNote = row.b_meeting_note;
  b.visibility = row.b_visibility;
  b.status = row.b_status;
  b.foundedOn = row.b_founded_on;
  b.endedOn = row.b_ended_on;
  b.mergedIntoId = row.b_merged_into_id;
  b.allowSameOrganisationLeads = row.b_same_organisation_leads;
  return b;
}

/** Not merged, dissolved or handed over. */
export const notEnded = (alias: string) => sql`${ident(alias)}.status::text <> all(${[...endedStatuses]}::text[])`;

interface StatusChangeRow {
  id: string;
  body_id: string;
  on: string;
  actor_name: string | null;
  created_at: string;
  from_status: BodyStatus | null;
  to_status: BodyStatus;
  reason: string;
  merged_into_id: string | null;
}

/** Reads of bodies: lookups, the list and hierarchy, their history and who leads them. */
export class BodyReadModel {
  constructor(private readonly read: ReadModels) {}

  private get r() {
    return this.read.context;
  }

  /** One body, or null when it does not exist or the actor may not see it. */
  byId(id: string): Promise<BodyView | null> {
    return isUuid(id) ? this.byIdLoader.load(id) : Promise.resolve(null);
  }

  private get byIdLoader() {
    return this.r.loader<string, BodyView | null>('body.byId', async (ids) => {
      const rows = await this.r.rows<BodyRow>(
        sql`select ${bodyColumns('b')} from body b where b.id = any(${ids}::uuid[]) and ${readRules.body(this.r.actor, 'b')}`,
      );
      return indexBy(ids, rows, (row) => row.b_id).map((row) => row && toBody(row));
    });
  }

  /** One body; to those who may not see it, it does not exist. */
  async get(id: string): Promise<BodyView> {
    const body = await this.byId(id);
    if (!body) throw notFound('Body', id);
    return body;
  }

  /** Makes a body read by another statement (under the body rule) known to `byId`. */
  remember(body: BodyView): BodyView {
    this.byIdLoader.prime(body.id, body);
    return body;
  }

  /** Bodies of the network by name; ended ones on request. */
  async list(filter: BodyFilter | null | undefined, first: number | null | undefined): Promise<BodyView[]> {
    const limit = pageSize(first, listSizes.root);
    const kinds = filter?.kinds;
    const conditions: Sql[] = [readRules.body(this.r.actor, 'b')];
    if (kinds?.length) conditions.push(sql`b.kind::text = any(${kinds}::text[])`);
    if (!filter?.includeEnded) conditions.push(notEnded('b'));
    const rows = await this.r.rows<BodyRow>(
      sql`select ${bodyColumns('b')} from body b where ${and(...conditions)} order by b.name, b.id limit ${limit}`,
    );
    return rows.map((row) => this.remember(toBody(row)));
  }

  /** Bodies reporting to a body. */
  children(parentId: string, includeEnded: boolean, first: number | null | undefined): Promise<BodyView[]> {
    const limit = pageSize(first, listSizes.items);
    return this.r
      .loader<string, BodyView[]>(`body.children:${includeEnded}:${limit}`, async (ids) => {
        const rows = await this.r.rows<BodyRow>(
          perParent(
            bodyColumns('b'),
            sql`from body b where b.parent_id = any(${ids}::uuid[]) and ${and(readRules.body(this.r.actor, 'b'), ...(includeEnded ? [] : [notEnded('b')]))}`,
            sql`b.parent_id`,
            sql`b.name, b.id`,
            limit,
          ),
        );
        return groupBy(ids, rows, (row) => row.b_parent_id as string).map((group) => group.map((row) => this.remember(toBody(row))));
      })
      .load(parentId);
  }

  /** A body's life, oldest first. */
  statusHistory(bodyId: string, first: number | null | undefined): Promise<BodyStatusChangeView[]> {
    const limit = pageSize(first, listSizes.items);
    return this.r
      .loader<string, BodyStatusChangeView[]>(`body.statusHistory:${limit}`, async (ids) => {
        const rows = await this.r.rows<StatusChangeRow>(
          perParent(
            sql`c.id, c.body_id, c.on, ${readRules.staffName(this.r.actor, 'c.actor_name')} as actor_name, c.created_at, c.from_status, c.to_status, c.reason, c.merged_into_id`,
            sql`from body_status_change c join body b on b.id = c.body_id
                 where c.body_id = any(${ids}::uuid[]) and ${readRules.body(this.r.actor, 'b')}`,
            sql`c.body_id`,
            sql`c.on, c.created_at, c.id`,
            limit,
          ),
        );
        return groupBy(ids, rows, (row) => row.body_id).map((group) =>
          group.map((row) => {
            const change = new BodyStatusChangeView();
            change.id = row.id;
            change.bodyId = row.body_id;
            change.on = row.on;
            change.actorName = row.actor_name;
            change.createdAt = timestamp(row.created_at);
            change.fromStatus = row.from_status;
            change.toStatus = row.to_status;
            change.reason = row.reason;
            change.mergedIntoId = row.merged_into_id;
            return change;
          }),
        );
      })
      .load(bodyId);
  }

  /**
   * Person ids of a body's chairs, deputy chairs and tandem leads today:
   * what the write rule `manageBody` asks. Whoever asks, the answer is only
   * used to decide the asker's own rights, so no read rule narrows it.
   */
  leaders(bodyId: string): Promise<string[]> {
    return this.r
      .loader<string, string[]>('body.leaders', async (ids) => {
        const day = today();
        const rows = await this.r.rows<{ body_id: string; person_id: string }>(
          sql`select distinct m.body_id, m.person_id from membership m
               where m.body_id = any(${ids}::uuid[]) and m.role::text = any(${[...leadingRoles]}::text[])
                 and m.valid_from <= ${day} and (m.valid_to is null or m.valid_to >= ${day})`,
        );
        return groupBy(ids, rows, (row) => row.body_id).map((group) => group.map((row) => row.person_id));
      })
      .load(bodyId);
  }
}
