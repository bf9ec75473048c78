import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { IsolationLevel } from '@mikro-orm/core';
import { type DatabaseTarget, migrationsTable, type Orm } from '../db/orm.js';
import type { DocumentStore } from '../storage/document-store.js';
import {
  ArchiveWriter,
  archiveFormat,
  archiveFormatVersion,
  documentEntryPath,
  type Manifest,
  manifestPath,
  tableEntryPath,
} from './archive.js';
import { copiedColumns, readCatalog } from './catalog.js';
import { type DocumentRecord, documentRecords, documentTablesIn, documentTotals } from './document-records.js';
import { OpsError, OpsErrorCode } from './ops.errors.js';
import { appliedMigrations, countRows, readRows, serverVersion, useExactTextOutput } from './table-data.js';

/** Which kind of PostgreSQL a backup came from; recorded in the manifest. */
export type Engine = Manifest['source']['engine'];

export const engineOf = (target: DatabaseTarget): Engine => (target.kind === 'postgres' ? 'postgres' : 'pglite');

/** Rows per query and per archive entry: large enough to be quick, small enough to keep memory flat. */
export const defaultBatchSize = 1000;

/** `verbund-backup-20261201T075217Z.tar.gz`: sortable, and without colons, which some file systems refuse. */
export const defaultBackupFileName = (at: Date) =>
  `verbund-backup-${at
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '')}.tar.gz`;

export interface BackupOptions {
  orm: Orm;
  engine: Engine;
  /** Where the agreement documents are. */
  store: DocumentStore;
  /** The archive to write; it must not exist yet. */
  file: string;
  /** @default 1000 */
  batchSize?: number;
}

export interface BackupSummary {
  file: string;
  /** Size of the archive. */
  bytes: number;
  manifest: Manifest;
  /** Files in the document folder that no agreement document lists (left out of the archive). */
  unlistedFiles: number;
}

/**
 * Writes the whole state into one archive: the manifest, every table's rows
 * and the agreement documents. All reads run in one read-only repeatable-read
 * transaction, so the archive is one consistent snapshot even while the server
 * keeps writing. Nothing in the database changes.
 */
export async function backupDatabase(options: BackupOptions): Promise<BackupSummary> {
  const batchSize = options.batchSize ?? defaultBatchSize;
  if (!(Number.isInteger(batchSize) && batchSize > 0)) throw new Error(`batchSize must be a positive whole number, not ${batchSize}`);
  const exists = await stat(options.file).then(
    () => true,
    () => false,
  );
  if (exists)
    throw new OpsError(
      OpsErrorCode.OUTPUT_EXISTS,
      `${options.file} exists already; a backup never overwrites a file. Choose another --out.`,
    );
  const createdAt = new Date();
  const writer = new ArchiveWriter(options.file, createdAt);
  try {
    const result = await options.orm.em.fork().transactional(
      async (em) => {
        await useExactTextOutput(em);
        const migrations = await appliedMigrations(em, migrationsTable);
        if (migrations.length === 0) {
          throw new OpsError(
            OpsErrorCode.NO_SCHEMA,
            'This database holds no Verbund schema (no migration has been applied); there is nothing to back up.',
          );
        }
        const tables = await readCatalog(em, { exclude: [migrationsTable] });
        const documentTables = documentTablesIn(tables.map((t) => t.name));
        const manifest: Manifest = {
          format: archiveFormat,
          formatVersion: archiveFormatVersion,
          createdAt: createdAt.toISOString(),
          source: { engine: options.engine, serverVersion: await serverVersion(em) },
          migrations,
          tables: [],
          documents: await documentTotals(em, documentTables),
        };
        for (const table of tables) {
          manifest.tables.push({ name: table.name, columns: copiedColumns(table), rows: await countRows(em, table.name) });
        }
        const json = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`);
        await writer.add(manifestPath, json.length, json);
        for (const [i, table] of tables.entries()) {
          let batch = 0;
          let rows = 0;
          for await (const { rows: text, count } of readRows(em, table, batchSize)) {
            const bytes = Buffer.from(text, 'utf8');
            await writer.add(tableEntryPath(table.name, ++batch), bytes.length, bytes);
            rows += count;
          }
          // Within one snapshot this cannot differ; if it does, the archive must not claim what it lacks.
          if (rows !== manifest.tables[i]?.rows) throw new Error(`${table.name}: read ${rows} rows, counted ${manifest.tables[i]?.rows}`);
        }
        const unlisted = new Set(await options.store.list());
        for await (const records of documentRecords(em, documentTables, batchSize)) {
          for (const record of records) {
            await copyDocument(writer, options.store, record);
            unlisted.delete(record.id);
          }
        }
        return { manifest, unlistedFiles: unlisted.size };
      },
      { isolationLevel: IsolationLevel.REPEATABLE_READ, readOnly: true },
    );
    const bytes = await writer.finish();
    return { file: options.file, bytes, ...result };
  } catch (error) {
    await writer.discard();
    throw error;
  }
}

/**
 * Copies one document into the archive, checking it against its record on the
 * way: restore would refuse a missing or altered file, so a backup holding one
 * would be useless. Better to fail now, naming the file.
 */
async function copyDocument(writer: ArchiveWriter, store: DocumentStore, record: DocumentRecord): Promise<void> {
  const size = await store.size(record.id).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') {
      throw new OpsError(
        OpsErrorCode.DOCUMENT_MISMATCH,
        `Agreement document ${record.id} is listed in the database but its file is missing from ${store.dir}.`,
      );
    }
    throw error;
  });
  if (size !== record.sizeBytes) {
    throw new OpsError(
      OpsErrorCode.DOCUMENT_MISMATCH,
      `Agreement document ${record.id} has ${size} bytes in ${store.dir}, but the database records ${record.sizeBytes}.`,
    );
  }
  const hash = createHash('sha256');
  const content = await store.open(record.id);
  async function* hashed() {
    for await (const chunk of content) {
      hash.update(chunk as Buffer);
      yield chunk as Buffer;
    }
  }
  await writer.add(documentEntryPath(record.id), size, hashed());
  if (hash.digest('hex') !== record.sha256) {
    throw new OpsError(
      OpsErrorCode.DOCUMENT_MISMATCH,
      `Agreement document ${record.id} in ${store.dir} does not match the SHA-256 the database records; the file has changed since it was uploaded.`,
    );
  }
}
