import { type EntityManager, migrationsTable } from './orm.js';

/** Empties every table but the migration log, in one statement. Tests and `demo:reload` use it. */
export async function truncateAll(em: EntityManager): Promise<void> {
  const rows = await em.execute<{ tablename: string }[]>(
    `select tablename from pg_tables where schemaname = current_schema() and tablename <> ?`,
    [migrationsTable],
  );
  if (rows.length === 0) return;
  await em.execute(`truncate table ${rows.map((r) => `"${r.tablename}"`).join(', ')} restart identity cascade`);
  em.clear();
}
