import { ensure, policy } from '../../auth/policy.js';
import type { Scope } from '../../auth/scope.js';
import type { EntityManager } from '../../db/orm.js';
import { badInput, notFound, versionConflict } from '../../errors/domain-error.js';
import { today } from '../../shared/dates.js';
import { isUuid } from '../../validation/ids.js';
import { parseInput } from '../../validation/parse-input.js';
import { ensureTransition } from '../../validation/transitions.js';
import { type AuditService, diffSnapshots, type Snapshot } from '../audit/audit.service.js';
import { IntegrationGoal } from '../goal/goal.entity.js';
import { leadingRoles, type MembershipRole } from '../membership/membership.entity.js';
import { ReferenceKind } from '../reference/reference.entity.js';
import type { ReferenceService } from '../reference/reference.service.js';
import { Body, BodyStatusChange } from './body.entity.js';
import { BodyStatus } from './body.enums.js';
import { type BodyInput, type BodyStatusInput, bodyStatusSchema, createBodySchema, updateBodySchema } from './body.inputs.js';
import { bodyTransitions, endedStatuses } from './body.rules.js';

function bodySnapshot(b: Body): Snapshot {
  const ids = (c: { isInitialized(): boolean; getItems(): { id: string }[] }) =>
    c.isInitialized()
      ? c
          .getItems()
          .map((x) => x.id)
          .sort()
      : undefined;
  return {
    name: b.name,
    shortName: b.shortName ?? null,
    kind: b.kind,
    mandate: b.mandate ?? null,
    parent: b.parent?.id ?? null,
    fieldsOfAction: ids(b.fieldsOfAction),
    goals: ids(b.goals),
    meetingIntervalMinWeeks: b.meetingIntervalMinWeeks ?? null,
    meetingIntervalMaxWeeks: b.meetingIntervalMaxWeeks ?? null,
    meetingNote: b.meetingNote ?? null,
    visibility: b.visibility,
    allowSameOrganisationLeads: b.allowSameOrganisationLeads,
  };
}

/** Person ids of a body's chairs, deputy chairs and tandem leads on a day. */
export async function leaderPersonIds(
  em: EntityManager,
  bodyId: string,
  day = today(),
  roles: readonly MembershipRole[] = leadingRoles,
): Promise<string[]> {
  const rows = await em.execute<{ person_id: string }[]>(
    `select distinct person_id from membership where body_id = ? and role::text in (${roles.map(() => '?').join(', ')})
      and valid_from <= ? and (valid_to is null or valid_to >= ?)`,
    [bodyId, ...roles, day, day],
  );
  return rows.map((r) => r.person_id);
}

export const isEnded = (body: Body) => endedStatuses.includes(body.status);

/** Bodies of the network: hierarchy, mandate, lifecycle. */
export class BodyService {
  constructor(
    private readonly audit: AuditService,
    private readonly references: ReferenceService,
  ) {}

  async create(scope: Scope, input: BodyInput): Promise<Body> {
    ensure(policy.createBody(scope.actor), scope.actor, 'Only the coordination office may create bodies');
    const data = parseInput(createBodySchema, input);
    return scope.em.transactional(async (em) => {
      const inner = { ...scope, em };
      const body = em.create(Body, {
        name: data.name,
        shortName: data.shortName,
        kind: data.kind,
        mandate: data.mandate,
        meetingIntervalMinWeeks: data.meetingIntervalMinWeeks ?? null,
        meetingIntervalMaxWeeks: data.meetingIntervalMaxWeeks ?? null,
        meetingNote: data.meetingNote,
        visibility: data.visibility,
        allowSameOrganisationLeads: data.allowSameOrganisationLeads,
        status: BodyStatus.ACTIVE,
        foundedOn: data.foundedOn ?? today(),
      });
      if (data.parentId) body.parent = await this.validParent(em, body, data.parentId);
      await this.assignLinks(inner, body, data);
      em.create(BodyStatusChange, {
        body,
        fromStatus: null,
        toStatus: BodyStatus.ACTIVE,
        on: body.foundedOn,
        reason: 'Gegründet',
        actorName: actorName(scope),
      });
      this.audit.record(em, scope.actor, { entityType: 'Body', entityId: body.id, action: 'CREATE', after: bodySnapshot(body) });
      await em.flush();
      return body;
    });
  }

  async update(scope: Scope, id: string, version: number, input: BodyInput): Promise<Body> {
    ensure(policy.changeBody(scope.actor), scope.actor, 'Only the coordination office may change bodies');
    const data = parseInput(updateBodySchema, input);
    return scope.em.transactional(async (em) => {
      const body = await this.findForChange(em, id, version);
      await em.populate(body, ['fieldsOfAction', 'goals']);
      const before = bodySnapshot(body);
      const { parentId, fieldOfActionIds, goalIds, foundedOn: _founded, ...scalars } = data;
      em.assign(body, Object.fromEntries(Object.entries(scalars).filter(([, v]) => v !== undefined)));
      if (parentId !== undefined) body.parent = parentId ? await this.validParent(em, body, parentId) : null;
      await this.assignLinks({ ...scope, em }, body, { fieldOfActionIds, goalIds });
      const diff = diffSnapshots(before, bodySnapshot(body));
      if (Object.keys(diff.after).length)
        this.audit.record(em, scope.actor, { entityType: 'Body', entityId: id, action: 'UPDATE', ...diff });
      await em.flush();
      return body;
    });
  }

  /** Moves a body along its lifecycle; any other step than the allowed ones is refused with the allowed ones named. */
  async changeStatus(scope: Scope, id: string, version: number, input: BodyStatusInput): Promise<Body> {
    ensure(policy.changeBody(scope.actor), scope.actor, 'Only the coordination office may change bodies');
    const data = parseInput(bodyStatusSchema, input);
    return scope.em.transactional(async (em) => {
      const body = await this.findForChange(em, id, version);
      ensureTransition(bodyTransitions, body.status, data.status, 'body');
      const last = await em.findOne(BodyStatusChange, { body }, { orderBy: { on: 'desc', createdAt: 'desc' } });
      const earliest = last?.on ?? body.foundedOn;
      if (data.on < earliest)
        throw badInput('input.on', `must not be before ${earliest}, the date of the previous step`, 'DATE_BEFORE_PREVIOUS');
      let mergedInto: Body | null = null;
      if (data.mergedIntoId) {
        mergedInto = await em.findOne(Body, { id: data.mergedIntoId });
        if (!mergedInto) throw badInput('input.mergedIntoId', 'Unknown body', 'UNKNOWN_REFERENCE');
        if (mergedInto.id === body.id || isEnded(mergedInto))
          throw badInput('input.mergedIntoId', 'must be another body that has not ended', 'INVALID_MERGE_TARGET');
      }
      const fromStatus = body.status;
      body.status = data.status;
      body.endedOn = endedStatuses.includes(data.status) ? data.on : null;
      body.mergedInto = mergedInto;
      em.create(BodyStatusChange, {
        body,
        fromStatus,
        toStatus: data.status,
        on: data.on,
        reason: data.reason,
        mergedInto,
        actorName: actorName(scope),
      });
      this.audit.record(em, scope.actor, {
        entityType: 'Body',
        entityId: id,
        action: 'STATUS',
        before: { status: fromStatus },
        after: { status: data.status, on: data.on, reason: data.reason, mergedInto: mergedInto?.id ?? null },
      });
      await em.flush();
      return body;
    });
  }

  private async findForChange(em: EntityManager, id: string, version: number) {
    const body = isUuid(id) ? await em.findOne(Body, { id }) : null;
    if (!body) throw notFound('Body', id);
    if (body.version !== version) throw versionConflict('Body', body.version);
    return body;
  }

  /** A parent must exist and must not be the body itself or one of its descendants. */
  private async validParent(em: EntityManager, body: Body, parentId: string): Promise<Body> {
    const parent = await em.findOne(Body, { id: parentId });
    if (!parent) throw badInput('input.parentId', 'Unknown body', 'UNKNOWN_REFERENCE');
    const rows = await em.execute<{ id: string }[]>(
      `with recursive up as (select id, parent_id from body where id = ? union all select b.id, b.parent_id from body b join up on b.id = up.parent_id)
       select id from up`,
      [parent.id],
    );
    if (parent.id === body.id || rows.some((r) => r.id === body.id)) {
      throw badInput('input.parentId', 'A body cannot report to itself or to one of its own sub-bodies', 'CYCLE');
    }
    return parent;
  }

  private async assignLinks(scope: Scope, body: Body, data: { fieldOfActionIds?: string[]; goalIds?: string[] }) {
    if (data.fieldOfActionIds) {
      body.fieldsOfAction.set(
        await this.references.resolveIds(scope, ReferenceKind.FIELD_OF_ACTION, data.fieldOfActionIds, 'input.fieldOfActionIds'),
      );
    }
    if (data.goalIds) {
      const unique = [...new Set(data.goalIds)];
      const goals = unique.length ? await scope.em.find(IntegrationGoal, { id: { $in: unique } }) : [];
      if (goals.length !== unique.length) throw badInput('input.goalIds', 'Unknown goal', 'UNKNOWN_REFERENCE');
      body.goals.set(goals);
    }
  }
}

export const actorName = (scope: Scope) => (scope.actor.kind === 'user' ? scope.actor.displayName : null);
