import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { Opt } from '@mikro-orm/core';
import { PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/** Columns every record has: a UUID, creation and update times. */
export abstract class BaseEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'datetime', onCreate: () => new Date() })
  createdAt: Opt<Date> = new Date();

  @Property({ type: 'datetime', onCreate: () => new Date(), onUpdate: () => new Date() })
  updatedAt: Opt<Date> = new Date();
}

/** A record users edit concurrently: updates carry the version they were based on. */
export abstract class VersionedEntity extends BaseEntity {
  @Property({ type: 'integer', version: true })
  version: Opt<number> = 1;
}
