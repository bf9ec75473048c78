import type { FuzzFailure } from './runner.js';

/** Failures with the same rule and message (ids, numbers and quoted values aside): one cause, maybe on many fields. */
export interface FailureGroup {
  key: string;
  count: number;
  /** Root fields it showed on, with role and transport. */
  where: Set<string>;
  first: FuzzFailure;
}

/** A message with the parts that vary between occurrences of the same cause replaced. */
export function normalise(detail: string): string {
  return detail
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, '<id>')
    .replace(/"(?:[^"\\]|\\.){0,400}"/g, '"…"')
    .replace(/'(?:[^'\\]|\\.){0,400}'/g, "'…'")
    .replace(/\d+/g, '<n>')
    .slice(0, 200);
}

/** Which rules matter most, so that a long report starts with them: untyped errors are many and share one cause. */
const severity = (kind: string) =>
  [
    /^refused write/,
    /^server unhealthy/,
    /^no answer/,
    /^socket closed/,
    /^leaks/,
    /^INTERNAL_SERVER_ERROR/,
    /^HTTP/,
    /^answer is not JSON/,
    /^unexpected code/,
    /^client failure/,
    /^cannot connect/,
  ].findIndex((p) => p.test(kind)) >>> 0; // unlisted rules (-1) sort last

/** Groups failures by cause, the most severe rules first, then the biggest groups. */
export function groupFailures(failures: readonly FuzzFailure[]): FailureGroup[] {
  const groups = new Map<string, FailureGroup>();
  for (const failure of failures) {
    // Where the error happened tells internal errors apart (their message is always the same); for others it is noise.
    const detail = failure.kind === 'INTERNAL_SERVER_ERROR' ? failure.detail : failure.detail.replace(/ \(at [^)]*\)$/, '');
    const key = `${failure.kind} | ${normalise(detail)}`;
    const where = `${failure.field} (${failure.role} over ${failure.transport})`;
    const group = groups.get(key);
    if (group) {
      group.count++;
      group.where.add(where);
    } else groups.set(key, { key, count: 1, where: new Set([where]), first: failure });
  }
  return [...groups.values()].sort(
    (a, b) => severity(a.first.kind) - severity(b.first.kind) || b.count - a.count || a.first.index - b.first.index,
  );
}

/** A report a developer can act on: each distinct failure once, with seed, index, operation and variables to replay it. */
export function formatFailures(failures: readonly FuzzFailure[], replay: string, limit = 50): string {
  const groups = groupFailures(failures);
  const lines = [`${failures.length} failures, ${groups.length} distinct. Replay: ${replay}`, ''];
  for (const { count, where, first: f } of groups.slice(0, limit)) {
    const places = [...where];
    lines.push(
      `✗ ${f.kind}: ${clip(f.detail, 300)} ×${count}`,
      `  on ${places.slice(0, 8).join(', ')}${places.length > 8 ? ` and ${places.length - 8} more` : ''}`,
      `  first: seed ${f.seed}, operation #${f.index} (${f.role} over ${f.transport})`,
      `  operation: ${clip(f.text, 1500)}`,
      `  variables: ${clip(JSON.stringify(f.variables, shorten), 1500)}`,
      '',
    );
  }
  if (groups.length > limit) lines.push(`… and ${groups.length - limit} more distinct failures`);
  return lines.join('\n');
}

/** One JSON line per failure, for `FUZZ_REPORT`; variables are shortened (a list of 10,000 items makes a line of megabytes). */
export function failureLines(failures: readonly FuzzFailure[], database: string): string {
  return failures
    .map((f) => `${JSON.stringify({ database, ...f, variables: JSON.parse(JSON.stringify(f.variables, shorten)) })}\n`)
    .join('');
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max)}… (${text.length} characters)` : text);

/** Keeps printed variables readable: long lists and strings are cut, with their length. */
function shorten(_key: string, value: unknown): unknown {
  if (Array.isArray(value) && value.length > 10) return [...value.slice(0, 3), `… ${value.length} items`];
  if (typeof value === 'string' && value.length > 120) return `${value.slice(0, 40)}… (${value.length} characters)`;
  return value;
}
