import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Extensions, FieldResolver, Info, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { ensure, policy } from '../../auth/policy.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { firstArg, listSizes } from '../../graphql/lists.js';
import { UUIDScalar } from '../../graphql/scalars.js';
import { selectionOf } from '../../graphql/selection.js';
import { sharedResult } from '../../graphql/shared-events.js';
import type { LiveEvent } from '../../realtime/live-events.js';
import { BodyView } from '../body/body.types.js';
import { MeasureView } from '../measure/measure.types.js';
import { AgendaItemView, DecisionView, MeetingView } from '../meeting/meeting.types.js';
import { organisingRoles } from '../membership/membership.entity.js';
import { OrganisationView } from '../organisation/organisation.types.js';
import { PersonView } from '../person/person.types.js';
import type { TaskStatus } from './task.entity.js';
import { TaskFilter, TaskInput } from './task.inputs.js';
import { type TaskEventKind, taskBoardTopic } from './task.topics.js';
import { TaskCommentView, TaskEventView, TaskPermissions, TaskView } from './task.types.js';

const toTaskEvent = (event: LiveEvent): TaskEventView =>
  Object.assign(new TaskEventView(), {
    seq: event.seq,
    kind: event.kind as TaskEventKind,
    bodyId: event.topic.slice('body-tasks:'.length),
    taskId: event.recordId,
    status: (typeof event.payload.status === 'string' ? event.payload.status : null) as TaskStatus | null,
    at: event.createdAt,
  });

@Resolver(() => TaskView)
export class TaskResolver {
  @Query(() => [TaskView], { description: 'Tasks you may see (members of the body, the assignee), soonest due first.' })
  tasks(
    @Ctx() ctx: GraphQLContext,
    @Arg('filter', () => TaskFilter, { nullable: true }) filter: TaskFilter | null,
    @Arg('first', () => Int, firstArg(listSizes.root)) first: number,
  ) {
    return ctx.read.tasks.list(filter, first);
  }

  @Query(() => [TaskView], { description: 'Tasks assigned to you, across bodies.' })
  myTasks(
    @Ctx() ctx: GraphQLContext,
    @Arg('filter', () => TaskFilter, { nullable: true }) filter: TaskFilter | null,
    @Arg('first', () => Int, firstArg(listSizes.root)) first: number,
  ) {
    return ctx.read.tasks.mine(filter, first);
  }

  @Query(() => TaskView)
  task(@Ctx() ctx: GraphQLContext, @Arg('id', () => UUIDScalar) id: string) {
    return ctx.read.tasks.get(id);
  }

  @Mutation(() => TaskView, { description: 'The body’s chairs, tandem leads and secretariat; admins.' })
  async createTask(@Ctx() ctx: GraphQLContext, @Arg('input', () => TaskInput) input: TaskInput) {
    const task = await ctx.services.tasks.create(ctx, input);
    return ctx.read.refresh().tasks.get(task.id);
  }

  @Mutation(() => TaskView, { description: 'Managers change anything; the assignee may change the status alone.' })
  async updateTask(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => UUIDScalar) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => TaskInput) input: TaskInput,
  ) {
    await ctx.services.tasks.update(ctx, id, version, input);
    return ctx.read.refresh().tasks.get(id);
  }

  @Mutation(() => TaskCommentView)
  async commentOnTask(@Ctx() ctx: GraphQLContext, @Arg('id', () => UUIDScalar) id: string, @Arg('text', () => String) text: string) {
    const comment = await ctx.services.tasks.comment(ctx, id, text);
    return Object.assign(new TaskCommentView(), {
      id: comment.id,
      text: comment.text,
      authorName: comment.authorName,
      createdAt: comment.createdAt,
    });
  }

  @Extensions(sharedResult)
  @Subscription(() => TaskEventView, {
    description: 'A body’s task board: each change to a task you may see. Pass the last `seq` you saw as `after` to get what you missed.',
    subscribe: async ({ args, context }) => {
      const ctx = context as GraphQLContext;
      ensure(ctx.actor.kind === 'user', ctx.actor);
      const body = await ctx.read.bodies.get(String(args.bodyId));
      return ctx.services.live.subscribe(taskBoardTopic(body.id), ctx.actor, (args.after as number | null | undefined) ?? null);
    },
  })
  taskBoardEvents(
    @Root() event: LiveEvent,
    @Arg('bodyId', () => UUIDScalar) _bodyId: string,
    @Arg('after', () => Int, { nullable: true }) _after: number | null,
  ): TaskEventView {
    return toTaskEvent(event);
  }

  @FieldResolver(() => BodyView, { nullable: true })
  body(@Ctx() ctx: GraphQLContext, @Root() task: TaskView, @Info() info: GraphQLResolveInfo) {
    return ctx.read.bodies.byId(task.bodyId, selectionOf(info));
  }

  @FieldResolver(() => PersonView, { nullable: true })
  assignee(@Ctx() ctx: GraphQLContext, @Root() task: TaskView, @Info() info: GraphQLResolveInfo) {
    return task.assigneeId ? ctx.read.people.byId(task.assigneeId, selectionOf(info)) : null;
  }

  @FieldResolver(() => OrganisationView, { nullable: true })
  organisation(@Ctx() ctx: GraphQLContext, @Root() task: TaskView, @Info() info: GraphQLResolveInfo) {
    return task.organisationId ? ctx.read.organisations.byId(task.organisationId, selectionOf(info)) : null;
  }

  @FieldResolver(() => MeetingView, { nullable: true, description: 'The meeting it came out of.' })
  meeting(@Ctx() ctx: GraphQLContext, @Root() task: TaskView) {
    return task.meetingId ? ctx.read.meetings.byId(task.meetingId) : null;
  }

  @FieldResolver(() => AgendaItemView, { nullable: true })
  agendaItem(@Ctx() ctx: GraphQLContext, @Root() task: TaskView) {
    return task.agendaItemId ? ctx.read.meetings.agendaItem(task.agendaItemId) : null;
  }

  @FieldResolver(() => DecisionView, { nullable: true })
  async decision(@Ctx() ctx: GraphQLContext, @Root() task: TaskView) {
    if (!task.decisionId || !task.agendaItemId) return null;
    const decisions = await ctx.read.meetings.decisions(task.agendaItemId, listSizes.items.max);
    return decisions.find((d) => d.id === task.decisionId) ?? null;
  }

  @FieldResolver(() => MeasureView, { nullable: true })
  measure(@Ctx() ctx: GraphQLContext, @Root() task: TaskView) {
    return task.measureId ? ctx.read.measures.byId(task.measureId) : null;
  }

  @FieldResolver(() => [TaskCommentView], { description: 'Oldest first.' })
  comments(@Ctx() ctx: GraphQLContext, @Root() task: TaskView, @Arg('first', () => Int, firstArg(listSizes.items)) first: number) {
    return ctx.read.tasks.comments(task.id, first);
  }

  @FieldResolver(() => TaskPermissions)
  async viewerCan(@Ctx() ctx: GraphQLContext, @Root() task: TaskView): Promise<TaskPermissions> {
    if (ctx.actor.kind !== 'user') return Object.assign(new TaskPermissions(), { manage: false, move: false });
    const organisers = await ctx.read.bodies.leaders(task.bodyId, organisingRoles);
    return Object.assign(new TaskPermissions(), {
      manage: policy.manageMeetings(ctx.actor, organisers),
      move: policy.updateTaskStatus(ctx.actor, { managerPersonIds: organisers, assigneePersonId: task.assigneeId }),
    });
  }
}

@Resolver(() => BodyView)
export class BodyTaskBoardResolver {
  @FieldResolver(() => Int, {
    description: 'The last event of the body’s task board so far: subscribe to taskBoardEvents with `after` set to it to miss nothing.',
  })
  taskEventSeq(@Ctx() ctx: GraphQLContext, @Root() body: BodyView) {
    return ctx.read.tasks.boardSeq(body.id);
  }
}
