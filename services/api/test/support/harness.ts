import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Config, loadConfig } from '../../src/config/config.js';
import { type Orm, openDatabase } from '../../src/db/orm.js';
import { truncateAll } from '../../src/db/reset.js';
import { createSchema } from '../../src/graphql/schema.js';
import { type RunningServer, startServer } from '../../src/http/server.js';
import { createLogger } from '../../src/logging/logger.js';
import type { Mail, Mailer } from '../../src/mail/mailer.js';
import { createServices, type Services } from '../../src/services.js';
import { createTestDatabase } from './database.js';
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
  /** Empties the database and loads the fixture; call in beforeEach. */
  reset(): Promise<Fixture>;
  /** Empties the database and loads the fixture with the network structure. */
  resetStructure(): Promise<StructureFixture>;
  client(): GraphQLClient;
  close(): Promise<void>;
}

/**
 * Starts the real server on a free port against a fresh database with every
 * migration applied. One per test file; `close()` always disposes it.
 */
export async function startHarness(env: Record<string, string> = {}): Promise<Harness> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'verbund-test-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATA_DIR: dataDir,
    DEMO_SEED: 'false',
    PUBLIC_CACHE_SECONDS: '0',
    ...env,
  });
  const database = await createTestDatabase();
  const orm = await openDatabase(database.target);
  const outbox: Mail[] = [];
  const mailer: Mailer = { send: async (mail) => void outbox.push(mail) };
  const services = createServices(config, mailer);
  let server: RunningServer | undefined;
  try {
    server = await startServer(
      { config, logger: createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'), orm, services, schema: await createSchema(services.topics) },
      0,
      '127.0.0.1',
    );
  } catch (error) {
    await orm.close(true);
    await database.drop();
    throw error;
  }
  const running = server;
  return {
    url: running.url,
    orm,
    config,
    services,
    outbox,
    async reset() {
      outbox.length = 0;
      const em = orm.em.fork();
      await truncateAll(em);
      return seedFixture(em);
    },
    async resetStructure() {
      outbox.length = 0;
      const em = orm.em.fork();
      await truncateAll(em);
      return seedStructureFixture(em);
    },
    client: () => new GraphQLClient(running.url),
    async close() {
      await running.stop();
      await new Promise((resolve) => running.httpServer.close(resolve));
      await orm.close(true);
      await database.drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
