import { ensure, policy } from '../../auth/policy.js';
import { canRead } from '../../auth/read-rules.js';
import type { Scope } from '../../auth/scope.js';
import type { EntityManager } from '../../db/orm.js';
import { SqlReader } from '../../db/reader.js';
import { badInput, notFound, versionConflict } from '../../errors/domain-error.js';
import type { EventWriter, LiveEvents } from '../../realtime/live-events.js';
import { today } from '../../shared/dates.js';
import { isUuid } from '../../validation/ids.js';
import { parseInput } from '../../validation/parse-input.js';
import { type AuditService, diffSnapshots, type Snapshot } from '../audit/audit.service.js';
import { Body } from '../body/body.entity.js';
import { actorName, leaderPersonIds } from '../body/body.service.js';
import { Measure } from '../measure/measure.entity.js';
import { AgendaItem, Decision } from '../meeting/meeting.entity.js';
import { about, MeetingEventKind, meetingTopic } from '../meeting/meeting.topics.js';
import { organisingRoles } from '../membership/membership.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Person } from '../person/person.entity.js';
import { Task, TaskComment, TaskStatus } from './task.entity.js';
import { commentSchema, createTaskSchema, type TaskInput, updateTaskSchema } from './task.inputs.js';
import { TaskEventKind, taskBoardTopic } from './task.topics.js';

const snapshot = (t: Task): Snapshot => ({
  title: t.title,
  description: t.description ?? null,
  assignee: t.assignee?.id ?? null,
  organisation: t.organisation?.id ?? null,
  dueOn: t.dueOn ?? null,
  status: t.status,
  measure: t.measure?.id ?? null,
});

const managerIds = (em: EntityManager, bodyId: string) => leaderPersonIds(em, bodyId, today(), organisingRoles);
const managersOnly = 'Only admins and the body’s chairs, tandem leads and secretariat manage its tasks';

/**
 * Tasks of bodies, usually action items of a meeting: created and edited by
 * the body's managers, moved along by them and by the assignee, commented on
 * by whoever may see them. Each change is a live event on the body's board.
 */
export class TaskService {
  constructor(
    private readonly audit: AuditService,
    private readonly live: LiveEvents,
  ) {}

  async create(scope: Scope, input: TaskInput): Promise<Task> {
    ensure(scope.actor.kind === 'user', scope.actor);
    const data = parseInput(createTaskSchema, input);
    return this.live.write(scope.em, async (em, events) => {
      const decision = data.decisionId ? await em.findOne(Decision, { id: data.decisionId }) : null;
      if (data.decisionId && !decision) throw badInput('input.decisionId', 'Unknown decision', 'UNKNOWN_REFERENCE');
      const itemId = data.agendaItemId ?? decision?.agendaItem.id;
      const item = itemId ? await em.findOne(AgendaItem, { id: itemId }, { populate: ['meeting'] }) : null;
      if (itemId && !item) throw badInput('input.agendaItemId', 'Unknown agenda item', 'UNKNOWN_REFERENCE');
      const bodyId = item?.meeting.body.id ?? data.bodyId;
      if (data.bodyId && bodyId !== data.bodyId) throw badInput('input.bodyId', 'The agenda item belongs to another body', 'INVALID');
      const body = bodyId ? await em.findOne(Body, { id: bodyId }) : null;
      // A body the user cannot see is, to them, a body that does not exist.
      if (!body || !(await canRead(new SqlReader(em), 'body', scope.actor, body.id)))
        throw badInput('input.bodyId', 'Unknown body', 'UNKNOWN_REFERENCE');
      ensure(policy.manageMeetings(scope.actor, await managerIds(em, body.id)), scope.actor, managersOnly);
      const task = em.create(Task, {
        body,
        title: data.title,
        description: data.description,
        status: data.status,
        dueOn: data.dueOn ?? null,
        completedOn: data.status === TaskStatus.DONE ? today() : null,
        meeting: item?.meeting ?? null,
        agendaItem: item,
        decision,
      });
      await this.references(em, task, data);
      this.audit.record(em, scope.actor, {
        entityType: 'Task',
        entityId: task.id,
        action: 'CREATE',
        after: snapshot(task),
        // Tasks are read by the body's members and the assignee: their history is not the organisation's editors' to read.
        organisationIds: [],
      });
      await em.flush();
      await events.append(
        taskBoardTopic(body.id),
        TaskEventKind.TASK_CHANGED,
        { type: 'task', id: task.id },
        { taskId: task.id, status: task.status },
      );
      await this.tellMeeting(events, task);
      return task;
    });
  }

  /**
   * Changes a task. The body's managers change anything; the assignee only
   * the status (dragging the card on the board).
   */
  async update(scope: Scope, id: string, version: number, input: TaskInput): Promise<Task> {
    const data = parseInput(updateTaskSchema, input);
    return this.live.write(scope.em, async (em, events) => {
      const task = await this.visible(scope, em, id);
      const managers = await managerIds(em, task.body.id);
      const onlyStatus = Object.entries(data).every(([k, v]) => k === 'status' || v === undefined);
      ensure(
        onlyStatus
          ? policy.updateTaskStatus(scope.actor, { managerPersonIds: managers, assigneePersonId: task.assignee?.id ?? null })
          : policy.manageMeetings(scope.actor, managers),
        scope.actor,
        onlyStatus ? 'Only the body’s managers and the assignee move this task' : managersOnly,
      );
      if (task.version !== version) throw versionConflict('Task', task.version);
      const before = snapshot(task);
      if (data.title !== undefined) task.title = data.title;
      if (data.description !== undefined) task.description = data.description;
      if (data.dueOn !== undefined) task.dueOn = data.dueOn;
      if (data.status !== undefined && data.status !== task.status) {
        task.status = data.status;
        task.completedOn = data.status === TaskStatus.DONE ? today() : null;
      }
      await this.references(em, task, data);
      const diff = diffSnapshots(before, snapshot(task));
      if (Object.keys(diff.after).length === 0) return task;
      this.audit.record(em, scope.actor, {
        entityType: 'Task',
        entityId: task.id,
        action: 'UPDATE',
        ...diff,
        // Tasks are read by the body's members and the assignee: their history is not the organisation's editors' to read.
        organisationIds: [],
      });
      await em.flush();
      await events.append(
        taskBoardTopic(task.body.id),
        TaskEventKind.TASK_CHANGED,
        { type: 'task', id: task.id },
        { taskId: task.id, status: task.status },
      );
      await this.tellMeeting(events, task);
      return task;
    });
  }

  async comment(scope: Scope, taskId: string, text: string): Promise<TaskComment> {
    ensure(scope.actor.kind === 'user', scope.actor);
    const body = parseInput(commentSchema, text, 'text');
    return this.live.write(scope.em, async (em, events) => {
      const task = await this.visible(scope, em, taskId);
      const comment = em.create(TaskComment, { task, text: body, authorName: actorName(scope) });
      this.audit.record(em, scope.actor, { entityType: 'Task', entityId: task.id, action: 'COMMENT', after: { text: body } });
      await em.flush();
      await events.append(taskBoardTopic(task.body.id), TaskEventKind.TASK_COMMENTED, { type: 'task', id: task.id }, { taskId: task.id });
      return comment;
    });
  }

  /** A task of an agenda item shows on the meeting's page: the meeting's followers hear of it too. */
  private async tellMeeting(events: EventWriter, task: Task) {
    if (!task.agendaItem || !task.meeting) return;
    await events.append(meetingTopic(task.meeting.id), MeetingEventKind.AGENDA_ITEM_CHANGED, about.item(task.agendaItem.id), {
      agendaItemId: task.agendaItem.id,
    });
  }

  /** A task the actor may see (the task read rule); to anyone else it does not exist. */
  private async visible(scope: Scope, em: EntityManager, id: string): Promise<Task> {
    const task = isUuid(id) ? await em.findOne(Task, { id }) : null;
    if (!task || !(await canRead(new SqlReader(em), 'task', scope.actor, task.id))) throw notFound('Task', id);
    return task;
  }

  private async references(
    em: EntityManager,
    task: Task,
    data: { assigneePersonId?: string | null; organisationId?: string | null; measureId?: string | null },
  ) {
    if (data.assigneePersonId !== undefined) {
      task.assignee = data.assigneePersonId ? await em.findOne(Person, { id: data.assigneePersonId }) : null;
      if (data.assigneePersonId && !task.assignee) throw badInput('input.assigneePersonId', 'Unknown person', 'UNKNOWN_REFERENCE');
    }
    if (data.organisationId !== undefined) {
      task.organisation = data.organisationId ? await em.findOne(Organisation, { id: data.organisationId }) : null;
      if (data.organisationId && !task.organisation) throw badInput('input.organisationId', 'Unknown organisation', 'UNKNOWN_REFERENCE');
    }
    if (data.measureId !== undefined) {
      task.measure = data.measureId ? await em.findOne(Measure, { id: data.measureId }) : null;
      if (data.measureId && !task.measure) throw badInput('input.measureId', 'Unknown measure', 'UNKNOWN_REFERENCE');
      if (task.measure && task.measure.body.id !== task.body.id)
        throw badInput('input.measureId', 'The measure belongs to another body', 'INVALID');
    }
  }
}
