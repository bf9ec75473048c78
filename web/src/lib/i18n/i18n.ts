import { derived } from 'svelte/store';
import { addMessages, format, init, locale } from 'svelte-i18n';
import { browser } from '$app/env';
import { isDay, meetingTimeZone } from '../dates.ts';
import type de from './de.json';
import type en from './en.json';
import { type AppLocale, appLocales, defaultLocale, intlLocales, isAppLocale, localeCookie, textDirection } from './locales.ts';

export { type AppLocale, appLocales, isAppLocale, localeNames, textDirection } from './locales.ts';

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Every message id of the catalogues; a typo in a component fails the type check. */
export type MessageKey = Leaves<typeof de>;

// German and English must hold the same ids: a missing translation fails the type check. All six catalogues
// are compared with German before every build (scripts/check-catalogues.ts) and in catalogue-check.test.ts.
type Missing<A, B> = Exclude<A, B>;
const catalogueParity: [Missing<MessageKey, Leaves<typeof en>>, Missing<Leaves<typeof en>, MessageKey>] extends [never, never]
  ? true
  : never = true;
void catalogueParity;

type Values = Record<string, string | number | Date | null | undefined>;
type Messages = Parameters<typeof addMessages>[1];

/**
 * The catalogues, one chunk each: the browser loads only the one of the
 * language it shows (the server adds all of them at start, in
 * server-catalogues.ts).
 */
const catalogueLoaders = import.meta.glob<Messages>('./*.json', { import: 'default' });
const loaderOf = (value: AppLocale) => catalogueLoaders[`./${value}.json`];
const loaded = new Set<AppLocale>();

/** Adds a catalogue that is already in memory (the server's). */
export function addCatalogue(value: AppLocale, messages: Messages): void {
  addMessages(value, messages);
  loaded.add(value);
}

/** Whether a language's catalogue exists, so the UI can be shown in it. */
export const hasCatalogue = (value: AppLocale): boolean => loaded.has(value) || loaderOf(value) !== undefined;

async function loadCatalogue(value: AppLocale): Promise<void> {
  if (loaded.has(value)) return;
  const load = loaderOf(value);
  if (!load) throw new Error(`No message catalogue for ${value}`);
  addCatalogue(value, await load());
}

let serverLocale: () => AppLocale = () => defaultLocale;

/**
 * Tells the server where the current request's language is kept (the
 * request's `locals`, hooks.server.ts). The root layout reads it at the start
 * of each render: requests are served interleaved, while svelte-i18n's locale
 * is one store for the whole process.
 */
export function useServerLocale(source: () => AppLocale): void {
  serverLocale = source;
}

/**
 * The language a page starts in: on the server the request's (cookie, else
 * Accept-Language, else German, see hooks.server.ts), read while the request
 * is being rendered; in the browser the one the server wrote into
 * `<html lang>`, so hydration renders what the server did.
 */
export function startLocale(): AppLocale {
  if (!browser) return serverLocale();
  const rendered = document.documentElement.lang;
  return isAppLocale(rendered) && hasCatalogue(rendered) ? rendered : defaultLocale;
}

let started = false;

function start(value: AppLocale): void {
  if (started) return;
  started = true;
  // No fallback language (''): it would make the browser load German beside the chosen catalogue, and the
  // catalogue check keeps every catalogue complete.
  init({ initialLocale: value, fallbackLocale: '' });
  if (browser) {
    locale.subscribe((current) => {
      if (!isAppLocale(current)) return;
      document.documentElement.lang = current;
      document.documentElement.dir = textDirection(current);
    });
  }
}

/**
 * In the browser: loads the UI language's catalogue and starts svelte-i18n
 * in it; `<html lang dir>` follows every later change. (The root layout's
 * load, before the first render.)
 */
export async function setupI18n(value: AppLocale): Promise<void> {
  await loadCatalogue(value);
  start(value);
}

/** On the server, once at start: every catalogue in memory, svelte-i18n started. */
export function setupServerI18n(catalogues: Partial<Record<AppLocale, Messages>>): void {
  for (const value of appLocales) {
    const messages = catalogues[value];
    if (messages) addCatalogue(value, messages);
  }
  start(defaultLocale);
}

/**
 * Sets the language of this render on the server. Call it synchronously
 * before anything is rendered: every catalogue is in memory there, so the
 * store changes at once.
 */
export function setRenderLocale(value: AppLocale): void {
  void locale.set(value);
}

/** Switches the UI language, loading its catalogue first, and remembers the choice for the server (a cookie, one year). */
export async function setLocale(value: AppLocale): Promise<void> {
  await loadCatalogue(value);
  // biome-ignore lint/suspicious/noDocumentCookie: the one place the language cookie is written; Cookie Store API is not in every browser.
  document.cookie = `${localeCookie}=${value}; path=/; max-age=31536000; samesite=lax`;
  await locale.set(value);
}

/** Where the browser kept the chosen language before the choice moved into the cookie. */
const storedLocaleKey = 'verbund.locale';

/**
 * Carries a language chosen before the choice moved into the cookie over
 * once: the page switches to it and the cookie remembers it (unless the
 * cookie already holds a newer choice); the old entry is removed.
 */
export async function adoptStoredLocale(): Promise<void> {
  let stored: string | null;
  try {
    stored = localStorage.getItem(storedLocaleKey);
    if (stored !== null) localStorage.removeItem(storedLocaleKey);
  } catch {
    return; // Storage is off (private mode, blocked): nothing was kept there either.
  }
  if (!stored || !isAppLocale(stored) || !hasCatalogue(stored)) return;
  if (document.cookie.split(/;\s*/).some((entry) => entry.startsWith(`${localeCookie}=`))) return;
  await setLocale(stored);
}

/** The current UI language. */
export const currentLocale = derived(locale, (value): AppLocale => (isAppLocale(value) ? value : defaultLocale));

/** `ltr` or `rtl` for the current UI language. */
export const currentDirection = derived(currentLocale, (value) => textDirection(value));

/** Translates a message id, with ICU values such as `{ count: 3 }`. */
export const t = derived(format, (formatMessage) => (key: MessageKey, values?: Values) => formatMessage(key, { values }));

/** Formatters are costly to build and used in every list row: one per language and style. */
function formatterCache<Options, Formatter>(build: (locale: string, options: Options) => Formatter) {
  const cache = new Map<string, Formatter>();
  return (current: AppLocale, key: string, options: Options): Formatter => {
    const id = `${current}|${key}`;
    let formatter = cache.get(id);
    if (!formatter) {
      formatter = build(intlLocales[current], options);
      cache.set(id, formatter);
    }
    return formatter;
  };
}

const dateTimeFormatter = formatterCache((tag, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(tag, options));
const numberFormatter = formatterCache((tag, options: Intl.NumberFormatOptions | undefined) => new Intl.NumberFormat(tag, options));

const medium: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' };

/**
 * Formats an ISO date-time for the current language: as a date, or with the
 * time of day, in Europe/Berlin (so the server and every browser show the
 * same). A plain calendar day (`2026-03-31`) is shown as that day.
 */
export const formatDate = derived(currentLocale, (current) => {
  return (iso: string | null | undefined, withTime = false): string => {
    if (!iso) return '';
    const day = isDay(iso);
    const value = new Date(day ? `${iso}T00:00:00Z` : iso);
    if (Number.isNaN(value.getTime())) return '';
    if (day) return dateTimeFormatter(current, 'day', { ...medium, timeZone: 'UTC' }).format(value);
    const options: Intl.DateTimeFormatOptions = withTime
      ? { ...medium, hour: 'numeric', minute: '2-digit', timeZone: meetingTimeZone }
      : { ...medium, timeZone: meetingTimeZone };
    return dateTimeFormatter(current, withTime ? 'instant-time' : 'instant', options).format(value);
  };
});

function labelIn(entry: ReferenceLabels, current: AppLocale): { text: string; lang: AppLocale } {
  const labels: Record<AppLocale, string | null | undefined> = {
    de: entry.labelDe,
    en: entry.labelEn,
    ar: entry.labelAr,
    fa: entry.labelFa,
    tr: entry.labelTr,
    uk: entry.labelUk,
  };
  const label = labels[current];
  return label?.trim() ? { text: label, lang: current } : { text: entry.labelDe, lang: 'de' };
}

/**
 * The label of a reference entry (field of action, district, language, target
 * group) in the current language; German where the entry has no translation.
 */
export const referenceLabel = derived(currentLocale, (current) => {
  return (entry: ReferenceLabels): string => labelIn(entry, current).text;
});

/** As {@link referenceLabel}, with the language the label is in (`de` where it falls back), for `lang`. */
export const referenceLabelLang = derived(currentLocale, (current) => {
  return (entry: ReferenceLabels): { text: string; lang: AppLocale } => labelIn(entry, current);
});

/** The labels of a reference entry, as the vocabularies' GraphQL types carry them (null: not translated). */
export interface ReferenceLabels {
  labelDe: string;
  labelEn: string;
  labelAr?: string | null;
  labelFa?: string | null;
  labelTr?: string | null;
  labelUk?: string | null;
}

/** Formats a number for the current language, e.g. `1.234,5` in German. */
export const formatNumber = derived(currentLocale, (current) => {
  return (value: number, options?: Intl.NumberFormatOptions): string =>
    numberFormatter(current, options ? JSON.stringify(options) : '', options).format(value);
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
  return (iso: string | null | undefined, style: BerlinFormat = 'dateTime'): string => {
    if (!iso) return '';
    const value = new Date(iso);
    if (Number.isNaN(value.getTime())) return '';
    return dateTimeFormatter(current, `berlin-${style}`, { ...berlinFormats[style], timeZone: meetingTimeZone }).format(value);
  };
});

/** The `Intl` locale of a UI language, for formatting that the helpers above do not cover. */
export const intlLocaleOf = (value: AppLocale): string => intlLocales[value];
