import type { AgreementStatus, BodyStatus, MeasureStatus, MeetingStatus, TaskStatus } from './graphql/enums.ts';

/**
 * How a status badge looks. Every badge also says its status in words, so the
 * tone only supports the text and never carries meaning on its own.
 */
export type Tone = 'neutral' | 'info' | 'success' | 'warning' | 'danger' | 'muted';

export const bodyStatusTone: Record<BodyStatus, Tone> = {
  FOUNDED: 'info',
  ACTIVE: 'success',
  PAUSED: 'warning',
  MERGED: 'muted',
  DISSOLVED: 'muted',
  HANDED_OVER: 'muted',
};

export const measureStatusTone: Record<MeasureStatus, Tone> = {
  PLANNED: 'neutral',
  IN_PROGRESS: 'info',
  STALLED: 'warning',
  DONE: 'success',
  DROPPED: 'muted',
};

export const agreementStatusTone: Record<AgreementStatus, Tone> = {
  DRAFT: 'neutral',
  NEGOTIATING: 'info',
  SIGNED: 'info',
  IN_FORCE: 'success',
  EXPIRED: 'muted',
  TERMINATED: 'danger',
};

export const meetingStatusTone: Record<MeetingStatus, Tone> = {
  PLANNED: 'neutral',
  INVITED: 'info',
  RUNNING: 'warning',
  MINUTES_DRAFT: 'info',
  MINUTES_APPROVED: 'success',
  PUBLISHED: 'success',
  CANCELLED: 'danger',
};

export const taskStatusTone: Record<TaskStatus, Tone> = {
  OPEN: 'neutral',
  IN_PROGRESS: 'info',
  DONE: 'success',
  CANCELLED: 'muted',
};
