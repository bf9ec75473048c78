import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { type DatabaseTarget, type EntityManager, migrationsTable } from '../../src/db/orm.js';

/**
 * Where integration tests run: a fresh database on the PostgreSQL server named
 * by TEST_DATABASE_URL, or an in-memory embedded PostgreSQL (PGlite) otherwise.
 */
export const testDatabaseUrl = process.env.TEST_DATABASE_URL;
export const databaseLabel = testDatabaseUrl ? 'postgres' : 'pglite';

/**
 * The Redis server of the server run: `TEST_REDIS_URL`, or the local one. The
 * tests that need it run whenever the suite runs against a PostgreSQL server
 * (`npm test` makes sure both are up), and never on the embedded run.
 */
export const testRedisUrl = testDatabaseUrl ? (process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379') : undefined;

/**
 * Set by the test run's global setup (`test/global-setup.ts`): a database on
 * the server, or a file with PGlite's dumped data folder, with every
 * migration applied once for the whole run.
 */
export const migratedTemplate = {
  databaseVariable: 'VERBUND_TEST_TEMPLATE_DATABASE',
  archiveVariable: 'VERBUND_TEST_TEMPLATE_ARCHIVE',
} as const;

let archive: Promise<Blob> | undefined;

/**
 * A fresh database of its own: empty, or with `migrated` a copy of the run's
 * migrated template (migrating each one anew costs seconds per test file).
 * Without a template (a test file run outside the suite's setup) it stays
 * empty and the caller's migrations run as usual.
 */
export async function createTestDatabase(options: { migrated?: boolean } = {}): Promise<{ target: DatabaseTarget; drop(): Promise<void> }> {
  const templateArchive = options.migrated ? process.env[migratedTemplate.archiveVariable] : undefined;
  const templateDatabase = options.migrated ? process.env[migratedTemplate.databaseVariable] : undefined;
  if (!testDatabaseUrl) {
    if (templateArchive) archive ??= readFile(templateArchive).then((bytes) => new Blob([bytes]));
    return { target: { kind: 'pglite-memory', dataDirArchive: templateArchive ? await archive : undefined }, drop: async () => {} };
  }
  const name = `verbund_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: testDatabaseUrl });
  await admin.connect();
  await admin.query(templateDatabase ? `create database "${name}" template "${templateDatabase}"` : `create database "${name}"`);
  await admin.end();
  const url = new URL(testDatabaseUrl);
  url.pathname = `/${name}`;
  return {
    target: { kind: 'postgres', url: url.toString() },
    async drop() {
      const client = new pg.Client({ connectionString: testDatabaseUrl });
      await client.connect();
      await client.query(`drop database if exists "${name}" with (force)`);
      await client.end();
    },
  };
}

/**
 * Empties every table but the migration log, for tests: deletes the rows of
 * the tables that hold any, with foreign keys unchecked meanwhile
 * (`session_replication_role = replica`, which the tests' superuser may set),
 * and restarts the sequences. It gives what `truncateAll` gives in a few
 * milliseconds, where truncating every table (a new file for each table and
 * index) took most of a test's reset.
 */
export async function emptyTables(em: EntityManager): Promise<void> {
  const tables = await em.execute<{ tablename: string }[]>(
    `select tablename from pg_tables where schemaname = current_schema() and tablename <> ?`,
    [migrationsTable],
  );
  if (tables.length === 0) return;
  const quoted = (table: string) => `"${table.replaceAll('"', '""')}"`;
  const filled = await em.execute<{ name: string }[]>(
    tables.map(({ tablename }) => `select ? as name where exists (select from ${quoted(tablename)})`).join(' union all '),
    tables.map((t) => t.tablename),
  );
  if (filled.length > 0) {
    await em.transactional(async (tx) => {
      await tx.execute('set local session_replication_role = replica');
      for (const { name } of filled) await tx.execute(`delete from ${quoted(name)}`);
    });
    await em.execute(
      `select setval(s.seqrelid, s.seqstart, false) from pg_sequence s join pg_class c on c.oid = s.seqrelid where c.relnamespace = current_schema()::regnamespace`,
    );
  }
  em.clear();
}
