import ical, { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { type Config, publicBaseUrl } from '../../config/config.js';
import { MeetingStatus } from './meeting.enums.js';
import { MEETING_TIME_ZONE } from './meeting.format.js';

/**
 * What a calendar entry of a meeting shows: when, where, who hosts it, its
 * status. Nothing from inside the meeting (agenda, notes, attendance) goes
 * into a calendar.
 */
export interface CalendarMeeting {
  id: string;
  title: string;
  bodyName: string;
  startsAt: Date;
  endsAt: Date;
  location: string | null;
  onlineUrl: string | null;
  /** The hosting organisation's name, when the reader may see it. */
  organiserName: string | null;
  status: MeetingStatus;
  cancelReason: string | null;
  /** Raised with every change invitees are told about. */
  icalSequence: number;
  createdAt: Date;
  updatedAt: Date;
}

/**
 * `REQUEST`: an invitation or its update, mailed to one invitee.
 * `CANCEL`: the cancellation of an invitation.
 * `PUBLISH`: a feed that calendar programs subscribe to.
 */
export type CalendarMethod = 'REQUEST' | 'CANCEL' | 'PUBLISH';

const methods: Record<CalendarMethod, ICalCalendarMethod> = {
  REQUEST: ICalCalendarMethod.REQUEST,
  CANCEL: ICalCalendarMethod.CANCEL,
  PUBLISH: ICalCalendarMethod.PUBLISH,
};

export interface CalendarOptions {
  method: CalendarMethod;
  /** The calendar's name (X-WR-CALNAME), for feeds. */
  name?: string;
  /** The one invitee a mailed invitation is for; other invitees' addresses are never listed. */
  attendee?: { email: string; name: string };
  /** DTSTAMP: when this calendar object was made. Defaults to now. */
  stamp?: Date;
}

/** The stable UID of a meeting's calendar entry: updates and cancellations replace the entry. */
export const meetingUid = (meetingId: string) => `${meetingId}@verbund`;

/** The page of a meeting in the web app. */
export const meetingPageUrl = (config: Pick<Config, 'publicUrl' | 'host' | 'port'>, meetingId: string) =>
  `${publicBaseUrl(config)}/meetings/${meetingId}`;

/** The Content-Type of an `.ics` with the given method, as mail attachment or download. */
export const calendarContentType = (method: CalendarMethod) => `text/calendar; method=${method}; charset=utf-8`;

/**
 * iCalendar (RFC 5545) with one VEVENT per meeting. Times are written in
 * UTC (`…Z`), which every program converts exactly; X-WR-TIMEZONE names
 * Europe/Berlin as the zone to show them in. (A TZID cannot qualify a UTC
 * time, and ical-generator would format a TZID time in the server's own zone.)
 */
export function meetingCalendar(
  config: Pick<Config, 'publicUrl' | 'host' | 'port'> & { mail: Pick<Config['mail'], 'from'> },
  meetings: readonly CalendarMeeting[],
  options: CalendarOptions,
): string {
  const calendar = ical({
    prodId: { company: 'Verbund', product: 'Sitzungen', language: 'DE' },
    method: methods[options.method],
    name: options.name ?? null,
    x: [['X-WR-TIMEZONE', MEETING_TIME_ZONE]],
  });
  const stamp = options.stamp ?? new Date();
  for (const meeting of meetings) {
    const cancelled = meeting.status === MeetingStatus.CANCELLED || options.method === 'CANCEL';
    const where = meeting.location ?? meeting.onlineUrl;
    const description = [
      meeting.location && meeting.onlineUrl ? `Online: ${meeting.onlineUrl}` : null,
      cancelled && meeting.cancelReason ? `Abgesagt: ${meeting.cancelReason}` : null,
    ].filter((line): line is string => !!line);
    const event = calendar.createEvent({
      id: meetingUid(meeting.id),
      sequence: meeting.icalSequence,
      stamp,
      created: meeting.createdAt,
      lastModified: meeting.updatedAt,
      start: meeting.startsAt,
      end: meeting.endsAt,
      summary: `${meeting.bodyName} – ${meeting.title}`,
      location: where ?? null,
      description: description.length ? description.join('\n') : null,
      url: meetingPageUrl(config, meeting.id),
      organizer: { name: meeting.organiserName ?? meeting.bodyName, email: config.mail.from },
      status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
    if (options.attendee)
      event.createAttendee({
        email: options.attendee.email,
        name: options.attendee.name,
        role: ICalAttendeeRole.REQ,
        status: ICalAttendeeStatus.NEEDSACTION,
        // Verbund reads no replies: calendar programs must not offer to send one.
        rsvp: false,
      });
  }
  return calendar.toString();
}
