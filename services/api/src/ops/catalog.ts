import type { EntityManager } from '../db/orm.js';
import { OpsError, OpsErrorCode } from './ops.errors.js';

/** One column of a table, as the database catalog describes it. */
export interface ColumnInfo {
  name: string;
  /** SQL type as `format_type` spells it (`uuid[]`, `character varying(200)`, `timestamp with time zone`). */
  type: string;
  /** `GENERATED ALWAYS AS (…) STORED`: computed by the database, never copied. */
  generated: boolean;
  /** `GENERATED ALWAYS AS IDENTITY`: inserting a value needs `OVERRIDING SYSTEM VALUE`. */
  identityAlways: boolean;
  /** The sequence behind a serial or identity column, to move past the restored values. */
  sequence: string | null;
}

/** A foreign key: `columns` of the owning table reference `referencedColumns` of `table`. */
export interface ForeignKey {
  columns: string[];
  table: string;
  referencedColumns: string[];
}

/** A table with what backup and restore need to copy it. */
export interface TableInfo {
  name: string;
  columns: ColumnInfo[];
  primaryKey: string[];
  foreignKeys: ForeignKey[];
}

/** Quotes an identifier for SQL (names come from the catalog, but may contain anything). */
export const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** The columns a backup copies: all but the generated ones, which the database recomputes. */
export const copiedColumns = (table: TableInfo) => table.columns.filter((c) => !c.generated).map((c) => c.name);

/** Foreign keys from a table to itself (`body.parent_id`): its rows must be written parents first. */
export const selfReferences = (table: TableInfo) => table.foreignKeys.filter((fk) => fk.table === table.name);

/**
 * Reads the tables of the current schema from the PostgreSQL catalog (the same
 * on the server and on PGlite), so a table added by a later migration is
 * copied without code changes. Returns them in foreign-key order: every table
 * after the tables it references.
 */
export async function readCatalog(em: EntityManager, options: { exclude: readonly string[] }): Promise<TableInfo[]> {
  const tables = await em.execute<{ name: string }[]>(
    `select c.relname as name
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = current_schema() and c.relkind in ('r', 'p') and not c.relispartition
      order by c.relname`,
  );
  const columns = await em.execute<
    { table: string; name: string; type: string; generated: boolean; identity_always: boolean; sequence: string | null }[]
  >(
    `select c.relname as "table", a.attname as name, format_type(a.atttypid, a.atttypmod) as type,
            a.attgenerated <> '' as generated, a.attidentity = 'a' as identity_always,
            pg_get_serial_sequence(quote_ident(n.nspname) || '.' || quote_ident(c.relname), a.attname) as sequence
       from pg_attribute a
       join pg_class c on c.oid = a.attrelid
       join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = current_schema() and c.relkind in ('r', 'p') and a.attnum > 0 and not a.attisdropped
      order by c.relname, a.attnum`,
  );
  // Column lists come back as JSON text: `name[]` arrays are parsed differently by the two drivers.
  const constraints = await em.execute<
    { table: string; kind: 'p' | 'f'; referenced: string | null; columns: string; referenced_columns: string }[]
  >(
    `select c.relname as "table", k.contype as kind, f.relname as referenced,
            (select coalesce(json_agg(a.attname order by u.i), '[]')::text
               from unnest(k.conkey) with ordinality u(n, i)
               join pg_attribute a on a.attrelid = k.conrelid and a.attnum = u.n) as columns,
            (select coalesce(json_agg(a.attname order by u.i), '[]')::text
               from unnest(k.confkey) with ordinality u(n, i)
               join pg_attribute a on a.attrelid = k.confrelid and a.attnum = u.n) as referenced_columns
       from pg_constraint k
       join pg_class c on c.oid = k.conrelid
       join pg_namespace n on n.oid = c.relnamespace
       left join pg_class f on f.oid = k.confrelid
      where n.nspname = current_schema() and k.contype in ('p', 'f')
      order by c.relname, k.conname`,
  );
  const excluded = new Set(options.exclude);
  const byName = new Map<string, TableInfo>();
  for (const { name } of tables) {
    if (!excluded.has(name)) byName.set(name, { name, columns: [], primaryKey: [], foreignKeys: [] });
  }
  for (const c of columns) {
    byName.get(c.table)?.columns.push({
      name: c.name,
      type: c.type,
      generated: Boolean(c.generated),
      identityAlways: Boolean(c.identity_always),
      sequence: c.sequence,
    });
  }
  for (const k of constraints) {
    const table = byName.get(k.table);
    if (!table) continue;
    if (k.kind === 'p') table.primaryKey = JSON.parse(k.columns);
    // A key to a table outside the copied set (the migration log, another schema) puts no order on the copy.
    else if (k.referenced && byName.has(k.referenced)) {
      table.foreignKeys.push({ columns: JSON.parse(k.columns), table: k.referenced, referencedColumns: JSON.parse(k.referenced_columns) });
    }
  }
  return insertionOrder([...byName.values()]);
}

/**
 * Orders tables so each comes after the tables it references (self-references
 * aside: those order rows, not tables). Ties are broken by name, so the order is
 * the same on every run. Tables that reference each other in a cycle cannot be
 * loaded one after the other without deferrable constraints, which Verbund's
 * migrations do not create; that is refused instead of producing a backup that
 * could not be restored.
 */
export function insertionOrder(tables: TableInfo[]): TableInfo[] {
  const pending = new Map(tables.map((t) => [t.name, new Set(t.foreignKeys.map((fk) => fk.table).filter((n) => n !== t.name))]));
  const byName = new Map(tables.map((t) => [t.name, t]));
  const ordered: TableInfo[] = [];
  while (pending.size > 0) {
    const ready = [...pending.entries()]
      .filter(([, needs]) => needs.size === 0)
      .map(([name]) => name)
      .sort();
    if (ready.length === 0) {
      throw new OpsError(
        OpsErrorCode.UNORDERABLE,
        `These tables reference each other in a cycle, so their rows cannot be restored in order: ${[...pending.keys()].sort().join(', ')}`,
      );
    }
    for (const name of ready) {
      pending.delete(name);
      ordered.push(byName.get(name) as TableInfo);
      for (const needs of pending.values()) needs.delete(name);
    }
  }
  return ordered;
}
