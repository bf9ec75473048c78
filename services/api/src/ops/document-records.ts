import type { EntityManager } from '../db/orm.js';

/**
 * The rows that say which files the document store must hold. Backup copies
 * the files these rows list (not whatever lies in the folder), and restore
 * checks each restored file against its row's size and SHA-256.
 */
export interface DocumentRecord {
  id: string;
  sha256: string;
  sizeBytes: number;
}

/**
 * The tables whose rows list the stored documents, one per kind of owner.
 * Older schemas have fewer of them (before the network structure: none).
 */
export const documentTables = ['agreement_document', 'need_document', 'fund_application_document'] as const;

/** The document tables among a schema's tables. */
export const documentTablesIn = (tableNames: readonly string[]): string[] => documentTables.filter((t) => tableNames.includes(t));

/** Every document row of the given tables as one relation `d` (ids are UUIDs, unique across the tables). */
const allDocuments = (tables: readonly string[]) =>
  `(${tables.map((t) => `select id, sha256, size_bytes from "${t}"`).join(' union all ')}) d`;

const columns = `d.id::text as id, d.sha256, d.size_bytes as "sizeBytes"`;

/** Document records of the given tables in id order, a batch at a time. */
export async function* documentRecords(em: EntityManager, tables: readonly string[], batchSize: number): AsyncGenerator<DocumentRecord[]> {
  if (tables.length === 0) return;
  let last: string | null = null;
  for (;;) {
    const batch: DocumentRecord[] = await em.execute<DocumentRecord[]>(
      last === null
        ? `select ${columns} from ${allDocuments(tables)} order by d.id limit ${batchSize}`
        : `select ${columns} from ${allDocuments(tables)} where d.id > ?::uuid order by d.id limit ${batchSize}`,
      last === null ? [] : [last],
    );
    if (batch.length > 0) yield batch;
    if (batch.length < batchSize) return;
    last = batch[batch.length - 1]?.id ?? null;
  }
}

export async function documentRecord(em: EntityManager, tables: readonly string[], id: string): Promise<DocumentRecord | undefined> {
  if (tables.length === 0) return undefined;
  const [record] = await em.execute<DocumentRecord[]>(`select ${columns} from ${allDocuments(tables)} where d.id = ?::uuid`, [id]);
  return record;
}

export async function documentTotals(em: EntityManager, tables: readonly string[]): Promise<{ count: number; bytes: number }> {
  if (tables.length === 0) return { count: 0, bytes: 0 };
  const [totals] = await em.execute<{ count: number; bytes: number }[]>(
    `select count(*)::int as count, coalesce(sum(d.size_bytes), 0)::float8 as bytes from ${allDocuments(tables)}`,
  );
  return { count: totals?.count ?? 0, bytes: Number(totals?.bytes ?? 0) };
}
