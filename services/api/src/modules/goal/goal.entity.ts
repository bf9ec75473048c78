import 'reflect-metadata';
import { Entity, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';

import { VersionedEntity } from '../../db/base.entity.js';
import { FieldOfAction } from '../reference/reference.entity.js';

/** A numbered guiding goal of the city's integration concept, e.g. "1. Steigerung der Sprachkompetenz". */
@Entity({ tableName: 'integration_goal' })
@Unique({ name: 'integration_goal_number_unique', properties: ['number'] })
export class IntegrationGoal extends VersionedEntity {
  @Property({ type: 'integer' })
  number!: number;

  @Property({ type: 'string', length: 300 })
  title!: string;

  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @ManyToOne({ entity: () => FieldOfAction, nullable: true, deleteRule: 'set null' })
  fieldOfAction?: FieldOfAction | null;
}
