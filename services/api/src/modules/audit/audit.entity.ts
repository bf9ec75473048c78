import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/** One change to a tracked record: who, when, what, and the values before and after. */
@Entity({ tableName: 'audit_entry' })
@Index({ name: 'audit_entry_entity_index', properties: ['entityType', 'entityId', 'at'] })
export class AuditEntry {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string', length: 40 })
  entityType!: string;

  @Property({ type: 'uuid' })
  entityId!: string;

  @Property({ type: 'string', length: 40 })
  action!: string;

  @Property({ type: 'uuid', nullable: true })
  actorId?: string | null;

  @Property({ type: 'string', length: 120, nullable: true })
  actorName?: string | null;

  @Property({ type: 'datetime' })
  at: Date = new Date();

  @Property({ type: 'json', nullable: true })
  before?: Record<string, unknown> | null;

  @Property({ type: 'json', nullable: true })
  after?: Record<string, unknown> | null;

  /** Organisations the change concerns; editors of these may read it. */
  @Property({ type: 'uuid[]', columnType: 'uuid[]', defaultRaw: "'{}'" })
  organisationIds: string[] = [];
}
