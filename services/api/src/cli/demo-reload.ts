import { loadConfig } from '../config/config.js';
import { openDatabase } from '../db/orm.js';
import { reloadDemoCity } from '../seed/demo-city.js';

/** `npm run demo:reload`: replaces all data in the configured database with the demo city. */
const config = loadConfig();
const orm = await openDatabase(config.database);
try {
  const summary = await reloadDemoCity(orm.em.fork());
  console.log(`Demo city reloaded: ${summary.organisations} organisations, ${summary.people} people, ${summary.users} accounts.`);
} finally {
  await orm.close(true);
}
