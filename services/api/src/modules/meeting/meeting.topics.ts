import type { EventRecord } from '../../realtime/live-events.js';

/** The topic of one meeting's live events: agenda, attendance, notes, decisions, presence. */
export const meetingTopic = (meetingId: string) => `meeting:${meetingId}`;

/** What happened in a meeting; clients update or re-read the part named. */
export enum MeetingEventKind {
  MEETING_CHANGED = 'MEETING_CHANGED',
  AGENDA_CHANGED = 'AGENDA_CHANGED',
  AGENDA_ITEM_CHANGED = 'AGENDA_ITEM_CHANGED',
  NOTES_UPDATED = 'NOTES_UPDATED',
  ATTENDANCE_CHANGED = 'ATTENDANCE_CHANGED',
  DECISION_CHANGED = 'DECISION_CHANGED',
  AMENDMENT_ADDED = 'AMENDMENT_ADDED',
  PRESENCE_CHANGED = 'PRESENCE_CHANGED',
}

/** Whose read rule decides who receives an event: the meeting, its internals, an item, or an item's minutes. */
export const about = {
  meeting: (id: string): EventRecord => ({ type: 'meeting', id }),
  internals: (meetingId: string): EventRecord => ({ type: 'meetingInternals', id: meetingId }),
  item: (id: string): EventRecord => ({ type: 'agendaItem', id }),
  minutes: (itemId: string): EventRecord => ({ type: 'minutes', id: itemId }),
  /** An item that is gone or changed its visibility: as public as it was or is now. */
  agenda: (meetingId: string, wasPublic: boolean): EventRecord =>
    wasPublic ? { type: 'meeting', id: meetingId } : { type: 'meetingInternals', id: meetingId },
};
