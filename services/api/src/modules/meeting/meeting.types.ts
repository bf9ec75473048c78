import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { StatusChangeView, VersionedView } from '../../graphql/record.types.js';
import { UUIDScalar } from '../../graphql/scalars.js';
import { Visibility } from '../organisation/organisation.enums.js';
import type { OrganisationView } from '../organisation/organisation.types.js';
import type { PersonView } from '../person/person.types.js';
import { Attendance, DecisionResult, MeetingStatus } from './meeting.enums.js';
import { MeetingEventKind } from './meeting.topics.js';

registerEnumType(MeetingEventKind, {
  name: 'MeetingEventKind',
  valuesConfig: {
    NOTES_UPDATED: { description: 'A Yjs update to an item’s notes: apply `update` (base64).' },
    AGENDA_CHANGED: { description: 'Items were added, moved or removed: read the agenda again.' },
  },
});

/** A meeting of a body, as a reader sees it. */
@ObjectType('Meeting', { simpleResolvers: true, description: 'A meeting (Sitzung) of a body.' })
export class MeetingView extends VersionedView {
  @Field(() => String)
  title!: string;

  @Field(() => Date, { description: 'Stored in UTC; show it in Europe/Berlin.' })
  startsAt!: Date;

  @Field(() => Date)
  endsAt!: Date;

  @Field(() => String, { nullable: true })
  location!: string | null;

  @Field(() => String, { nullable: true })
  onlineUrl!: string | null;

  @Field(() => Visibility)
  visibility!: Visibility;

  @Field(() => MeetingStatus)
  status!: MeetingStatus;

  @Field(() => String, { nullable: true })
  cancelReason!: string | null;

  @Field(() => Date, { nullable: true })
  approvedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Who approved the minutes; shown to members only.' })
  approvedByName!: string | null;

  @Field(() => UUIDScalar, { nullable: true, description: 'The decision by which the body approved the minutes, if it did.' })
  approvalDecisionId!: string | null;

  @Field(() => Int, {
    description: 'The last event of this meeting so far: subscribe to meetingEvents with `after` set to it to miss nothing.',
  })
  eventSeq!: number;

  bodyId!: string;
  organiserId!: string | null;
  previousId!: string | null;
}

/** One step of a meeting's status timeline. */
@ObjectType('MeetingStatusChange', { simpleResolvers: true })
export class MeetingStatusChangeView extends StatusChangeView {
  @Field(() => MeetingStatus, { nullable: true })
  fromStatus!: MeetingStatus | null;

  @Field(() => MeetingStatus)
  toStatus!: MeetingStatus;

  @Field(() => String, { nullable: true })
  note!: string | null;
}

/** A person invited to or recorded at a meeting. */
@ObjectType('MeetingParticipant', { simpleResolvers: true })
export class MeetingParticipantView {
  @Field(() => ID)
  id!: string;

  @Field(() => Boolean)
  invited!: boolean;

  @Field(() => Attendance, { nullable: true, description: 'Null until recorded.' })
  attendance!: Attendance | null;

  @Field(() => Date, { nullable: true })
  checkedInAt!: Date | null;

  personId!: string;
  organisationId!: string | null;
  person?: PersonView | null;
  organisation?: OrganisationView | null;
}

/** An agenda item (Tagesordnungspunkt). */
@ObjectType('AgendaItem', { simpleResolvers: true })
export class AgendaItemView extends VersionedView {
  @Field(() => String, { description: 'Its number on the agenda: "3", "3.1". Hidden items keep their numbers.' })
  number!: string;

  @Field(() => Int, { description: '0 for items, 1 for sub-items, 2 below.' })
  depth!: number;

  @Field(() => UUIDScalar, { nullable: true })
  parentId!: string | null;

  @Field(() => Int, { description: 'Order among the items of the same parent, from 1.' })
  position!: number;

  @Field(() => String)
  title!: string;

  @Field(() => Int, { nullable: true })
  plannedMinutes!: number | null;

  @Field(() => Visibility)
  visibility!: Visibility;

  @Field(() => Boolean)
  carryOver!: boolean;

  @Field(() => UUIDScalar, { nullable: true, description: 'The item of an earlier meeting this one continues.' })
  carriedFromId!: string | null;

  meetingId!: string;
  presenterId!: string | null;
  measureId!: string | null;
  agreementId!: string | null;
  linkedBodyId!: string | null;
}

/** An agenda item's notes: the Markdown text, rendered HTML, and the Yjs state for live editing. */
@ObjectType('AgendaNotes', { simpleResolvers: true })
export class AgendaNotesView {
  @Field(() => UUIDScalar)
  agendaItemId!: string;

  @Field(() => String, { description: 'Markdown.' })
  text!: string;

  @Field(() => Int, { description: 'Raised by every edit.' })
  revision!: number;
}

/** A decision (Beschluss) under an agenda item. */
@ObjectType('Decision', { simpleResolvers: true })
export class DecisionView extends VersionedView {
  @Field(() => String)
  text!: string;

  @Field(() => DecisionResult)
  result!: DecisionResult;

  @Field(() => Int, { nullable: true })
  votesFor!: number | null;

  @Field(() => Int, { nullable: true })
  votesAgainst!: number | null;

  @Field(() => Int, { nullable: true })
  votesAbstaining!: number | null;

  agendaItemId!: string;
  meetingId!: string;
}

/** A member who took no part in a decision because of a conflict of interest. */
@ObjectType('DecisionRecusal', { simpleResolvers: true })
export class DecisionRecusalView {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  personId!: string;
}

/** A correction to approved minutes. */
@ObjectType('MinutesAmendment', { simpleResolvers: true })
export class MinutesAmendmentView {
  @Field(() => ID)
  id!: string;

  @Field(() => UUIDScalar, { nullable: true })
  agendaItemId!: string | null;

  @Field(() => String)
  text!: string;

  @Field(() => String)
  reason!: string;

  @Field(() => String, { nullable: true, description: 'Shown to members only.' })
  authorName!: string | null;

  @Field(() => Date)
  createdAt!: Date;
}

/** Someone who has the meeting open now. */
@ObjectType('MeetingPresence', { simpleResolvers: true })
export class MeetingPresenceView {
  @Field(() => String)
  clientId!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => UUIDScalar, { nullable: true, description: 'The item they are at.' })
  agendaItemId!: string | null;

  @Field(() => Date)
  seenAt!: Date;
}

@ObjectType('MeetingPermissions', { simpleResolvers: true })
export class MeetingPermissions {
  @Field(() => Boolean, { description: 'May change the meeting, its agenda, attendance, decisions and tasks.' })
  manage!: boolean;

  @Field(() => Boolean, { description: 'May write the notes (managers, members of the body, participants).' })
  writeMinutes!: boolean;

  @Field(() => Boolean, { description: 'May approve the minutes as chair.' })
  approve!: boolean;
}

/** One event of a meeting, with its sequence number. */
@ObjectType('MeetingEvent', { simpleResolvers: true })
export class MeetingEventView {
  @Field(() => Int, { description: 'Pass the last one you saw as `after` when you subscribe again.' })
  seq!: number;

  @Field(() => MeetingEventKind)
  kind!: MeetingEventKind;

  @Field(() => UUIDScalar)
  meetingId!: string;

  @Field(() => UUIDScalar, { nullable: true })
  agendaItemId!: string | null;

  @Field(() => UUIDScalar, { nullable: true })
  decisionId!: string | null;

  @Field(() => UUIDScalar, { nullable: true })
  personId!: string | null;

  @Field(() => String, { nullable: true, description: 'NOTES_UPDATED: the Yjs update, base64.' })
  update!: string | null;

  @Field(() => String, { nullable: true, description: 'NOTES_UPDATED: the client that sent it, as it named itself.' })
  clientId!: string | null;

  @Field(() => MeetingStatus, { nullable: true })
  status!: MeetingStatus | null;

  @Field(() => Date)
  at!: Date;
}
