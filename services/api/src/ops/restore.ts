import { randomUUID } from 'node:crypto';
import { rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { migrationsList } from '../db/migrations/index.js';
import { type EntityManager, migrationsTable, type Orm } from '../db/orm.js';
import { DocumentStore } from '../storage/document-store.js';
import { type Manifest, parseEntryPath, readArchive, readManifest } from './archive.js';
import { copiedColumns, readCatalog, type TableInfo } from './catalog.js';
import { documentRecord, documentTablesIn, documentTotals } from './document-records.js';
import { OpsError, OpsErrorCode } from './ops.errors.js';
import { appliedMigrations, countRows, hasRows, insertRows, resetSequences } from './table-data.js';

/** An archive that `checkArchive` has read through and found complete; only such an archive is restored. */
export interface CheckedArchive {
  readonly file: string;
  readonly manifest: Manifest;
}

export interface RestoreOptions {
  orm: Orm;
  /** Where the documents go; it must hold none yet. */
  store: DocumentStore;
  archive: CheckedArchive;
}

export interface RestoreSummary {
  manifest: Manifest;
  tables: { name: string; rows: number }[];
  rows: number;
  documents: number;
  documentBytes: number;
  /** Migrations newer than the backup, run over the restored rows. */
  laterMigrations: string[];
}

/**
 * Reads an archive through without touching any database: a missing, foreign,
 * damaged or truncated file, or one from a newer Verbund (a newer archive
 * format, or migrations this code does not have), is refused here, before a
 * database is even opened.
 */
export async function checkArchive(
  file: string,
  knownMigrations: readonly string[] = migrationsList.map((m) => m.name),
): Promise<CheckedArchive> {
  const found = await stat(file).catch(() => undefined);
  if (!found?.isFile()) throw new OpsError(OpsErrorCode.ARCHIVE_INVALID, `There is no backup file ${file}.`);
  const manifest = await readManifest(file);
  checkMigrations(manifest, knownMigrations);
  await verifyArchive(file, manifest);
  return { file, manifest };
}

/**
 * Restores a checked archive into an empty database and document folder.
 *
 * 1. The target must be empty: no rows, no documents, no migration the
 *    backup predates. Otherwise it is refused and left as it was.
 * 2. In one transaction: the migrations up to the backup's, every row, the
 *    checks (row counts, each document against its row's SHA-256), then any
 *    later migrations. A failure anywhere rolls it all back; the documents
 *    wait in a staging folder and move into place only after the commit.
 */
export async function restoreArchive(options: RestoreOptions): Promise<RestoreSummary> {
  const { orm, store } = options;
  const { file, manifest } = options.archive;
  const em = orm.em.fork();
  await ensureEmpty(em, store, manifest);
  // Creates the (empty) migration log now: the migrator does so outside any transaction, which on the
  // single-connection PGlite must not happen while ours holds the connection.
  await orm.migrator.getExecuted();

  const staging = new DocumentStore(path.join(store.dir, `.restore-${randomUUID()}`), Number.POSITIVE_INFINITY);
  const staged: string[] = [];
  let summary: RestoreSummary;
  try {
    summary = await em.transactional(async (tx) => {
      const ctx = tx.getTransactionContext();
      await orm.migrator.up({ to: manifest.migrations.at(-1), transaction: ctx });
      const tables = await readCatalog(tx, { exclude: [migrationsTable] });
      const byName = checkSchema(tables, manifest);
      // An older backup has fewer document tables; one from before the network structure has none (and so no documents).
      const documentTables = documentTablesIn(manifest.tables.map((t) => t.name));
      let documentBytes = 0;
      await readArchive(file, async (entry) => {
        const name = parseEntryPath(entry.path);
        if (name?.kind === 'table') {
          const table = byName.get(name.table) as TableInfo;
          const columns = manifest.tables.find((t) => t.name === name.table)?.columns ?? copiedColumns(table);
          await insertRows(tx, table, columns, (await entry.bytes()).toString('utf8'));
        } else if (name?.kind === 'document') {
          // Rows come before documents, so the document's record is already in place to check against.
          const record = await documentRecord(tx, documentTables, name.id);
          if (!record) throw verificationFailed(`the archive holds document ${name.id}, which no document record lists`);
          const written = await staging.put(name.id, entry.content);
          staged.push(name.id);
          if (written.sha256 !== record.sha256 || written.sizeBytes !== record.sizeBytes) {
            throw verificationFailed(`document ${name.id} does not match the SHA-256 and size its document record holds`);
          }
          documentBytes += written.sizeBytes;
        }
      });
      const restored: RestoreSummary['tables'] = [];
      for (const expected of manifest.tables) {
        const rows = await countRows(tx, expected.name);
        if (rows !== expected.rows)
          throw verificationFailed(`${expected.name} has ${rows} rows after loading, the archive recorded ${expected.rows}`);
        restored.push({ name: expected.name, rows });
      }
      const listed = await documentTotals(tx, documentTables);
      if (staged.length !== manifest.documents.count || listed.count !== staged.length) {
        throw verificationFailed(
          `${staged.length} documents restored, the archive recorded ${manifest.documents.count} and the database lists ${listed.count}`,
        );
      }
      for (const table of tables) await resetSequences(tx, table);
      const later = await orm.migrator.up({ transaction: ctx });
      return {
        manifest,
        tables: restored,
        rows: restored.reduce((sum, t) => sum + t.rows, 0),
        documents: staged.length,
        documentBytes,
        laterMigrations: later.map((m) => m.name),
      };
    });
  } catch (error) {
    await rm(staging.dir, { recursive: true, force: true });
    if (error instanceof OpsError) throw error;
    throw new OpsError(
      OpsErrorCode.LOAD_FAILED,
      `Restore failed and was rolled back; the target is empty again: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
  for (const id of staged) await store.adopt(staging, id);
  await rm(staging.dir, { recursive: true, force: true });
  // Fresh planner statistics after a bulk load, as after the demo seed.
  await em.execute('analyze');
  return summary;
}

const verificationFailed = (what: string) =>
  new OpsError(OpsErrorCode.VERIFICATION_FAILED, `Restore failed its checks and was rolled back: ${what}.`);

/** The archive's migrations must be this code's first N, in the same order. */
function checkMigrations(manifest: Manifest, known: readonly string[]) {
  const unknown = manifest.migrations.filter((m) => !known.includes(m));
  if (unknown.length > 0) {
    throw new OpsError(
      OpsErrorCode.UNKNOWN_MIGRATIONS,
      `The backup comes from a newer Verbund: its schema has migrations this version does not know (${unknown.join(', ')}). Restore it with that version or a later one.`,
    );
  }
  if (manifest.migrations.some((m, i) => known[i] !== m)) {
    throw new OpsError(
      OpsErrorCode.UNKNOWN_MIGRATIONS,
      `The backup's migrations (${manifest.migrations.join(', ')}) are not the beginning of this version's (${known.join(', ')}).`,
    );
  }
}

/**
 * Reads the whole archive once, before any database work: every entry must be
 * one a Verbund archive holds, in order, with well-formed row batches, and the
 * totals must be the manifest's. A truncated file fails here, either in gzip or
 * in the totals.
 */
async function verifyArchive(file: string, manifest: Manifest): Promise<void> {
  const order = new Map(manifest.tables.map((t, i) => [t.name, i]));
  const rows = new Map<string, number>();
  const documents = new Set<string>();
  let documentBytes = 0;
  let position = { table: -1, batch: 0 };
  let first = true;
  const invalid = (why: string) => new OpsError(OpsErrorCode.ARCHIVE_INVALID, `This is not a usable Verbund backup: ${why}.`);
  await readArchive(file, async (entry) => {
    const name = parseEntryPath(entry.path);
    if (first) {
      first = false;
      if (name?.kind !== 'manifest') throw invalid(`its first entry is ${entry.path}`);
      return;
    }
    if (!name || name.kind === 'manifest') throw invalid(`it contains an unexpected entry ${entry.path}`);
    if (name.kind === 'table') {
      const index = order.get(name.table);
      if (index === undefined) throw invalid(`it holds rows of ${name.table}, which its manifest does not list`);
      const next = index === position.table ? position.batch + 1 : 1;
      if (documents.size > 0 || index < position.table || name.batch !== next) throw invalid(`its entry ${entry.path} is out of order`);
      position = { table: index, batch: name.batch };
      let batch: unknown;
      try {
        batch = JSON.parse((await entry.bytes()).toString('utf8'));
      } catch {
        throw invalid(`${entry.path} is not JSON`);
      }
      if (!Array.isArray(batch) || batch.some((row) => typeof row !== 'object' || row === null || Array.isArray(row))) {
        throw invalid(`${entry.path} is not a list of rows`);
      }
      rows.set(name.table, (rows.get(name.table) ?? 0) + batch.length);
    } else {
      if (documents.has(name.id)) throw invalid(`it holds document ${name.id} twice`);
      documents.add(name.id);
      for await (const chunk of entry.content) documentBytes += chunk.length;
    }
  });
  for (const table of manifest.tables) {
    const found = rows.get(table.name) ?? 0;
    if (found !== table.rows)
      throw invalid(`it holds ${found} rows of ${table.name} where its manifest records ${table.rows} (is it truncated?)`);
  }
  if (documents.size !== manifest.documents.count || documentBytes !== manifest.documents.bytes) {
    throw invalid(
      `it holds ${documents.size} documents (${documentBytes} bytes) where its manifest records ${manifest.documents.count} (${manifest.documents.bytes} bytes) (is it truncated?)`,
    );
  }
}

/** Refuses a target that holds anything a restore would mix with or overwrite. */
async function ensureEmpty(em: EntityManager, store: DocumentStore, manifest: Manifest): Promise<void> {
  const applied = await appliedMigrations(em, migrationsTable);
  const ahead = applied.filter((m, i) => manifest.migrations[i] !== m);
  if (ahead.length > 0) {
    throw new OpsError(
      OpsErrorCode.DATABASE_NOT_EMPTY,
      `The target database has migrations the backup does not have (${ahead.join(', ')}). Restore into a new, empty database; the restore runs the migrations itself.`,
    );
  }
  const filled: string[] = [];
  for (const table of await readCatalog(em, { exclude: [migrationsTable] })) {
    if (await hasRows(em, table.name)) filled.push(table.name);
  }
  if (filled.length > 0) {
    const shown = filled.slice(0, 5).join(', ') + (filled.length > 5 ? `, and ${filled.length - 5} more` : '');
    throw new OpsError(
      OpsErrorCode.DATABASE_NOT_EMPTY,
      `The target database already holds data (in ${shown}). Restore only into an empty database: a new server database (DATABASE_URL), or an empty DATA_DIR for the embedded one. Nothing was changed.`,
    );
  }
  const documents = await store.list();
  if (documents.length > 0) {
    throw new OpsError(
      OpsErrorCode.DOCUMENTS_NOT_EMPTY,
      `The document folder ${store.dir} already holds ${documents.length} documents. Restore only into an empty folder (DOCUMENTS_DIR). Nothing was changed.`,
    );
  }
}

/** After the backup's migrations the target must have exactly the archive's tables and columns. */
function checkSchema(tables: TableInfo[], manifest: Manifest): Map<string, TableInfo> {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const problems: string[] = [];
  for (const archived of manifest.tables) {
    const table = byName.get(archived.name);
    if (!table) {
      problems.push(`table ${archived.name} is missing`);
      continue;
    }
    const have = copiedColumns(table);
    const missing = archived.columns.filter((c) => !have.includes(c));
    const extra = have.filter((c) => !archived.columns.includes(c));
    if (missing.length) problems.push(`${archived.name} lacks ${missing.join(', ')}`);
    if (extra.length) problems.push(`${archived.name} has columns the backup lacks: ${extra.join(', ')}`);
  }
  if (problems.length > 0) {
    throw new OpsError(
      OpsErrorCode.SCHEMA_MISMATCH,
      `After the backup's migrations, the target's schema differs from the backup's: ${problems.join('; ')}. Nothing was restored.`,
    );
  }
  return byName;
}
