/**
 * The six languages of the public directory. German is the base text of every
 * record and the fallback; the others are optional translations.
 */
export const locales = ['de', 'en', 'ar', 'fa', 'tr', 'uk'] as const;
export type Locale = (typeof locales)[number];

/** Languages written right to left. */
export const rtlLocales: readonly Locale[] = ['ar', 'fa'];

/** The locales a record may carry a translation in (everything but the German base). */
export const translationLocales = locales.filter((locale) => locale !== 'de') as Exclude<Locale, 'de'>[];

export const isLocale = (value: unknown): value is Locale => typeof value === 'string' && (locales as readonly string[]).includes(value);

/**
 * The PostgreSQL text search configuration of a locale. PostgreSQL ships no
 * Farsi or Ukrainian stemmer, so those use `simple` (lower-cased words).
 */
export function textSearchConfig(locale: Locale): 'german' | 'english' | 'arabic' | 'simple' | 'turkish' {
  switch (locale) {
    case 'de':
      return 'german';
    case 'en':
      return 'english';
    case 'ar':
      return 'arabic';
    case 'tr':
      return 'turkish';
    case 'fa':
    case 'uk':
      return 'simple';
  }
}

/**
 * SQL expression turning `text` (an SQL expression) into a tsvector with the
 * configuration named by `localeColumn` (an SQL expression holding a locale
 * code). Written as a CASE over literal configurations so that it stays
 * immutable and can back a generated column.
 */
export function localizedTsVectorSql(localeColumn: string, text: string): string {
  const branches = locales.map((locale) => `when '${locale}' then to_tsvector('${textSearchConfig(locale)}', ${text})`).join(' ');
  return `(case ${localeColumn} ${branches} else to_tsvector('simple', ${text}) end)`;
}
