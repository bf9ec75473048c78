import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { Collection, type Opt } from '@mikro-orm/core';
import { Check, Entity, Enum, Index, ManyToMany, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { registerEnumType } from 'type-graphql';
import { VersionedEntity } from '../../db/base.entity.js';
import { StatusChange } from '../../db/status-change.entity.js';
import { Body } from '../body/body.entity.js';
import { IntegrationGoal } from '../goal/goal.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Person } from '../person/person.entity.js';
import { Mandate } from '../steering/steering.entity.js';

/** Where a measure stands. */
export enum MeasureStatus {
  PLANNED = 'PLANNED',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  STALLED = 'STALLED',
  DROPPED = 'DROPPED',
}
registerEnumType(MeasureStatus, { name: 'MeasureStatus' });

/** Statuses in which a measure still has to reach its due date. */
export const openMeasureStatuses: readonly MeasureStatus[] = [MeasureStatus.PLANNED, MeasureStatus.IN_PROGRESS, MeasureStatus.STALLED];

/** A measure (Maßnahme) a body tracks, owned by organisations with one responsible person. */
@Entity({ tableName: 'measure' })
@Index({ name: 'measure_body_index', properties: ['body'] })
@Index({ name: 'measure_responsible_index', properties: ['responsible'] })
@Check({ name: 'measure_progress_range', expression: 'progress >= 0 and progress <= 100' })
export class Measure extends VersionedEntity {
  @Property({ type: 'string', length: 300 })
  title!: string;

  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @ManyToOne({ entity: () => Body, deleteRule: 'cascade' })
  body!: Body;

  @ManyToMany({ entity: () => IntegrationGoal, pivotTable: 'measure_goal', owner: true })
  goals = new Collection<IntegrationGoal>(this);

  @ManyToMany({ entity: () => Organisation, pivotTable: 'measure_owner', owner: true })
  owners = new Collection<Organisation>(this);

  @ManyToOne({ entity: () => Person, nullable: true, deleteRule: 'set null' })
  responsible?: Person | null;

  @Enum({ items: () => MeasureStatus, nativeEnumName: 'measure_status' })
  status!: MeasureStatus;

  @Property({ type: 'date', nullable: true })
  startOn?: string | null;

  @Property({ type: 'date', nullable: true })
  dueOn?: string | null;

  @Property({ type: 'integer', default: 0 })
  progress: Opt<number> = 0;

  /** The steering committee's mandate this measure carries out. */
  @ManyToOne({ entity: () => Mandate, nullable: true, deleteRule: 'set null' })
  mandate?: Mandate | null;
}

/** One status change of a measure. */
@Entity({ tableName: 'measure_status_change' })
@Index({ name: 'measure_status_change_measure_index', properties: ['measure'] })
export class MeasureStatusChange extends StatusChange {
  @ManyToOne({ entity: () => Measure, deleteRule: 'cascade' })
  measure!: Measure;

  @Enum({ items: () => MeasureStatus, nativeEnumName: 'measure_status', nullable: true })
  fromStatus?: MeasureStatus | null;

  @Enum({ items: () => MeasureStatus, nativeEnumName: 'measure_status' })
  toStatus!: MeasureStatus;

  @Property({ type: 'text', nullable: true })
  note?: string | null;
}

/** A key figure of a measure (Kennzahl), with baseline, target and dated measurements. */
@Entity({ tableName: 'indicator' })
@Index({ name: 'indicator_measure_index', properties: ['measure'] })
export class Indicator extends VersionedEntity {
  @ManyToOne({ entity: () => Measure, deleteRule: 'cascade' })
  measure!: Measure;

  @Property({ type: 'string', length: 200 })
  name!: string;

  @Property({ type: 'string', length: 40 })
  unit!: string;

  @Property({ type: 'double', nullable: true })
  baseline?: number | null;

  @Property({ type: 'double', nullable: true })
  target?: number | null;
}

/** A dated value of an indicator. */
@Entity({ tableName: 'indicator_measurement' })
@Index({ name: 'indicator_measurement_indicator_index', properties: ['indicator'] })
export class IndicatorMeasurement {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Indicator, deleteRule: 'cascade' })
  indicator!: Indicator;

  @Property({ type: 'date' })
  on!: string;

  @Property({ type: 'double' })
  value!: number;

  @Property({ type: 'string', length: 300, nullable: true })
  note?: string | null;

  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();
}
