import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { Opt } from '@mikro-orm/core';
import { PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * One step of a status timeline (bodies, measures, agreements): when it took
 * effect and who recorded it. Subclasses add the statuses and their owner.
 */
export abstract class StatusChange {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'date' })
  on!: string;

  @Property({ type: 'string', length: 120, nullable: true })
  actorName?: string | null;

  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();
}
