import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { Opt } from '@mikro-orm/core';
import { PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType } from 'type-graphql';

/** Columns every record has: a UUID, creation and update times. */
@ObjectType()
export abstract class BaseEntity {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => Date)
  @Property({ type: 'datetime', onCreate: () => new Date() })
  createdAt: Opt<Date> = new Date();

  @Field(() => Date)
  @Property({ type: 'datetime', onCreate: () => new Date(), onUpdate: () => new Date() })
  updatedAt: Opt<Date> = new Date();
}

/** A record users edit concurrently: updates carry the version they were based on. */
@ObjectType()
export abstract class VersionedEntity extends BaseEntity {
  @Field(() => Int, { description: 'Optimistic-lock version; send it back with every update.' })
  @Property({ type: 'integer', version: true })
  version: Opt<number> = 1;
}
