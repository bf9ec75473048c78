import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { Opt } from '@mikro-orm/core';
import { PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * A file attached to a record (an agreement, a need, a fund application).
 * The bytes live in the document store under the row's id; the row keeps
 * what was checked on upload. Subclasses add their owner.
 */
export abstract class AttachedDocument {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string', length: 255 })
  fileName!: string;

  @Property({ type: 'string', length: 120 })
  contentType!: string;

  @Property({ type: 'integer' })
  sizeBytes!: number;

  @Property({ type: 'string', length: 64 })
  sha256!: string;

  @Property({ type: 'string', length: 120, nullable: true })
  uploadedByName?: string | null;

  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();
}
