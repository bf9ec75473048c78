import DataLoader from 'dataloader';
import type { Actor } from '../auth/actor.js';
import type { SqlReader } from '../db/reader.js';
import { idIn, type Sql, sql } from '../db/sql.js';
import type { Selection } from './selection.js';

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

  /** The loader of a list per parent: one statement per list level. */
  children<R, V>(list: ChildList<R, V>): DataLoader<string, V[]> {
    return this.loader<string, V[]>(list.name, async (ids) => {
      const rows = await this.rows<R>(perParent(list as ChildList<unknown, unknown>, ids));
      return groupBy(ids, rows, list.parentOf).map((group) => group.map(list.toValue));
    });
  }

  /** Hands a parent's list, read by its own statement as an `embedded` column, to the list's loader. */
  take<R, V>(list: ChildList<R, V>, parentId: string, rows: readonly R[] | string): void {
    const parsed = typeof rows === 'string' ? (JSON.parse(rows) as R[]) : rows;
    this.children(list).prime(parentId, parsed.map(list.toValue));
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
 * A list of records per parent record (a body's members, an organisation's
 * affiliations), defined once and read in either of two ways:
 * - batched (`ReadContext.children`): one statement for every parent of a
 *   list level, at most `limit` rows each;
 * - embedded (`embedded`): as a JSON column of the parent's own statement,
 *   handed to the same loader with `ReadContext.take`, so the list costs no
 *   statement of its own.
 * Both run the same select list, joins, conditions (the read rules) and order.
 */
export interface ChildList<R, V> {
  /** Names the loader: lists of equal name are equal (put arguments and the selection's key in it). */
  name: string;
  select: Sql;
  /** Tables and joins, without `from`. */
  from: Sql;
  /** The conditions besides the parent's key, read rules included. */
  where: Sql;
  /** The column holding the parent's id, e.g. `m.body_id`. */
  parent: Sql;
  /** The parent's id in a result row. */
  parentOf(row: R): string;
  order: Sql;
  limit: number;
  /** A result row as a GraphQL object. */
  toValue(row: R): V;
}

/** The statement of a list for the given parents: at most `limit` rows per parent, in the list's order. */
export function perParent(list: ChildList<unknown, unknown>, parentIds: readonly string[]): Sql {
  return sql`select * from (select ${list.select}, row_number() over (partition by ${list.parent} order by ${list.order}) as rn
    from ${list.from} where ${idIn(list.parent, parentIds)} and ${list.where}) x
    where x.rn <= ${list.limit} order by x.rn`;
}

/**
 * The list a parent's statement may embed for a field of its selection: when
 * the field is selected and asked without arguments (so the field's defaults
 * apply, and its resolver asks for the loader `list(sub-selection)` names).
 */
export function embeddable<R, V>(
  selection: Selection | undefined,
  field: string,
  list: (selection: Selection) => ChildList<R, V>,
): ChildList<R, V> | undefined {
  const sub = selection?.sub(field);
  return sub && !selection?.hasArguments(field) ? list(sub) : undefined;
}

/**
 * The same list as one JSON column of its parent's statement, for the parent
 * whose id is `parentId` there: `select o.id, ${embedded(list, sql`o.id`)} as o_affiliations from organisation o …`.
 * The parent's alias must be one the list does not use itself.
 */
export function embedded(list: ChildList<unknown, unknown>, parentId: Sql): Sql {
  return sql`(select coalesce(json_agg(x order by x.rn), '[]') from (select ${list.select}, row_number() over (order by ${list.order}) as rn
    from ${list.from} where ${list.parent} = ${parentId} and ${list.where}) x where x.rn <= ${list.limit})`;
}
