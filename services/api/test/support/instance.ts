import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openThrottleStore } from '../../src/auth/throttle-store.js';
import { loadConfig } from '../../src/config/config.js';
import { type DatabaseTarget, type Orm, openDatabase } from '../../src/db/orm.js';
import { createSchema } from '../../src/graphql/schema.js';
import { startServer } from '../../src/http/server.js';
import { createLogger } from '../../src/logging/logger.js';
import { type LiveEvents, openLiveEvents } from '../../src/realtime/live-events.js';
import { createServices, type Services } from '../../src/services.js';
import { GraphQLClient } from './graphql-client.js';

/** One API instance of several on the same database, as a second process would be. */
export interface Instance {
  url: string;
  orm: Orm;
  live: LiveEvents;
  services: Services;
  client(): GraphQLClient;
  /** Stops at once: open sockets are cut, as when the process is killed. */
  kill(): Promise<void>;
}

/**
 * Starts an API instance on an existing database (migrated on first start):
 * its own ORM and connection pool, its own live events on the configured bus
 * (LISTEN/NOTIFY on a PostgreSQL server), nothing shared in memory with
 * other instances.
 */
export async function startInstance(database: DatabaseTarget, env: Record<string, string> = {}): Promise<Instance> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'verbund-instance-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATA_DIR: dataDir,
    DEMO_SEED: 'false',
    PUBLIC_CACHE_SECONDS: '0',
    // No web app: API tests never load the built pages' server (the end-to-end tests drive it).
    WEB_DIR: path.join(dataDir, 'no-web-app'),
    ...env,
  });
  const logger = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent');
  const orm = await openDatabase(database, { statementTimeoutMs: config.requestTimeoutMs });
  const throttle = await openThrottleStore({ redisUrl: undefined, database, orm, logger });
  const live = await openLiveEvents(config, database, orm, logger);
  const services = createServices(config, { send: async () => {} }, throttle, live);
  const server = await startServer({ config, logger, orm, services, schema: await createSchema() }, 0, '127.0.0.1');
  return {
    url: server.url,
    orm,
    live,
    services,
    client: () => new GraphQLClient(server.url),
    async kill() {
      server.httpServer.closeAllConnections();
      await server.stop().catch(() => {});
      await new Promise((resolve) => server.httpServer.close(resolve));
      await live.close();
      await throttle.close();
      await orm.close(true);
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
