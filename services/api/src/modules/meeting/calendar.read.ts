import { readRules } from '../../auth/read-rules.js';
import { timestamp } from '../../db/reader.js';
import { and, type Sql, sql, TODAY } from '../../db/sql.js';
import type { ReadModels } from '../../graphql/read-models.js';
import { isUuid } from '../../validation/ids.js';
import type { MeetingStatus } from './meeting.enums.js';
import type { CalendarMeeting } from './meeting.ics.js';

/** A feed holds the meetings from a year back to two years ahead, at most this many. */
export const FEED_MAX_MEETINGS = 1000;

/** A meeting row as calendars need it: the meeting, its body's name and its organiser's. */
export interface CalendarRow {
  id: string;
  title: string;
  starts_at: string;
  ends_at: string;
  location: string | null;
  online_url: string | null;
  status: MeetingStatus;
  cancel_reason: string | null;
  ical_sequence: number;
  created_at: string;
  updated_at: string;
  body_name: string;
  organiser_name: string | null;
}

export const toCalendarMeeting = (row: CalendarRow): CalendarMeeting => ({
  id: row.id,
  title: row.title,
  bodyName: row.body_name,
  startsAt: timestamp(row.starts_at),
  endsAt: timestamp(row.ends_at),
  location: row.location,
  onlineUrl: row.online_url,
  organiserName: row.organiser_name,
  status: row.status,
  cancelReason: row.cancel_reason,
  icalSequence: Number(row.ical_sequence),
  createdAt: timestamp(row.created_at),
  updatedAt: timestamp(row.updated_at),
});

/**
 * The meetings of a calendar feed, as the reader's actor sees them: the
 * meeting read rule in the WHERE, the organiser's name only where the
 * organisation rule lets the actor see it. One statement.
 */
export class CalendarReadModel {
  constructor(private readonly read: ReadModels) {}

  /** The meetings of one body. */
  ofBody(bodyId: string): Promise<CalendarMeeting[]> {
    if (!isUuid(bodyId)) return Promise.resolve([]);
    return this.meetings(sql`m.body_id = ${bodyId}`);
  }

  /** The meetings a person is invited to, or whose body they sit in today. */
  ofPerson(personId: string): Promise<CalendarMeeting[]> {
    return this.meetings(
      sql`(exists (select 1 from meeting_participant fp where fp.meeting_id = m.id and fp.person_id = ${personId})
        or exists (select 1 from membership fm where fm.body_id = m.body_id and fm.person_id = ${personId}
          and fm.valid_from <= ${TODAY} and (fm.valid_to is null or fm.valid_to >= ${TODAY})))`,
    );
  }

  private async meetings(which: Sql): Promise<CalendarMeeting[]> {
    const r = this.read.context;
    const { actor } = r;
    const rows = await r.rows<CalendarRow>(
      sql`select m.id, m.title, m.starts_at, m.ends_at, m.location, m.online_url, m.status, m.cancel_reason, m.ical_sequence,
                 m.created_at, m.updated_at, b.name as body_name,
                 (select o.name from organisation o where o.id = m.organiser_id and ${readRules.organisation(actor, 'o')}) as organiser_name
            from meeting m join body b on b.id = m.body_id
           where ${and(
             readRules.meeting(actor, 'm'),
             readRules.body(actor, 'b'),
             which,
             sql`m.starts_at >= now() - interval '1 year' and m.starts_at <= now() + interval '2 years'`,
           )}
           order by m.starts_at, m.id limit ${FEED_MAX_MEETINGS}`,
    );
    return rows.map(toCalendarMeeting);
  }
}
