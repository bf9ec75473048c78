import 'reflect-metadata';
import type { Opt } from '@mikro-orm/core';
import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';

/**
 * A topic's last sequence number. Appending an event raises it inside the
 * writing transaction, so the row lock orders a topic's writers: sequence
 * order is commit order, and a reader that has seen `n` has seen every
 * event before it.
 */
@Entity({ tableName: 'realtime_topic' })
export class RealtimeTopic {
  @PrimaryKey({ type: 'string', length: 120 })
  topic!: string;

  @Property({ type: 'integer' })
  lastSeq!: number;
}

/** One event of a topic (`meeting:<id>`, `body-tasks:<id>`), kept so reconnecting clients catch up by sequence. */
@Entity({ tableName: 'realtime_event' })
@Unique({ name: 'realtime_event_topic_seq_unique', properties: ['topic', 'seq'] })
@Index({ name: 'realtime_event_created_index', properties: ['createdAt'] })
export class RealtimeEvent {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: Opt<string>;

  @Property({ type: 'string', length: 120 })
  topic!: string;

  @Property({ type: 'integer' })
  seq!: number;

  @Property({ type: 'string', length: 40 })
  kind!: string;

  /** What the event concerns, for the per-recipient read check: a read rule's type and a record id. */
  @Property({ type: 'string', length: 40 })
  recordType!: string;

  @Property({ type: 'uuid' })
  recordId!: string;

  /** Small data the subscriber needs without a read (ids, a CRDT update); never more than the record's read rule allows. */
  @Property({ type: 'json' })
  payload!: Record<string, unknown>;

  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();
}
