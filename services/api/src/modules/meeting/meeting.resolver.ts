import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Extensions, FieldResolver, Info, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { policy } from '../../auth/policy.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { firstArg, listSizes } from '../../graphql/lists.js';
import { preloaded } from '../../graphql/preloaded.js';
import { UUIDScalar } from '../../graphql/scalars.js';
import { selectionOf } from '../../graphql/selection.js';
import { sharedResult } from '../../graphql/shared-events.js';
import type { LiveEvent } from '../../realtime/live-events.js';
import { AgreementView } from '../agreement/agreement.types.js';
import { BodyView } from '../body/body.types.js';
import { MeasureView } from '../measure/measure.types.js';
import { leadingRoles, organisingRoles } from '../membership/membership.entity.js';
import { OrganisationView } from '../organisation/organisation.types.js';
import { PersonView } from '../person/person.types.js';
import { TaskView } from '../task/task.types.js';
import { MeetingStatus } from './meeting.enums.js';
import {
  AgendaItemInput,
  AmendmentInput,
  AttendanceInput,
  DecisionInput,
  MeetingInput,
  MeetingStatusInput,
  PostponeMeetingInput,
} from './meeting.inputs.js';
import { meetingTransitions } from './meeting.rules.js';
import { type MeetingEventKind, meetingTopic } from './meeting.topics.js';
import {
  AgendaItemView,
  AgendaNotesView,
  DecisionRecusalView,
  DecisionView,
  MeetingEventView,
  MeetingParticipantView,
  MeetingPermissions,
  MeetingPresenceView,
  MeetingStatusChangeView,
  MeetingView,
  MinutesAmendmentView,
} from './meeting.types.js';

const str = (v: unknown) => (typeof v === 'string' ? v : null);

/** A logged event as the subscriber's GraphQL object. */
const toMeetingEvent = (event: LiveEvent): MeetingEventView =>
  Object.assign(new MeetingEventView(), {
    seq: event.seq,
    kind: event.kind as MeetingEventKind,
    meetingId: event.topic.slice('meeting:'.length),
    agendaItemId: str(event.payload.agendaItemId),
    decisionId: str(event.payload.decisionId),
    personId: str(event.payload.personId),
    update: str(event.payload.update),
    clientId: str(event.payload.clientId),
    status: (str(event.payload.status) as MeetingStatus | null) ?? null,
    at: event.createdAt,
  });

@Resolver(() => MeetingView)
export class MeetingResolver {
  @Query(() => [MeetingView], { description: 'Meetings you may see, soonest first: of one body, in a period, by status.' })
  meetings(
    @Ctx() ctx: GraphQLContext,
    @Arg('bodyId', () => UUIDScalar, { nullable: true }) bodyId: string | null,
    @Arg('from', () => Date, { nullable: true, description: 'Meetings ending at or after this instant.' }) from: Date | null,
    @Arg('to', () => Date, { nullable: true, description: 'Meetings starting at or before this instant.' }) to: Date | null,
    @Arg('statuses', () => [MeetingStatus], { nullable: true }) statuses: MeetingStatus[] | null,
    @Arg('first', () => Int, firstArg(listSizes.root)) first: number,
  ) {
    return ctx.read.meetings.list({ bodyId, from, to, statuses: statuses?.slice(0, 7) }, first);
  }

  @Query(() => [MeetingView], { description: 'Meetings you are invited to, soonest first.' })
  myMeetings(
    @Ctx() ctx: GraphQLContext,
    @Arg('from', () => Date, { nullable: true }) from: Date | null,
    @Arg('first', () => Int, firstArg(listSizes.root)) first: number,
  ) {
    return ctx.read.meetings.list({ from, mine: true }, first);
  }

  @Query(() => MeetingView)
  meeting(@Ctx() ctx: GraphQLContext, @Arg('id', () => UUIDScalar) id: string) {
    return ctx.read.meetings.get(id);
  }

  @Query(() => AgendaItemView)
  agendaItem(@Ctx() ctx: GraphQLContext, @Arg('id', () => UUIDScalar) id: string) {
    return ctx.read.meetings.getAgendaItem(id);
  }

  @Mutation(() => MeetingView, { description: 'The body’s chairs, tandem leads and secretariat; admins. Starts PLANNED, members invited.' })
  async createMeeting(@Ctx() ctx: GraphQLContext, @Arg('input', () => MeetingInput) input: MeetingInput) {
    const meeting = await ctx.services.meetings.create(ctx, input);
    return ctx.read.refresh().meetings.get(meeting.id);
  }

  @Mutation(() => MeetingView, { description: 'A changed time or place is mailed to the invitees once invited.' })
  async updateMeeting(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => UUIDScalar) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => MeetingInput) input: MeetingInput,
  ) {
    await ctx.services.meetings.update(ctx, id, version, input);
    return ctx.read.refresh().meetings.get(id);
  }

  @Mutation(() => MeetingView, {
    description:
      'Only planned → invited → running → minutes draft → minutes approved → published, or cancelled (with a reason) before it runs.',
  })
  async changeMeetingStatus(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => UUIDScalar) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => MeetingStatusInput) input: MeetingStatusInput,
  ) {
    await ctx.services.meetings.changeStatus(ctx, id, version, input);
    return ctx.read.refresh().meetings.get(id);
  }

  @Mutation(() => MeetingView, { description: 'Moves a meeting that has not begun to a new date; invitees get an update.' })
  async postponeMeeting(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => UUIDScalar) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => PostponeMeetingInput) input: PostponeMeetingInput,
  ) {
    await ctx.services.meetings.postpone(ctx, id, version, input);
    return ctx.read.refresh().meetings.get(id);
  }

  @Mutation(() => MeetingView, {
    description: 'The chair approves the minutes, or any organiser records the body’s adopted decision that did. Locks them.',
  })
  async approveMinutes(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => UUIDScalar) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('decisionId', () => UUIDScalar, { nullable: true }) decisionId: string | null,
  ) {
    await ctx.services.meetings.approveMinutes(ctx, id, version, decisionId);
    return ctx.read.refresh().meetings.get(id);
  }

  @Mutation(() => MeetingView, {
    description:
      'The body’s next meeting by its cadence, its agenda holding what is still open: carried-over items, deferred decisions, open tasks.',
  })
  async createNextMeeting(@Ctx() ctx: GraphQLContext, @Arg('id', () => UUIDScalar) id: string) {
    const meeting = await ctx.services.meetings.createNext(ctx, id);
    return ctx.read.refresh().meetings.get(meeting.id);
  }

  @Mutation(() => MeetingView)
  async inviteToMeeting(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => UUIDScalar) id: string,
    @Arg('personIds', () => [UUIDScalar]) personIds: string[],
  ) {
    await ctx.services.meetings.invite(ctx, id, personIds);
    return ctx.read.refresh().meetings.get(id);
  }

  @Mutation(() => MeetingParticipantView, { description: 'Check-in (PRESENT), excused, absent, or a guest.' })
  async setAttendance(
    @Ctx() ctx: GraphQLContext,
    @Arg('meetingId', () => UUIDScalar) meetingId: string,
    @Arg('input', () => AttendanceInput) input: AttendanceInput,
  ) {
    const participant = await ctx.services.meetings.setAttendance(ctx, meetingId, input);
    const all = await ctx.read.refresh().meetings.participants(meetingId, listSizes.people.max);
    return all.find((p) => p.id === participant.id) ?? Object.assign(new MeetingParticipantView(), participant);
  }

  @Mutation(() => MinutesAmendmentView, { description: 'A correction to approved minutes, kept beside them.' })
  async amendMinutes(
    @Ctx() ctx: GraphQLContext,
    @Arg('meetingId', () => UUIDScalar) meetingId: string,
    @Arg('input', () => AmendmentInput) input: AmendmentInput,
  ) {
    const amendment = await ctx.services.meetings.amend(ctx, meetingId, input);
    const all = await ctx.read.refresh().meetings.amendments(meetingId, listSizes.items.max);
    // The author may read what they recorded: the amendment is among the meeting's.
    return (
      all.find((a) => a.id === amendment.id) ??
      Object.assign(new MinutesAmendmentView(), { ...amendment, agendaItemId: amendment.agendaItem?.id ?? null })
    );
  }

  @Mutation(() => Boolean, { description: 'This page has the meeting open (at an item); repeat every 20 seconds.' })
  setMeetingPresence(
    @Ctx() ctx: GraphQLContext,
    @Arg('meetingId', () => UUIDScalar) meetingId: string,
    @Arg('clientId', () => String) clientId: string,
    @Arg('agendaItemId', () => UUIDScalar, { nullable: true }) agendaItemId: string | null,
  ) {
    return ctx.services.meetings.present(ctx, meetingId, clientId, agendaItemId);
  }

  @Mutation(() => Boolean, { description: 'This page closed the meeting.' })
  leaveMeeting(
    @Ctx() ctx: GraphQLContext,
    @Arg('meetingId', () => UUIDScalar) meetingId: string,
    @Arg('clientId', () => String) clientId: string,
  ) {
    return ctx.services.meetings.leave(ctx, meetingId, clientId);
  }

  @Extensions(sharedResult)
  @Subscription(() => MeetingEventView, {
    description:
      'A meeting’s events: agenda, attendance, notes (Yjs updates), decisions, presence. Pass the last `seq` you saw as `after` to get exactly what you missed. Each event reaches you only if you may see what it concerns when it is sent.',
    subscribe: async ({ args, context }) => {
      const ctx = context as GraphQLContext;
      const meeting = await ctx.read.meetings.get(String(args.meetingId));
      return ctx.services.live.subscribe(meetingTopic(meeting.id), ctx.actor, (args.after as number | null | undefined) ?? null);
    },
  })
  meetingEvents(
    @Root() event: LiveEvent,
    @Arg('meetingId', () => UUIDScalar) _meetingId: string,
    @Arg('after', () => Int, { nullable: true, description: 'The last sequence number you saw; omit for events from now on.' })
    _after: number | null,
  ): MeetingEventView {
    return toMeetingEvent(event);
  }

  @FieldResolver(() => BodyView, { nullable: true, description: 'Null when the body is hidden from you.' })
  body(@Ctx() ctx: GraphQLContext, @Root() meeting: MeetingView, @Info() info: GraphQLResolveInfo) {
    return ctx.read.bodies.byId(meeting.bodyId, selectionOf(info));
  }

  @FieldResolver(() => OrganisationView, { nullable: true, description: 'The host organisation; null for none, or when hidden from you.' })
  organiser(@Ctx() ctx: GraphQLContext, @Root() meeting: MeetingView, @Info() info: GraphQLResolveInfo) {
    return meeting.organiserId ? ctx.read.organisations.byId(meeting.organiserId, selectionOf(info)) : null;
  }

  @FieldResolver(() => MeetingView, { nullable: true, description: 'The meeting before this one in the series.' })
  previous(@Ctx() ctx: GraphQLContext, @Root() meeting: MeetingView) {
    return meeting.previousId ? ctx.read.meetings.byId(meeting.previousId) : null;
  }

  @FieldResolver(() => [AgendaItemView], { description: 'In order; sub-items follow their item.' })
  agenda(@Ctx() ctx: GraphQLContext, @Root() meeting: MeetingView, @Arg('first', () => Int, firstArg(listSizes.items)) first: number) {
    return ctx.read.meetings.agenda(meeting.id, first);
  }

  @FieldResolver(() => [DecisionView], { description: 'All decisions of the meeting, in the order they were taken.' })
  decisions(@Ctx() ctx: GraphQLContext, @Root() meeting: MeetingView, @Arg('first', () => Int, firstArg(listSizes.items)) first: number) {
    return ctx.read.meetings.decisionsOfMeeting(meeting.id, first);
  }

  @FieldResolver(() => [MeetingParticipantView], { description: 'Invitees and attendance: for the body’s members and the invitees.' })
  participants(
    @Ctx() ctx: GraphQLContext,
    @Root() meeting: MeetingView,
    @Arg('first', () => Int, firstArg(listSizes.people)) first: number,
  ) {
    return ctx.read.meetings.participants(meeting.id, first);
  }

  @FieldResolver(() => [MeetingStatusChangeView], { description: 'Oldest first; postponements included.' })
  statusHistory(
    @Ctx() ctx: GraphQLContext,
    @Root() meeting: MeetingView,
    @Arg('first', () => Int, firstArg(listSizes.items)) first: number,
  ) {
    return ctx.read.meetings.statusHistory(meeting.id, first);
  }

  @FieldResolver(() => [MinutesAmendmentView], { description: 'Corrections after approval, oldest first.' })
  amendments(@Ctx() ctx: GraphQLContext, @Root() meeting: MeetingView, @Arg('first', () => Int, firstArg(listSizes.items)) first: number) {
    return ctx.read.meetings.amendments(meeting.id, first);
  }

  @FieldResolver(() => [MeetingPresenceView], { description: 'Who has the meeting open now (insiders only).' })
  @Extensions({ maxItems: 200 })
  presence(@Ctx() ctx: GraphQLContext, @Root() meeting: MeetingView) {
    return ctx.read.meetings.presence(meeting.id);
  }

  @FieldResolver(() => [MeetingStatus], { description: 'The statuses this meeting may move to next.' })
  @Extensions({ maxItems: Object.keys(MeetingStatus).length })
  nextStatuses(@Root() meeting: MeetingView) {
    return meetingTransitions[meeting.status];
  }

  @FieldResolver(() => MeetingPermissions)
  async viewerCan(@Ctx() ctx: GraphQLContext, @Root() meeting: MeetingView): Promise<MeetingPermissions> {
    const none = Object.assign(new MeetingPermissions(), { manage: false, writeMinutes: false, approve: false });
    if (ctx.actor.kind !== 'user') return none;
    const [organisers, chairs, insider] = await Promise.all([
      ctx.read.bodies.leaders(meeting.bodyId, organisingRoles),
      ctx.read.bodies.leaders(meeting.bodyId, leadingRoles),
      ctx.read.meetings.insider(meeting.id),
    ]);
    const open = [MeetingStatus.PLANNED, MeetingStatus.INVITED, MeetingStatus.RUNNING, MeetingStatus.MINUTES_DRAFT].includes(
      meeting.status,
    );
    const personId = ctx.actor.personId;
    return Object.assign(new MeetingPermissions(), {
      manage: policy.manageMeetings(ctx.actor, organisers),
      writeMinutes:
        open &&
        policy.writeMinutes(ctx.actor, {
          managerPersonIds: organisers,
          insiderPersonIds: insider && personId ? [personId] : [],
        }),
      approve: meeting.status === MeetingStatus.MINUTES_DRAFT && policy.approveMinutes(ctx.actor, chairs),
    });
  }
}

@Resolver(() => AgendaItemView)
export class AgendaItemResolver {
  @Mutation(() => AgendaItemView, { description: 'Adds an item (or a sub-item) at the end.' })
  async addAgendaItem(
    @Ctx() ctx: GraphQLContext,
    @Arg('meetingId', () => UUIDScalar) meetingId: string,
    @Arg('input', () => AgendaItemInput) input: AgendaItemInput,
  ) {
    const item = await ctx.services.agenda.add(ctx, meetingId, input);
    return ctx.read.refresh().meetings.getAgendaItem(item.id);
  }

  @Mutation(() => AgendaItemView)
  async updateAgendaItem(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => UUIDScalar) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => AgendaItemInput) input: AgendaItemInput,
  ) {
    await ctx.services.agenda.update(ctx, id, version, input);
    return ctx.read.refresh().meetings.getAgendaItem(id);
  }

  @Mutation(() => MeetingView, {
    description: 'Puts an item at a position (from 1) under a parent (or at the top level); returns the meeting.',
  })
  async moveAgendaItem(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => UUIDScalar) id: string,
    @Arg('position', () => Int) position: number,
    @Arg('parentId', () => UUIDScalar, { nullable: true }) parentId: string | null,
  ) {
    const item = await ctx.services.agenda.move(ctx, id, parentId, position);
    return ctx.read.refresh().meetings.get(item.meeting.id);
  }

  @Mutation(() => Boolean)
  removeAgendaItem(@Ctx() ctx: GraphQLContext, @Arg('id', () => UUIDScalar) id: string) {
    return ctx.services.agenda.remove(ctx, id);
  }

  @Mutation(() => AgendaNotesView, {
    description:
      'Applies a Yjs update (base64) to an item’s notes: members of the body and participants, while the minutes are open. The update reaches every subscriber as NOTES_UPDATED.',
  })
  async editAgendaNotes(
    @Ctx() ctx: GraphQLContext,
    @Arg('agendaItemId', () => UUIDScalar) agendaItemId: string,
    @Arg('update', () => String) update: string,
    @Arg('clientId', () => String, { nullable: true, description: 'Names the sending page, so it can skip its own updates.' })
    clientId: string | null,
  ) {
    const result = await ctx.services.notes.edit(ctx, agendaItemId, update, clientId?.slice(0, 64));
    return Object.assign(new AgendaNotesView(), { agendaItemId: result.agendaItemId, text: result.text, revision: result.revision });
  }

  @Mutation(() => DecisionView)
  async addDecision(
    @Ctx() ctx: GraphQLContext,
    @Arg('agendaItemId', () => UUIDScalar) agendaItemId: string,
    @Arg('input', () => DecisionInput) input: DecisionInput,
  ) {
    const decision = await ctx.services.agenda.addDecision(ctx, agendaItemId, input);
    return ctx.read.refresh().meetings.getDecision(decision.id);
  }

  @Mutation(() => DecisionView)
  async updateDecision(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => UUIDScalar) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => DecisionInput) input: DecisionInput,
  ) {
    await ctx.services.agenda.updateDecision(ctx, id, version, input);
    return ctx.read.refresh().meetings.getDecision(id);
  }

  @Mutation(() => Boolean)
  removeDecision(@Ctx() ctx: GraphQLContext, @Arg('id', () => UUIDScalar) id: string) {
    return ctx.services.agenda.removeDecision(ctx, id);
  }

  @FieldResolver(() => MeetingView)
  meeting(@Ctx() ctx: GraphQLContext, @Root() item: AgendaItemView) {
    return ctx.read.meetings.get(item.meetingId);
  }

  @FieldResolver(() => PersonView, { nullable: true })
  presenter(@Ctx() ctx: GraphQLContext, @Root() item: AgendaItemView, @Info() info: GraphQLResolveInfo) {
    return item.presenterId ? ctx.read.people.byId(item.presenterId, selectionOf(info)) : null;
  }

  @FieldResolver(() => MeasureView, { nullable: true })
  measure(@Ctx() ctx: GraphQLContext, @Root() item: AgendaItemView) {
    return item.measureId ? ctx.read.measures.byId(item.measureId) : null;
  }

  @FieldResolver(() => AgreementView, { nullable: true })
  agreement(@Ctx() ctx: GraphQLContext, @Root() item: AgendaItemView) {
    return item.agreementId ? ctx.read.agreements.byId(item.agreementId) : null;
  }

  @FieldResolver(() => BodyView, { nullable: true })
  linkedBody(@Ctx() ctx: GraphQLContext, @Root() item: AgendaItemView, @Info() info: GraphQLResolveInfo) {
    return item.linkedBodyId ? ctx.read.bodies.byId(item.linkedBodyId, selectionOf(info)) : null;
  }

  @FieldResolver(() => AgendaNotesView, { nullable: true, description: 'Null while the minutes are drafts, unless you are an insider.' })
  notes(@Ctx() ctx: GraphQLContext, @Root() item: AgendaItemView) {
    return ctx.read.meetings.notes(item.id);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The notes as one Yjs update (base64), to start a live editor; apply NOTES_UPDATED events on top.',
  })
  notesState(@Ctx() ctx: GraphQLContext, @Root() item: AgendaItemView) {
    return ctx.read.meetings.notesState(item.id);
  }

  @FieldResolver(() => [DecisionView])
  decisions(@Ctx() ctx: GraphQLContext, @Root() item: AgendaItemView, @Arg('first', () => Int, firstArg(listSizes.items)) first: number) {
    return ctx.read.meetings.decisions(item.id, first);
  }

  @FieldResolver(() => [TaskView], { description: 'Tasks that came out of this item (those you may see).' })
  tasks(@Ctx() ctx: GraphQLContext, @Root() item: AgendaItemView, @Arg('first', () => Int, firstArg(listSizes.items)) first: number) {
    return ctx.read.tasks.ofAgendaItem(item.id, first);
  }
}

@Resolver(() => DecisionView)
export class DecisionResolver {
  @FieldResolver(() => AgendaItemView)
  agendaItem(@Ctx() ctx: GraphQLContext, @Root() decision: DecisionView) {
    return ctx.read.meetings.getAgendaItem(decision.agendaItemId);
  }

  @FieldResolver(() => [DecisionRecusalView], { description: 'Members who took no part because of a conflict of interest.' })
  @Extensions({ maxItems: 100 })
  recusals(@Ctx() ctx: GraphQLContext, @Root() decision: DecisionView) {
    return ctx.read.meetings.recusals(decision.id);
  }
}

@Resolver(() => DecisionRecusalView)
export class DecisionRecusalResolver {
  @FieldResolver(() => PersonView, { nullable: true, description: 'Null when hidden from you.' })
  person(@Ctx() ctx: GraphQLContext, @Root() recusal: DecisionRecusalView, @Info() info: GraphQLResolveInfo) {
    return ctx.read.people.byId(recusal.personId, selectionOf(info));
  }
}

@Resolver(() => MeetingParticipantView)
export class MeetingParticipantResolver {
  @Extensions(preloaded)
  @FieldResolver(() => PersonView, { nullable: true, description: 'Null when hidden from you.' })
  person(@Ctx() ctx: GraphQLContext, @Root() participant: MeetingParticipantView, @Info() info: GraphQLResolveInfo) {
    return participant.person ?? ctx.read.people.byId(participant.personId, selectionOf(info));
  }

  @FieldResolver(() => OrganisationView, { nullable: true, description: 'The organisation the person acts for here.' })
  organisation(@Ctx() ctx: GraphQLContext, @Root() participant: MeetingParticipantView, @Info() info: GraphQLResolveInfo) {
    return participant.organisationId ? ctx.read.organisations.byId(participant.organisationId, selectionOf(info)) : null;
  }
}
