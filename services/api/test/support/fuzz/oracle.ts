import { ErrorCode } from '../../../src/errors/domain-error.js';

/** Something wrong with one answer. `kind` names the rule, `detail` what broke it. */
export interface Problem {
  kind: string;
  detail: string;
}

/** The codes a client may see; everything else (and no code at all) is a bug. */
export const allowedCodes: ReadonlySet<string> = new Set(Object.values(ErrorCode));

/**
 * Text that only comes from the database, the ORM or the runtime. None of it
 * may reach a client, whether in an error or in data. Generated values never
 * contain these words, so a match is always the server's own text.
 */
export const leakPatterns: readonly { name: string; pattern: RegExp }[] = [
  { name: 'PostgreSQL: violates', pattern: /violates/i },
  { name: 'PostgreSQL: duplicate key', pattern: /duplicate key/i },
  { name: 'PostgreSQL: invalid input syntax', pattern: /invalid input syntax/i },
  { name: 'PostgreSQL: syntax error at', pattern: /syntax error at/ },
  { name: 'PostgreSQL: relation "', pattern: /relation "/i },
  { name: 'PostgreSQL: column "', pattern: /column "/i },
  { name: 'PostgreSQL: constraint', pattern: /constraint/i },
  { name: 'PostgreSQL: out of range', pattern: /out of range for type|date\/time field value out of range/i },
  { name: 'PostgreSQL: value too long', pattern: /value too long for type/i },
  { name: 'PostgreSQL: encoding', pattern: /invalid byte sequence|unsupported Unicode escape|cannot be converted to text/i },
  { name: 'PostgreSQL: operator', pattern: /operator does not exist|could not determine data type/i },
  { name: 'PostgreSQL: transaction', pattern: /current transaction is aborted|canceling statement/i },
  {
    name: 'PostgreSQL: protocol',
    pattern:
      /insufficient data left in message|invalid message format|bind message|prepared statement|Connection terminated|ECONNRESET|ECONNREFUSED/i,
  },
  { name: 'SQL text', pattern: /\b(insert into|delete from|update|from|join) "\w+"/i },
  { name: 'PGlite', pattern: /pglite/i },
  { name: 'MikroORM', pattern: /mikro-?orm/i },
  { name: 'MikroORM: Collection<', pattern: /Collection</ },
  { name: 'MikroORM: Reference<', pattern: /Reference</ },
  { name: 'MikroORM: not initialized', pattern: /not initialized/i },
  { name: 'MikroORM: exception class', pattern: /\w+(Exception|ViolationError)\b/ },
  { name: 'MikroORM: findOneOrFail', pattern: /not found \(\{/ },
  { name: 'stack trace', pattern: /\bat .*\(?(?:file:\/\/|node:|\/)[^\s()]+:\d+(?::\d+)?\)?/ },
  { name: 'source path', pattern: /node_modules|node:internal|\/src\/\w+\/[\w./-]+\.[jt]s\b/ },
  { name: 'JavaScript error', pattern: /\b(TypeError|ReferenceError|RangeError|SyntaxError|AggregateError)\b/ },
  {
    name: 'JavaScript message',
    pattern: /Cannot read propert|is not a function|is not iterable|Invalid time value|Maximum call stack|undefined is not/,
  },
];

/** Problems with the errors of one answer: each needs a code, and only an allowed one. */
export function errorProblems(errors: readonly unknown[] | undefined): Problem[] {
  const problems: Problem[] = [];
  for (const error of errors ?? []) {
    const e = (error ?? {}) as { message?: unknown; extensions?: { code?: unknown }; path?: unknown };
    const message = `${String(e.message)}${Array.isArray(e.path) ? ` (at ${e.path.join('.')})` : ''}`;
    const code = e.extensions?.code;
    if (code === undefined) problems.push({ kind: 'error without extensions.code', detail: message });
    else if (code === 'INTERNAL_SERVER_ERROR') problems.push({ kind: 'INTERNAL_SERVER_ERROR', detail: message });
    else if (typeof code !== 'string' || !allowedCodes.has(code))
      problems.push({ kind: `unexpected code ${String(code)}`, detail: message });
  }
  return problems;
}

/** Database, ORM or runtime text anywhere in an answer (messages, extensions, data, close reasons). */
export function leakProblems(answer: unknown): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const text of stringsIn(answer)) {
    // One problem per leaking text, named after the first pattern it matches.
    const matched = leakPatterns.filter(({ pattern }) => pattern.test(text));
    const first = matched[0];
    if (!first || seen.has(text)) continue;
    seen.add(text);
    const at = first.pattern.exec(text)?.index ?? 0;
    const also =
      matched.length > 1
        ? ` [also: ${matched
            .slice(1)
            .map((m) => m.name)
            .join(', ')}]`
        : '';
    problems.push({ kind: `leaks ${first.name}`, detail: `${text.slice(Math.max(0, at - 80), at + 240)}${also}` });
  }
  return problems;
}

/** Every string in a JSON-like value, object keys included, decoded (so escaped quotes match as quotes). */
function stringsIn(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) stringsIn(item, out);
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      out.push(key);
      stringsIn(item, out);
    }
  }
  return out;
}
