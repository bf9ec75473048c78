import { MeetingStatus } from './meeting.enums.js';

/**
 * planned → invited → running → minutes draft → minutes approved → published;
 * a meeting that has not begun can be cancelled. Postponing keeps the status
 * and moves the date (`postponeMeeting`).
 */
export const meetingTransitions: Record<MeetingStatus, readonly MeetingStatus[]> = {
  [MeetingStatus.PLANNED]: [MeetingStatus.INVITED, MeetingStatus.RUNNING, MeetingStatus.CANCELLED],
  [MeetingStatus.INVITED]: [MeetingStatus.RUNNING, MeetingStatus.CANCELLED],
  [MeetingStatus.RUNNING]: [MeetingStatus.MINUTES_DRAFT],
  [MeetingStatus.MINUTES_DRAFT]: [MeetingStatus.MINUTES_APPROVED],
  [MeetingStatus.MINUTES_APPROVED]: [MeetingStatus.PUBLISHED],
  [MeetingStatus.PUBLISHED]: [],
  [MeetingStatus.CANCELLED]: [],
};

/** While the meeting has not begun, its time, place and agenda may change freely. */
export const beforeMeeting: readonly MeetingStatus[] = [MeetingStatus.PLANNED, MeetingStatus.INVITED];

/** The minutes are written while the meeting runs and until they are approved. */
export const minutesOpen: readonly MeetingStatus[] = [
  MeetingStatus.PLANNED,
  MeetingStatus.INVITED,
  MeetingStatus.RUNNING,
  MeetingStatus.MINUTES_DRAFT,
];

/** Approved or published minutes are locked: corrections are amendments. */
export const minutesLocked: readonly MeetingStatus[] = [MeetingStatus.MINUTES_APPROVED, MeetingStatus.PUBLISHED];

/** A body's next meeting by its cadence: the shortest interval it meets at, 6 weeks when it has none. */
export function cadenceWeeks(body: { meetingIntervalMinWeeks?: number | null; meetingIntervalMaxWeeks?: number | null }): number {
  return body.meetingIntervalMinWeeks ?? body.meetingIntervalMaxWeeks ?? 6;
}

/** The one shared type of a notes document (a Yjs text): the item's Markdown. */
export const NOTES_TEXT = 'notes';
