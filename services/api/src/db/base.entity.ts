import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType } from 'type-graphql';

/** Columns every record has: a UUID, creation and update times. */
@ObjectType()
export abstract class BaseEntity {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => Date)
  @Property({ type: 'datetime', onCreate: () => new Date() })
  createdAt: Date = new Date();

  @Field(() => Date)
  @Property({ type: 'datetime', onCreate: () => new Date(), onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/** A record users edit concurrently: updates carry the version they were based on. */
@ObjectType()
export abstract class VersionedEntity extends BaseEntity {
  @Field(() => Number, { description: 'Optimistic-lock version; send it back with every update.' })
  @Property({ type: 'integer', version: true })
  version: number = 1;
}
