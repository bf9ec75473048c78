import type { Actor } from '../../auth/actor.js';
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
}
