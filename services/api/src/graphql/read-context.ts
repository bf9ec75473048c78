import DataLoader from 'dataloader';
import type { Actor } from '../auth/actor.js';
import type { SqlReader } from '../db/reader.js';
import { type Sql, sql } from '../db/sql.js';

/** What read models need besides the actor: settings that shape answers. */
export interface ReadSettings {
  profileStaleAfterDays: number;
}

/**
 * The read side of one request (or one subscription event): who is asking,
 * the time budget, and the batch loaders. A loader is created on first use
 * and batches every load of one tick into one SQL statement, so a list level
 * costs one statement whatever its length.
 */
export class ReadContext {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  /** Epoch milliseconds after which no further statement is started. */
  readonly deadline: number;

  constructor(
    private readonly reader: SqlReader,
    readonly actor: Actor,
    readonly settings: ReadSettings,
    /** The time budget of one request, in milliseconds. */
    private readonly budgetMs: number,
  ) {
    this.deadline = Date.now() + budgetMs;
  }

  /** Runs one statement within the request's time budget. */
  rows<T>(query: Sql): Promise<T[]> {
    return this.reader.rows<T>(query, this.deadline);
  }

  /**
   * The loader called `name` in this request. `batch` receives every key
   * asked for in one tick and returns one value (or null) per key, in order.
   */
  loader<K, V>(name: string, batch: (keys: readonly K[]) => Promise<readonly V[]>): DataLoader<K, V> {
    let loader = this.loaders.get(name) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>(batch, { maxBatchSize: 1000 });
      this.loaders.set(name, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }

  /** The same reads for another actor (e.g. the user a login just started a session for). */
  as(actor: Actor): ReadContext {
    return new ReadContext(this.reader, actor, this.settings, this.budgetMs);
  }

  /** Fresh loaders and a fresh time budget, e.g. for each event of a long-lived subscription. */
  renewed(): ReadContext {
    return new ReadContext(this.reader, this.actor, this.settings, this.budgetMs);
  }

  /** Forgets everything read so far: after a write, answers must show the change. */
  forget(): void {
    this.loaders.clear();
  }
}

/** Groups rows by a key, in the order of `keys`; keys without rows get an empty list. */
export function groupBy<K, R>(keys: readonly K[], rows: readonly R[], keyOf: (row: R) => K): R[][] {
  const groups = new Map<K, R[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return keys.map((k) => groups.get(k) ?? []);
}

/** Picks one row per key, in the order of `keys`; missing keys get null. */
export function indexBy<K, R>(keys: readonly K[], rows: readonly R[], keyOf: (row: R) => K): (R | null)[] {
  const byKey = new Map<K, R>();
  for (const row of rows) byKey.set(keyOf(row), row);
  return keys.map((k) => byKey.get(k) ?? null);
}

/**
 * A statement that returns at most `limit` rows per parent, in `order`:
 * `select` and `from` (with its where clause) as for a plain query,
 * `partition` the parent key. One statement for any number of parents.
 */
export function perParent(select: Sql, from: Sql, partition: Sql, order: Sql, limit: number): Sql {
  return sql`select * from (select ${select}, row_number() over (partition by ${partition} order by ${order}) as rn ${from}) x
    where x.rn <= ${limit} order by x.rn`;
}
