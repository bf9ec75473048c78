import type { EntityManager } from '../db/orm.js';
import { copiedColumns, quoteIdent, selfReferences, type TableInfo } from './catalog.js';
import { OpsError, OpsErrorCode } from './ops.errors.js';

/**
 * The SQL that moves rows between a database and an archive, the same on the
 * PostgreSQL server and on PGlite. PostgreSQL does every type conversion both
 * ways: rows leave as `row_to_json` text and come back through
 * `json_populate_recordset(null::<table>, …)`, so timestamps, dates, enums,
 * arrays, `json` (byte for byte) and doubles round-trip exactly, and Node never
 * parses a row.
 */

/** One batch of rows: a JSON array of row objects, as text. */
export interface RowBatch {
  rows: string;
  count: number;
}

/**
 * Session settings under which every type's JSON text reads back to the same
 * value: shortest exact doubles even where a server lowered
 * `extra_float_digits`, unambiguous intervals, hex bytea, UTC timestamps.
 * `set local` keeps them inside the backup's transaction.
 */
export async function useExactTextOutput(em: EntityManager): Promise<void> {
  await em.execute(`set local extra_float_digits = 3`);
  await em.execute(`set local intervalstyle = 'iso_8601'`);
  await em.execute(`set local bytea_output = 'hex'`);
  await em.execute(`set local timezone = 'UTC'`);
}

const columnList = (columns: readonly string[], alias?: string) =>
  columns.map((c) => (alias ? `${alias}.${quoteIdent(c)}` : quoteIdent(c))).join(', ');

/**
 * Reads a table's rows in batches, in an order the foreign keys accept on
 * restore: by primary key (keyset, so each batch is one index range scan), or,
 * for a table that references itself, parents before children.
 */
export async function* readRows(em: EntityManager, table: TableInfo, batchSize: number): AsyncGenerator<RowBatch> {
  if (table.primaryKey.length === 0) {
    throw new OpsError(OpsErrorCode.UNORDERABLE, `Table ${table.name} has no primary key, so it cannot be read in bounded batches.`);
  }
  if (selfReferences(table).length > 0) yield* readParentsFirst(em, table, batchSize);
  else yield* readByKey(em, table, batchSize);
}

async function* readByKey(em: EntityManager, table: TableInfo, batchSize: number): AsyncGenerator<RowBatch> {
  const name = quoteIdent(table.name);
  const key = table.primaryKey;
  const select = `select ${columnList(copiedColumns(table), 't')} from ${name} t`;
  const order = columnList(key, 't');
  // The last key travels as a JSON object and is typed by the table's own row type, whatever the key's types are.
  const after = `(${order}) > (select ${columnList(key, 'k')} from json_populate_record(null::${name}, ?::json) k)`;
  const batch = (where: string) =>
    `with b as (${select} ${where} order by ${order} limit ${batchSize})
     select (select coalesce(json_agg(row_to_json(b) order by ${columnList(key, 'b')}), '[]')::text from b) as rows,
            (select count(*)::int from b) as count,
            (select row_to_json(l)::text from (select ${columnList(key)} from b order by ${key.map((c) => `${quoteIdent(c)} desc`).join(', ')} limit 1) l) as last`;
  let last: string | null = null;
  for (;;) {
    const [result]: { rows: string; count: number; last: string | null }[] = await em.execute<
      { rows: string; count: number; last: string | null }[]
    >(last === null ? batch('') : batch(`where ${after}`), last === null ? [] : [last]);
    if (!result || result.count === 0) return;
    yield { rows: result.rows, count: result.count };
    if (result.count < batchSize) return;
    last = result.last;
  }
}

/**
 * A table that references itself (`body.parent_id`, `body.merged_into_id`) is
 * read parents first, since a foreign key is checked at the end of each
 * insert statement and a child may sit in an earlier batch than its parent in
 * key order. The order is computed from the keys alone (one small row per
 * table row held in memory); the rows themselves are still read a batch at a time.
 */
async function* readParentsFirst(em: EntityManager, table: TableInfo, batchSize: number): AsyncGenerator<RowBatch> {
  const name = quoteIdent(table.name);
  const references = selfReferences(table);
  const targets = [...new Map(references.map((fk) => [JSON.stringify(fk.referencedColumns), fk.referencedColumns])).values()];
  const targetIndex = (columns: string[]) => targets.findIndex((t) => JSON.stringify(t) === JSON.stringify(columns));
  const keyObject = `json_build_object(${table.primaryKey.map((c) => `'${c.replaceAll("'", "''")}', t.${quoteIdent(c)}`).join(', ')})::text`;
  const identities = targets.map((columns, i) => `json_build_array(${columnList(columns, 't')})::text as target_${i}`);
  // Under MATCH SIMPLE a reference with any null column points nowhere.
  const pointers = references.map(
    (fk, i) =>
      `case when ${fk.columns.map((c) => `t.${quoteIdent(c)} is null`).join(' or ')} then null else json_build_array(${columnList(fk.columns, 't')})::text end as pointer_${i}`,
  );
  const keys = await em.execute<Record<string, string | null>[]>(
    `select ${[`${keyObject} as key`, ...identities, ...pointers].join(', ')} from ${name} t order by ${columnList(table.primaryKey, 't')}`,
  );
  const rowsByTarget = targets.map((_, i) => new Map(keys.map((k, row) => [k[`target_${i}`] as string, row])));
  const children: number[][] = keys.map(() => []);
  const waitingFor = keys.map(() => 0);
  keys.forEach((k, row) => {
    references.forEach((fk, i) => {
      const pointer = k[`pointer_${i}`];
      if (pointer === null || pointer === undefined) return;
      const parent = rowsByTarget[targetIndex(fk.referencedColumns)]?.get(pointer);
      if (parent === undefined || parent === row) return;
      children[parent]?.push(row);
      waitingFor[row] = (waitingFor[row] ?? 0) + 1;
    });
  });
  const order: number[] = [];
  keys.forEach((_, row) => {
    if (waitingFor[row] === 0) order.push(row);
  });
  for (let at = 0; at < order.length; at++) {
    for (const child of children[order[at] as number] ?? []) {
      waitingFor[child] = (waitingFor[child] ?? 0) - 1;
      if (waitingFor[child] === 0) order.push(child);
    }
  }
  if (order.length < keys.length) {
    throw new OpsError(
      OpsErrorCode.UNORDERABLE,
      `${keys.length - order.length} rows of ${table.name} reference each other in a cycle; they cannot be restored parent first. Break the cycle (e.g. clear one of the references) and back up again.`,
    );
  }
  const fetch = `select coalesce(json_agg((select row_to_json(r) from (select ${columnList(copiedColumns(table), 't')}) r) order by k.ord), '[]')::text as rows,
                        count(*)::int as count
                   from json_array_elements(?::json) with ordinality as k(key, ord)
                   cross join lateral json_populate_record(null::${name}, k.key) as p
                   join ${name} t on (${columnList(table.primaryKey, 't')}) = (${columnList(table.primaryKey, 'p')})`;
  for (let start = 0; start < order.length; start += batchSize) {
    const slice = order.slice(start, start + batchSize).map((row) => keys[row]?.key);
    const [result] = await em.execute<{ rows: string; count: number }[]>(fetch, [`[${slice.join(',')}]`]);
    if (result && result.count > 0) yield { rows: result.rows, count: result.count };
  }
}

/**
 * Inserts one batch as the archive holds it. The explicit column list leaves
 * out generated columns (the database recomputes them); identity columns keep
 * their archived values. Returns the number of rows inserted.
 */
export async function insertRows(em: EntityManager, table: TableInfo, columns: readonly string[], rows: string): Promise<number> {
  const name = quoteIdent(table.name);
  const list = columnList(columns);
  const overriding = table.columns.some((c) => c.identityAlways && columns.includes(c.name)) ? ' overriding system value' : '';
  const [result] = await em.execute<{ count: number }[]>(
    `with inserted as (
       insert into ${name} (${list})${overriding} select ${list} from json_populate_recordset(null::${name}, ?::json) returning 1
     ) select count(*)::int as count from inserted`,
    [rows],
  );
  return result?.count ?? 0;
}

/** Moves serial and identity sequences past the restored values, so the next insert does not collide. */
export async function resetSequences(em: EntityManager, table: TableInfo): Promise<void> {
  for (const column of table.columns) {
    if (!column.sequence) continue;
    await em.execute(
      `select setval(?::regclass, max(${quoteIdent(column.name)})) from ${quoteIdent(table.name)} having max(${quoteIdent(column.name)}) is not null`,
      [column.sequence],
    );
  }
}

export async function countRows(em: EntityManager, table: string): Promise<number> {
  const [result] = await em.execute<{ count: number }[]>(`select count(*)::int as count from ${quoteIdent(table)}`);
  return result?.count ?? 0;
}

export async function hasRows(em: EntityManager, table: string): Promise<boolean> {
  const [result] = await em.execute<{ found: boolean }[]>(`select exists (select 1 from ${quoteIdent(table)}) as found`);
  return Boolean(result?.found);
}

/** Names in the migration log, in the order they ran; empty when the log does not exist yet. */
export async function appliedMigrations(em: EntityManager, migrationsTable: string): Promise<string[]> {
  const [exists] = await em.execute<{ found: boolean }[]>(
    `select exists (select 1 from pg_tables where schemaname = current_schema() and tablename = ?) as found`,
    [migrationsTable],
  );
  if (!exists?.found) return [];
  const rows = await em.execute<{ name: string }[]>(`select name from ${quoteIdent(migrationsTable)} order by id`);
  return rows.map((r) => r.name);
}

/** The server's version string (`15.10`, `17.5`), recorded in the manifest. */
export async function serverVersion(em: EntityManager): Promise<string> {
  const [result] = await em.execute<{ version: string }[]>(`select current_setting('server_version') as version`);
  return result?.version ?? 'unknown';
}
