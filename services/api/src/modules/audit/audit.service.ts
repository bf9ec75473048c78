import type { Actor } from '../../auth/actor.js';
import { ensure, policy } from '../../auth/policy.js';
import type { Scope } from '../../auth/scope.js';
import type { EntityManager } from '../../db/orm.js';
import { AuditEntry } from './audit.entity.js';

export type Snapshot = Record<string, unknown>;

export interface AuditRecord {
  entityType: string;
  entityId: string;
  action: string;
  before?: Snapshot | null;
  after?: Snapshot | null;
  organisationIds?: string[];
}

/** Keeps only the keys whose values differ, so history shows what changed. */
export function diffSnapshots(before: Snapshot, after: Snapshot): { before: Snapshot; after: Snapshot } {
  const b: Snapshot = {};
  const a: Snapshot = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      b[key] = before[key] ?? null;
      a[key] = after[key] ?? null;
    }
  }
  return { before: b, after: a };
}

/**
 * Writes the change history. `record` only persists into the caller's
 * EntityManager: it is flushed in the caller's transaction, so a failed change
 * leaves no history entry and a change never lacks one.
 */
export class AuditService {
  record(em: EntityManager, actor: Actor | { kind: 'system' }, entry: AuditRecord): AuditEntry {
    return em.create(AuditEntry, {
      entityType: entry.entityType,
      entityId: entry.entityId,
      action: entry.action,
      before: entry.before ?? null,
      after: entry.after ?? null,
      organisationIds: entry.organisationIds ?? [],
      actorId: actor.kind === 'user' ? actor.userId : null,
      actorName: actor.kind === 'user' ? actor.displayName : actor.kind === 'system' ? 'system' : null,
      at: new Date(),
    });
  }

  /**
   * History of one record, newest first. Admins see everything; editors see
   * records that concern one of their organisations.
   */
  async history(scope: Scope, entityType: string, entityId: string, limit: number, offset: number) {
    const { em, actor } = scope;
    ensure(actor.kind === 'user', actor);
    const entries = await em.find(AuditEntry, { entityType, entityId }, { orderBy: { at: 'desc', id: 'desc' }, limit: limit + 1, offset });
    const concerned = [...new Set(entries.flatMap((e) => e.organisationIds))];
    if (entityType === 'Organisation') concerned.push(entityId);
    ensure(policy.readHistory(actor, concerned), actor, 'Only admins and the organisation’s editors may read its history');
    return { entries: entries.slice(0, limit), hasMore: entries.length > limit };
  }
}
