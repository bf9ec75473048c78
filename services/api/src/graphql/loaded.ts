import { type EntityClass, wrap } from '@mikro-orm/core';
import type { EntityManager } from '../db/orm.js';

/**
 * A related entity for a field resolver: the one already in memory when it was
 * populated with its parent (no work at all), otherwise loaded by id.
 */
export function loaded<T extends { id: string }>(em: EntityManager, type: EntityClass<T>, ref: T): Promise<T> | T {
  return wrap(ref).isInitialized() ? ref : (em.findOneOrFail(type, ref.id as never) as Promise<T>);
}
