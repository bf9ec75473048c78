import { derived } from 'svelte/store';
import { addMessages, date, format, init, locale, number, time } from 'svelte-i18n';
import { isDay, meetingTimeZone, parseDay } from '../dates.ts';
import de from './de.json';
import en from './en.json';

/** The languages of the UI; German is the working language and the default. */
export const appLocales = ['de', 'en'] as const;
export type AppLocale = (typeof appLocales)[number];

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Every message id of the catalogues; a typo in a component fails the type check. */
export type MessageKey = Leaves<typeof de>;

// Both catalogues must hold the same ids: a missing translation fails the type check.
type Missing<A, B> = Exclude<A, B>;
const catalogueParity: [Missing<MessageKey, Leaves<typeof en>>, Missing<Leaves<typeof en>, MessageKey>] extends [never, never]
  ? true
  : never = true;
void catalogueParity;

type Values = Record<string, string | number | Date | null | undefined>;

const storageKey = 'verbund.locale';
const isAppLocale = (value: unknown): value is AppLocale => appLocales.includes(value as AppLocale);

let started = false;

/**
 * Loads both catalogues and picks the language: the visitor's earlier choice,
 * else German. Keeps `<html lang>` in step with the choice.
 */
export function setupI18n(): void {
  if (started) return;
  started = true;
  addMessages('de', de);
  addMessages('en', en);
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(storageKey);
  } catch {
    // Storage may be blocked; German it is.
  }
  init({ fallbackLocale: 'de', initialLocale: isAppLocale(stored) ? stored : 'de' });
  locale.subscribe((value) => {
    if (value) document.documentElement.lang = value;
  });
}

/** Switches the UI language and remembers the choice in this browser. */
export function setLocale(value: AppLocale): void {
  try {
    localStorage.setItem(storageKey, value);
  } catch {
    // Not remembered, but still switched.
  }
  void locale.set(value);
}

/** The current UI language. */
export const currentLocale = derived(locale, (value): AppLocale => (isAppLocale(value) ? value : 'de'));

/** Translates a message id, with ICU values such as `{ count: 3 }`. */
export const t = derived(format, (formatMessage) => (key: MessageKey, values?: Values) => formatMessage(key, { values }));

/**
 * Formats an ISO date-time for the current language: as a date, or with the
 * time of day. A plain calendar day (`2026-03-31`) is shown as that day,
 * whatever the time zone.
 */
export const formatDate = derived([date, time], ([formatDay, formatTime]) => {
  return (iso: string | null | undefined, withTime = false): string => {
    if (!iso) return '';
    const value = isDay(iso) ? parseDay(iso) : new Date(iso);
    if (!value || Number.isNaN(value.getTime())) return '';
    const day = formatDay(value, { format: 'medium' });
    return withTime ? `${day}, ${formatTime(value, { format: 'short' })}` : day;
  };
});

/** Picks the label of a reference entry (field of action, district, language, target group) for the current language. */
export const referenceLabel = derived(currentLocale, (current) => {
  return (entry: { labelDe: string; labelEn: string }): string => (current === 'en' ? entry.labelEn : entry.labelDe);
});

/** Formats a number for the current language, e.g. `1.234,5` in German. */
export const formatNumber = derived(number, (formatValue) => {
  return (value: number, options?: Intl.NumberFormatOptions): string => formatValue(value, options);
});

/** How {@link formatBerlin} shows an instant. */
export type BerlinFormat = 'date' | 'time' | 'dateTime' | 'long' | 'weekday';

const berlinFormats: Record<BerlinFormat, Intl.DateTimeFormatOptions> = {
  date: { dateStyle: 'medium' },
  time: { timeStyle: 'short' },
  dateTime: { dateStyle: 'medium', timeStyle: 'short' },
  long: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' },
  weekday: { weekday: 'short', day: 'numeric', month: 'short' },
};

/**
 * Formats an instant (a meeting's start or end) for the current language in
 * Europe/Berlin, whatever the browser's own time zone.
 */
export const formatBerlin = derived(currentLocale, (current) => {
  const formatters = new Map<BerlinFormat, Intl.DateTimeFormat>();
  return (iso: string | null | undefined, style: BerlinFormat = 'dateTime'): string => {
    if (!iso) return '';
    const value = new Date(iso);
    if (Number.isNaN(value.getTime())) return '';
    let formatter = formatters.get(style);
    if (!formatter) {
      formatter = new Intl.DateTimeFormat(current === 'en' ? 'en-GB' : 'de-DE', { ...berlinFormats[style], timeZone: meetingTimeZone });
      formatters.set(style, formatter);
    }
    return formatter.format(value);
  };
});
