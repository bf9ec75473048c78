import { LockMode } from '@mikro-orm/core';
import { ensure, policy } from '../../auth/policy.js';
import { canRead } from '../../auth/read-rules.js';
import type { Scope } from '../../auth/scope.js';
import type { EntityManager } from '../../db/orm.js';
import { SqlReader } from '../../db/reader.js';
import { badInput, DomainError, ErrorCode, notFound, versionConflict } from '../../errors/domain-error.js';
import type { LiveEvents } from '../../realtime/live-events.js';
import { today } from '../../shared/dates.js';
import { isUuid } from '../../validation/ids.js';
import { parseInput } from '../../validation/parse-input.js';
import { ensureTransition } from '../../validation/transitions.js';
import type { AuditService } from '../audit/audit.service.js';
import { Body } from '../body/body.entity.js';
import { actorName, leaderPersonIds } from '../body/body.service.js';
import { leadingRoles, organisingRoles } from '../membership/membership.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Visibility } from '../organisation/organisation.enums.js';
import { Person } from '../person/person.entity.js';
import { openTaskStatuses, Task } from '../task/task.entity.js';
import { AgendaItem, Decision, Meeting, MeetingParticipant, MeetingStatusChange, MinutesAmendment } from './meeting.entity.js';
import { Attendance, DecisionResult, MeetingStatus } from './meeting.enums.js';
import {
  type AmendmentInput,
  type AttendanceInput,
  amendmentSchema,
  attendanceSchema,
  createMeetingSchema,
  type MeetingInput,
  type MeetingStatusInput,
  meetingStatusSchema,
  type PostponeMeetingInput,
  postponeSchema,
  updateMeetingSchema,
} from './meeting.inputs.js';
import type { InvitationChange } from './meeting.mail.js';
import { PRESENCE_SECONDS } from './meeting.read.js';
import { beforeMeeting, cadenceWeeks, meetingTransitions, minutesLocked } from './meeting.rules.js';
import { about, MeetingEventKind, meetingTopic } from './meeting.topics.js';

/** Who may do what in a meeting, read once per write. */
export interface MeetingAccess {
  managerPersonIds: string[];
  chairPersonIds: string[];
  /** Members of the body today, and the meeting's participants. */
  insiderPersonIds: string[];
}

export async function meetingAccess(em: EntityManager, meeting: Meeting): Promise<MeetingAccess> {
  // One statement: every edit of the notes asks it.
  const [row] = await em.execute<{ managers: string[] | null; chairs: string[] | null; insiders: string[] | null }[]>(
    `select array(select distinct person_id from membership where body_id = ? and role::text = any(?::text[]) and ${heldToday}) as managers,
            array(select distinct person_id from membership where body_id = ? and role::text = any(?::text[]) and ${heldToday}) as chairs,
            array(select person_id from membership where body_id = ? and ${heldToday}
                  union select person_id from meeting_participant where meeting_id = ?) as insiders`,
    [meeting.body.id, `{${organisingRoles.join(',')}}`, meeting.body.id, `{${leadingRoles.join(',')}}`, meeting.body.id, meeting.id],
  );
  return { managerPersonIds: row?.managers ?? [], chairPersonIds: row?.chairs ?? [], insiderPersonIds: row?.insiders ?? [] };
}

/** A membership held today (the database's date, as the read rules use it). */
const heldToday = `valid_from <= (now() at time zone 'utc')::date and (valid_to is null or valid_to >= (now() at time zone 'utc')::date)`;

/** Loads a meeting for a change, locked until the transaction ends, after the caller's version and the managers' rule. */
export async function meetingForChange(
  scope: Scope,
  em: EntityManager,
  id: string,
  version?: number,
): Promise<{ meeting: Meeting; access: MeetingAccess }> {
  const meeting = isUuid(id) ? await em.findOne(Meeting, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
  if (!meeting) throw notFound('Meeting', id);
  const access = await meetingAccess(em, meeting);
  ensure(
    policy.manageMeetings(scope.actor, access.managerPersonIds),
    scope.actor,
    'Only admins and the body’s chairs, tandem leads and secretariat run its meetings',
  );
  if (version !== undefined && meeting.version !== version) throw versionConflict('Meeting', meeting.version);
  return { meeting, access };
}

/** Minutes that are approved take amendments only. */
export function ensureMinutesOpen(meeting: Meeting): void {
  if (minutesLocked.includes(meeting.status))
    throw new DomainError(ErrorCode.CONFLICT, 'The minutes are approved and locked; record a correction as an amendment', {
      reason: 'MINUTES_LOCKED',
    });
  if (meeting.status === MeetingStatus.CANCELLED)
    throw new DomainError(ErrorCode.CONFLICT, 'The meeting was cancelled', { reason: 'MEETING_CANCELLED' });
}

const berlinDate = (d: Date) => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin' }).format(d);

/**
 * Meetings of bodies: dates, organiser, invitees and attendance, the status
 * from planned to published, approval and amendments, and the next meeting
 * of the series with what is still open. Every change is one transaction
 * with its audit entry and its live event.
 */
export class MeetingService {
  constructor(
    private readonly audit: AuditService,
    private readonly live: LiveEvents,
    /** Tells invitees (all, or the newly invited `personIds`) after the change committed. */
    private readonly onInvitationChange: (
      meetingId: string,
      change: InvitationChange,
      personIds?: readonly string[],
    ) => Promise<void> = async () => {},
  ) {}

  async create(scope: Scope, input: MeetingInput): Promise<Meeting> {
    ensure(scope.actor.kind === 'user', scope.actor);
    const data = parseInput(createMeetingSchema, input);
    return this.live.write(scope.em, async (em, events) => {
      const body = await em.findOne(Body, { id: data.bodyId });
      if (!body) throw badInput('input.bodyId', 'Unknown body', 'UNKNOWN_REFERENCE');
      ensure(
        policy.manageMeetings(scope.actor, await leaderPersonIds(em, body.id, today(), organisingRoles)),
        scope.actor,
        'Only admins and the body’s chairs, tandem leads and secretariat run its meetings',
      );
      const meeting = em.create(Meeting, {
        body,
        title: data.title,
        startsAt: data.startsAt,
        endsAt: data.endsAt,
        location: data.location,
        onlineUrl: data.onlineUrl,
        organiser: await this.organisation(em, data.organiserId),
        visibility: data.visibility ?? body.visibility,
        status: MeetingStatus.PLANNED,
      });
      if (data.inviteMembers) await this.inviteMembers(em, meeting);
      this.step(scope, em, meeting, null, MeetingStatus.PLANNED, null);
      this.record(scope, em, meeting, 'CREATE', undefined, { title: meeting.title, startsAt: meeting.startsAt.toISOString() });
      await em.flush();
      await events.append(meetingTopic(meeting.id), MeetingEventKind.MEETING_CHANGED, about.meeting(meeting.id));
      return meeting;
    });
  }

  async update(scope: Scope, id: string, version: number, input: MeetingInput): Promise<Meeting> {
    const data = parseInput(updateMeetingSchema, input);
    let timeChanged = false;
    const meeting = await this.live.write(scope.em, async (em, events) => {
      const { meeting } = await meetingForChange(scope, em, id, version);
      if (meeting.status === MeetingStatus.CANCELLED)
        throw new DomainError(ErrorCode.CONFLICT, 'The meeting was cancelled', { reason: 'MEETING_CANCELLED' });
      const told = (m: Meeting) =>
        [m.title, m.startsAt.toISOString(), m.endsAt.toISOString(), m.location ?? '', m.onlineUrl ?? ''].join('\u0000');
      const before = { title: meeting.title, startsAt: meeting.startsAt.toISOString(), endsAt: meeting.endsAt.toISOString() };
      const toldBefore = told(meeting);
      const { organiserId, ...scalars } = data;
      em.assign(meeting, Object.fromEntries(Object.entries(scalars).filter(([, v]) => v !== undefined)));
      if (meeting.endsAt <= meeting.startsAt) throw badInput('input.endsAt', 'must be after the start', 'INVALID');
      if (organiserId !== undefined) meeting.organiser = await this.organisation(em, organiserId);
      // What the invitation told them (title, time, place, link) changed: they get an update.
      timeChanged = toldBefore !== told(meeting);
      if (timeChanged && meeting.status === MeetingStatus.INVITED) meeting.icalSequence += 1;
      this.record(scope, em, meeting, 'UPDATE', before, {
        title: meeting.title,
        startsAt: meeting.startsAt.toISOString(),
        endsAt: meeting.endsAt.toISOString(),
      });
      await em.flush();
      await events.append(meetingTopic(meeting.id), MeetingEventKind.MEETING_CHANGED, about.meeting(meeting.id));
      return meeting;
    });
    if (timeChanged && meeting.status === MeetingStatus.INVITED) await this.onInvitationChange(meeting.id, 'UPDATED');
    return meeting;
  }

  /** Moves a meeting along its states; cancelling needs a reason and tells the invitees. */
  async changeStatus(scope: Scope, id: string, version: number, input: MeetingStatusInput): Promise<Meeting> {
    const data = parseInput(meetingStatusSchema, input);
    let from: MeetingStatus | undefined;
    const meeting = await this.live.write(scope.em, async (em, events) => {
      const { meeting, access } = await meetingForChange(scope, em, id, version);
      ensureTransition(meetingTransitions, meeting.status, data.status, 'meeting');
      if (data.status === MeetingStatus.MINUTES_APPROVED) {
        ensure(policy.approveMinutes(scope.actor, access.chairPersonIds), scope.actor, 'Only the chair approves the minutes');
        meeting.approvedAt = new Date();
        meeting.approvedByName = actorName(scope);
      }
      from = meeting.status;
      meeting.status = data.status;
      if (data.status === MeetingStatus.CANCELLED) {
        meeting.cancelReason = data.note;
        if (from === MeetingStatus.INVITED) meeting.icalSequence += 1;
      }
      this.step(scope, em, meeting, from, data.status, data.note);
      this.record(scope, em, meeting, 'STATUS', { status: from }, { status: data.status, note: data.note });
      await em.flush();
      await events.append(meetingTopic(meeting.id), MeetingEventKind.MEETING_CHANGED, about.meeting(meeting.id), { status: data.status });
      return meeting;
    });
    if (data.status === MeetingStatus.INVITED) await this.onInvitationChange(meeting.id, 'INVITED');
    if (data.status === MeetingStatus.CANCELLED && from === MeetingStatus.INVITED) await this.onInvitationChange(meeting.id, 'CANCELLED');
    return meeting;
  }

  /**
   * Approves the minutes: by the chair, or by any of the meeting's managers
   * recording the body's decision (an adopted decision of this body).
   */
  async approveMinutes(scope: Scope, id: string, version: number, decisionId: string | null | undefined): Promise<Meeting> {
    return this.live.write(scope.em, async (em, events) => {
      const { meeting, access } = await meetingForChange(scope, em, id, version);
      ensureTransition(meetingTransitions, meeting.status, MeetingStatus.MINUTES_APPROVED, 'meeting');
      if (decisionId) {
        const decision = isUuid(decisionId) ? await em.findOne(Decision, { id: decisionId }, { populate: ['meeting'] }) : null;
        if (!decision || decision.meeting.body.id !== meeting.body.id || decision.result !== DecisionResult.ADOPTED)
          throw badInput('decisionId', 'must be an adopted decision of this body', 'UNKNOWN_REFERENCE');
        meeting.approvalDecisionId = decision.id;
      } else {
        ensure(policy.approveMinutes(scope.actor, access.chairPersonIds), scope.actor, 'Only the chair approves the minutes');
      }
      const from = meeting.status;
      meeting.status = MeetingStatus.MINUTES_APPROVED;
      meeting.approvedAt = new Date();
      meeting.approvedByName = actorName(scope);
      this.step(scope, em, meeting, from, meeting.status, decisionId ? 'Durch Beschluss genehmigt' : null);
      this.record(scope, em, meeting, 'APPROVE', { status: from }, { status: meeting.status, decisionId: decisionId ?? null });
      await em.flush();
      await events.append(meetingTopic(meeting.id), MeetingEventKind.MEETING_CHANGED, about.meeting(meeting.id), {
        status: meeting.status,
      });
      return meeting;
    });
  }

  /** Moves a meeting that has not begun to a new date; the invitees are told. */
  async postpone(scope: Scope, id: string, version: number, input: PostponeMeetingInput): Promise<Meeting> {
    const data = parseInput(postponeSchema, input);
    const meeting = await this.live.write(scope.em, async (em, events) => {
      const { meeting } = await meetingForChange(scope, em, id, version);
      if (!beforeMeeting.includes(meeting.status))
        throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Only a meeting that has not begun can be postponed', {
          field: 'input.startsAt',
          reason: 'INVALID_TRANSITION',
          details: { from: meeting.status },
        });
      const before = { startsAt: meeting.startsAt.toISOString(), endsAt: meeting.endsAt.toISOString() };
      meeting.startsAt = data.startsAt;
      meeting.endsAt = data.endsAt;
      if (meeting.status === MeetingStatus.INVITED) meeting.icalSequence += 1;
      this.step(
        scope,
        em,
        meeting,
        meeting.status,
        meeting.status,
        `${data.reason} (${berlinDate(new Date(before.startsAt))} → ${berlinDate(data.startsAt)})`,
      );
      this.record(scope, em, meeting, 'POSTPONE', before, {
        startsAt: data.startsAt.toISOString(),
        endsAt: data.endsAt.toISOString(),
        reason: data.reason,
      });
      await em.flush();
      await events.append(meetingTopic(meeting.id), MeetingEventKind.MEETING_CHANGED, about.meeting(meeting.id));
      return meeting;
    });
    if (meeting.status === MeetingStatus.INVITED) await this.onInvitationChange(meeting.id, 'UPDATED');
    return meeting;
  }

  /** Records how a person takes part: invitation, check-in (present), excused, absent, guest. */
  async setAttendance(scope: Scope, meetingId: string, input: AttendanceInput): Promise<MeetingParticipant> {
    const data = parseInput(attendanceSchema, input);
    return this.live.write(scope.em, async (em, events) => {
      const { meeting } = await meetingForChange(scope, em, meetingId);
      ensureMinutesOpen(meeting);
      const person = await em.findOne(Person, { id: data.personId });
      if (!person) throw badInput('input.personId', 'Unknown person', 'UNKNOWN_REFERENCE');
      let participant = await em.findOne(MeetingParticipant, { meeting, person });
      if (!participant) {
        participant = em.create(MeetingParticipant, { meeting, person, invited: data.attendance !== Attendance.GUEST, attendance: null });
      }
      participant.attendance = data.attendance;
      if (data.organisationId !== undefined) participant.organisation = await this.organisation(em, data.organisationId);
      participant.checkedInAt = data.attendance === Attendance.PRESENT || data.attendance === Attendance.GUEST ? new Date() : null;
      await em.flush();
      await events.append(meetingTopic(meeting.id), MeetingEventKind.ATTENDANCE_CHANGED, about.internals(meeting.id), {
        personId: person.id,
      });
      return participant;
    });
  }

  /** Invites more people (before the meeting or during it); already invited ones stay as they are. */
  async invite(scope: Scope, meetingId: string, personIds: readonly string[]): Promise<Meeting> {
    if (personIds.length > 200) throw badInput('personIds', 'at most 200 at once', 'TOO_MANY');
    const added: string[] = [];
    const meeting = await this.live.write(scope.em, async (em, events) => {
      const { meeting } = await meetingForChange(scope, em, meetingId);
      ensureMinutesOpen(meeting);
      const people = await em.find(Person, { id: { $in: personIds.filter(isUuid) } });
      if (people.length !== new Set(personIds).size) throw badInput('personIds', 'Unknown person', 'UNKNOWN_REFERENCE');
      const existing = new Set((await em.find(MeetingParticipant, { meeting })).map((p) => p.person.id));
      for (const person of people) {
        if (existing.has(person.id)) continue;
        em.create(MeetingParticipant, { meeting, person, invited: true });
        added.push(person.id);
      }
      await em.flush();
      await events.append(meetingTopic(meeting.id), MeetingEventKind.ATTENDANCE_CHANGED, about.internals(meeting.id));
      return meeting;
    });
    // Only the newly invited get an invitation; the others have theirs.
    if (meeting.status === MeetingStatus.INVITED && added.length) await this.onInvitationChange(meeting.id, 'INVITED', added);
    return meeting;
  }

  /** A correction to approved minutes, kept beside them with who and when. */
  async amend(scope: Scope, meetingId: string, input: AmendmentInput): Promise<MinutesAmendment> {
    const data = parseInput(amendmentSchema, input);
    return this.live.write(scope.em, async (em, events) => {
      const { meeting } = await meetingForChange(scope, em, meetingId);
      if (!minutesLocked.includes(meeting.status))
        throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Minutes that are not approved yet are corrected directly', {
          reason: 'MINUTES_NOT_APPROVED',
        });
      const item = data.agendaItemId ? await em.findOne(AgendaItem, { id: data.agendaItemId, meeting }) : null;
      if (data.agendaItemId && !item) throw badInput('input.agendaItemId', 'Unknown agenda item of this meeting', 'UNKNOWN_REFERENCE');
      const amendment = em.create(MinutesAmendment, {
        meeting,
        agendaItem: item,
        text: data.text,
        reason: data.reason,
        authorName: actorName(scope),
      });
      this.record(scope, em, meeting, 'AMEND', undefined, { agendaItemId: item?.id ?? null, text: data.text, reason: data.reason });
      await em.flush();
      await events.append(
        meetingTopic(meeting.id),
        MeetingEventKind.AMENDMENT_ADDED,
        item ? about.minutes(item.id) : about.meeting(meeting.id),
        { amendmentId: amendment.id },
      );
      return amendment;
    });
  }

  /**
   * Creates the body's next meeting from its cadence, with an agenda draft of
   * what is still open: items marked "carry over", items whose decisions were
   * deferred, and one item listing the body's open tasks.
   */
  async createNext(scope: Scope, meetingId: string): Promise<Meeting> {
    return this.live.write(scope.em, async (em, events) => {
      const { meeting: previous } = await meetingForChange(scope, em, meetingId);
      const already = await em.findOne(Meeting, { previous, status: { $ne: MeetingStatus.CANCELLED } });
      if (already)
        throw new DomainError(ErrorCode.CONFLICT, 'This meeting already has a next meeting', {
          reason: 'NEXT_MEETING_EXISTS',
          details: { meetingId: already.id },
        });
      const body = await em.findOneOrFail(Body, { id: previous.body.id });
      const weeks = cadenceWeeks(body);
      const shift = weeks * 7 * 86_400_000;
      const meeting = em.create(Meeting, {
        body,
        title: previous.title,
        startsAt: new Date(previous.startsAt.getTime() + shift),
        endsAt: new Date(previous.endsAt.getTime() + shift),
        location: previous.location,
        onlineUrl: previous.onlineUrl,
        organiser: previous.organiser,
        visibility: previous.visibility,
        status: MeetingStatus.PLANNED,
        previous,
      });
      await this.inviteMembers(em, meeting);
      const items = await em.find(AgendaItem, { meeting: previous, parent: null }, { orderBy: { position: 'asc' } });
      const deferred = new Set(
        (await em.find(Decision, { meeting: previous, result: DecisionResult.DEFERRED })).map((d) => d.agendaItem.id),
      );
      let position = 0;
      for (const item of items) {
        if (!item.carryOver && !deferred.has(item.id)) continue;
        em.create(AgendaItem, {
          meeting,
          position: ++position,
          title: item.title,
          presenter: item.presenter,
          plannedMinutes: item.plannedMinutes,
          visibility: item.visibility,
          measure: item.measure,
          agreement: item.agreement,
          linkedBody: item.linkedBody,
          carriedFrom: item,
        });
      }
      const openTasks = await em.count(Task, { body, status: { $in: [...openTaskStatuses] } });
      if (openTasks > 0) {
        em.create(AgendaItem, {
          meeting,
          position: ++position,
          title: 'Offene Aufgaben',
          visibility: Visibility.INTERNAL,
          notesText: '',
        });
      }
      this.step(scope, em, meeting, null, MeetingStatus.PLANNED, null);
      this.record(scope, em, meeting, 'CREATE', undefined, { title: meeting.title, previous: previous.id });
      await em.flush();
      await events.append(meetingTopic(meeting.id), MeetingEventKind.MEETING_CHANGED, about.meeting(meeting.id));
      return meeting;
    });
  }

  /**
   * Says that this page (`clientId`) has the meeting open, at an item or
   * none; pages repeat it every 20 seconds. Others hear of it when someone
   * arrives or moves to another item.
   */
  async present(scope: Scope, meetingId: string, clientId: string, agendaItemId: string | null | undefined): Promise<boolean> {
    ensure(scope.actor.kind === 'user', scope.actor);
    const actor = scope.actor;
    if (actor.kind !== 'user') return false;
    if (!/^[\w-]{8,64}$/.test(clientId)) throw badInput('clientId', 'must be 8 to 64 letters, digits, - or _', 'INVALID');
    if (agendaItemId && !isUuid(agendaItemId)) throw badInput('agendaItemId', 'must be a valid id', 'INVALID');
    return this.live.write(scope.em, async (em, events) => {
      if (!(await canRead(new SqlReader(em), 'meetingInternals', actor, meetingId))) throw notFound('Meeting', meetingId);
      const [old] = await em.execute<{ agenda_item_id: string | null; fresh: boolean }[]>(
        `select agenda_item_id, seen_at > now() - make_interval(secs => ${PRESENCE_SECONDS}) as fresh from meeting_presence
          where meeting_id = ? and user_id = ? and client_id = ?`,
        [meetingId, actor.userId, clientId],
      );
      await em.execute(
        `insert into meeting_presence (id, meeting_id, user_id, client_id, display_name, agenda_item_id, seen_at)
         values (gen_random_uuid(), ?, ?, ?, ?, ?, now())
         on conflict (meeting_id, user_id, client_id)
         do update set agenda_item_id = excluded.agenda_item_id, display_name = excluded.display_name, seen_at = now()`,
        [meetingId, actor.userId, clientId, actor.displayName, agendaItemId ?? null],
      );
      if (!old?.fresh || old.agenda_item_id !== (agendaItemId ?? null))
        await events.append(meetingTopic(meetingId), MeetingEventKind.PRESENCE_CHANGED, about.internals(meetingId));
      return true;
    });
  }

  /** The page is closed: the others see it go at once instead of after a minute. */
  async leave(scope: Scope, meetingId: string, clientId: string): Promise<boolean> {
    ensure(scope.actor.kind === 'user', scope.actor);
    const actor = scope.actor;
    if (actor.kind !== 'user' || !isUuid(meetingId)) return false;
    return this.live.write(scope.em, async (em, events) => {
      const removed = await em.execute<{ id: string }[]>(
        'delete from meeting_presence where meeting_id = ? and user_id = ? and client_id = ? returning id',
        [meetingId, actor.userId, clientId],
      );
      if (removed.length) await events.append(meetingTopic(meetingId), MeetingEventKind.PRESENCE_CHANGED, about.internals(meetingId));
      return removed.length > 0;
    });
  }

  private async inviteMembers(em: EntityManager, meeting: Meeting): Promise<void> {
    const day = berlinDate(meeting.startsAt);
    const rows = await em.execute<{ person_id: string; organisation_id: string | null }[]>(
      `select distinct on (person_id) person_id, organisation_id from membership
        where body_id = ? and valid_from <= ? and (valid_to is null or valid_to >= ?) and role <> 'GUEST' order by person_id, valid_from desc`,
      [meeting.body.id, day, day],
    );
    for (const row of rows)
      em.create(MeetingParticipant, {
        meeting,
        person: em.getReference(Person, row.person_id),
        organisation: row.organisation_id ? em.getReference(Organisation, row.organisation_id) : null,
        invited: true,
      });
  }

  private async organisation(em: EntityManager, id: string | null | undefined) {
    if (!id) return null;
    const organisation = await em.findOne(Organisation, { id });
    if (!organisation) throw badInput('input.organiserId', 'Unknown organisation', 'UNKNOWN_REFERENCE');
    return organisation;
  }

  private step(scope: Scope, em: EntityManager, meeting: Meeting, from: MeetingStatus | null, to: MeetingStatus, note: string | null) {
    em.create(MeetingStatusChange, { meeting, fromStatus: from, toStatus: to, on: today(), note, actorName: actorName(scope) });
  }

  private record(
    scope: Scope,
    em: EntityManager,
    meeting: Meeting,
    action: string,
    before?: Record<string, unknown>,
    after?: Record<string, unknown>,
  ) {
    this.audit.record(em, scope.actor, {
      entityType: 'Meeting',
      entityId: meeting.id,
      action,
      before: before ?? null,
      after: after ?? null,
      // Meetings have their own read rule (the body's insiders): their history is the coordination office's, not the organiser's editors'.
      organisationIds: [],
    });
  }
}
