import { locale } from 'svelte-i18n';
import { type AppLocale, defaultLocale, isAppLocale } from './locales.ts';

let current = $state<AppLocale>(defaultLocale);

// A mirror of svelte-i18n's locale store as a rune, so plain functions such as `localized` that read it
// are tracked by the templates and `$derived`s calling them.
locale.subscribe((value) => {
  if (isAppLocale(value)) current = value;
});

/** The current UI language; reactive where it is read in a template, `$derived` or `$effect`. */
export const uiLocale = (): AppLocale => current;
