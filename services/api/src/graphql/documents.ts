import type { Actor } from '../auth/actor.js';
import { readRules, tableOf } from '../auth/read-rules.js';
import { timestamp } from '../db/reader.js';
import { ident, sql } from '../db/sql.js';
import { type DocumentOwnerKind, downloadUrl } from '../storage/documents.js';
import type { ChildList } from './read-context.js';
import type { DocumentView } from './record.types.js';

interface DocumentRow {
  id: string;
  parent_id: string;
  file_name: string;
  content_type: string;
  size_bytes: number;
  sha256: string;
  uploaded_by_name: string | null;
  created_at: string;
}

/**
 * A record's documents, newest first: the rows of one document table per
 * parent (an agreement, a need, an application), under the documents' own
 * read rule, with the uploader's name for members only.
 */
export function documentList<V extends DocumentView>(spec: {
  actor: Actor;
  kind: DocumentOwnerKind;
  /** The read rule of the documents' table, e.g. `needDocument` for `need_document`. */
  rule: 'agreementDocument' | 'needDocument' | 'fundApplicationDocument';
  /** The column naming the parent, e.g. `need_id`. */
  parentKey: string;
  view: new () => V;
  limit: number;
}): ChildList<DocumentRow, V> {
  const table = tableOf[spec.rule];
  return {
    name: `${table}:${spec.limit}`,
    select: sql`d.id, d.${ident(spec.parentKey)} as parent_id, d.file_name, d.content_type, d.size_bytes, d.sha256,
      ${readRules.staffName(spec.actor, 'd.uploaded_by_name')} as uploaded_by_name, d.created_at`,
    from: sql`${ident(table)} d`,
    where: readRules[spec.rule](spec.actor, 'd'),
    parent: sql`d.${ident(spec.parentKey)}`,
    parentOf: (row) => row.parent_id,
    order: sql`d.created_at desc, d.id`,
    limit: spec.limit,
    toValue: (row) =>
      Object.assign(new spec.view(), {
        id: row.id,
        fileName: row.file_name,
        contentType: row.content_type,
        sizeBytes: row.size_bytes,
        sha256: row.sha256,
        uploadedByName: row.uploaded_by_name,
        createdAt: timestamp(row.created_at),
        downloadUrl: downloadUrl(spec.kind, row.id),
      }),
  };
}
