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

/** The table whose rows list the stored documents. Older schemas (before the network structure) have none. */
export const documentTable = 'agreement_document';

const columns = `id::text as id, sha256, size_bytes as "sizeBytes"`;

/** Document records in id order, a batch at a time. */
export async function* documentRecords(em: EntityManager, batchSize: number): AsyncGenerator<DocumentRecord[]> {
  let last: string | null = null;
  for (;;) {
    const batch: DocumentRecord[] = await em.execute<DocumentRecord[]>(
      last === null
        ? `select ${columns} from ${documentTable} order by id limit ${batchSize}`
        : `select ${columns} from ${documentTable} where id > ?::uuid order by id limit ${batchSize}`,
      last === null ? [] : [last],
    );
    if (batch.length > 0) yield batch;
    if (batch.length < batchSize) return;
    last = batch[batch.length - 1]?.id ?? null;
  }
}

export async function documentRecord(em: EntityManager, id: string): Promise<DocumentRecord | undefined> {
  const [record] = await em.execute<DocumentRecord[]>(`select ${columns} from ${documentTable} where id = ?::uuid`, [id]);
  return record;
}

export async function documentTotals(em: EntityManager): Promise<{ count: number; bytes: number }> {
  const [totals] = await em.execute<{ count: number; bytes: number }[]>(
    `select count(*)::int as count, coalesce(sum(size_bytes), 0)::float8 as bytes from ${documentTable}`,
  );
  return { count: totals?.count ?? 0, bytes: Number(totals?.bytes ?? 0) };
}
