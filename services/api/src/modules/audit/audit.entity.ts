import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';

/** One change to a tracked record: who, when, what, and the values before and after. */
@ObjectType({ description: 'A change to a record, written in the same transaction as the change.' })
@Entity({ tableName: 'audit_entry' })
@Index({ name: 'audit_entry_entity_index', properties: ['entityType', 'entityId', 'at'] })
export class AuditEntry {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String, { description: 'Organisation, Person, Affiliation, User, ReferenceEntry…' })
  @Property({ type: 'string', length: 40 })
  entityType!: string;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  entityId!: string;

  @Field(() => String, { description: 'CREATE, UPDATE, ARCHIVE, RESTORE, CONFIRM, DELETE…' })
  @Property({ type: 'string', length: 40 })
  action!: string;

  @Field(() => ID, { nullable: true, description: 'The acting user; empty for system changes such as the demo seed.' })
  @Property({ type: 'uuid', nullable: true })
  actorId?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 120, nullable: true })
  actorName?: string | null;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  at: Date = new Date();

  @Field(() => GraphQLJSONObject, { nullable: true })
  @Property({ type: 'json', nullable: true })
  before?: Record<string, unknown> | null;

  @Field(() => GraphQLJSONObject, { nullable: true })
  @Property({ type: 'json', nullable: true })
  after?: Record<string, unknown> | null;

  /** Organisations the change concerns; editors of these may read it. */
  @Property({ type: 'uuid[]', columnType: 'uuid[]', defaultRaw: "'{}'" })
  organisationIds: string[] = [];
}
