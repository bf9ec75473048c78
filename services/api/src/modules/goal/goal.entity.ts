import 'reflect-metadata';
import type { Opt } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';

import { VersionedEntity } from '../../db/base.entity.js';
import { FieldOfAction } from '../reference/reference.entity.js';

/**
 * An integration concept (Integrationskonzept) of the city: the document its
 * goals come from. A city may keep a previous concept beside the current one;
 * at most one is current.
 */
@Entity({ tableName: 'integration_concept' })
@Index({
  name: 'integration_concept_one_current',
  expression: 'create unique index "integration_concept_one_current" on "integration_concept" ("is_current") where "is_current"',
})
export class IntegrationConcept extends VersionedEntity {
  @Property({ type: 'string', length: 300 })
  title!: string;

  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @Property({ type: 'date', nullable: true })
  validFrom?: string | null;

  @Property({ type: 'date', nullable: true })
  validTo?: string | null;

  @Property({ type: 'boolean', default: false })
  isCurrent: Opt<boolean> = false;
}

/** A numbered guiding goal of an integration concept, e.g. "1. Steigerung der Sprachkompetenz". */
@Entity({ tableName: 'integration_goal' })
@Unique({ name: 'integration_goal_number_unique', properties: ['concept', 'number'] })
export class IntegrationGoal extends VersionedEntity {
  @ManyToOne({ entity: () => IntegrationConcept, deleteRule: 'cascade' })
  concept!: IntegrationConcept;

  @Property({ type: 'integer' })
  number!: number;

  @Property({ type: 'string', length: 300 })
  title!: string;

  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @ManyToOne({ entity: () => FieldOfAction, nullable: true, deleteRule: 'set null' })
  fieldOfAction?: FieldOfAction | null;
}
