import { openThrottleStore } from './auth/throttle-store.js';
import { ConfigError, loadConfig } from './config/config.js';
import { openDatabase } from './db/orm.js';
import { createSchema } from './graphql/schema.js';
import { startServer } from './http/server.js';
import { createLogger } from './logging/logger.js';
import { createMailer } from './mail/mailer.js';
import { openLiveEvents } from './realtime/live-events.js';
import { loadDemoCityIfEmpty } from './seed/demo-city.js';
import { createServices } from './services.js';

/** Starts Verbund: config, database with migrations, demo city on first start, then one server. */
async function main() {
  const started = performance.now();
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  logger.info(
    { database: config.database.kind, dataDir: config.database.kind === 'pglite' ? config.database.dataDir : undefined },
    'starting',
  );
  const orm = await openDatabase(config.database, { statementTimeoutMs: config.requestTimeoutMs });
  const throttleStore = await openThrottleStore({ redisUrl: config.redisUrl, database: config.database, orm, logger });
  logger.info({ store: throttleStore.kind }, 'login throttling');
  const live = await openLiveEvents(config, config.database, orm, logger);
  const services = createServices(config, createMailer(config.mail, logger), throttleStore, live);
  if (config.demoSeed) {
    const seeded = await loadDemoCityIfEmpty(orm.em.fork());
    if (seeded) logger.info(seeded, 'demo city loaded');
  }
  const server = await startServer({ config, logger, orm, services, schema: await createSchema() });
  const startupMs = Math.round(performance.now() - started);
  logger.info({ url: server.url, startupMs, rssMb: Math.round(process.memoryUsage().rss / 1048576) }, 'serving');
  console.log(`\n  Verbund is running at ${server.url}\n`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    try {
      await server.stop();
      await throttleStore.close();
      await live.close();
      await orm.close();
      logger.info('stopped');
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'error during shutdown');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
