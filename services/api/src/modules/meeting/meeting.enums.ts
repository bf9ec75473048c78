import { registerEnumType } from 'type-graphql';

/** A meeting's life: planned → invited → running → minutes draft → approved → published; or cancelled. */
export enum MeetingStatus {
  PLANNED = 'PLANNED',
  INVITED = 'INVITED',
  RUNNING = 'RUNNING',
  MINUTES_DRAFT = 'MINUTES_DRAFT',
  MINUTES_APPROVED = 'MINUTES_APPROVED',
  PUBLISHED = 'PUBLISHED',
  CANCELLED = 'CANCELLED',
}

/** How a person took part in a meeting. */
export enum Attendance {
  PRESENT = 'PRESENT',
  EXCUSED = 'EXCUSED',
  ABSENT = 'ABSENT',
  GUEST = 'GUEST',
}

/** What became of a proposal. */
export enum DecisionResult {
  ADOPTED = 'ADOPTED',
  REJECTED = 'REJECTED',
  DEFERRED = 'DEFERRED',
  NOTED = 'NOTED',
}

registerEnumType(MeetingStatus, {
  name: 'MeetingStatus',
  valuesConfig: {
    MINUTES_DRAFT: { description: 'The meeting is over; the minutes are being written.' },
    MINUTES_APPROVED: { description: 'The minutes are approved and locked; corrections are amendments.' },
    PUBLISHED: { description: 'Approved minutes, published to everyone who may read the meeting.' },
  },
});
registerEnumType(Attendance, { name: 'Attendance' });
registerEnumType(DecisionResult, {
  name: 'DecisionResult',
  valuesConfig: {
    DEFERRED: { description: 'Postponed: carried over into the next meeting’s agenda.' },
    NOTED: { description: 'Taken note of (Kenntnisnahme).' },
  },
});
