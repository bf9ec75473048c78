import { randomUUID } from 'node:crypto';
import type { ReadStream } from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import type { EntityClass, FilterQuery } from '@mikro-orm/core';
import { canRead, type TableRuleType } from '../auth/read-rules.js';
import type { Scope } from '../auth/scope.js';
import type { AttachedDocument } from '../db/document.entity.js';
import type { EntityManager } from '../db/orm.js';
import { SqlReader } from '../db/reader.js';
import { DomainError, ErrorCode, notFound } from '../errors/domain-error.js';
import { isUuid } from '../validation/ids.js';
import type { DocumentStore, StoredFile } from './document-store.js';

/** Document types any record may carry, by declared type, with their extensions and the bytes they must start with. */
export const allowedDocumentTypes: Record<string, { extensions: string[]; magic: (head: Buffer) => boolean }> = {
  'application/pdf': { extensions: ['.pdf'], magic: (h) => h.subarray(0, 5).toString('latin1') === '%PDF-' },
  'image/png': {
    extensions: ['.png'],
    magic: (h) => h.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  },
  'image/jpeg': { extensions: ['.jpg', '.jpeg'], magic: (h) => h[0] === 0xff && h[1] === 0xd8 && h[2] === 0xff },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {
    extensions: ['.docx'],
    magic: (h) => h.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])),
  },
  'application/vnd.oasis.opendocument.text': {
    extensions: ['.odt'],
    magic: (h) => h.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])),
  },
};

/**
 * The records that carry documents, with their routes under `/api`: files
 * are uploaded to `POST /api/<owners>/:id/documents` and downloaded from
 * `GET /api/<documents>/:id`.
 */
export const documentPaths = {
  agreement: { owners: 'agreements', documents: 'agreement-documents' },
  need: { owners: 'needs', documents: 'need-documents' },
  fundApplication: { owners: 'fund-applications', documents: 'fund-application-documents' },
} as const;

export type DocumentOwnerKind = keyof typeof documentPaths;

/** Where a document is downloaded (same origin, with the session cookie). */
export const downloadUrl = (kind: DocumentOwnerKind, id: string) => `/api/${documentPaths[kind].documents}/${id}`;

/** A file as it arrives in an upload; `content` is read only once the checks before it have passed. */
export interface UploadedFile {
  fileName: string;
  contentType: string;
  content: Readable;
}

/** A file that passed the checks and is in the store: what its owner's row records. */
export interface CheckedFile extends StoredFile {
  id: string;
  fileName: string;
  contentType: string;
}

/** One kind of document: its entity, the name its NOT_FOUND errors use, and the read rule that decides who sees it. */
export interface DocumentKind<D extends AttachedDocument> {
  entity: EntityClass<D>;
  name: string;
  readRule: TableRuleType;
}

/** A file name safe to store and to send back in `Content-Disposition`: no path, no control or markup characters. */
export function safeFileName(name: string): string {
  return (
    path
      .basename(name)
      .replace(/[^\p{L}\p{N} ._()-]/gu, '_')
      .slice(0, 200) || 'dokument'
  );
}

/**
 * What every kind of document shares: the type check (declared type,
 * extension and first bytes), storing through the document store with size
 * limit and SHA-256, removing, and opening for download under the kind's read
 * rule. Owners' services check their write rules and record the row and its
 * audit entry; a file whose row is not recorded is never kept.
 */
export class DocumentService {
  constructor(private readonly store: DocumentStore) {}

  /**
   * Checks and stores an uploaded file, then records it with `record` in one
   * transaction. The caller checks its write rule first, so a refused upload
   * is never read; a rejected or unrecorded file leaves nothing behind.
   */
  async add<D>(scope: Scope, file: UploadedFile, record: (em: EntityManager, file: CheckedFile) => D | Promise<D>): Promise<D> {
    const fileName = safeFileName(file.fileName);
    const type = allowedDocumentTypes[file.contentType];
    if (!type?.extensions.includes(path.extname(fileName).toLowerCase())) {
      file.content.resume();
      throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Only PDF, Word (.docx), OpenDocument (.odt), PNG and JPEG files can be attached', {
        reason: 'UNSUPPORTED_FILE_TYPE',
        field: 'file',
      });
    }
    const id = randomUUID();
    const stored = await this.store.save(id, file.content, type.magic);
    try {
      return await scope.em.transactional(async (em) => {
        const created = await record(em, { id, fileName, contentType: file.contentType, ...stored });
        await em.flush();
        return created;
      });
    } catch (error) {
      await this.store.remove(id);
      throw error;
    }
  }

  /**
   * Removes a document: to those who may not read it, it does not exist;
   * `check` asks the owner's write rule and records the audit entry, in the
   * same transaction as the removal. The file goes once the row is gone.
   */
  async remove<D extends AttachedDocument>(
    scope: Scope,
    kind: DocumentKind<D>,
    id: string,
    check: (em: EntityManager, document: D) => Promise<void>,
  ): Promise<boolean> {
    const removed = await scope.em.transactional(async (em) => {
      const visible = isUuid(id) && (await canRead(new SqlReader(em), kind.readRule, scope.actor, id));
      const document = visible ? await em.findOne(kind.entity, { id } as FilterQuery<D>) : null;
      if (!document) throw notFound(kind.name, id);
      await check(em, document);
      em.remove(document);
      await em.flush();
      return document;
    });
    await this.store.remove(removed.id);
    return true;
  }

  /** A document's row and bytes, for those who may read it; to anyone else it does not exist. */
  async open<D extends AttachedDocument>(scope: Scope, kind: DocumentKind<D>, id: string): Promise<{ document: D; content: ReadStream }> {
    if (!(await canRead(new SqlReader(scope.em), kind.readRule, scope.actor, id))) throw notFound(kind.name, id);
    const document = await scope.em.findOneOrFail(kind.entity, { id } as FilterQuery<D>);
    return { document, content: await this.store.open(document.id) };
  }
}
