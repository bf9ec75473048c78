import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openThrottleStore, type ThrottleStore } from '../../src/auth/throttle-store.js';
import { type Config, loadConfig } from '../../src/config/config.js';
import { type Orm, openDatabase } from '../../src/db/orm.js';
import { createSchema } from '../../src/graphql/schema.js';
import { type RunningServer, startServer } from '../../src/http/server.js';
import { createLogger } from '../../src/logging/logger.js';
import { createMailer, type Mail, type Mailer } from '../../src/mail/mailer.js';
import { type LiveEvents, openLiveEvents } from '../../src/realtime/live-events.js';
import { createServices, type Services } from '../../src/services.js';
import { createTestDatabase, emptyTables } from './database.js';
import { type Fixture, seedFixture } from './fixture.js';
import { GraphQLClient } from './graphql-client.js';
import { type StructureFixture, seedStructureFixture } from './structure-fixture.js';

export interface Harness {
  url: string;
  orm: Orm;
  config: Config;
  services: Services;
  /** Mail the server sent, newest last. */
  outbox: Mail[];
  /** Where login throttling counts: PostgreSQL on the server run, memory on the embedded one, Redis when asked for. */
  throttleStore: ThrottleStore;
  /** Every log line of the server, as written (JSON), when started with `captureLogs`. */
  logLines: string[];
  /** Empties the database and the throttling counters and loads the fixture; call in beforeEach. */
  reset(): Promise<Fixture>;
  /** Empties the database and loads the fixture with the network structure. */
  resetStructure(): Promise<StructureFixture>;
  client(): GraphQLClient;
  close(): Promise<void>;
}

export interface HarnessOptions {
  /**
   * Logs everything (level trace) into `logLines` instead of nowhere, and
   * delivers mail through the real outbox mailer as well, so its log lines
   * are there too.
   */
  captureLogs?: boolean;
  /** Key prefix in a shared throttling store (Redis), so test runs do not count each other's attempts. */
  throttleNamespace?: string;
}

/**
 * Starts the real server on a free port against a fresh database with every
 * migration applied. One per test file; `close()` always disposes it.
 */
export async function startHarness(env: Record<string, string> = {}, options: HarnessOptions = {}): Promise<Harness> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'verbund-test-'));
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
  const database = await createTestDatabase({ migrated: true });
  const orm = await openDatabase(database.target, { statementTimeoutMs: config.requestTimeoutMs });
  const logLines: string[] = [];
  const logger = options.captureLogs
    ? createLogger('trace', { write: (line: string) => void logLines.push(line) })
    : createLogger(process.env.TEST_LOG_LEVEL ?? 'silent');
  const outbox: Mail[] = [];
  const outboxMailer = options.captureLogs ? createMailer(config.mail, logger) : undefined;
  const mailer: Mailer = {
    send: async (mail) => {
      outbox.push(mail);
      await outboxMailer?.send(mail);
    },
  };
  let throttleStore: ThrottleStore | undefined;
  let services: Services | undefined;
  let live: LiveEvents | undefined;
  let server: RunningServer | undefined;
  try {
    throttleStore = await openThrottleStore({
      redisUrl: config.redisUrl,
      database: database.target,
      orm,
      logger,
      namespace: options.throttleNamespace,
    });
    live = await openLiveEvents(config, database.target, orm, logger, options.throttleNamespace);
    services = createServices(config, mailer, throttleStore, live);
    server = await startServer({ config, logger, orm, services, schema: await createSchema() }, 0, '127.0.0.1');
  } catch (error) {
    await throttleStore?.close();
    await live?.close();
    await orm.close(true);
    await database.drop();
    throw error;
  }
  const running = server;
  const store = throttleStore as ThrottleStore;
  return {
    url: running.url,
    orm,
    config,
    services: services as Services,
    outbox,
    throttleStore: store,
    logLines,
    async reset() {
      outbox.length = 0;
      const em = orm.em.fork();
      await emptyTables(em);
      await store.clear();
      return seedFixture(em);
    },
    async resetStructure() {
      outbox.length = 0;
      const em = orm.em.fork();
      await emptyTables(em);
      await store.clear();
      return seedStructureFixture(em);
    },
    client: () => new GraphQLClient(running.url),
    async close() {
      await running.stop();
      await new Promise((resolve) => running.httpServer.close(resolve));
      await store.close();
      await (live as LiveEvents).close();
      await orm.close(true);
      await database.drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
