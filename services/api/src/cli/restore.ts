import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config/config.js';
import { openDatabase } from '../db/orm.js';
import { OpsError, OpsErrorCode } from '../ops/ops.errors.js';
import { describeDatabase, formatBytes, formatTableCounts } from '../ops/report.js';
import { checkArchive, restoreArchive } from '../ops/restore.js';
import { DocumentStore } from '../storage/document-store.js';

/**
 * `npm run restore -- <file>`: restores a backup into the configured database
 * (the server in `DATABASE_URL`, else the embedded one in `DATA_DIR`) and
 * document folder. Both must be empty; anything else is refused unchanged.
 */
// npm runs workspace scripts inside the workspace; INIT_CWD is where the user typed the command.
const cwd = process.env.INIT_CWD ?? process.cwd();
const usage = 'Usage: npm run restore -- <backup file>';
let positionals: string[];
try {
  ({ positionals } = parseArgs({ allowPositionals: true, options: {} }));
} catch (error) {
  console.error(`${(error as Error).message}\n${usage}`);
  process.exit(2);
}
if (positionals.length !== 1) {
  console.error(usage);
  process.exit(2);
}
let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exit(1);
}
const file = path.resolve(cwd, positionals[0] as string);
const refused = (error: unknown) => {
  if (!(error instanceof OpsError)) throw error;
  console.error(`Restore refused: ${error.message}`);
  process.exit(1);
};
const started = performance.now();
console.log(`Checking ${file} …`);
// The archive is read through before the database is opened, so a bad file leaves no trace, not even a new embedded database.
const archive = await checkArchive(file).catch(refused);
const orm = await openDatabase(config.database, { migrate: false });
try {
  console.log(`Restoring into the ${describeDatabase(config.database)} and ${config.documents.dir} …`);
  const summary = await restoreArchive({ orm, store: new DocumentStore(config.documents.dir, config.documents.maxBytes), archive });
  const { manifest } = summary;
  console.log(`Restored the backup of ${manifest.createdAt} (${manifest.source.engine}, PostgreSQL ${manifest.source.serverVersion}):`);
  console.log(
    `  migrations: ${manifest.migrations.length} from the backup${summary.laterMigrations.length ? `, then ${summary.laterMigrations.join(', ')}` : ''}`,
  );
  console.log(`  rows:       ${summary.rows.toLocaleString('en')} in ${summary.tables.length} tables, counts verified`);
  console.log(formatTableCounts(summary.tables));
  console.log(`  documents:  ${summary.documents} (${formatBytes(summary.documentBytes)}), SHA-256 verified`);
  console.log(`  took ${((performance.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
  if (!(error instanceof OpsError)) throw error;
  const rolledBack = error.code === OpsErrorCode.VERIFICATION_FAILED || error.code === OpsErrorCode.LOAD_FAILED;
  console.error(`${rolledBack ? 'Restore failed' : 'Restore refused'}: ${error.message}`);
  process.exitCode = 1;
} finally {
  await orm.close(true);
}
