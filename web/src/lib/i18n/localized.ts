import { type AppLocale, textDirection } from './locales.ts';
import { uiLocale } from './ui-locale.svelte.ts';

/** A translatable text as shown: in the UI language where there is a translation, else the German base. */
export interface LocalizedText {
  /** The text; empty when neither the translation nor the German base has one. */
  text: string;
  /** The language the text is in: for the `lang` attribute of the element that holds it. */
  lang: AppLocale;
  /** Its writing direction, for `dir` (German shown in an Arabic UI runs left to right). */
  dir: 'ltr' | 'rtl';
}

type TextFields<Field extends string> = { readonly [K in Field]?: string | null | undefined };

/** A record with German base texts and translations per language (organisations, offers …). */
export type Translatable<Field extends string> = TextFields<Field> & {
  readonly translations?: readonly ({ readonly locale: string } & TextFields<Field>)[] | null | undefined;
};

const present = (value: string | null | undefined): value is string => typeof value === 'string' && value.trim() !== '';

/**
 * The text of `field` for the UI language (`locale`, by default the current
 * one, reactively): its translation when the record has one that is not
 * empty, else the German base with `lang: 'de'`.
 *
 * @example
 * const about = $derived(localized(organisation, 'description'));
 * <p lang={about.lang} dir={about.dir}>{about.text}</p>
 */
export function localized<Field extends string>(record: Translatable<Field>, field: Field, locale: AppLocale = uiLocale()): LocalizedText {
  if (locale !== 'de') {
    const translation = record.translations?.find((entry) => entry.locale === locale)?.[field];
    if (present(translation)) return { text: translation, lang: locale, dir: textDirection(locale) };
  }
  const base = record[field];
  return { text: present(base) ? base : '', lang: 'de', dir: 'ltr' };
}
