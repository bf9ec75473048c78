import 'reflect-metadata';
import { Collection, type Opt } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToMany, ManyToOne, Property } from '@mikro-orm/decorators/legacy';

import { VersionedEntity } from '../../db/base.entity.js';
import { StatusChange } from '../../db/status-change.entity.js';
import { IntegrationGoal } from '../goal/goal.entity.js';
import { Visibility } from '../organisation/organisation.enums.js';
import { FieldOfAction } from '../reference/reference.entity.js';
import { BodyKind, BodyStatus } from './body.enums.js';

/** A committee, working group, sub-project, council… of the network. */
@Entity({ tableName: 'body' })
@Index({ name: 'body_parent_index', properties: ['parent'] })
export class Body extends VersionedEntity {
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Property({ type: 'string', length: 40, nullable: true })
  shortName?: string | null;

  @Enum({ items: () => BodyKind, nativeEnumName: 'body_kind' })
  kind!: BodyKind;

  @Property({ type: 'text', nullable: true })
  mandate?: string | null;

  @ManyToOne({ entity: () => Body, nullable: true, deleteRule: 'set null' })
  parent?: Body | null;

  @ManyToMany({ entity: () => FieldOfAction, pivotTable: 'body_field_of_action', owner: true })
  fieldsOfAction = new Collection<FieldOfAction>(this);

  @ManyToMany({ entity: () => IntegrationGoal, pivotTable: 'body_goal', owner: true })
  goals = new Collection<IntegrationGoal>(this);

  @Property({ type: 'integer', nullable: true })
  meetingIntervalMinWeeks?: number | null;

  @Property({ type: 'integer', nullable: true })
  meetingIntervalMaxWeeks?: number | null;

  @Property({ type: 'string', length: 300, nullable: true })
  meetingNote?: string | null;

  @Enum({ items: () => Visibility, nativeEnumName: 'visibility', default: Visibility.PUBLIC })
  visibility: Opt<Visibility> = Visibility.PUBLIC;

  @Enum({ items: () => BodyStatus, nativeEnumName: 'body_status' })
  status!: BodyStatus;

  @Property({ type: 'date' })
  foundedOn!: string;

  @Property({ type: 'date', nullable: true })
  endedOn?: string | null;

  @ManyToOne({ entity: () => Body, nullable: true, deleteRule: 'set null' })
  mergedInto?: Body | null;

  @Property({ type: 'boolean', default: false })
  allowSameOrganisationLeads: Opt<boolean> = false;
}

/** One step in a body's life, with its date and reason. */
@Entity({ tableName: 'body_status_change' })
@Index({ name: 'body_status_change_body_index', properties: ['body'] })
export class BodyStatusChange extends StatusChange {
  @ManyToOne({ entity: () => Body, deleteRule: 'cascade' })
  body!: Body;

  @Enum({ items: () => BodyStatus, nativeEnumName: 'body_status', nullable: true })
  fromStatus?: BodyStatus | null;

  @Enum({ items: () => BodyStatus, nativeEnumName: 'body_status' })
  toStatus!: BodyStatus;

  @Property({ type: 'text' })
  reason!: string;

  @ManyToOne({ entity: () => Body, nullable: true, deleteRule: 'set null' })
  mergedInto?: Body | null;
}
