/**
 * Money is held as integer cents (PostgreSQL `bigint`), never as floating
 * point: every sum and comparison is exact. It crosses the API as a decimal
 * string with two places, `"52440.30"`; the web formats it the German way.
 */

/** The largest amount accepted: 100 million euros, far inside exact integers. */
export const MAX_CENTS = 10_000_000_000;

const amountPattern = /^(\d{1,9})(?:[.,](\d{1,2}))?$/;

/** Why an amount string is refused, or null when it is a valid amount. */
export function amountProblem(text: string): string | null {
  const value = text.trim();
  if (value.startsWith('-')) return 'must not be negative';
  if (/^\d+[.,]\d{3,}$/.test(value)) return 'must have at most two decimal places';
  if (!amountPattern.test(value)) return 'must be an amount in euros such as 1250.50';
  return null;
}

/** Cents of a valid amount string ("1250.5" → 125050); call `amountProblem` first. */
export function toCents(text: string): number {
  const match = amountPattern.exec(text.trim());
  if (!match) throw new Error(`not an amount: ${text}`);
  const [, euros, fraction = ''] = match;
  return Number(euros) * 100 + Number(fraction.padEnd(2, '0'));
}

/** The API's form of an amount: "52440.30". */
export function formatCents(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
