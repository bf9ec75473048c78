import type { Scope } from '../../auth/scope.js';
import type { EntityManager } from '../../db/orm.js';
import { badInput, notFound, versionConflict } from '../../errors/domain-error.js';
import type { LiveEvents } from '../../realtime/live-events.js';
import { isUuid } from '../../validation/ids.js';
import { parseInput } from '../../validation/parse-input.js';
import { Agreement } from '../agreement/agreement.entity.js';
import type { AuditService } from '../audit/audit.service.js';
import { Body } from '../body/body.entity.js';
import { Measure } from '../measure/measure.entity.js';
import { Visibility } from '../organisation/organisation.enums.js';
import { Person } from '../person/person.entity.js';
import { AgendaItem, Decision, DecisionRecusal, type Meeting } from './meeting.entity.js';
import {
  type AgendaItemInput,
  createAgendaItemSchema,
  createDecisionSchema,
  type DecisionInput,
  updateAgendaItemSchema,
  updateDecisionSchema,
} from './meeting.inputs.js';
import { ensureMinutesOpen, meetingForChange } from './meeting.service.js';
import { about, MeetingEventKind, meetingTopic } from './meeting.topics.js';

/** Sub-items stop at this depth (1, 1.1, 1.1.1). */
const MAX_DEPTH = 3;
/** Items per meeting, sub-items included. */
const MAX_ITEMS = 200;

/**
 * A meeting's agenda and the decisions under its items: ordered and
 * numbered items with sub-items, reordered live before and during the
 * meeting; locked with the minutes once they are approved.
 */
export class AgendaService {
  constructor(
    private readonly audit: AuditService,
    private readonly live: LiveEvents,
  ) {}

  async add(scope: Scope, meetingId: string, input: AgendaItemInput): Promise<AgendaItem> {
    const data = parseInput(createAgendaItemSchema, input);
    return this.live.write(scope.em, async (em, events) => {
      const { meeting } = await meetingForChange(scope, em, meetingId);
      ensureMinutesOpen(meeting);
      if ((await em.count(AgendaItem, { meeting })) >= MAX_ITEMS)
        throw badInput('input', `A meeting has at most ${MAX_ITEMS} agenda items`, 'TOO_MANY');
      const parent = data.parentId ? await this.parentIn(em, meeting, data.parentId) : null;
      const siblings = await em.count(AgendaItem, { meeting, parent });
      const item = em.create(AgendaItem, {
        meeting,
        parent,
        position: siblings + 1,
        title: data.title,
        plannedMinutes: data.plannedMinutes ?? null,
        visibility: parent?.visibility === Visibility.INTERNAL ? Visibility.INTERNAL : (data.visibility ?? Visibility.PUBLIC),
        carryOver: data.carryOver,
      });
      await this.links(em, item, data);
      this.record(scope, em, item, 'CREATE', undefined, { title: item.title });
      await em.flush();
      await events.append(
        meetingTopic(meeting.id),
        MeetingEventKind.AGENDA_CHANGED,
        about.agenda(meeting.id, item.visibility === Visibility.PUBLIC),
        {
          agendaItemId: item.id,
        },
      );
      return item;
    });
  }

  async update(scope: Scope, id: string, version: number, input: AgendaItemInput): Promise<AgendaItem> {
    const data = parseInput(updateAgendaItemSchema, input);
    return this.live.write(scope.em, async (em, events) => {
      const item = await this.itemForChange(scope, em, id, version);
      const wasPublic = item.visibility === Visibility.PUBLIC;
      const before = { title: item.title, visibility: item.visibility };
      if (data.title !== undefined) item.title = data.title;
      if (data.plannedMinutes !== undefined) item.plannedMinutes = data.plannedMinutes;
      if (data.carryOver !== undefined) item.carryOver = data.carryOver;
      if (data.visibility !== undefined) {
        if (
          data.visibility === Visibility.PUBLIC &&
          item.parent &&
          (await em.findOneOrFail(AgendaItem, item.parent.id)).visibility === Visibility.INTERNAL
        )
          throw badInput('input.visibility', 'A sub-item of an internal item is internal', 'INVALID');
        item.visibility = data.visibility;
        if (data.visibility === Visibility.INTERNAL)
          await em.execute(
            `with recursive sub as (select id from agenda_item where parent_id = ? union all select a.id from agenda_item a join sub on a.parent_id = sub.id)
             update agenda_item set visibility = 'INTERNAL' where id in (select id from sub)`,
            [item.id],
          );
      }
      await this.links(em, item, data);
      this.record(scope, em, item, 'UPDATE', before, { title: item.title, visibility: item.visibility });
      await em.flush();
      const topic = meetingTopic(item.meeting.id);
      if (wasPublic !== (item.visibility === Visibility.PUBLIC))
        await events.append(topic, MeetingEventKind.AGENDA_CHANGED, about.agenda(item.meeting.id, true), { agendaItemId: item.id });
      else await events.append(topic, MeetingEventKind.AGENDA_ITEM_CHANGED, about.item(item.id), { agendaItemId: item.id });
      return item;
    });
  }

  /** Puts an item at `position` (from 1) among the items of `parentId` (top level when null); numbers follow. */
  async move(scope: Scope, id: string, parentId: string | null | undefined, position: number): Promise<AgendaItem> {
    if (!Number.isInteger(position) || position < 1) throw badInput('position', 'must be 1 or more', 'INVALID');
    return this.live.write(scope.em, async (em, events) => {
      const item = await this.itemForChange(scope, em, id);
      const parent = parentId ? await this.parentIn(em, item.meeting, parentId) : null;
      if (parent && (await this.isWithin(em, parent.id, item.id)))
        throw badInput('parentId', 'An item cannot move under itself or its sub-items', 'CYCLE');
      const oldParentId = item.parent?.id ?? null;
      const newSiblings = (
        await em.find(AgendaItem, { meeting: item.meeting, parent }, { orderBy: { position: 'asc', id: 'asc' } })
      ).filter((s) => s.id !== item.id);
      newSiblings.splice(Math.min(position, newSiblings.length + 1) - 1, 0, item);
      newSiblings.forEach((s, i) => {
        s.position = i + 1;
      });
      item.parent = parent;
      if (parent?.visibility === Visibility.INTERNAL) item.visibility = Visibility.INTERNAL;
      if (oldParentId !== (parent?.id ?? null)) {
        const old = await em.find(
          AgendaItem,
          { meeting: item.meeting, parent: oldParentId, id: { $ne: item.id } },
          { orderBy: { position: 'asc' } },
        );
        old.forEach((s, i) => {
          s.position = i + 1;
        });
      }
      await em.flush();
      await events.append(
        meetingTopic(item.meeting.id),
        MeetingEventKind.AGENDA_CHANGED,
        about.agenda(item.meeting.id, item.visibility === Visibility.PUBLIC),
        {
          agendaItemId: item.id,
        },
      );
      return item;
    });
  }

  async remove(scope: Scope, id: string): Promise<boolean> {
    return this.live.write(scope.em, async (em, events) => {
      const item = await this.itemForChange(scope, em, id);
      const meetingId = item.meeting.id;
      const wasPublic = item.visibility === Visibility.PUBLIC;
      this.record(scope, em, item, 'DELETE', { title: item.title, notes: item.notesText }, undefined);
      const parent = item.parent?.id ?? null;
      em.remove(item);
      await em.flush();
      const rest = await em.find(AgendaItem, { meeting: meetingId, parent }, { orderBy: { position: 'asc' } });
      rest.forEach((s, i) => {
        s.position = i + 1;
      });
      await em.flush();
      await events.append(meetingTopic(meetingId), MeetingEventKind.AGENDA_CHANGED, about.agenda(meetingId, wasPublic), {
        agendaItemId: id,
      });
      return true;
    });
  }

  async addDecision(scope: Scope, agendaItemId: string, input: DecisionInput): Promise<Decision> {
    const data = parseInput(createDecisionSchema, input);
    return this.live.write(scope.em, async (em, events) => {
      const item = await this.itemForChange(scope, em, agendaItemId);
      const decision = em.create(Decision, {
        meeting: item.meeting,
        agendaItem: item,
        text: data.text,
        result: data.result,
        votesFor: data.votesFor ?? null,
        votesAgainst: data.votesAgainst ?? null,
        votesAbstaining: data.votesAbstaining ?? null,
      });
      await this.setRecusals(em, decision, data.recusals);
      this.recordDecision(scope, em, decision, 'CREATE', undefined);
      await em.flush();
      await events.append(meetingTopic(item.meeting.id), MeetingEventKind.DECISION_CHANGED, about.minutes(item.id), {
        agendaItemId: item.id,
        decisionId: decision.id,
      });
      return decision;
    });
  }

  async updateDecision(scope: Scope, id: string, version: number, input: DecisionInput): Promise<Decision> {
    const data = parseInput(updateDecisionSchema, input);
    return this.live.write(scope.em, async (em, events) => {
      const decision = isUuid(id) ? await em.findOne(Decision, { id }) : null;
      if (!decision) throw notFound('Decision', id);
      const item = await this.itemForChange(scope, em, decision.agendaItem.id);
      if (decision.version !== version) throw versionConflict('Decision', decision.version);
      const before = { text: decision.text, result: decision.result };
      const { recusals, ...scalars } = data;
      em.assign(decision, Object.fromEntries(Object.entries(scalars).filter(([, v]) => v !== undefined)));
      if (recusals) {
        await em.nativeDelete(DecisionRecusal, { decision });
        await this.setRecusals(em, decision, recusals);
      }
      this.recordDecision(scope, em, decision, 'UPDATE', before);
      await em.flush();
      await events.append(meetingTopic(item.meeting.id), MeetingEventKind.DECISION_CHANGED, about.minutes(item.id), {
        agendaItemId: item.id,
        decisionId: decision.id,
      });
      return decision;
    });
  }

  async removeDecision(scope: Scope, id: string): Promise<boolean> {
    return this.live.write(scope.em, async (em, events) => {
      const decision = isUuid(id) ? await em.findOne(Decision, { id }) : null;
      if (!decision) throw notFound('Decision', id);
      const item = await this.itemForChange(scope, em, decision.agendaItem.id);
      this.recordDecision(scope, em, decision, 'DELETE', { text: decision.text, result: decision.result });
      em.remove(decision);
      await em.flush();
      await events.append(meetingTopic(item.meeting.id), MeetingEventKind.DECISION_CHANGED, about.minutes(item.id), {
        agendaItemId: item.id,
        decisionId: id,
      });
      return true;
    });
  }

  /** An item of a meeting whose minutes are open, for one of the meeting's managers. */
  private async itemForChange(scope: Scope, em: EntityManager, id: string, version?: number): Promise<AgendaItem> {
    const found = isUuid(id) ? await em.findOne(AgendaItem, { id }) : null;
    if (!found) throw notFound('AgendaItem', id);
    // The meeting's row lock orders every change of its agenda.
    const { meeting } = await meetingForChange(scope, em, found.meeting.id);
    ensureMinutesOpen(meeting);
    if (version !== undefined && found.version !== version) throw versionConflict('AgendaItem', found.version);
    return found;
  }

  private async parentIn(em: EntityManager, meeting: Meeting, parentId: string): Promise<AgendaItem> {
    const parent = isUuid(parentId) ? await em.findOne(AgendaItem, { id: parentId, meeting }) : null;
    if (!parent) throw badInput('input.parentId', 'Unknown agenda item of this meeting', 'UNKNOWN_REFERENCE');
    let depth = 1;
    for (let p = parent.parent; p; p = (await em.findOneOrFail(AgendaItem, p.id)).parent) depth++;
    if (depth >= MAX_DEPTH) throw badInput('input.parentId', `Sub-items go at most ${MAX_DEPTH} levels deep`, 'TOO_DEEP');
    return parent;
  }

  /** Whether `candidate` is `itemId` or one of its sub-items. */
  private async isWithin(em: EntityManager, candidate: string, itemId: string): Promise<boolean> {
    for (let id: string | undefined = candidate; id; id = (await em.findOne(AgendaItem, id))?.parent?.id) if (id === itemId) return true;
    return false;
  }

  private async links(
    em: EntityManager,
    item: AgendaItem,
    data: { presenterPersonId?: string | null; measureId?: string | null; agreementId?: string | null; linkedBodyId?: string | null },
  ) {
    const pick = async <T extends object>(
      entity: new () => T,
      id: string | null | undefined,
      field: string,
    ): Promise<T | null | undefined> => {
      if (id === undefined) return undefined;
      if (id === null) return null;
      const found = await em.findOne(entity, { id } as never);
      if (!found) throw badInput(`input.${field}`, 'Unknown reference', 'UNKNOWN_REFERENCE');
      return found as T;
    };
    const presenter = await pick(Person, data.presenterPersonId, 'presenterPersonId');
    if (presenter !== undefined) item.presenter = presenter;
    const measure = await pick(Measure, data.measureId, 'measureId');
    if (measure !== undefined) item.measure = measure;
    const agreement = await pick(Agreement, data.agreementId, 'agreementId');
    if (agreement !== undefined) item.agreement = agreement;
    const body = await pick(Body, data.linkedBodyId, 'linkedBodyId');
    if (body !== undefined) item.linkedBody = body;
  }

  private async setRecusals(em: EntityManager, decision: Decision, recusals: { personId: string; reason: string | null }[]) {
    if (recusals.length === 0) return;
    const people = await em.find(Person, { id: { $in: recusals.map((r) => r.personId) } });
    if (people.length !== recusals.length) throw badInput('input.recusals', 'Unknown person', 'UNKNOWN_REFERENCE');
    for (const r of recusals) em.create(DecisionRecusal, { decision, person: em.getReference(Person, r.personId), reason: r.reason });
  }

  private record(
    scope: Scope,
    em: EntityManager,
    item: AgendaItem,
    action: string,
    before?: Record<string, unknown>,
    after?: Record<string, unknown>,
  ) {
    this.audit.record(em, scope.actor, {
      entityType: 'AgendaItem',
      entityId: item.id,
      action,
      before: before ?? null,
      after: after ?? null,
    });
  }

  private recordDecision(scope: Scope, em: EntityManager, decision: Decision, action: string, before?: Record<string, unknown>) {
    this.audit.record(em, scope.actor, {
      entityType: 'Decision',
      entityId: decision.id,
      action,
      before: before ?? null,
      after: action === 'DELETE' ? null : { text: decision.text, result: decision.result },
    });
  }
}
