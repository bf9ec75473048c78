import { ensure, policy } from '../../auth/policy.js';
import { readRules } from '../../auth/read-rules.js';
import { timestamp } from '../../db/reader.js';
import { FALSE, sql } from '../../db/sql.js';
import type { ReadModels } from '../../graphql/read-models.js';
import { AuditEntryView, HistoryPage } from './audit.types.js';

interface AuditRow {
  id: string;
  entity_type: string;
  entity_id: string;
  action: string;
  actor_id: string | null;
  actor_name: string | null;
  at: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** Reads of the change history. */
export class AuditReadModel {
  constructor(private readonly read: ReadModels) {}

  /**
   * History of one record, newest first: the entries the actor may read.
   * Asking for a record whose history exists but none of it is theirs to
   * read is refused rather than answered with an empty page.
   */
  async history(entityType: string, entityId: string, limit: number, offset: number): Promise<HistoryPage> {
    const r = this.read.context;
    const rule = readRules.auditEntry(r.actor, 'e');
    const refused = 'Only admins and the organisation’s editors may read its history';
    ensure(rule !== FALSE, r.actor, refused);
    // An organisation's history belongs to its editors even before it has entries.
    if (entityType === 'Organisation') ensure(policy.readHistory(r.actor, [entityId]), r.actor, refused);
    const rows = await r.rows<AuditRow>(
      sql`select e.id, e.entity_type, e.entity_id, e.action, e.actor_id, e.actor_name, e.at, e.before, e.after from audit_entry e
           where e.entity_type = ${entityType} and e.entity_id = ${entityId} and ${rule}
           order by e.at desc, e.id desc limit ${limit + 1} offset ${offset}`,
    );
    if (rows.length === 0 && offset === 0) {
      const [any] = await r.rows<{ found: boolean }>(
        sql`select exists (select 1 from audit_entry e where e.entity_type = ${entityType} and e.entity_id = ${entityId}) as found`,
      );
      ensure(!any?.found, r.actor, refused);
    }
    const entries = rows.slice(0, limit).map((row) =>
      Object.assign(new AuditEntryView(), {
        id: row.id,
        entityType: row.entity_type,
        entityId: row.entity_id,
        action: row.action,
        actorId: row.actor_id,
        actorName: row.actor_name,
        at: timestamp(row.at),
        before: row.before,
        after: row.after,
      }),
    );
    return Object.assign(new HistoryPage(), { entries, hasMore: rows.length > limit });
  }
}
