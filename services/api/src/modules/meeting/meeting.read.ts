import * as Y from 'yjs';
import { ensure } from '../../auth/policy.js';
import { readRules } from '../../auth/read-rules.js';
import { timestamp } from '../../db/reader.js';
import { and, idIn, type Sql, sql } from '../../db/sql.js';
import { badInput, notFound } from '../../errors/domain-error.js';
import { listSizes, pageSize } from '../../graphql/lists.js';
import { indexBy } from '../../graphql/read-context.js';
import type { ReadModels } from '../../graphql/read-models.js';
import { statusHistoryList } from '../../graphql/status-history.js';
import { isUuid } from '../../validation/ids.js';
import type { Visibility } from '../organisation/organisation.enums.js';
import type { Attendance, DecisionResult, MeetingStatus } from './meeting.enums.js';
import {
  AgendaItemView,
  AgendaNotesView,
  DecisionRecusalView,
  DecisionView,
  MeetingParticipantView,
  MeetingPresenceView,
  MeetingStatusChangeView,
  MeetingView,
  MinutesAmendmentView,
} from './meeting.types.js';

interface MeetingRow {
  id: string;
  created_at: string;
  updated_at: string;
  version: number;
  body_id: string;
  title: string;
  starts_at: string;
  ends_at: string;
  location: string | null;
  online_url: string | null;
  organiser_id: string | null;
  visibility: Visibility;
  status: MeetingStatus;
  cancel_reason: string | null;
  previous_id: string | null;
  approved_at: string | null;
  approved_by_name: string | null;
  approval_decision_id: string | null;
  event_seq: number | null;
}

const meetingColumns = (actor: ReadModels['actor']) => sql`m.id, m.created_at, m.updated_at, m.version, m.body_id, m.title, m.starts_at,
  m.ends_at, m.location, m.online_url, m.organiser_id, m.visibility, m.status, m.cancel_reason, m.previous_id, m.approved_at,
  ${readRules.staffName(actor, 'm.approved_by_name')} as approved_by_name, m.approval_decision_id,
  (select t.last_seq from realtime_topic t where t.topic = 'meeting:' || m.id::text) as event_seq`;

const toMeeting = (row: MeetingRow): MeetingView =>
  Object.assign(new MeetingView(), {
    id: row.id,
    createdAt: timestamp(row.created_at),
    updatedAt: timestamp(row.updated_at),
    version: row.version,
    bodyId: row.body_id,
    title: row.title,
    startsAt: timestamp(row.starts_at),
    endsAt: timestamp(row.ends_at),
    location: row.location,
    onlineUrl: row.online_url,
    organiserId: row.organiser_id,
    visibility: row.visibility,
    status: row.status,
    cancelReason: row.cancel_reason,
    previousId: row.previous_id,
    approvedAt: timestamp(row.approved_at),
    approvedByName: row.approved_by_name,
    approvalDecisionId: row.approval_decision_id,
    eventSeq: Number(row.event_seq ?? 0),
  });

interface AgendaRow {
  id: string;
  created_at: string;
  updated_at: string;
  version: number;
  meeting_id: string;
  parent_id: string | null;
  position: number;
  number: string;
  depth: number;
  title: string;
  presenter_id: string | null;
  planned_minutes: number | null;
  visibility: Visibility;
  measure_id: string | null;
  agreement_id: string | null;
  linked_body_id: string | null;
  carry_over: boolean;
  carried_from_id: string | null;
}

/**
 * Agenda items with their numbers: positions along the path from the top
 * item (three levels at most), numbered over all items so that everyone
 * names "TOP 3" alike, whichever items they may see.
 */
const agendaSelect = sql`a.id, a.created_at, a.updated_at, a.version, a.meeting_id, a.parent_id, a.position,
  concat_ws('.', gp.position, p.position, a.position) as number,
  (case when gp.id is not null then 2 when p.id is not null then 1 else 0 end) as depth,
  a.title, a.presenter_id, a.planned_minutes, a.visibility, a.measure_id, a.agreement_id, a.linked_body_id, a.carry_over, a.carried_from_id`;
const agendaFrom = sql`agenda_item a left join agenda_item p on p.id = a.parent_id left join agenda_item gp on gp.id = p.parent_id`;
const agendaOrder = sql`array_remove(array[gp.position, p.position, a.position], null), a.id`;

const toAgendaItem = (row: AgendaRow): AgendaItemView =>
  Object.assign(new AgendaItemView(), {
    id: row.id,
    createdAt: timestamp(row.created_at),
    updatedAt: timestamp(row.updated_at),
    version: row.version,
    meetingId: row.meeting_id,
    parentId: row.parent_id,
    position: row.position,
    number: row.number,
    depth: Number(row.depth),
    title: row.title,
    presenterId: row.presenter_id,
    plannedMinutes: row.planned_minutes,
    visibility: row.visibility,
    measureId: row.measure_id,
    agreementId: row.agreement_id,
    linkedBodyId: row.linked_body_id,
    carryOver: row.carry_over,
    carriedFromId: row.carried_from_id,
  });

interface DecisionRow {
  id: string;
  created_at: string;
  updated_at: string;
  version: number;
  meeting_id: string;
  agenda_item_id: string;
  text: string;
  result: DecisionResult;
  votes_for: number | null;
  votes_against: number | null;
  votes_abstaining: number | null;
}

const decisionColumns = sql`d.id, d.created_at, d.updated_at, d.version, d.meeting_id, d.agenda_item_id, d.text, d.result,
  d.votes_for, d.votes_against, d.votes_abstaining`;

const toDecision = (row: DecisionRow): DecisionView =>
  Object.assign(new DecisionView(), {
    id: row.id,
    createdAt: timestamp(row.created_at),
    updatedAt: timestamp(row.updated_at),
    version: row.version,
    meetingId: row.meeting_id,
    agendaItemId: row.agenda_item_id,
    text: row.text,
    result: row.result,
    votesFor: row.votes_for,
    votesAgainst: row.votes_against,
    votesAbstaining: row.votes_abstaining,
  });

/** Presence older than this is gone: pages refresh theirs every 20 seconds. */
export const PRESENCE_SECONDS = 60;

/** Reads of meetings, their agendas, minutes, decisions and attendance. */
export class MeetingReadModel {
  constructor(private readonly read: ReadModels) {}

  private get r() {
    return this.read.context;
  }

  /** Meetings of a body, or of every body, in a period; soonest first. */
  async list(
    filter: { bodyId?: string | null; from?: Date | null; to?: Date | null; statuses?: MeetingStatus[] | null; mine?: boolean | null },
    first: number | null | undefined,
  ): Promise<MeetingView[]> {
    const limit = pageSize(first, listSizes.root);
    const { actor } = this.r;
    const conditions: Sql[] = [readRules.meeting(actor, 'm')];
    if (filter.bodyId) {
      if (!isUuid(filter.bodyId)) return [];
      conditions.push(sql`m.body_id = ${filter.bodyId}`);
    }
    if (filter.from) conditions.push(sql`m.ends_at >= ${filter.from}`);
    if (filter.to) conditions.push(sql`m.starts_at <= ${filter.to}`);
    if (filter.from && filter.to && filter.to < filter.from) throw badInput('filter.to', 'must not be before the start', 'INVALID');
    if (filter.statuses?.length) conditions.push(sql`m.status::text = any(${filter.statuses}::text[])`);
    if (filter.mine) {
      ensure(actor.kind === 'user', actor);
      if (actor.kind !== 'user' || !actor.personId) return [];
      conditions.push(sql`exists (select 1 from meeting_participant fp where fp.meeting_id = m.id and fp.person_id = ${actor.personId})`);
    }
    const rows = await this.r.rows<MeetingRow>(
      sql`select ${meetingColumns(actor)} from meeting m where ${and(...conditions)} order by m.starts_at, m.id limit ${limit}`,
    );
    return rows.map(toMeeting);
  }

  byId(id: string): Promise<MeetingView | null> {
    if (!isUuid(id)) return Promise.resolve(null);
    return this.r
      .loader<string, MeetingView | null>('meeting.byId', async (ids) => {
        const rows = await this.r.rows<MeetingRow>(
          sql`select ${meetingColumns(this.r.actor)} from meeting m where ${idIn(sql`m.id`, ids)} and ${readRules.meeting(this.r.actor, 'm')}`,
        );
        return indexBy(ids, rows, (row) => row.id).map((row) => row && toMeeting(row));
      })
      .load(id);
  }

  /** One meeting; to those who may not see it, it does not exist. */
  async get(id: string): Promise<MeetingView> {
    const meeting = await this.byId(id);
    if (!meeting) throw notFound('Meeting', id);
    return meeting;
  }

  /** Whether the actor sees the meeting's internals (attendance, internal items, drafts). */
  insider(meetingId: string): Promise<boolean> {
    return this.r
      .loader<string, boolean>('meeting.insider', async (ids) => {
        const rule = readRules.meetingInternals(this.r.actor, 'm');
        const rows = await this.r.rows<{ id: string }>(sql`select m.id from meeting m where ${idIn(sql`m.id`, ids)} and ${rule}`);
        const seen = new Set(rows.map((r) => r.id));
        return ids.map((id) => seen.has(id));
      })
      .load(meetingId);
  }

  /** The agenda in order, sub-items after their item. */
  agenda(meetingId: string, first: number | null | undefined): Promise<AgendaItemView[]> {
    const limit = pageSize(first, listSizes.items);
    return this.r
      .children<AgendaRow, AgendaItemView>({
        name: `meeting.agenda:${limit}`,
        select: agendaSelect,
        from: agendaFrom,
        where: readRules.agendaItem(this.r.actor, 'a'),
        parent: sql`a.meeting_id`,
        parentOf: (row) => row.meeting_id,
        order: agendaOrder,
        limit,
        toValue: toAgendaItem,
      })
      .load(meetingId);
  }

  agendaItem(id: string): Promise<AgendaItemView | null> {
    if (!isUuid(id)) return Promise.resolve(null);
    return this.r
      .loader<string, AgendaItemView | null>('meeting.agendaItem', async (ids) => {
        const rows = await this.r.rows<AgendaRow>(
          sql`select ${agendaSelect} from ${agendaFrom} where ${idIn(sql`a.id`, ids)} and ${readRules.agendaItem(this.r.actor, 'a')}`,
        );
        return indexBy(ids, rows, (row) => row.id).map((row) => row && toAgendaItem(row));
      })
      .load(id);
  }

  async getAgendaItem(id: string): Promise<AgendaItemView> {
    const item = await this.agendaItem(id);
    if (!item) throw notFound('AgendaItem', id);
    return item;
  }

  /** An item's notes: the Markdown snapshot, for those who may read its minutes. */
  notes(agendaItemId: string): Promise<AgendaNotesView | null> {
    return this.r
      .loader<string, AgendaNotesView | null>('meeting.notes', async (ids) => {
        const rows = await this.r.rows<{ id: string; notes_text: string; notes_revision: number }>(
          sql`select a.id, a.notes_text, a.notes_revision from agenda_item a where ${idIn(sql`a.id`, ids)} and ${readRules.minutes(this.r.actor, 'a')}`,
        );
        return indexBy(ids, rows, (row) => row.id).map(
          (row) =>
            row && Object.assign(new AgendaNotesView(), { agendaItemId: row.id, text: row.notes_text, revision: row.notes_revision }),
        );
      })
      .load(agendaItemId);
  }

  /** The Yjs state of an item's notes as one update (base64): the stored state merged with the updates since. */
  notesState(agendaItemId: string): Promise<string | null> {
    return this.r
      .loader<string, string | null>('meeting.notesState', async (ids) => {
        const rows = await this.r.rows<{ id: string; state: string | null; updates: string[] | null }>(
          sql`select a.id, encode(a.notes_state, 'base64') as state,
                     array(select encode(u.update, 'base64') from note_update u where u.agenda_item_id = a.id) as updates
                from agenda_item a where ${idIn(sql`a.id`, ids)} and ${readRules.minutes(this.r.actor, 'a')}`,
        );
        return indexBy(ids, rows, (row) => row.id).map((row) => {
          if (!row) return null;
          const parts = [row.state, ...(row.updates ?? [])].filter((p): p is string => !!p).map((p) => Buffer.from(p, 'base64'));
          return Buffer.from(parts.length ? Y.mergeUpdates(parts) : Y.encodeStateAsUpdate(new Y.Doc())).toString('base64');
        });
      })
      .load(agendaItemId);
  }

  decisions(agendaItemId: string, first: number | null | undefined): Promise<DecisionView[]> {
    const limit = pageSize(first, listSizes.items);
    return this.r
      .children<DecisionRow, DecisionView>({
        name: `meeting.decisions:${limit}`,
        select: decisionColumns,
        from: sql`decision d`,
        where: readRules.decision(this.r.actor, 'd'),
        parent: sql`d.agenda_item_id`,
        parentOf: (row) => row.agenda_item_id,
        order: sql`d.created_at, d.id`,
        limit,
        toValue: toDecision,
      })
      .load(agendaItemId);
  }

  /** Decisions of a meeting, by agenda item. */
  decisionsOfMeeting(meetingId: string, first: number | null | undefined): Promise<DecisionView[]> {
    const limit = pageSize(first, listSizes.items);
    return this.r
      .children<DecisionRow, DecisionView>({
        name: `meeting.decisionsOfMeeting:${limit}`,
        select: decisionColumns,
        from: sql`decision d`,
        where: readRules.decision(this.r.actor, 'd'),
        parent: sql`d.meeting_id`,
        parentOf: (row) => row.meeting_id,
        order: sql`d.created_at, d.id`,
        limit,
        toValue: toDecision,
      })
      .load(meetingId);
  }

  /** A decision by id, batched; null when unknown or hidden from the reader. */
  decisionById(id: string): Promise<DecisionView | null> {
    if (!isUuid(id)) return Promise.resolve(null);
    return this.r
      .loader<string, DecisionView | null>('meeting.decisionById', async (ids) => {
        const rows = await this.r.rows<DecisionRow>(
          sql`select ${decisionColumns} from decision d where ${idIn(sql`d.id`, ids)} and ${readRules.decision(this.r.actor, 'd')}`,
        );
        return indexBy(ids, rows, (row) => row.id).map((row) => row && toDecision(row));
      })
      .load(id);
  }

  async getDecision(id: string): Promise<DecisionView> {
    const rows = isUuid(id)
      ? await this.r.rows<DecisionRow>(
          sql`select ${decisionColumns} from decision d where d.id = ${id} and ${readRules.decision(this.r.actor, 'd')}`,
        )
      : [];
    if (!rows[0]) throw notFound('Decision', id);
    return toDecision(rows[0]);
  }

  recusals(decisionId: string): Promise<DecisionRecusalView[]> {
    return this.r
      .children<{ id: string; decision_id: string; person_id: string; reason: string | null }, DecisionRecusalView>({
        name: 'meeting.recusals',
        select: sql`r.id, r.decision_id, r.person_id, r.reason`,
        from: sql`decision_recusal r join decision d on d.id = r.decision_id`,
        where: readRules.decision(this.r.actor, 'd'),
        parent: sql`r.decision_id`,
        parentOf: (row) => row.decision_id,
        order: sql`r.id`,
        limit: 100,
        toValue: (row) => Object.assign(new DecisionRecusalView(), { id: row.id, personId: row.person_id, reason: row.reason }),
      })
      .load(decisionId);
  }

  participants(meetingId: string, first: number | null | undefined): Promise<MeetingParticipantView[]> {
    const limit = pageSize(first, listSizes.people);
    return this.r
      .children<
        {
          id: string;
          meeting_id: string;
          person_id: string;
          organisation_id: string | null;
          invited: boolean;
          attendance: Attendance | null;
          checked_in_at: string | null;
        },
        MeetingParticipantView
      >({
        name: `meeting.participants:${limit}`,
        select: sql`mp.id, mp.meeting_id, mp.person_id, mp.organisation_id, mp.invited, mp.attendance, mp.checked_in_at`,
        from: sql`meeting_participant mp join meeting m on m.id = mp.meeting_id join person pp on pp.id = mp.person_id`,
        where: and(readRules.meetingInternals(this.r.actor, 'm'), readRules.person(this.r.actor, 'pp')),
        parent: sql`mp.meeting_id`,
        parentOf: (row) => row.meeting_id,
        order: sql`pp.family_name, pp.given_name, mp.id`,
        limit,
        toValue: (row) =>
          Object.assign(new MeetingParticipantView(), {
            id: row.id,
            personId: row.person_id,
            organisationId: row.organisation_id,
            invited: row.invited,
            attendance: row.attendance,
            checkedInAt: timestamp(row.checked_in_at),
          }),
      })
      .load(meetingId);
  }

  statusHistory(meetingId: string, first: number | null | undefined): Promise<MeetingStatusChangeView[]> {
    return this.r
      .children(
        statusHistoryList({
          actor: this.r.actor,
          table: 'meeting_status_change',
          parentKey: 'meeting_id',
          parentTable: 'meeting',
          parentAlias: 'm',
          parentRule: readRules.meeting(this.r.actor, 'm'),
          view: MeetingStatusChangeView,
          extra: { note: 'note' },
          limit: pageSize(first, listSizes.items),
        }),
      )
      .load(meetingId);
  }

  amendments(meetingId: string, first: number | null | undefined): Promise<MinutesAmendmentView[]> {
    const limit = pageSize(first, listSizes.items);
    const actor = this.r.actor;
    return this.r
      .children<
        {
          id: string;
          meeting_id: string;
          agenda_item_id: string | null;
          text: string;
          reason: string;
          author_name: string | null;
          created_at: string;
        },
        MinutesAmendmentView
      >({
        name: `meeting.amendments:${limit}`,
        select: sql`ma.id, ma.meeting_id, ma.agenda_item_id, ma.text, ma.reason, ${readRules.staffName(actor, 'ma.author_name')} as author_name, ma.created_at`,
        from: sql`minutes_amendment ma join meeting m on m.id = ma.meeting_id left join agenda_item a on a.id = ma.agenda_item_id`,
        where: and(readRules.meeting(actor, 'm'), sql`(ma.agenda_item_id is null or ${readRules.minutes(actor, 'a')})`),
        parent: sql`ma.meeting_id`,
        parentOf: (row) => row.meeting_id,
        order: sql`ma.created_at, ma.id`,
        limit,
        toValue: (row) =>
          Object.assign(new MinutesAmendmentView(), {
            id: row.id,
            agendaItemId: row.agenda_item_id,
            text: row.text,
            reason: row.reason,
            authorName: row.author_name,
            createdAt: timestamp(row.created_at),
          }),
      })
      .load(meetingId);
  }

  /** Who has the meeting open now: for the meeting's insiders. */
  presence(meetingId: string): Promise<MeetingPresenceView[]> {
    return this.r
      .children<
        { meeting_id: string; client_id: string; display_name: string; agenda_item_id: string | null; seen_at: string },
        MeetingPresenceView
      >({
        name: 'meeting.presence',
        select: sql`pr.meeting_id, pr.client_id, pr.display_name, pr.agenda_item_id, pr.seen_at`,
        from: sql`meeting_presence pr join meeting m on m.id = pr.meeting_id`,
        where: and(readRules.meetingInternals(this.r.actor, 'm'), sql`pr.seen_at > now() - make_interval(secs => ${PRESENCE_SECONDS})`),
        parent: sql`pr.meeting_id`,
        parentOf: (row) => row.meeting_id,
        order: sql`pr.display_name, pr.client_id`,
        limit: 200,
        toValue: (row) =>
          Object.assign(new MeetingPresenceView(), {
            clientId: row.client_id,
            displayName: row.display_name,
            agendaItemId: row.agenda_item_id,
            seenAt: timestamp(row.seen_at),
          }),
      })
      .load(meetingId);
  }
}
