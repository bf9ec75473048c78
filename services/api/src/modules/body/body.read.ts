import { readRules } from '../../auth/read-rules.js';
import { timestamp } from '../../db/reader.js';
import { and, ident, idIn, type Sql, sql, TODAY, TRUE } from '../../db/sql.js';
import { notFound } from '../../errors/domain-error.js';
import { ColumnSet, versionedFields } from '../../graphql/columns.js';
import { listSizes, pageSize } from '../../graphql/lists.js';
import { groupBy, indexBy } from '../../graphql/read-context.js';
import type { ReadModels } from '../../graphql/read-models.js';
import type { Selection } from '../../graphql/selection.js';
import { statusHistoryList } from '../../graphql/status-history.js';
import { isUuid } from '../../validation/ids.js';
import { leadingRoles, type MembershipRole } from '../membership/membership.entity.js';
import type { Visibility } from '../organisation/organisation.enums.js';
import type { BodyKind, BodyStatus } from './body.enums.js';
import type { BodyFilter } from './body.inputs.js';
import { endedStatuses } from './body.rules.js';
import { BodyStatusChangeView, BodyView } from './body.types.js';

/** The columns of a body as read models select them, prefixed `b_`. */
export interface BodyRow {
  b_id: string;
  b_created_at?: string;
  b_updated_at?: string;
  b_version?: number;
  b_name?: string;
  b_short_name?: string | null;
  b_kind?: BodyKind;
  b_mandate?: string | null;
  b_parent_id?: string | null;
  b_meeting_interval_min_weeks?: number | null;
  b_meeting_interval_max_weeks?: number | null;
  b_meeting_note?: string | null;
  b_visibility?: Visibility;
  b_status?: BodyStatus;
  b_founded_on?: string;
  b_ended_on?: string | null;
  b_merged_into_id?: string | null;
  b_allow_same_organisation_leads?: boolean;
}

const bodySet = new ColumnSet('b', ['id'], {
  ...versionedFields,
  name: ['name'],
  shortName: ['short_name'],
  kind: ['kind'],
  mandate: ['mandate'],
  parent: ['parent_id'],
  meetingIntervalMinWeeks: ['meeting_interval_min_weeks'],
  meetingIntervalMaxWeeks: ['meeting_interval_max_weeks'],
  meetingNote: ['meeting_note'],
  visibility: ['visibility'],
  status: ['status'],
  ended: ['status'],
  foundedOn: ['founded_on'],
  endedOn: ['ended_on'],
  mergedInto: ['merged_into_id'],
  allowSameOrganisationLeads: ['allow_same_organisation_leads'],
  // The tandem's rules depend on the body's kind.
  tandem: ['kind'],
});

/** Select list for `body` under an alias, for the selection (all columns without one). */
export const bodyColumns = (alias: string, selection?: Selection) => bodySet.select(alias, selection);

export function toBody(row: BodyRow): BodyView {
  const b = new BodyView();
  b.id = row.b_id;
  b.createdAt = timestamp(row.b_created_at) as Date;
  b.updatedAt = timestamp(row.b_updated_at) as Date;
  b.version = row.b_version as number;
  b.name = row.b_name as string;
  b.shortName = row.b_short_name ?? null;
  b.kind = row.b_kind as BodyKind;
  b.mandate = row.b_mandate ?? null;
  b.parentId = row.b_parent_id ?? null;
  b.meetingIntervalMinWeeks = row.b_meeting_interval_min_weeks ?? null;
  b.meetingIntervalMaxWeeks = row.b_meeting_interval_max_weeks ?? null;
  b.meetingNote = row.b_meeting_note ?? null;
  b.visibility = row.b_visibility as Visibility;
  b.status = row.b_status as BodyStatus;
  b.foundedOn = row.b_founded_on as string;
  b.endedOn = row.b_ended_on ?? null;
  b.mergedIntoId = row.b_merged_into_id ?? null;
  b.allowSameOrganisationLeads = row.b_allow_same_organisation_leads as boolean;
  return b;
}

/** Not merged, dissolved or handed over. */
export const notEnded = (alias: string) => sql`${ident(alias)}.status::text <> all(${[...endedStatuses]}::text[])`;

/** Reads of bodies: lookups, the list and hierarchy, their history and who leads them. */
export class BodyReadModel {
  constructor(private readonly read: ReadModels) {}

  private get r() {
    return this.read.context;
  }

  /** One body, or null when it does not exist or the actor may not see it. */
  byId(id: string, selection?: Selection): Promise<BodyView | null> {
    return isUuid(id) ? this.byIdLoader(selection).load(id) : Promise.resolve(null);
  }

  private byIdLoader(selection?: Selection) {
    return this.r.loader<string, BodyView | null>(`body.byId:${selection?.key ?? '*'}`, async (ids) => {
      const rows = await this.r.rows<BodyRow>(
        sql`select ${bodyColumns('b', selection)} from body b where ${idIn(sql`b.id`, ids)} and ${readRules.body(this.r.actor, 'b')}`,
      );
      return indexBy(ids, rows, (row) => row.b_id).map((row) => row && toBody(row));
    });
  }

  /** One body; to those who may not see it, it does not exist. */
  async get(id: string, selection?: Selection): Promise<BodyView> {
    const body = await this.byId(id, selection);
    if (!body) throw notFound('Body', id);
    return body;
  }

  /** Makes a body read by another statement (under the body rule) known to `byId`. */
  remember(body: BodyView, selection?: Selection): BodyView {
    this.byIdLoader(selection).prime(body.id, body);
    return body;
  }

  /** Bodies of the network by name; ended ones on request. */
  async list(filter: BodyFilter | null | undefined, first: number | null | undefined, selection?: Selection): Promise<BodyView[]> {
    const limit = pageSize(first, listSizes.root);
    const kinds = filter?.kinds;
    const conditions: Sql[] = [readRules.body(this.r.actor, 'b')];
    if (kinds?.length) conditions.push(sql`b.kind::text = any(${kinds}::text[])`);
    if (!filter?.includeEnded) conditions.push(notEnded('b'));
    const rows = await this.r.rows<BodyRow>(
      sql`select ${bodyColumns('b', selection)} from body b where ${and(...conditions)} order by b.name, b.id limit ${limit}`,
    );
    return rows.map((row) => this.remember(toBody(row), selection));
  }

  /** Bodies reporting to a body. */
  children(parentId: string, includeEnded: boolean, first: number | null | undefined, selection?: Selection): Promise<BodyView[]> {
    const limit = pageSize(first, listSizes.items);
    return this.r
      .children<BodyRow & { parent_key: string }, BodyView>({
        name: `body.children:${includeEnded}:${limit}:${selection?.key ?? '*'}`,
        select: sql`${bodyColumns('b', selection)}, b.parent_id as parent_key`,
        from: sql`body b`,
        where: and(readRules.body(this.r.actor, 'b'), includeEnded ? TRUE : notEnded('b')),
        parent: sql`b.parent_id`,
        parentOf: (row) => row.parent_key,
        order: sql`b.name, b.id`,
        limit,
        toValue: (row) => this.remember(toBody(row), selection),
      })
      .load(parentId);
  }

  /** A body's life, oldest first. */
  statusHistory(bodyId: string, first: number | null | undefined): Promise<BodyStatusChangeView[]> {
    return this.r
      .children(
        statusHistoryList({
          actor: this.r.actor,
          table: 'body_status_change',
          parentKey: 'body_id',
          parentTable: 'body',
          parentAlias: 'b',
          parentRule: readRules.body(this.r.actor, 'b'),
          view: BodyStatusChangeView,
          extra: { bodyId: 'body_id', reason: 'reason', mergedIntoId: 'merged_into_id' },
          limit: pageSize(first, listSizes.items),
        }),
      )
      .load(bodyId);
  }

  /**
   * Person ids of a body's chairs, deputy chairs and tandem leads today (or
   * of other roles): what the write rules `manageBody` and `manageMeetings` ask. Whoever asks, the answer is only
   * used to decide the asker's own rights, so no read rule narrows it.
   */
  leaders(bodyId: string, roles: readonly MembershipRole[] = leadingRoles): Promise<string[]> {
    return this.r
      .loader<string, string[]>(`body.leaders:${roles.join(',')}`, async (ids) => {
        const day = TODAY;
        const rows = await this.r.rows<{ body_id: string; person_id: string }>(
          sql`select distinct m.body_id, m.person_id from membership m
               where ${idIn(sql`m.body_id`, ids)} and m.role::text = any(${[...roles]}::text[])
                 and m.valid_from <= ${day} and (m.valid_to is null or m.valid_to >= ${day})`,
        );
        return groupBy(ids, rows, (row) => row.body_id).map((group) => group.map((row) => row.person_id));
      })
      .load(bodyId);
  }
}
