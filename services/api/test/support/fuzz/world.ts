import type { EntityManager } from '../../../src/db/orm.js';

/** One record the generator can point at. */
export interface PoolRecord {
  id: string;
  /** The optimistic-lock version, for tables that have one. */
  version: number | undefined;
}

/**
 * What exists in the database, so that generated operations can name real
 * records: every table's ids (in insertion order, so a seed picks the same
 * fixture record on every run although UUIDs are random), and values of unique
 * columns to provoke duplicates.
 */
export class FuzzWorld {
  private pools = new Map<string, PoolRecord[]>();
  /** Tables with a UUID id, and which of them carry a version and a creation time; the schema does not change during a run. */
  private columns: { table_name: string; has_version: boolean; has_created_at: boolean }[] | undefined;
  /** Existing values of unique columns, to provoke duplicates. */
  taken: { names: string[]; emails: string[]; codes: string[] } = { names: [], emails: [], codes: [] };

  /** Tables with a UUID `id`, in name order. */
  get tables(): string[] {
    return [...this.pools.keys()].sort();
  }

  records(table: string): readonly PoolRecord[] {
    return this.pools.get(table) ?? [];
  }

  /** Forgets every record; the next refresh reads them in insertion order. Call after a reset. */
  clear(): void {
    this.pools = new Map();
  }

  /**
   * Reads every table's ids and versions and the unique values; call after a
   * reset and after successful writes. Records already known keep their
   * position, new ones are appended in creation order, so positions do not
   * depend on where the database happens to store rows.
   */
  async refresh(em: EntityManager): Promise<void> {
    this.columns ??= await em.execute<{ table_name: string; has_version: boolean; has_created_at: boolean }[]>(
      `select c.table_name,
              bool_or(o.column_name = 'version') as has_version,
              bool_or(o.column_name = 'created_at') as has_created_at
         from information_schema.columns c
         join information_schema.columns o on o.table_schema = c.table_schema and o.table_name = c.table_name
        where c.table_schema = current_schema() and c.column_name = 'id' and c.data_type = 'uuid'
        group by c.table_name order by c.table_name`,
    );
    const columns = this.columns;
    const selects = columns.map(
      (c) =>
        `select '${c.table_name}' as tbl, id::text as id, ${c.has_version ? 'version' : 'null::int'} as version,
                ${c.has_created_at ? 'created_at' : 'null::timestamptz'} as created_at,
                row_number() over (order by ctid) as n from "${c.table_name}"`,
    );
    const rows = selects.length
      ? await em.execute<{ tbl: string; id: string; version: number | null; created_at: Date | string | null }[]>(
          `${selects.join(' union all ')} order by tbl, n`,
        )
      : [];
    const read = new Map<string, { record: PoolRecord; createdAt: number; n: number }[]>(columns.map((c) => [c.table_name, []]));
    for (const [n, row] of rows.entries()) {
      const createdAt = row.created_at === null ? 0 : new Date(row.created_at).getTime();
      read.get(row.tbl)?.push({ record: { id: row.id, version: row.version ?? undefined }, createdAt, n });
    }
    const fresh = new Map<string, PoolRecord[]>();
    for (const [table, found] of read) {
      const known = this.pools.get(table) ?? [];
      // A table just loaded (truncated, then filled) is in insertion order physically; creation times may tie within a flush.
      if (known.length === 0) {
        fresh.set(
          table,
          found.map((f) => f.record),
        );
        continue;
      }
      // Later rows go wherever the database finds room, so new ones are ordered by creation time instead.
      const byId = new Map(found.map((f) => [f.record.id, f.record]));
      const kept = known.filter((r) => byId.has(r.id)).map((r) => byId.get(r.id)!);
      const keptIds = new Set(kept.map((r) => r.id));
      const added = found.filter((f) => !keptIds.has(f.record.id)).sort((a, b) => a.createdAt - b.createdAt || a.n - b.n);
      fresh.set(table, [...kept, ...added.map((f) => f.record)]);
    }
    this.pools = fresh;
    const taken = await em.execute<{ kind: 'names' | 'emails' | 'codes'; value: string }[]>(
      `select kind, value from (
         select 'names' as kind, name as value from organisation
         union all select 'names', name from body
         union all select 'emails', email from app_user
         union all select 'codes', code from field_of_action
         union all select 'codes', code from district
         union all select 'codes', code from language
         union all select 'codes', code from target_group
       ) v order by kind, value collate "C"`,
    );
    this.taken = { names: [], emails: [], codes: [] };
    for (const t of taken) this.taken[t.kind].push(t.value);
  }
}
