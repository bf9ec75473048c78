import { ident, type Sql, sql } from '../db/sql.js';
import type { Selection } from './selection.js';

/**
 * The columns of one record type as read models select them, and which of
 * them each GraphQL field needs. Columns come back named `<prefix>_<column>`,
 * so several record types can sit in one row (a membership with its person
 * and organisation). With a selection, only the columns its fields need are
 * read — the answer decides the width of every row, as in PostGraphile.
 */
export class ColumnSet {
  private readonly all: readonly string[];

  /**
   * @param prefix names the columns in the result (`o` → `o_name`).
   * @param always columns read whatever is selected: the id, and keys other fields follow.
   * @param byField the columns each field needs; fields not listed need none of their own.
   * @param expressions columns read through an expression instead of as they are (e.g. behind a read rule).
   */
  constructor(
    private readonly prefix: string,
    private readonly always: readonly string[],
    private readonly byField: Readonly<Record<string, readonly string[]>>,
  ) {
    this.all = [...new Set([...always, ...Object.values(byField).flat()])];
  }

  /** The select list under a table alias: every column, or those the selection needs. */
  select(alias: string, selection?: Selection, expressions: Readonly<Record<string, Sql>> = {}): Sql {
    const columns = selection ? this.needed(selection) : this.all;
    const t = ident(alias);
    return sql.join(
      columns.map((column) => {
        const as = ident(`${this.prefix}_${column}`);
        const expression = expressions[column];
        return expression ? sql`${expression} as ${as}` : sql`${t}.${ident(column)} as ${as}`;
      }),
      ', ',
    );
  }

  private needed(selection: Selection): string[] {
    const columns = new Set(this.always);
    for (const field of selection.fields) for (const column of this.byField[field] ?? []) columns.add(column);
    return [...columns];
  }
}

/** The columns every record has, by the fields that show them. */
export const recordFields = { createdAt: ['created_at'], updatedAt: ['updated_at'] } as const;
export const versionedFields = { ...recordFields, version: ['version'] } as const;
