/**
 * The UI languages and how a request picks one. Plain functions without
 * svelte-i18n, so the server hook, the layout and tests share them.
 */

/** The languages of the UI; German is the working language, the default and the base of every catalogue. */
export const appLocales = ['de', 'en', 'ar', 'fa', 'tr', 'uk'] as const;
export type AppLocale = (typeof appLocales)[number];

export const defaultLocale: AppLocale = 'de';

/** The cookie that keeps a visitor's choice (readable by the page, which sets it when switching). */
export const localeCookie = 'verbund-locale';

/** Each language's name in its own script, as the language switcher shows it. */
export const localeNames: Record<AppLocale, string> = {
  de: 'Deutsch',
  en: 'English',
  ar: 'العربية',
  fa: 'فارسی',
  tr: 'Türkçe',
  uk: 'Українська',
};

const rightToLeft: ReadonlySet<AppLocale> = new Set(['ar', 'fa']);

export const isAppLocale = (value: unknown): value is AppLocale => appLocales.includes(value as AppLocale);

/** `rtl` for Arabic and Farsi, else `ltr`: the `dir` of `<html>`. */
export const textDirection = (locale: AppLocale): 'ltr' | 'rtl' => (rightToLeft.has(locale) ? 'rtl' : 'ltr');

/**
 * The `Intl` locale behind dates and numbers: the region where a language has
 * several conventions (en-GB: "1 Dec 2026"), and the Gregorian calendar for
 * Farsi, whose default is the Solar Hijri one — meetings and validity periods
 * here run on the Gregorian calendar.
 */
export const intlLocales: Record<AppLocale, string> = {
  de: 'de-DE',
  en: 'en-GB',
  ar: 'ar',
  fa: 'fa-u-ca-gregory',
  tr: 'tr-TR',
  uk: 'uk-UA',
};

/**
 * The languages an `Accept-Language` header asks for, most wanted first
 * (q-values honoured, `q=0` and malformed entries dropped, ties in header
 * order), reduced to their primary subtag: `ar-SY` counts as `ar`.
 */
export function acceptedLanguages(header: string | null | undefined): string[] {
  if (!header) return [];
  const entries: { tag: string; q: number; index: number }[] = [];
  header.split(',').forEach((part, index) => {
    const [range = '', ...params] = part.trim().split(';');
    const tag = range.trim().toLowerCase();
    if (!/^([a-z]{1,8})(-[a-z0-9]{1,8})*$/.test(tag) && tag !== '*') return;
    let q = 1;
    for (const param of params) {
      const [name, value] = param.split('=').map((s) => s.trim());
      if (name === 'q') q = value !== undefined && /^(0(\.\d{0,3})?|1(\.0{0,3})?)$/.test(value) ? Number(value) : Number.NaN;
    }
    if (!(q > 0)) return;
    entries.push({ tag: tag.split('-')[0] as string, q, index });
  });
  entries.sort((a, b) => b.q - a.q || a.index - b.index);
  return [...new Set(entries.map((e) => e.tag))];
}

/**
 * The language of a request: the visitor's choice (the `verbund-locale`
 * cookie) when it names a UI language, else the first UI language the browser
 * asks for (`Accept-Language`), else German.
 */
export function negotiateLocale(choice: string | null | undefined, acceptLanguage: string | null | undefined): AppLocale {
  if (isAppLocale(choice)) return choice;
  for (const tag of acceptedLanguages(acceptLanguage)) {
    if (isAppLocale(tag)) return tag;
    // "*" accepts anything: the default serves.
    if (tag === '*') return defaultLocale;
  }
  return defaultLocale;
}
