import type { addMessages } from 'svelte-i18n';
import { setupServerI18n } from './i18n.ts';
import type { AppLocale } from './locales.ts';

/** Every catalogue, bundled into the server: a render must never wait for one. */
const catalogues = import.meta.glob<Parameters<typeof addMessages>[1]>('./*.json', { eager: true, import: 'default' });

/** Starts svelte-i18n on the server with all catalogues; once, when the server starts (hooks.server.ts). */
export function startServerI18n(): void {
  setupServerI18n(Object.fromEntries(Object.entries(catalogues).map(([file, messages]) => [file.slice(2, -5) as AppLocale, messages])));
}
