import { loadConfig } from '../config/config.js';
import { openDatabase } from '../db/orm.js';
import { reloadDemoCity } from '../seed/demo-city.js';

/**
 * `npm run demo:reload`: replaces all data in the configured database with the
 * demo city. `-- --organisations 10000` grows it with generated organisations
 * (for benchmarks).
 */
const config = loadConfig();
const flag = process.argv.indexOf('--organisations');
const organisations = flag > 0 ? Number(process.argv[flag + 1]) : undefined;
if (organisations !== undefined && !(Number.isInteger(organisations) && organisations > 0)) {
  console.error('--organisations needs a positive whole number');
  process.exit(2);
}
const orm = await openDatabase(config.database);
try {
  const summary = await reloadDemoCity(orm.em.fork(), { organisations });
  console.log(`Demo city reloaded: ${summary.organisations} organisations, ${summary.people} people, ${summary.users} accounts.`);
} finally {
  await orm.close(true);
}
