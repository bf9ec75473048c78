import { loadConfig } from '../config/config.js';
import { openDatabase } from '../db/orm.js';
import { reloadDemoCity } from '../seed/demo-city.js';

/**
 * `npm run demo:reload`: replaces all data in the configured database with the
 * demo city. `-- --organisations 10000` grows it with generated organisations
 * (for benchmarks); `--offers 30000` grows the offers to that many, spread
 * over all organisations (seed/bulk-offers.ts); `--structure-scale 10` gives
 * every body ten times its members and measures.
 */
const config = loadConfig();
const numberFlag = (name: string) => {
  const at = process.argv.indexOf(name);
  if (at < 0) return undefined;
  const value = Number(process.argv[at + 1]);
  if (!(Number.isInteger(value) && value > 0)) {
    console.error(`${name} needs a positive whole number`);
    process.exit(2);
  }
  return value;
};
const organisations = numberFlag('--organisations');
const structureScale = numberFlag('--structure-scale');
const offers = numberFlag('--offers');
const orm = await openDatabase(config.database);
try {
  const summary = await reloadDemoCity(orm.em.fork(), { organisations, structureScale, offers });
  console.log(
    `Demo city reloaded: ${summary.organisations} organisations, ${summary.people} people, ${summary.bodies} bodies, ${summary.measures} measures, ${summary.meetings} meetings, ${summary.tasks} tasks, ${summary.offers} offers, ${summary.volunteerOpportunities} volunteer opportunities, ${summary.users} accounts.`,
  );
} finally {
  await orm.close(true);
}
