import { ensure } from '../../auth/policy.js';
import { readRules } from '../../auth/read-rules.js';
import { timestamp } from '../../db/reader.js';
import { and, idIn, type Sql, sql } from '../../db/sql.js';
import { notFound } from '../../errors/domain-error.js';
import { listSizes, pageSize } from '../../graphql/lists.js';
import { groupBy, indexBy } from '../../graphql/read-context.js';
import type { ReadModels } from '../../graphql/read-models.js';
import { statusHistoryList } from '../../graphql/status-history.js';
import { today } from '../../shared/dates.js';
import { isUuid } from '../../validation/ids.js';
import { parseInput } from '../../validation/parse-input.js';
import { type OrganisationRow, organisationColumns, toOrganisation } from '../organisation/organisation.read.js';
import type { OrganisationView } from '../organisation/organisation.types.js';
import { type MeasureStatus, openMeasureStatuses } from './measure.entity.js';
import { MAX_OWNERS, type MeasureFilter, measureFilterSchema } from './measure.inputs.js';
import { IndicatorMeasurementView, IndicatorView, MeasureStatusChangeView, MeasureView } from './measure.types.js';

interface MeasureRow {
  x_id: string;
  x_created_at: string;
  x_updated_at: string;
  x_version: number;
  x_title: string;
  x_description: string | null;
  x_body_id: string;
  x_responsible_id: string | null;
  x_status: MeasureStatus;
  x_start_on: string | null;
  x_due_on: string | null;
  x_progress: number;
  x_mandate_id: string | null;
}

const measureColumns = sql`x.id as x_id, x.created_at as x_created_at, x.updated_at as x_updated_at, x.version as x_version,
  x.title as x_title, x.description as x_description, x.body_id as x_body_id, x.responsible_id as x_responsible_id,
  x.status as x_status, x.start_on as x_start_on, x.due_on as x_due_on, x.progress as x_progress, x.mandate_id as x_mandate_id`;

function toMeasure(row: MeasureRow): MeasureView {
  const m = new MeasureView();
  m.id = row.x_id;
  m.createdAt = timestamp(row.x_created_at);
  m.updatedAt = timestamp(row.x_updated_at);
  m.version = row.x_version;
  m.title = row.x_title;
  m.description = row.x_description;
  m.bodyId = row.x_body_id;
  m.responsibleId = row.x_responsible_id;
  m.status = row.x_status;
  m.startOn = row.x_start_on;
  m.dueOn = row.x_due_on;
  m.progress = row.x_progress;
  m.mandateId = row.x_mandate_id;
  return m;
}

/** Open and past its due date. */
export const isOverdue = (m: Pick<MeasureView, 'dueOn' | 'status'>, day = today()) =>
  !!m.dueOn && m.dueOn < day && openMeasureStatuses.includes(m.status);

const measureOrder = sql`x.due_on asc nulls last, x.title, x.id`;

/** Reads of measures, their owners, history and indicators. */
export class MeasureReadModel {
  constructor(private readonly read: ReadModels) {}

  private get r() {
    return this.read.context;
  }

  /** Measures by body, owner, responsible person, field of action, goal, status or overdue. */
  async list(filterInput: MeasureFilter | null | undefined, first: number | null | undefined): Promise<MeasureView[]> {
    const f = parseInput(measureFilterSchema, filterInput, 'filter');
    const limit = pageSize(first, listSizes.root);
    const conditions: Sql[] = [readRules.measure(this.r.actor, 'x')];
    if (f.bodyId) conditions.push(sql`x.body_id = ${f.bodyId}`);
    if (f.personId) conditions.push(sql`x.responsible_id = ${f.personId}`);
    if (f.ownerOrganisationId) {
      conditions.push(
        sql`exists (select 1 from measure_owner fo where fo.measure_id = x.id and fo.organisation_id = ${f.ownerOrganisationId})`,
      );
    }
    if (f.goalId)
      conditions.push(sql`exists (select 1 from measure_goal fg where fg.measure_id = x.id and fg.integration_goal_id = ${f.goalId})`);
    if (f.fieldOfActionId) {
      conditions.push(sql`(exists (select 1 from measure_goal fg join integration_goal g on g.id = fg.integration_goal_id
                                    where fg.measure_id = x.id and g.field_of_action_id = ${f.fieldOfActionId})
                          or exists (select 1 from body_field_of_action fb where fb.body_id = x.body_id and fb.field_of_action_id = ${f.fieldOfActionId}))`);
    }
    if (f.statuses?.length) conditions.push(sql`x.status::text = any(${f.statuses}::text[])`);
    if (f.mandateId) conditions.push(sql`x.mandate_id = ${f.mandateId}`);
    if (f.overdue) conditions.push(sql`x.due_on < ${today()} and x.status::text = any(${[...openMeasureStatuses]}::text[])`);
    const rows = await this.r.rows<MeasureRow>(
      sql`select ${measureColumns} from measure x where ${and(...conditions)} order by ${measureOrder} limit ${limit}`,
    );
    return rows.map(toMeasure);
  }

  /** Measures the logged-in person is responsible for. */
  async mine(first: number | null | undefined): Promise<MeasureView[]> {
    const actor = this.r.actor;
    ensure(actor.kind === 'user', actor);
    if (actor.kind !== 'user' || !actor.personId) return [];
    return this.list({ personId: actor.personId }, first);
  }

  byId(id: string): Promise<MeasureView | null> {
    if (!isUuid(id)) return Promise.resolve(null);
    return this.r
      .loader<string, MeasureView | null>('measure.byId', async (ids) => {
        const rows = await this.r.rows<MeasureRow>(
          sql`select ${measureColumns} from measure x where ${idIn(sql`x.id`, ids)} and ${readRules.measure(this.r.actor, 'x')}`,
        );
        return indexBy(ids, rows, (row) => row.x_id).map((row) => row && toMeasure(row));
      })
      .load(id);
  }

  /** One measure; to those who may not see it, it does not exist. */
  async get(id: string): Promise<MeasureView> {
    const measure = await this.byId(id);
    if (!measure) throw notFound('Measure', id);
    return measure;
  }

  /** A body's measures, by due date. */
  ofBody(bodyId: string, first: number | null | undefined): Promise<MeasureView[]> {
    const limit = pageSize(first, listSizes.items);
    return this.r
      .children<MeasureRow, MeasureView>({
        name: `measure.ofBody:${limit}`,
        select: measureColumns,
        from: sql`measure x`,
        where: readRules.measure(this.r.actor, 'x'),
        parent: sql`x.body_id`,
        parentOf: (row) => row.x_body_id,
        order: measureOrder,
        limit,
        toValue: toMeasure,
      })
      .load(bodyId);
  }

  /** The measures carrying out a mandate, by due date. */
  ofMandate(mandateId: string, first: number | null | undefined): Promise<MeasureView[]> {
    const limit = pageSize(first, listSizes.items);
    return this.r
      .children<MeasureRow, MeasureView>({
        name: `measure.ofMandate:${limit}`,
        select: measureColumns,
        from: sql`measure x`,
        where: readRules.measure(this.r.actor, 'x'),
        parent: sql`x.mandate_id`,
        parentOf: (row) => row.x_mandate_id as string,
        order: measureOrder,
        limit,
        toValue: toMeasure,
      })
      .load(mandateId);
  }

  /** The organisations that own a measure, those the reader may see, by name. */
  owners(measureId: string): Promise<OrganisationView[]> {
    return this.r
      .loader<string, OrganisationView[]>('measure.owners', async (ids) => {
        const rows = await this.r.rows<OrganisationRow & { measure_id: string }>(
          sql`select mo.measure_id, ${organisationColumns('o')} from measure_owner mo join organisation o on o.id = mo.organisation_id
               where ${idIn(sql`mo.measure_id`, ids)} and ${readRules.organisation(this.r.actor, 'o')} order by o.name, o.id`,
        );
        return groupBy(ids, rows, (row) => row.measure_id).map((group) =>
          group.slice(0, MAX_OWNERS).map((row) => this.read.organisations.remember(toOrganisation(row))),
        );
      })
      .load(measureId);
  }

  statusHistory(measureId: string, first: number | null | undefined): Promise<MeasureStatusChangeView[]> {
    return this.r
      .children(
        statusHistoryList({
          actor: this.r.actor,
          table: 'measure_status_change',
          parentKey: 'measure_id',
          parentTable: 'measure',
          parentAlias: 'x',
          parentRule: readRules.measure(this.r.actor, 'x'),
          view: MeasureStatusChangeView,
          extra: { note: 'note' },
          limit: pageSize(first, listSizes.items),
        }),
      )
      .load(measureId);
  }

  indicators(measureId: string, first: number | null | undefined): Promise<IndicatorView[]> {
    const limit = pageSize(first, listSizes.items);
    return this.r
      .children<IndicatorRow, IndicatorView>({
        name: `measure.indicators:${limit}`,
        select: indicatorColumns,
        from: sql`indicator i join measure x on x.id = i.measure_id`,
        where: readRules.measure(this.r.actor, 'x'),
        parent: sql`i.measure_id`,
        parentOf: (row) => row.measure_id,
        order: sql`i.created_at, i.id`,
        limit,
        toValue: toIndicator,
      })
      .load(measureId);
  }

  async getIndicator(id: string): Promise<IndicatorView> {
    const [row] = isUuid(id)
      ? await this.r.rows<IndicatorRow>(
          sql`select ${indicatorColumns} from indicator i join measure x on x.id = i.measure_id
               where i.id = ${id} and ${readRules.measure(this.r.actor, 'x')}`,
        )
      : [];
    if (!row) throw notFound('Indicator', id);
    return toIndicator(row);
  }

  measurements(indicatorId: string, first: number | null | undefined): Promise<IndicatorMeasurementView[]> {
    const limit = pageSize(first, listSizes.items);
    return this.r
      .children<MeasurementRow, IndicatorMeasurementView>({
        name: `measure.measurements:${limit}`,
        select: measurementColumns,
        from: sql`indicator_measurement v join indicator i on i.id = v.indicator_id join measure x on x.id = i.measure_id`,
        where: readRules.measure(this.r.actor, 'x'),
        parent: sql`v.indicator_id`,
        parentOf: (row) => row.indicator_id,
        order: sql`v.on, v.id`,
        limit,
        toValue: toMeasurement,
      })
      .load(indicatorId);
  }

  async getMeasurement(id: string): Promise<IndicatorMeasurementView> {
    const [row] = isUuid(id)
      ? await this.r.rows<MeasurementRow>(
          sql`select ${measurementColumns} from indicator_measurement v join indicator i on i.id = v.indicator_id
                join measure x on x.id = i.measure_id where v.id = ${id} and ${readRules.measure(this.r.actor, 'x')}`,
        )
      : [];
    if (!row) throw notFound('IndicatorMeasurement', id);
    return toMeasurement(row);
  }
}

interface IndicatorRow {
  id: string;
  created_at: string;
  updated_at: string;
  version: number;
  measure_id: string;
  name: string;
  unit: string;
  baseline: number | null;
  target: number | null;
}

const indicatorColumns = sql`i.id, i.created_at, i.updated_at, i.version, i.measure_id, i.name, i.unit, i.baseline, i.target`;

const toIndicator = (row: IndicatorRow): IndicatorView =>
  Object.assign(new IndicatorView(), {
    id: row.id,
    createdAt: timestamp(row.created_at),
    updatedAt: timestamp(row.updated_at),
    version: row.version,
    measureId: row.measure_id,
    name: row.name,
    unit: row.unit,
    baseline: row.baseline,
    target: row.target,
  });

interface MeasurementRow {
  id: string;
  indicator_id: string;
  on: string;
  value: number;
  note: string | null;
  created_at: string;
}

const measurementColumns = sql`v.id, v.indicator_id, v.on, v.value, v.note, v.created_at`;

const toMeasurement = (row: MeasurementRow): IndicatorMeasurementView =>
  Object.assign(new IndicatorMeasurementView(), {
    id: row.id,
    indicatorId: row.indicator_id,
    on: row.on,
    value: row.value,
    note: row.note,
    createdAt: timestamp(row.created_at),
  });
