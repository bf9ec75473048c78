import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { Header, Pack, Parser, ReadEntry } from 'tar';
import { z } from 'zod';
import { OpsError, OpsErrorCode } from './ops.errors.js';

/**
 * A Verbund backup is one `.tar.gz` holding, in this order:
 *
 * - `manifest.json`: what the archive holds ({@link Manifest});
 * - `tables/<table>/<batch>.json`: the rows of each table as a JSON array of
 *   `row_to_json` objects, one entry per batch, tables in foreign-key order;
 * - `documents/<id>`: the bytes of each document (of agreements, needs, fund applications).
 *
 * Entries are written and read one at a time, so neither side holds more than
 * a batch of rows or a chunk of a document in memory.
 */
export const archiveFormat = 'verbund-backup';
/** Raised when the layout or the meaning of an entry changes; restore refuses versions it does not know. */
export const archiveFormatVersion = 1;
export const manifestPath = 'manifest.json';

const manifestSchema = z.object({
  format: z.literal(archiveFormat),
  formatVersion: z.number().int().positive(),
  createdAt: z.iso.datetime({ offset: true }),
  source: z.object({ engine: z.enum(['postgres', 'pglite']), serverVersion: z.string() }),
  /** Applied migrations, in the order they ran; restore brings the target to exactly this point before loading rows. */
  migrations: z.array(z.string().min(1)).min(1),
  /** Every copied table in load order, with the columns its rows carry and their number. */
  tables: z.array(z.object({ name: z.string().min(1), columns: z.array(z.string().min(1)).min(1), rows: z.number().int().nonnegative() })),
  documents: z.object({ count: z.number().int().nonnegative(), bytes: z.number().int().nonnegative() }),
});

/** The first entry of every archive: what it holds, so restore can check it before touching a database. */
export type Manifest = z.infer<typeof manifestSchema>;

/** Manifests are small; a larger first entry means the file is something else. */
const maxManifestBytes = 16 * 1048576;

export const tableEntryPath = (table: string, batch: number) =>
  `tables/${encodeURIComponent(table)}/${String(batch).padStart(6, '0')}.json`;
export const documentEntryPath = (id: string) => `documents/${id}`;

/** What an entry path names; `undefined` for paths a Verbund archive never contains. */
export type EntryName = { kind: 'manifest' } | { kind: 'table'; table: string; batch: number } | { kind: 'document'; id: string };

export function parseEntryPath(path: string): EntryName | undefined {
  if (path === manifestPath) return { kind: 'manifest' };
  const table = /^tables\/([^/]+)\/(\d{6})\.json$/.exec(path);
  if (table) {
    try {
      return { kind: 'table', table: decodeURIComponent(table[1] as string), batch: Number(table[2]) };
    } catch {
      return undefined;
    }
  }
  const document = /^documents\/([0-9a-f-]{36})$/.exec(path);
  if (document) return { kind: 'document', id: document[1] as string };
  return undefined;
}

/** Validates a manifest's JSON; anything that is not a Verbund manifest of a known version is refused. */
export function parseManifest(bytes: Buffer): Manifest {
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw notAnArchive('its manifest is not JSON');
  }
  const head = z.object({ format: z.literal(archiveFormat), formatVersion: z.number().int() }).safeParse(json);
  if (!head.success) throw notAnArchive('its manifest does not name the Verbund backup format');
  if (head.data.formatVersion > archiveFormatVersion) {
    throw new OpsError(
      OpsErrorCode.ARCHIVE_UNSUPPORTED,
      `The backup uses archive format ${head.data.formatVersion}; this version of Verbund reads format ${archiveFormatVersion} and older. Restore it with a newer Verbund.`,
    );
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) {
    throw notAnArchive(`its manifest is invalid (${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')})`);
  }
  return parsed.data;
}

const notAnArchive = (why: string) => new OpsError(OpsErrorCode.ARCHIVE_INVALID, `This is not a usable Verbund backup: ${why}.`);

/**
 * Writes an archive entry by entry. The file appears under its name only when
 * `finish()` succeeds; until then it is `<file>.part`, removed by `discard()`,
 * so a failed backup never leaves something that looks like a backup.
 */
export class ArchiveWriter {
  private readonly pack: Pack;
  private readonly written: Promise<void>;
  private readonly partial: string;
  private current: NodeJS.EventEmitter | undefined;

  constructor(
    readonly file: string,
    private readonly mtime = new Date(),
  ) {
    this.partial = `${file}.part`;
    // `onWriteEntry` hands us tar's entry writer, whose 'end' says the pack has taken all of its bytes.
    this.pack = new Pack({
      portable: true,
      strict: true,
      onWriteEntry: (entry) => {
        this.current = entry;
      },
    });
    this.written = pipeline(this.pack, createGzip(), createWriteStream(this.partial));
    // A failure surfaces on the next add() or finish(); do not let it go unhandled meanwhile.
    this.written.catch(() => {});
  }

  /** Adds one file entry. `size` goes into the tar header before the bytes, so it must be exact. */
  async add(path: string, size: number, content: Buffer | AsyncIterable<Buffer>): Promise<void> {
    const entry = new ReadEntry(new Header({ path, size, mode: 0o644, type: 'File', mtime: this.mtime }));
    this.current = undefined;
    this.pack.add(entry);
    const writer = this.current as NodeJS.EventEmitter | undefined;
    if (!writer) throw new Error(`tar did not accept the entry ${path}`);
    const taken = Promise.race([once(writer, 'end'), this.written.then(() => Promise.reject(new Error('archive closed early')))]);
    taken.catch(() => {});
    let count = 0;
    for await (const chunk of Buffer.isBuffer(content) ? [content] : content) {
      count += chunk.length;
      if (count > size) throw new Error(`${path} has more than the ${size} bytes it announced`);
      if (!entry.write(chunk)) await Promise.race([once(entry, 'drain'), taken]);
    }
    if (count !== size) throw new Error(`${path} has ${count} bytes, not the ${size} it announced`);
    entry.end();
    await taken;
  }

  /** Ends the archive and gives it its name; returns its size in bytes. */
  async finish(): Promise<number> {
    this.pack.end();
    await this.written;
    await rename(this.partial, this.file);
    return (await stat(this.file)).size;
  }

  /** Drops an unfinished archive. */
  async discard(): Promise<void> {
    // With an error, so the pipeline settles (minipass signals a plain destroy with an event Node's streams do not watch).
    this.pack.destroy(new Error('archive discarded'));
    await this.written.catch(() => {});
    await rm(this.partial, { force: true });
  }
}

/** One entry as `readArchive` hands it over: its name, announced size and bytes. */
export interface ArchiveEntry {
  path: string;
  size: number;
  /** The entry's bytes; read them, or leave them and they are skipped. */
  content: AsyncIterable<Buffer>;
  /** Reads the whole entry into memory (for the manifest and row batches, never documents). */
  bytes(): Promise<Buffer>;
}

/**
 * Reads an archive and calls `onEntry` for each file entry in order, waiting
 * for it before reading on. Damage of any kind (not gzip, truncated gzip or
 * tar, a broken header) rejects with `ARCHIVE_INVALID`; an error thrown by
 * `onEntry` stops the reading and is rethrown as it is.
 */
export async function readArchive(file: string, onEntry: (entry: ArchiveEntry) => Promise<void>): Promise<void> {
  let failure: { error: unknown } | undefined;
  let chain: Promise<void> = Promise.resolve();
  const parser = new Parser({ strict: true });
  const stop = (error: unknown) => {
    failure ??= { error };
  };
  parser.on('entry', (entry: ReadEntry) => {
    chain = chain.then(async () => {
      if (!failure && entry.type !== 'File') stop(notAnArchive(`it contains ${entry.path}, which is not a plain file`));
      if (!failure) {
        const content = entry as AsyncIterable<Buffer>;
        try {
          await onEntry({
            path: entry.path,
            size: entry.size,
            content,
            async bytes() {
              const chunks: Buffer[] = [];
              for await (const chunk of content) chunks.push(chunk);
              return Buffer.concat(chunks);
            },
          });
        } catch (error) {
          stop(error);
        }
      }
      // Whatever the handler left unread is discarded, so the parser moves on to the next entry.
      entry.resume();
    });
  });
  parser.on('error', (error: Error) => stop(damaged(error)));
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      if (failure) return done(abortReading);
      if (parser.write(chunk)) done();
      else parser.once('drain', () => done(failure ? abortReading : undefined));
    },
    final(done) {
      parser.once('end', () => void chain.then(() => done(failure ? abortReading : undefined)));
      parser.end();
    },
  });
  try {
    await pipeline(createReadStream(file), createGunzip(), sink);
  } catch (error) {
    if (error !== abortReading) stop(damaged(error));
    // Input stopped early: ending the parser ends the entry a handler may be reading, instead of leaving it waiting.
    try {
      parser.end();
    } catch {
      // already ended or aborted
    }
  }
  await chain;
  if (failure) throw failure.error;
}

/** Stops the pipeline once an entry handler or the parser has failed; the real error is kept aside. */
const abortReading = new Error('archive reading stopped');

function damaged(error: unknown): unknown {
  if (error instanceof OpsError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES') return error;
  const detail = error instanceof Error ? error.message : String(error);
  if (code === 'Z_DATA_ERROR' && /header/i.test(detail)) return notAnArchive('it is not a gzip file');
  if (code === 'Z_BUF_ERROR') return notAnArchive('it ends early (truncated)');
  return notAnArchive(`it is damaged (${detail})`);
}

/** Reads only the manifest (the first entry), for `restore` to check before anything else. */
export async function readManifest(file: string): Promise<Manifest> {
  let manifest: Manifest | undefined;
  try {
    await readArchive(file, async (entry) => {
      if (entry.path !== manifestPath) throw notAnArchive(`its first entry is ${entry.path}, not ${manifestPath}`);
      if (entry.size > maxManifestBytes) throw notAnArchive('its manifest is too large');
      manifest = parseManifest(await entry.bytes());
      throw stopAfterManifest;
    });
  } catch (error) {
    if (error !== stopAfterManifest) throw error;
  }
  if (!manifest) throw notAnArchive('it is empty');
  return manifest;
}

const stopAfterManifest = new Error('manifest read');
