import type { EntityManager } from '../../src/db/orm.js';

/**
 * Tables whose changes say nothing about what a request did to the data: the
 * migration log, and the login throttle's counters (a refused login is meant
 * to count there).
 *
 * Sessions are included on purpose: reading never writes them (authenticating
 * a request is a plain select, and there is no last-seen column), so a change
 * there means a refused write started or ended a session, which it must not.
 */
export const fingerprintExcludedTables = ['mikro_orm_migrations', 'rate_limit'] as const;

/** What the database holds, as one digest and one digest per table. */
export interface DatabaseFingerprint {
  /** md5 over every table's digest, in table-name order. */
  digest: string;
  /** Per table: the number of rows and an md5 over its rows' text, in text order. */
  tables: Record<string, { rows: number; digest: string }>;
}

/**
 * Fingerprints every table of the current schema with one SQL statement. Two
 * equal fingerprints mean no row was inserted, deleted or changed in between
 * (timestamps and versions included).
 */
export async function databaseFingerprint(
  em: EntityManager,
  exclude: readonly string[] = fingerprintExcludedTables,
): Promise<DatabaseFingerprint> {
  const names = (
    await em.execute<{ tablename: string }[]>(`select tablename from pg_tables where schemaname = current_schema() order by tablename`)
  )
    .map((r) => r.tablename)
    .filter((name) => !exclude.includes(name));
  if (names.length === 0) return { digest: '', tables: {} };
  const perTable = names
    .map(
      (name) =>
        `select ${quoteLiteral(name)} as name, count(*)::int as rows, coalesce(md5(string_agg(t::text, E'\\n' order by t::text)), '') as digest from ${quoteIdent(name)} t`,
    )
    .join(' union all ');
  const [row] = await em.execute<{ digest: string; tables: { name: string; rows: number; digest: string }[] }[]>(
    `with per_table as (${perTable})
     select md5(string_agg(name || ':' || digest, ',' order by name)) as digest,
            json_agg(json_build_object('name', name, 'rows', rows, 'digest', digest) order by name) as tables
       from per_table`,
  );
  const tables: DatabaseFingerprint['tables'] = {};
  for (const t of row?.tables ?? []) tables[t.name] = { rows: t.rows, digest: t.digest };
  return { digest: row?.digest ?? '', tables };
}

/** The tables whose content differs between two fingerprints, with their row counts before → after. */
export function changedTables(before: DatabaseFingerprint, after: DatabaseFingerprint): string[] {
  const names = [...new Set([...Object.keys(before.tables), ...Object.keys(after.tables)])].sort();
  return names
    .filter((name) => before.tables[name]?.digest !== after.tables[name]?.digest)
    .map((name) => `${name} (${before.tables[name]?.rows ?? '-'} → ${after.tables[name]?.rows ?? '-'} rows)`);
}

const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;
const quoteLiteral = (value: string) => `'${value.replaceAll("'", "''")}'`;
