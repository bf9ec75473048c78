import { createHash } from 'node:crypto';
import { createWriteStream, type ReadStream } from 'node:fs';
import { mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DomainError, ErrorCode } from '../errors/domain-error.js';

const documentId = /^[0-9a-f-]{36}$/;

export interface StoredFile {
  sizeBytes: number;
  sha256: string;
}

/**
 * Stores uploaded documents on disk under their id, checking size while the
 * bytes arrive and the content type against the file's first bytes. A file
 * that fails a check is never kept.
 */
export class DocumentStore {
  constructor(
    readonly dir: string,
    readonly maxBytes: number,
  ) {}

  /** Whether a name is one the store gives its documents (their id); anything else in the folder is not a document. */
  static isDocumentId(id: string): boolean {
    return documentId.test(id);
  }

  async save(id: string, content: Readable, checkHead: (head: Buffer) => boolean): Promise<StoredFile> {
    if (!DocumentStore.isDocumentId(id)) throw new Error('invalid document id');
    await mkdir(this.dir, { recursive: true });
    const temporary = path.join(this.dir, `${id}.part`);
    const hash = createHash('sha256');
    let size = 0;
    let head = Buffer.alloc(0);
    let failure: DomainError | undefined;
    const maxBytes = this.maxBytes;
    try {
      await pipeline(
        content,
        async function* (source: AsyncIterable<Buffer>) {
          for await (const chunk of source) {
            size += chunk.length;
            if (size > maxBytes) {
              failure = new DomainError(ErrorCode.BAD_USER_INPUT, `The file is larger than ${Math.round(maxBytes / 1048576)} MB`, {
                reason: 'FILE_TOO_LARGE',
                field: 'file',
                details: { maxBytes },
              });
              throw failure;
            }
            if (head.length < 16) head = Buffer.concat([head, chunk]).subarray(0, 16);
            hash.update(chunk);
            yield chunk;
          }
        },
        createWriteStream(temporary),
      );
      if (size === 0) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'The file is empty', { reason: 'FILE_EMPTY', field: 'file' });
      if (!checkHead(head)) {
        throw new DomainError(ErrorCode.BAD_USER_INPUT, 'The file content does not match its type', {
          reason: 'UNSUPPORTED_FILE_TYPE',
          field: 'file',
        });
      }
      await rename(temporary, this.pathOf(id));
      return { sizeBytes: size, sha256: hash.digest('hex') };
    } catch (error) {
      await rm(temporary, { force: true });
      throw failure ?? error;
    }
  }

  /**
   * Writes a document as it comes, without the upload checks: restore uses it
   * for files that passed them when they were uploaded, and may be larger than
   * this installation's upload limit. Returns what it wrote, for verification.
   */
  async put(id: string, content: AsyncIterable<Buffer>): Promise<StoredFile> {
    if (!DocumentStore.isDocumentId(id)) throw new Error('invalid document id');
    await mkdir(this.dir, { recursive: true });
    const temporary = path.join(this.dir, `${id}.part`);
    const hash = createHash('sha256');
    let size = 0;
    try {
      await pipeline(
        content,
        async function* (source: AsyncIterable<Buffer>) {
          for await (const chunk of source) {
            size += chunk.length;
            hash.update(chunk);
            yield chunk;
          }
        },
        createWriteStream(temporary),
      );
      await rename(temporary, this.pathOf(id));
      return { sizeBytes: size, sha256: hash.digest('hex') };
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  }

  /** Moves a document in from another store on the same disk (restore stages documents until its commit). */
  async adopt(from: DocumentStore, id: string): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    await rename(from.pathOf(id), this.pathOf(id));
  }

  /** Ids of the documents in the store; unfinished uploads and other files are left out. */
  async list(): Promise<string[]> {
    const names = await readdir(this.dir).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [];
      throw error;
    });
    return names.filter((name) => DocumentStore.isDocumentId(name)).sort();
  }

  /** A document's size on disk; backup needs it before the bytes, for the archive entry's header. */
  async size(id: string): Promise<number> {
    return (await stat(this.pathOf(id))).size;
  }

  /**
   * The stored file, opened before anything is sent, so a file missing from the
   * store is a typed NOT_FOUND (`DOCUMENT_FILE_MISSING`), never a broken answer.
   */
  async open(id: string): Promise<ReadStream> {
    try {
      const handle = await open(this.pathOf(id), 'r');
      return handle.createReadStream();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      throw new DomainError(ErrorCode.NOT_FOUND, 'The file of this document is missing; ask the coordination office to upload it again', {
        reason: 'DOCUMENT_FILE_MISSING',
      });
    }
  }

  async remove(id: string): Promise<void> {
    await rm(this.pathOf(id), { force: true });
  }

  private pathOf(id: string) {
    if (!DocumentStore.isDocumentId(id)) throw new Error('invalid document id');
    return path.join(this.dir, id);
  }
}
