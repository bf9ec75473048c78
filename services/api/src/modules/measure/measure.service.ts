import { ensure, policy } from '../../auth/policy.js';
import type { Scope } from '../../auth/scope.js';
import type { EntityManager } from '../../db/orm.js';
import { badInput, notFound, versionConflict } from '../../errors/domain-error.js';
import { today } from '../../shared/dates.js';
import { isUuid } from '../../validation/ids.js';
import { parseInput } from '../../validation/parse-input.js';
import { type AuditService, diffSnapshots, type Snapshot } from '../audit/audit.service.js';
import { Body } from '../body/body.entity.js';
import { actorName, leaderPersonIds } from '../body/body.service.js';
import { IntegrationGoal } from '../goal/goal.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Person } from '../person/person.entity.js';
import { Mandate } from '../steering/steering.entity.js';
import { Indicator, IndicatorMeasurement, Measure, MeasureStatus, MeasureStatusChange } from './measure.entity.js';
import {
  createMeasureSchema,
  type IndicatorInput,
  indicatorSchema,
  type MeasureInput,
  type MeasurementInput,
  type MeasureProgressInput,
  measurementSchema,
  measureProgressSchema,
  updateMeasureSchema,
} from './measure.inputs.js';

const populate = ['body', 'owners', 'responsible', 'goals'] as const;

function measureSnapshot(m: Measure): Snapshot {
  return {
    title: m.title,
    description: m.description ?? null,
    goals: m.goals.isInitialized()
      ? m.goals
          .getItems()
          .map((g) => g.number)
          .sort((a, b) => a - b)
      : undefined,
    owners: m.owners.isInitialized()
      ? m.owners
          .getItems()
          .map((o) => o.id)
          .sort()
      : undefined,
    responsible: m.responsible?.id ?? null,
    status: m.status,
    startOn: m.startOn ?? null,
    dueOn: m.dueOn ?? null,
    progress: m.progress,
    mandate: m.mandate?.id ?? null,
  };
}

/** Measures of bodies, with owners, status history and indicators. */
export class MeasureService {
  constructor(private readonly audit: AuditService) {}

  async create(scope: Scope, input: MeasureInput): Promise<Measure> {
    ensure(scope.actor.kind === 'user', scope.actor);
    const data = parseInput(createMeasureSchema, input);
    return scope.em.transactional(async (em) => {
      const body = await em.findOne(Body, { id: data.bodyId });
      if (!body) throw badInput('input.bodyId', 'Unknown body', 'UNKNOWN_REFERENCE');
      ensure(
        policy.manageBody(scope.actor, await leaderPersonIds(em, body.id)),
        scope.actor,
        'Only admins and the body’s chairs and tandem leads manage its measures',
      );
      const measure = em.create(Measure, {
        body,
        title: data.title,
        description: data.description,
        status: data.status,
        startOn: data.startOn ?? null,
        dueOn: data.dueOn ?? null,
        progress: data.progress,
        responsible: await this.person(em, data.responsiblePersonId),
        mandate: await this.mandate(em, body.id, data.mandateId),
      });
      measure.owners.set(await this.organisations(em, data.ownerOrganisationIds));
      measure.goals.set(await this.goals(em, data.goalIds));
      em.create(MeasureStatusChange, {
        measure,
        fromStatus: null,
        toStatus: data.status,
        on: today(),
        note: null,
        actorName: actorName(scope),
      });
      this.audit.record(em, scope.actor, {
        entityType: 'Measure',
        entityId: measure.id,
        action: 'CREATE',
        after: measureSnapshot(measure),
        organisationIds: data.ownerOrganisationIds,
      });
      await em.flush();
      return measure;
    });
  }

  async update(scope: Scope, id: string, version: number, input: MeasureInput): Promise<Measure> {
    const data = parseInput(updateMeasureSchema, input);
    return scope.em.transactional(async (em) => {
      const { measure } = await this.findForChange(scope, em, id, version, 'manage');
      const before = measureSnapshot(measure);
      const { bodyId: _b, ownerOrganisationIds, goalIds, responsiblePersonId, status, mandateId, ...scalars } = data;
      em.assign(measure, Object.fromEntries(Object.entries(scalars).filter(([, v]) => v !== undefined)));
      if (measure.startOn && measure.dueOn && measure.dueOn < measure.startOn)
        throw badInput('input.dueOn', 'must not be before the start date', 'INVALID');
      if (ownerOrganisationIds) measure.owners.set(await this.organisations(em, ownerOrganisationIds));
      if (goalIds) measure.goals.set(await this.goals(em, goalIds));
      if (responsiblePersonId !== undefined) measure.responsible = await this.person(em, responsiblePersonId);
      if (mandateId !== undefined) measure.mandate = await this.mandate(em, measure.body.id, mandateId);
      if (status && status !== measure.status) this.changeStatus(scope, em, measure, status, null);
      const diff = diffSnapshots(before, measureSnapshot(measure));
      if (Object.keys(diff.after).length) {
        this.audit.record(em, scope.actor, {
          entityType: 'Measure',
          entityId: id,
          action: 'UPDATE',
          ...diff,
          organisationIds: measure.owners.getItems().map((o) => o.id),
        });
      }
      await em.flush();
      return measure;
    });
  }

  /** Status and progress, as the owners report them. */
  async reportProgress(scope: Scope, id: string, version: number, input: MeasureProgressInput): Promise<Measure> {
    const data = parseInput(measureProgressSchema, input);
    return scope.em.transactional(async (em) => {
      const { measure } = await this.findForChange(scope, em, id, version, 'progress');
      const before = measureSnapshot(measure);
      if (data.status && data.status !== measure.status) {
        this.changeStatus(scope, em, measure, data.status, data.note ?? null);
        if (data.status === MeasureStatus.DONE && data.progress === undefined) measure.progress = 100;
      }
      if (data.progress !== undefined) measure.progress = data.progress;
      const diff = diffSnapshots(before, measureSnapshot(measure));
      if (Object.keys(diff.after).length) {
        this.audit.record(em, scope.actor, {
          entityType: 'Measure',
          entityId: id,
          action: 'PROGRESS',
          ...diff,
          organisationIds: measure.owners.getItems().map((o) => o.id),
        });
      }
      await em.flush();
      return measure;
    });
  }

  async delete(scope: Scope, id: string): Promise<boolean> {
    return scope.em.transactional(async (em) => {
      const measure = isUuid(id) ? await em.findOne(Measure, { id }, { populate }) : null;
      if (!measure) throw notFound('Measure', id);
      await this.ensureAllowed(scope, em, measure, 'manage');
      this.audit.record(em, scope.actor, {
        entityType: 'Measure',
        entityId: id,
        action: 'DELETE',
        before: measureSnapshot(measure),
        organisationIds: measure.owners.getItems().map((o) => o.id),
      });
      em.remove(measure);
      await em.flush();
      return true;
    });
  }

  async addIndicator(scope: Scope, measureId: string, input: IndicatorInput): Promise<Indicator> {
    const data = parseInput(indicatorSchema, input);
    return scope.em.transactional(async (em) => {
      const measure = isUuid(measureId) ? await em.findOne(Measure, { id: measureId }, { populate }) : null;
      if (!measure) throw notFound('Measure', measureId);
      await this.ensureAllowed(scope, em, measure, 'manage');
      const indicator = em.create(Indicator, {
        measure,
        name: data.name,
        unit: data.unit,
        baseline: data.baseline ?? null,
        target: data.target ?? null,
      });
      this.audit.record(em, scope.actor, {
        entityType: 'Indicator',
        entityId: indicator.id,
        action: 'CREATE',
        after: { measure: measureId, ...data },
      });
      await em.flush();
      return indicator;
    });
  }

  /** A dated value for an indicator; owners may record it. */
  async recordMeasurement(scope: Scope, indicatorId: string, input: MeasurementInput): Promise<IndicatorMeasurement> {
    const data = parseInput(measurementSchema, input);
    return scope.em.transactional(async (em) => {
      const indicator = isUuid(indicatorId)
        ? await em.findOne(Indicator, { id: indicatorId }, { populate: ['measure.owners', 'measure.body', 'measure.responsible'] })
        : null;
      if (!indicator) throw notFound('Indicator', indicatorId);
      await this.ensureAllowed(scope, em, indicator.measure, 'progress');
      const measurement = em.create(IndicatorMeasurement, { indicator, on: data.on, value: data.value, note: data.note });
      this.audit.record(em, scope.actor, { entityType: 'Indicator', entityId: indicator.id, action: 'MEASUREMENT', after: { ...data } });
      await em.flush();
      return measurement;
    });
  }

  private changeStatus(scope: Scope, em: EntityManager, measure: Measure, status: MeasureStatus, note: string | null) {
    em.create(MeasureStatusChange, {
      measure,
      fromStatus: measure.status,
      toStatus: status,
      on: today(),
      note,
      actorName: actorName(scope),
    });
    measure.status = status;
  }

  private async findForChange(scope: Scope, em: EntityManager, id: string, version: number, need: 'manage' | 'progress') {
    const measure = isUuid(id) ? await em.findOne(Measure, { id }, { populate }) : null;
    if (!measure) throw notFound('Measure', id);
    await this.ensureAllowed(scope, em, measure, need);
    if (measure.version !== version) throw versionConflict('Measure', measure.version);
    return { measure };
  }

  private async ensureAllowed(scope: Scope, em: EntityManager, measure: Measure, need: 'manage' | 'progress') {
    const leaders = await leaderPersonIds(em, measure.body.id);
    const allowed =
      need === 'manage'
        ? policy.manageBody(scope.actor, leaders)
        : policy.updateMeasureProgress(scope.actor, {
            leaderPersonIds: leaders,
            responsiblePersonId: measure.responsible?.id ?? null,
            ownerOrganisationIds: measure.owners.getItems().map((o) => o.id),
          });
    ensure(
      allowed,
      scope.actor,
      need === 'manage'
        ? 'Only admins and the body’s chairs and tandem leads manage its measures'
        : 'Only the measure’s owners and the body’s leads report its progress',
    );
  }

  private async person(em: EntityManager, id: string | null | undefined) {
    if (!id) return null;
    const person = await em.findOne(Person, { id });
    if (!person) throw badInput('input.responsiblePersonId', 'Unknown person', 'UNKNOWN_REFERENCE');
    return person;
  }

  /** A mandate given to the measure's own body. */
  private async mandate(em: EntityManager, bodyId: string, id: string | null | undefined) {
    if (!id) return null;
    const mandate = await em.findOne(Mandate, { id });
    if (!mandate) throw badInput('input.mandateId', 'Unknown mandate', 'UNKNOWN_REFERENCE');
    if (mandate.body.id !== bodyId) throw badInput('input.mandateId', 'The mandate was given to another body', 'MANDATE_OF_OTHER_BODY');
    return mandate;
  }

  private async organisations(em: EntityManager, ids: string[]) {
    const unique = [...new Set(ids)];
    const found = await em.find(Organisation, { id: { $in: unique } });
    if (found.length !== unique.length) throw badInput('input.ownerOrganisationIds', 'Unknown organisation', 'UNKNOWN_REFERENCE');
    return found;
  }

  private async goals(em: EntityManager, ids: string[]) {
    const unique = [...new Set(ids)];
    if (!unique.length) return [];
    const found = await em.find(IntegrationGoal, { id: { $in: unique } });
    if (found.length !== unique.length) throw badInput('input.goalIds', 'Unknown goal', 'UNKNOWN_REFERENCE');
    return found;
  }
}
