import { z } from 'zod';
import { isLocale, locales } from '../../shared/locales.js';

/** Translations of a record: one per language of the directory at most (German is the base text itself). */
export const MAX_TRANSLATIONS = locales.length;

/** A locale code of a translation: one of the six, but not the German base. */
export const translationLocale = () =>
  z
    .string()
    .trim()
    .refine(isLocale, `unknown language code: use one of ${locales.join(', ')}`)
    .refine((v) => v !== 'de', 'German is the base text: use the fields themselves');

/** Translations: at most one per locale. */
export const translationList = <T extends z.ZodType<{ locale: string }>>(item: T) =>
  z
    .array(item)
    .max(MAX_TRANSLATIONS, `at most ${MAX_TRANSLATIONS} translations`)
    .superRefine((list, ctx) => {
      const seen = new Set<string>();
      list.forEach((t, i) => {
        if (seen.has(t.locale)) ctx.addIssue({ code: 'custom', path: [i, 'locale'], message: 'only one translation per language' });
        seen.add(t.locale);
      });
    });
