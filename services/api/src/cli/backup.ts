import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config/config.js';
import { openDatabase } from '../db/orm.js';
import { backupDatabase, defaultBackupFileName, engineOf } from '../ops/backup.js';
import { OpsError } from '../ops/ops.errors.js';
import { describeDatabase, formatBytes, formatTableCounts } from '../ops/report.js';
import { DocumentStore } from '../storage/document-store.js';

/**
 * `npm run backup [-- --out <file>]`: writes the configured database (the
 * server in `DATABASE_URL`, else the embedded one in `DATA_DIR`) and the
 * uploaded documents into one `.tar.gz`. Default file:
 * `verbund-backup-<UTC timestamp>.tar.gz` in the directory npm was started in.
 */
// npm runs workspace scripts inside the workspace; INIT_CWD is where the user typed the command.
const cwd = process.env.INIT_CWD ?? process.cwd();
let out: string | undefined;
try {
  ({
    values: { out },
  } = parseArgs({ options: { out: { type: 'string' } } }));
} catch (error) {
  console.error(`${(error as Error).message}\nUsage: npm run backup [-- --out <file>]`);
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
if (config.database.kind === 'pglite' && !existsSync(config.database.dataDir)) {
  console.error(
    `There is no embedded database in ${config.database.dataDir}. Set DATA_DIR to the folder the server uses, or DATABASE_URL to back up a server database.`,
  );
  process.exit(1);
}
if (config.database.kind === 'pglite') {
  // PGlite takes no lock on its folder: a second process opening it while the server runs can damage it.
  console.log('The embedded database allows one process at a time: stop the Verbund server before backing it up.');
}
const file = path.resolve(cwd, out ?? defaultBackupFileName(new Date()));
const orm = await openDatabase(config.database, { migrate: false });
try {
  console.log(`Backing up the ${describeDatabase(config.database)} and the documents in ${config.documents.dir} …`);
  const summary = await backupDatabase({
    orm,
    engine: engineOf(config.database),
    store: new DocumentStore(config.documents.dir, config.documents.maxBytes),
    file,
  });
  const { manifest } = summary;
  const rows = manifest.tables.reduce((sum, t) => sum + t.rows, 0);
  console.log(`Backup written: ${summary.file} (${formatBytes(summary.bytes)})`);
  console.log(`  source:     ${manifest.source.engine}, PostgreSQL ${manifest.source.serverVersion}, created ${manifest.createdAt}`);
  console.log(`  migrations: ${manifest.migrations.length} (last ${manifest.migrations.at(-1)})`);
  console.log(`  rows:       ${rows.toLocaleString('en')} in ${manifest.tables.length} tables`);
  console.log(formatTableCounts(manifest.tables));
  console.log(`  documents:  ${manifest.documents.count} (${formatBytes(manifest.documents.bytes)})`);
  if (summary.unlistedFiles > 0) {
    console.log(`  note: ${summary.unlistedFiles} files in ${config.documents.dir} belong to no document record and were left out.`);
  }
} catch (error) {
  if (!(error instanceof OpsError)) throw error;
  console.error(`Backup failed: ${error.message}`);
  process.exitCode = 1;
} finally {
  await orm.close(true);
}
