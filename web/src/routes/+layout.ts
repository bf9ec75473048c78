import { setupI18n, startLocale } from '#lib/i18n/i18n.ts';
import type { LayoutLoad } from './$types';

// Member pages stay a single-page app: the server sends the shell and the browser renders. Public pages
// opt in to server rendering with `export const ssr = true` in their +page.ts.
export const ssr = false;
export const prerender = false;

// The page options above are read at build time: with `ssr = false` here, this load is left out of the
// server build altogether. It runs in the browser only; the server renders with all catalogues in memory.
export const load: LayoutLoad = async () => {
  await setupI18n(startLocale());
  return {};
};
