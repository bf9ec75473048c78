import type { Actor } from '../auth/actor.js';
import { readRules } from '../auth/read-rules.js';
import { timestamp } from '../db/reader.js';
import { ident, type Sql, sql } from '../db/sql.js';
import type { ChildList } from './read-context.js';
import type { StatusChangeView } from './record.types.js';

interface StatusChangeRow {
  id: string;
  parent_id: string;
  on: string;
  actor_name: string | null;
  created_at: string;
  from_status: string | null;
  to_status: string;
  [column: string]: unknown;
}

/**
 * A record's status timeline, oldest first: the rows of `<table>` of one
 * parent (a body, a measure, an agreement), visible with their parent — the
 * parent's table joined under its own read rule — and with staff names for
 * members only. `extra` names the timeline's own columns by field.
 */
export function statusHistoryList<V extends StatusChangeView>(spec: {
  actor: Actor;
  /** The timeline table and the column naming its parent, e.g. `measure_status_change`, `measure_id`. */
  table: string;
  parentKey: string;
  /** The parent's table and alias, and its read rule on that alias. */
  parentTable: string;
  parentAlias: string;
  parentRule: Sql;
  view: new () => V;
  /** Columns of this timeline by the field that shows them, e.g. `{ note: 'note' }`. */
  extra: Readonly<Record<string, string>>;
  limit: number;
}): ChildList<StatusChangeRow, V> {
  const parent = ident(spec.parentAlias);
  const extra = Object.entries(spec.extra);
  return {
    name: `${spec.table}:${spec.limit}`,
    select: sql`c.id, c.${ident(spec.parentKey)} as parent_id, c.on, ${readRules.staffName(spec.actor, 'c.actor_name')} as actor_name,
      c.created_at, c.from_status, c.to_status${sql.join(
        extra.map(([, column]) => sql`, c.${ident(column)}`),
        '',
      )}`,
    from: sql`${ident(spec.table)} c join ${ident(spec.parentTable)} ${parent} on ${parent}.id = c.${ident(spec.parentKey)}`,
    where: spec.parentRule,
    parent: sql`c.${ident(spec.parentKey)}`,
    parentOf: (row) => row.parent_id,
    order: sql`c.on, c.created_at, c.id`,
    limit: spec.limit,
    toValue: (row) => {
      const values: Record<string, unknown> = {
        id: row.id,
        on: row.on,
        actorName: row.actor_name,
        createdAt: timestamp(row.created_at),
        fromStatus: row.from_status,
        toStatus: row.to_status,
      };
      for (const [field, column] of extra) values[field] = row[column];
      return Object.assign(new spec.view(), values);
    },
  };
}
