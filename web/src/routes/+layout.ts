import { waitLocale } from 'svelte-i18n';
import { setupI18n } from '#lib/i18n/i18n.ts';
import type { LayoutLoad } from './$types';

// A single-page app: the API server hands out index.html for every path.
export const ssr = false;
export const prerender = false;

export const load: LayoutLoad = async () => {
  setupI18n();
  await waitLocale();
  return {};
};
