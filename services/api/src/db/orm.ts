import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdir } from 'node:fs/promises';
import { MikroORM, type Options } from '@mikro-orm/core';
import { ReflectMetadataProvider } from '@mikro-orm/decorators/legacy';
import { Migrator } from '@mikro-orm/migrations';
import { PgliteDriver } from '@mikro-orm/pglite';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { AbstractSqlDriver, SqlEntityManager } from '@mikro-orm/sql';
import type { Config } from '../config/config.js';
import { entities } from './entities.js';
import { migrationsList } from './migrations/index.js';

export type EntityManager = SqlEntityManager;
export type Orm = MikroORM<AbstractSqlDriver, SqlEntityManager>;

/**
 * Where the data lives. `pglite-memory` is for tests: an in-memory embedded
 * database, empty or started from `dataDirArchive` (a data folder PGlite dumped,
 * e.g. one with every migration applied).
 */
export type DatabaseTarget = Config['database'] | { kind: 'pglite-memory'; dataDirArchive?: Blob };

/** The migrator's log of applied migrations; backups record its names instead of copying its rows. */
export const migrationsTable = 'mikro_orm_migrations';

/** Counts SQL statements; the benchmark and query-count tests read it. */
export const statementCounter = { count: 0 };

/** Per-request statement counts: the server runs each request inside `run({ count: 0 }, …)`. */
export const requestStatements = new AsyncLocalStorage<{ count: number }>();

/** ORM options shared by the server, the CLI and the tests. */
export function ormOptions(target: DatabaseTarget): Partial<Options> {
  const common = {
    entities,
    metadataProvider: ReflectMetadataProvider,
    extensions: [Migrator],
    migrations: {
      migrationsList,
      tableName: migrationsTable,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      path: 'src/db/migrations',
      emit: 'ts' as const,
    },
    allowGlobalContext: false,
    forceUtcTimezone: true,
    loadStrategy: 'select-in' as const,
    debug: false,
    logger: (m: string) => {
      if (process.env.SQL_DEBUG) console.log(m);
    },
    onQuery: (sql: string) => {
      statementCounter.count++;
      const request = requestStatements.getStore();
      if (request) request.count++;
      return sql;
    },
  };
  if (target.kind === 'postgres') {
    return { ...common, driver: PostgreSqlDriver, clientUrl: target.url, pool: { min: 0, max: 10 } };
  }
  if (target.kind === 'pglite-memory') {
    const archive = target.dataDirArchive;
    // The ORM copies its options, which leaves a Blob without its data; PGlite needs only these two members of it.
    const loadDataDir = archive && { type: archive.type, arrayBuffer: () => archive.arrayBuffer() };
    return { ...common, driver: PgliteDriver, dbName: 'memory://', ...(loadDataDir ? { driverOptions: { loadDataDir } } : {}) };
  }
  return { ...common, driver: PgliteDriver, dbName: target.dataDir };
}

/**
 * Opens the database and brings its schema up to date through the committed
 * migrations. With `statementTimeoutMs`, every statement on a PostgreSQL
 * server is cancelled after that long (the serving process's time budget)
 * and runs without JIT compilation; migrations run before, on a connection
 * without either.
 */
export async function openDatabase(target: DatabaseTarget, options: { migrate?: boolean; statementTimeoutMs?: number } = {}): Promise<Orm> {
  if (target.kind === 'pglite') await mkdir(target.dataDir, { recursive: true });
  const bounded = target.kind === 'postgres' && options.statementTimeoutMs !== undefined;
  if (bounded && options.migrate !== false) {
    const migrating = (await MikroORM.init(ormOptions(target))) as unknown as Orm;
    try {
      await migrating.migrator.up();
    } finally {
      await migrating.close(true);
    }
  }
  const orm = (await MikroORM.init({
    ...ormOptions(target),
    // JIT compilation is off: the directory's multilingual search looks expensive to the planner,
    // which then spends 100-450 ms compiling a statement that runs in a few milliseconds.
    ...(bounded ? { driverOptions: { statement_timeout: options.statementTimeoutMs, options: '-c jit=off' } } : {}),
  })) as unknown as Orm;
  if (!bounded && options.migrate !== false) {
    await orm.migrator.up();
  }
  return orm;
}
