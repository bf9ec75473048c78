import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { Opt } from '@mikro-orm/core';
import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { VersionedEntity } from '../../db/base.entity.js';
import { StatusChange } from '../../db/status-change.entity.js';
import { Agreement } from '../agreement/agreement.entity.js';
import { Body } from '../body/body.entity.js';
import { Measure } from '../measure/measure.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Visibility } from '../organisation/organisation.enums.js';
import { Person } from '../person/person.entity.js';
import { Attendance, DecisionResult, MeetingStatus } from './meeting.enums.js';

/** A meeting of a body: its time and place, who hosts it, who is invited, its agenda and minutes. */
@Entity({ tableName: 'meeting' })
@Index({ name: 'meeting_body_index', properties: ['body', 'startsAt'] })
@Check({ name: 'meeting_period', expression: 'ends_at > starts_at' })
export class Meeting extends VersionedEntity {
  @ManyToOne({ entity: () => Body, deleteRule: 'cascade' })
  body!: Body;

  @Property({ type: 'string', length: 300 })
  title!: string;

  /** Stored in UTC; shown and entered in Europe/Berlin. */
  @Property({ type: 'datetime' })
  startsAt!: Date;

  @Property({ type: 'datetime' })
  endsAt!: Date;

  @Property({ type: 'string', length: 300, nullable: true })
  location?: string | null;

  @Property({ type: 'string', length: 500, nullable: true })
  onlineUrl?: string | null;

  /** The organisation hosting this meeting; it may change from meeting to meeting. */
  @ManyToOne({ entity: () => Organisation, nullable: true, deleteRule: 'set null' })
  organiser?: Organisation | null;

  @Enum({ items: () => Visibility, nativeEnumName: 'visibility', default: Visibility.PUBLIC })
  visibility: Opt<Visibility> = Visibility.PUBLIC;

  @Enum({ items: () => MeetingStatus, nativeEnumName: 'meeting_status' })
  status!: MeetingStatus;

  @Property({ type: 'text', nullable: true })
  cancelReason?: string | null;

  /** The meeting this one follows in its body's series. */
  @ManyToOne({ entity: () => Meeting, nullable: true, deleteRule: 'set null' })
  previous?: Meeting | null;

  @Property({ type: 'datetime', nullable: true })
  approvedAt?: Date | null;

  @Property({ type: 'string', length: 120, nullable: true })
  approvedByName?: string | null;

  /** The decision by which the body approved the minutes, when it was the body and not the chair. */
  @Property({ type: 'uuid', nullable: true })
  approvalDecisionId?: string | null;

  /** iCalendar SEQUENCE: raised with every change invitees are told about. */
  @Property({ type: 'integer', default: 0 })
  icalSequence: Opt<number> = 0;
}

/** One step of a meeting's status timeline. */
@Entity({ tableName: 'meeting_status_change' })
@Index({ name: 'meeting_status_change_meeting_index', properties: ['meeting'] })
export class MeetingStatusChange extends StatusChange {
  @ManyToOne({ entity: () => Meeting, deleteRule: 'cascade' })
  meeting!: Meeting;

  @Enum({ items: () => MeetingStatus, nativeEnumName: 'meeting_status', nullable: true })
  fromStatus?: MeetingStatus | null;

  @Enum({ items: () => MeetingStatus, nativeEnumName: 'meeting_status' })
  toStatus!: MeetingStatus;

  @Property({ type: 'text', nullable: true })
  note?: string | null;
}

/** A person invited to a meeting or recorded at it, and how they took part. */
@Entity({ tableName: 'meeting_participant' })
@Unique({ name: 'meeting_participant_unique', properties: ['meeting', 'person'] })
@Index({ name: 'meeting_participant_person_index', properties: ['person'] })
export class MeetingParticipant {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Meeting, deleteRule: 'cascade' })
  meeting!: Meeting;

  @ManyToOne({ entity: () => Person, deleteRule: 'cascade' })
  person!: Person;

  /** The organisation the person acts for at this meeting. */
  @ManyToOne({ entity: () => Organisation, nullable: true, deleteRule: 'set null' })
  organisation?: Organisation | null;

  @Property({ type: 'boolean', default: true })
  invited: Opt<boolean> = true;

  @Enum({ items: () => Attendance, nativeEnumName: 'attendance', nullable: true })
  attendance?: Attendance | null;

  @Property({ type: 'datetime', nullable: true })
  checkedInAt?: Date | null;
}

/**
 * An agenda item (Tagesordnungspunkt), possibly a sub-item, with its notes.
 * The notes are a Yjs document: `notesState` holds the compacted state,
 * `NoteUpdate` the updates since, and `notesText` the Markdown snapshot that
 * rendering, search, approval and export read.
 */
@Entity({ tableName: 'agenda_item' })
@Index({ name: 'agenda_item_meeting_index', properties: ['meeting', 'position'] })
export class AgendaItem extends VersionedEntity {
  @ManyToOne({ entity: () => Meeting, deleteRule: 'cascade' })
  meeting!: Meeting;

  @ManyToOne({ entity: () => AgendaItem, nullable: true, deleteRule: 'cascade' })
  parent?: AgendaItem | null;

  /** Order among the items of the same parent, from 1. */
  @Property({ type: 'integer' })
  position!: number;

  @Property({ type: 'string', length: 300 })
  title!: string;

  @ManyToOne({ entity: () => Person, nullable: true, deleteRule: 'set null' })
  presenter?: Person | null;

  @Property({ type: 'integer', nullable: true })
  plannedMinutes?: number | null;

  @Enum({ items: () => Visibility, nativeEnumName: 'visibility', default: Visibility.PUBLIC })
  visibility: Opt<Visibility> = Visibility.PUBLIC;

  @ManyToOne({ entity: () => Measure, nullable: true, deleteRule: 'set null' })
  measure?: Measure | null;

  @ManyToOne({ entity: () => Agreement, nullable: true, deleteRule: 'set null' })
  agreement?: Agreement | null;

  @ManyToOne({ entity: () => Body, nullable: true, deleteRule: 'set null' })
  linkedBody?: Body | null;

  /** Marked to come back in the next meeting's agenda. */
  @Property({ type: 'boolean', default: false })
  carryOver: Opt<boolean> = false;

  /** The item of an earlier meeting this one continues. */
  @ManyToOne({ entity: () => AgendaItem, nullable: true, deleteRule: 'set null' })
  carriedFrom?: AgendaItem | null;

  @Property({ type: 'text', default: '' })
  notesText: Opt<string> = '';

  @Property({ type: 'blob', nullable: true })
  notesState?: Buffer | null;

  /** Updates stored since the last compaction. */
  @Property({ type: 'integer', default: 0 })
  notesPending: Opt<number> = 0;

  /** Raised by every notes update (not the item's version: writing notes must not conflict with editing the item). */
  @Property({ type: 'integer', default: 0 })
  notesRevision: Opt<number> = 0;
}

/** One Yjs update to an agenda item's notes, kept until it is compacted into `notesState`. */
@Entity({ tableName: 'note_update' })
@Index({ name: 'note_update_item_index', properties: ['agendaItem'] })
export class NoteUpdate {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => AgendaItem, deleteRule: 'cascade' })
  agendaItem!: AgendaItem;

  @Property({ type: 'blob' })
  update!: Buffer;

  @Property({ type: 'string', length: 120, nullable: true })
  authorName?: string | null;

  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();
}

/** A decision (Beschluss) taken under an agenda item. */
@Entity({ tableName: 'decision' })
@Index({ name: 'decision_item_index', properties: ['agendaItem'] })
@Index({ name: 'decision_meeting_index', properties: ['meeting'] })
@Check({
  name: 'decision_votes',
  expression:
    '(votes_for is null or votes_for >= 0) and (votes_against is null or votes_against >= 0) and (votes_abstaining is null or votes_abstaining >= 0)',
})
export class Decision extends VersionedEntity {
  @ManyToOne({ entity: () => Meeting, deleteRule: 'cascade' })
  meeting!: Meeting;

  @ManyToOne({ entity: () => AgendaItem, deleteRule: 'cascade' })
  agendaItem!: AgendaItem;

  @Property({ type: 'text' })
  text!: string;

  @Enum({ items: () => DecisionResult, nativeEnumName: 'decision_result' })
  result!: DecisionResult;

  @Property({ type: 'integer', nullable: true })
  votesFor?: number | null;

  @Property({ type: 'integer', nullable: true })
  votesAgainst?: number | null;

  @Property({ type: 'integer', nullable: true })
  votesAbstaining?: number | null;
}

/** A member who took no part in a decision because of a conflict of interest. */
@Entity({ tableName: 'decision_recusal' })
@Unique({ name: 'decision_recusal_unique', properties: ['decision', 'person'] })
export class DecisionRecusal {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Decision, deleteRule: 'cascade' })
  decision!: Decision;

  @ManyToOne({ entity: () => Person, deleteRule: 'cascade' })
  person!: Person;

  @Property({ type: 'string', length: 300, nullable: true })
  reason?: string | null;
}

/** A correction to approved minutes: recorded beside them, never written into them. */
@Entity({ tableName: 'minutes_amendment' })
@Index({ name: 'minutes_amendment_meeting_index', properties: ['meeting'] })
export class MinutesAmendment {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Meeting, deleteRule: 'cascade' })
  meeting!: Meeting;

  @ManyToOne({ entity: () => AgendaItem, nullable: true, deleteRule: 'set null' })
  agendaItem?: AgendaItem | null;

  @Property({ type: 'text' })
  text!: string;

  @Property({ type: 'text' })
  reason!: string;

  @Property({ type: 'string', length: 120, nullable: true })
  authorName?: string | null;

  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();
}

/** Who has a meeting's page open, and at which item; refreshed by the page, gone after a minute without. */
@Entity({ tableName: 'meeting_presence' })
@Unique({ name: 'meeting_presence_unique', properties: ['meeting', 'userId', 'clientId'] })
export class MeetingPresence {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Meeting, deleteRule: 'cascade' })
  meeting!: Meeting;

  @Property({ type: 'uuid' })
  userId!: string;

  /** One per open page: a user may have the meeting open twice. */
  @Property({ type: 'string', length: 64 })
  clientId!: string;

  @Property({ type: 'string', length: 120 })
  displayName!: string;

  @Property({ type: 'uuid', nullable: true })
  agendaItemId?: string | null;

  @Property({ type: 'datetime' })
  seenAt: Opt<Date> = new Date();
}
