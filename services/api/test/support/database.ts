import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { DatabaseTarget } from '../../src/db/orm.js';

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

export async function createTestDatabase(): Promise<{ target: DatabaseTarget; drop(): Promise<void> }> {
  if (!testDatabaseUrl) return { target: { kind: 'pglite-memory' }, drop: async () => {} };
  const name = `verbund_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: testDatabaseUrl });
  await admin.connect();
  await admin.query(`create database "${name}"`);
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
