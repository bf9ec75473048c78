import type { AppLocale } from './i18n/i18n.ts';
import { intlLocales } from './i18n/locales.ts';

/*
 * Amounts cross the API as `Money`: euros exact to the cent, a decimal string
 * with two places ("52440.30"). They are never read with `parseFloat`: the
 * euros and the cents are taken apart as digits and joined as integer cents.
 */

const moneyPattern = /^(-?)(\d{1,13})(?:\.(\d{1,2}))?$/;

/** The integer cents of a `Money` string ("52440.30" → 5244030), or undefined when it is not one. */
export function parseMoney(amount: string): number | undefined {
  const match = moneyPattern.exec(amount.trim());
  if (!match) return undefined;
  const [, sign, euros = '', cents = ''] = match;
  const value = Number(euros) * 100 + Number(cents.padEnd(2, '0'));
  if (!Number.isSafeInteger(value)) return undefined;
  return sign && value !== 0 ? -value : value;
}

const formatters = new Map<AppLocale, Intl.NumberFormat>();

/**
 * A `Money` string for reading, the UI language's way: "52.440,30 €" in
 * German, "€52,440.30" in English, "€52.440,30" in Turkish. Cents divided by
 * 100 are formatted to two places, which gives the exact digits for every
 * amount below 2^53 cents. Text that is not an amount is shown as it came, so
 * a figure is never silently replaced.
 */
export function formatMoney(amount: string, locale: AppLocale): string {
  const cents = parseMoney(amount);
  if (cents === undefined) return amount;
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.NumberFormat(intlLocales[locale], {
      style: 'currency',
      currency: 'EUR',
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    });
    formatters.set(locale, formatter);
  }
  return formatter.format(cents / 100);
}

/** The largest amount the API takes: 100 million euros. */
export const MAX_AMOUNT_CENTS = 10_000_000_000;

/** The API's form of an amount of cents: 400050 → "4000.50". */
export function centsToMoney(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** Why a typed amount is refused; each has a message under `fund.amount.*`. */
export type AmountProblem = 'EMPTY' | 'NOT_AN_AMOUNT' | 'TOO_MANY_DECIMALS' | 'NEGATIVE' | 'ZERO' | 'TOO_LARGE';

/** A typed amount read: its cents and the API's form ("4000.50"), or why it is refused. */
export type AmountInput = { ok: true; cents: number; amount: string } | { ok: false; problem: AmountProblem };

/** Digits in groups of three after the first one to three: "1.234.567" with `.`. */
const grouped = (text: string, mark: string) => new RegExp(`^\\d{1,3}(?:\\${mark}\\d{3})+$`).test(text);
const count = (text: string, mark: string) => text.split(mark).length - 1;

/**
 * Reads an amount of euros as people type it: "4.000,50", "4000,50",
 * "4000.50", "4 000,50 €" and "4,000.50" are all 4000.50 €. Where both a
 * point and a comma appear, the later one marks the decimals. A single point
 * before exactly three digits ("4.000") groups thousands in German and marks
 * decimals in English, where it means three decimals and is refused; a single
 * comma before three digits ("4,000") is the other way round. Nothing
 * is read as a float: the euros and the cents are taken apart as digits.
 */
export function parseAmountInput(text: string, locale: AppLocale = 'de'): AmountInput {
  const value = text
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/(?:€|eur|euro)$/i, '')
    .replace(/^(?:€|eur|euro)/i, '');
  if (value === '') return { ok: false, problem: 'EMPTY' };
  if (/^[-−–]/.test(value)) return { ok: false, problem: 'NEGATIVE' };
  if (!/^[\d.,]+$/.test(value) || !/\d/.test(value)) return { ok: false, problem: 'NOT_AN_AMOUNT' };

  const dots = count(value, '.');
  const commas = count(value, ',');
  let decimal: '.' | ',' | undefined;
  let grouping: '.' | ',' | undefined;
  if (dots > 0 && commas > 0) {
    decimal = value.lastIndexOf('.') > value.lastIndexOf(',') ? '.' : ',';
    grouping = decimal === '.' ? ',' : '.';
  } else if (commas > 0) {
    if (commas > 1 || (locale === 'en' && grouped(value, ','))) grouping = ',';
    else decimal = ',';
  } else if (dots > 0) {
    if (dots > 1 || (locale === 'de' && grouped(value, '.'))) grouping = '.';
    else decimal = '.';
  }
  if (decimal && count(value, decimal) > 1) return { ok: false, problem: 'NOT_AN_AMOUNT' };

  const [whole = '', fraction = ''] = decimal ? value.split(decimal) : [value, ''];
  if (grouping && whole.includes(grouping) && !grouped(whole, grouping)) return { ok: false, problem: 'NOT_AN_AMOUNT' };
  const euros = grouping ? whole.split(grouping).join('') : whole;
  if (!/^\d*$/.test(euros) || !/^\d*$/.test(fraction) || (euros === '' && fraction === '')) return { ok: false, problem: 'NOT_AN_AMOUNT' };
  if (fraction.length > 2) return { ok: false, problem: 'TOO_MANY_DECIMALS' };

  const significant = euros.replace(/^0+/, '');
  if (significant.length > 9) return { ok: false, problem: 'TOO_LARGE' };
  const cents = Number(significant || '0') * 100 + Number(fraction.padEnd(2, '0'));
  if (cents > MAX_AMOUNT_CENTS) return { ok: false, problem: 'TOO_LARGE' };
  if (cents === 0) return { ok: false, problem: 'ZERO' };
  return { ok: true, cents, amount: centsToMoney(cents) };
}

/**
 * A `Money` string as an amount field starts with: "4000.50" is "4000,50" in
 * German and "4000.50" in English (no thousands marks, so it edits easily).
 */
export function amountForInput(amount: string, locale: AppLocale): string {
  const cents = parseMoney(amount);
  if (cents === undefined) return amount;
  const money = centsToMoney(cents);
  return locale === 'de' ? money.replace('.', ',') : money;
}
