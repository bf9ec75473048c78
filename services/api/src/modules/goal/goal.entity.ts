import 'reflect-metadata';
import { Entity, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, Int, ObjectType } from 'type-graphql';
import { VersionedEntity } from '../../db/base.entity.js';
import { FieldOfAction } from '../reference/reference.entity.js';

/** A numbered guiding goal of the city's integration concept, e.g. "1. Steigerung der Sprachkompetenz". */
@ObjectType({ description: 'A numbered goal of the integration concept.' })
@Entity({ tableName: 'integration_goal' })
@Unique({ name: 'integration_goal_number_unique', properties: ['number'] })
export class IntegrationGoal extends VersionedEntity {
  @Field(() => Int)
  @Property({ type: 'integer' })
  number!: number;

  @Field(() => String)
  @Property({ type: 'string', length: 300 })
  title!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @ManyToOne({ entity: () => FieldOfAction, nullable: true, deleteRule: 'set null' })
  fieldOfAction?: FieldOfAction | null;
}
