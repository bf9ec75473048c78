import type { EntityManager } from '../db/orm.js';
import type { Actor } from './actor.js';

/** What every service call gets: the request's EntityManager fork and who is acting. */
export interface Scope {
  em: EntityManager;
  actor: Actor;
}
