/**
 * A piece of SQL with its parameters kept apart from the text. Values
 * interpolated into the `sql` template become bind parameters (`$1`, `$2`…);
 * interpolated `Sql` pieces are spliced in with their own parameters, so
 * conditions (the read rules) compose into statements without string
 * concatenation of user input.
 */
export class Sql {
  constructor(
    readonly strings: readonly string[],
    readonly values: readonly unknown[],
  ) {}

  /** Text with `$n` placeholders and the flat parameter list, as the driver takes them. */
  compile(): { text: string; values: unknown[] } {
    const values: unknown[] = [];
    const text = this.render(values);
    return { text, values };
  }

  private render(values: unknown[]): string {
    let text = this.strings[0] ?? '';
    for (let i = 0; i < this.values.length; i++) {
      const value = this.values[i];
      if (value instanceof Sql) {
        text += value.render(values);
      } else {
        values.push(value);
        text += `$${values.length}`;
      }
      text += this.strings[i + 1] ?? '';
    }
    return text;
  }
}

/** Builds a statement or a fragment: `sql\`select … where o.id = ${id} and ${condition}\``. */
export function sql(strings: TemplateStringsArray, ...values: unknown[]): Sql {
  return new Sql(strings, values);
}

/** Trusted SQL text (identifiers, keywords chosen by code, never user input). */
sql.raw = (text: string): Sql => new Sql([text], []);

/** Joins fragments with a separator, e.g. conditions with ` and `. */
sql.join = (parts: readonly Sql[], separator: string): Sql => {
  if (parts.length === 0) return sql.raw('');
  const strings = ['', ...parts.slice(1).map(() => separator), ''];
  return new Sql(strings, parts);
};

/** The condition that holds for every row. */
export const TRUE = sql.raw('true');
/** The condition that holds for no row. */
export const FALSE = sql.raw('false');

/** Conjunction that drops conditions known to be true and collapses when one is known to be false. */
export function and(...conditions: Sql[]): Sql {
  if (conditions.includes(FALSE)) return FALSE;
  const rest = conditions.filter((c) => c !== TRUE);
  if (rest.length === 0) return TRUE;
  if (rest.length === 1) return rest[0] as Sql;
  return sql`(${sql.join(rest, ' and ')})`;
}

/** Disjunction that collapses when one condition is known to be true. */
export function or(...conditions: Sql[]): Sql {
  if (conditions.includes(TRUE)) return TRUE;
  const rest = conditions.filter((c) => c !== FALSE);
  if (rest.length === 0) return FALSE;
  if (rest.length === 1) return rest[0] as Sql;
  return sql`(${sql.join(rest, ' or ')})`;
}

/**
 * `column = any(ids)` for a loader's batch of ids, written `column = $1` when
 * there is just one (a direct lookup, the common case): PostgreSQL plans a
 * prepared statement for an array of unknown length as if it held several,
 * and the cheap plan for one row is only found with `=`.
 */
export const idIn = (column: Sql, ids: readonly string[]): Sql =>
  ids.length === 1 ? sql`${column} = ${ids[0]}::uuid` : sql`${column} = any(${ids}::uuid[])`;

/**
 * Today (UTC), as the database's clock has it, written into the statement
 * rather than bound as a parameter. Prepared statements are planned once for
 * any parameters; PostgreSQL can only estimate `valid_from <= $2` blindly,
 * but evaluates `now()` for its estimates, so generic plans of the date
 * conditions stay as good as plans made for one day.
 */
export const TODAY = sql.raw(`(now() at time zone 'utc')::date`);

/** A table alias or column chosen by code, checked so it can never carry anything else. */
export function ident(name: string): Sql {
  if (!/^[a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*)?$/.test(name)) throw new Error(`not an identifier: ${name}`);
  return sql.raw(name);
}
