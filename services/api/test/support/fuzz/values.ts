/** An enum value: bare in a GraphQL literal, a string in JSON variables. */
export class EnumValue {
  constructor(readonly name: string) {}
}

/** A value the generator puts into an argument, as a literal or as a variable. */
export type FuzzValue = null | boolean | number | string | EnumValue | FuzzValue[] | { [field: string]: FuzzValue };

/** Prints a value in GraphQL literal syntax. Strings use JSON escapes, which GraphQL shares (`\u0000` included). */
export function printLiteral(value: FuzzValue): string {
  if (value === null) return 'null';
  if (value instanceof EnumValue) return value.name;
  if (Array.isArray(value)) return `[${value.map(printLiteral).join(', ')}]`;
  if (typeof value === 'object') {
    return `{${Object.entries(value)
      .map(([k, v]) => `${k}: ${printLiteral(v)}`)
      .join(', ')}}`;
  }
  if (typeof value === 'string') return JSON.stringify(value);
  return String(value);
}

/** The JSON a variable carries for a value. */
export function toJson(value: FuzzValue): unknown {
  if (value instanceof EnumValue) return value.name;
  if (Array.isArray(value)) return value.map(toJson);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toJson(v)]));
  return value;
}

/** Can be sent as JSON without changing meaning (no NaN, no infinities). */
export function isJsonSafe(value: FuzzValue): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isJsonSafe);
  if (value !== null && typeof value === 'object' && !(value instanceof EnumValue)) return Object.values(value).every(isJsonSafe);
  return true;
}

/** Ids that cannot exist: not UUIDs, path tricks, NUL bytes, SQL, the nil UUID. */
export const hostileIds: readonly FuzzValue[] = [
  '1',
  '',
  ' ',
  '../../etc',
  '../../etc/passwd',
  'a\u0000b',
  '\u0000',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '00000000-0000-0000-0000-00000000000g',
  "' or '1'='1",
  '%',
  '*',
  'null',
  'x'.repeat(5000),
  '🙂',
  1,
  -1,
  0,
];

/** Dates a calendar does not have, or in shapes that are not `YYYY-MM-DD`. */
export const hostileDates: readonly string[] = [
  '2026-02-30',
  '2026-13-01',
  '2025-02-29',
  '2026-00-10',
  '2026-04-31',
  '0000-01-01',
  '9999-12-31',
  '275760-09-14',
  '-0001-01-01',
  '2026-1-1',
  '20260101',
  '2026-02-28T25:00:00Z',
  '2026-02-30T00:00:00Z',
  '01.02.2026',
  'yesterday',
  '',
  'a\u0000b',
];

/** Strings that break naive code: NUL bytes, control and bidi characters, SQL and path text, sizes at and past the limits. */
export const hostileStrings: readonly string[] = [
  '',
  ' ',
  '   \t\n  ',
  'a\u0000b',
  '\u0000',
  'Fuzz \u0000 text',
  '\u0007\u001b[31m',
  '\u202Eevil\u202C',
  '\uFEFFbom',
  '\uD83D',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 🙂 ﷽',
  "Robert'); drop table organisation; --",
  "' or 1=1 --",
  '%',
  '_',
  '\\',
  '"',
  '$1',
  '?',
  '<script>alert(1)</script>',
  '../../etc/passwd',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a lookup string for naive template engines, on purpose.
  '${jndi:ldap://x}',
  'null',
  'NaN',
  'x'.repeat(256),
  'x'.repeat(10_001),
  'é'.repeat(301),
  ...hostileDates.slice(0, 6),
];

/** Int values GraphQL accepts that a domain rarely does: zero, negatives, the 32-bit limits. */
export const hostileInts: readonly FuzzValue[] = [0, -1, -100, 101, 10_000, 2147483647, -2147483648];

/** Int values GraphQL itself must refuse: past 32 bits, or not integers. */
export const invalidInts: readonly FuzzValue[] = [2147483648, -2147483649, 1e20, 2 ** 53, 1.5];

/** Float values at the edges of a double. */
export const hostileFloats: readonly FuzzValue[] = [0, -1, 1e308, -1e308, 5e-324, 1e20, 2147483648, 91, -181];

/** Values of the wrong type for whatever they are given to. */
export const wrongTyped: readonly FuzzValue[] = [
  42,
  -7,
  1.5,
  'text',
  true,
  false,
  [1, 2],
  { nope: 1 },
  [],
  {},
  new EnumValue('NOT_A_VALUE'),
];

/** Real dates the fixture's records can carry. */
export const validDates: readonly string[] = [
  '2016-03-01',
  '2019-01-01',
  '2020-12-31',
  '2024-04-01',
  '2025-06-30',
  '2026-01-15',
  '2027-12-31',
];
