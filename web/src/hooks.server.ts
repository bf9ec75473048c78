import type { Handle, HandleFetch } from '@sveltejs/kit/hooks';
import { hasCatalogue, useServerLocale } from '#lib/i18n/i18n.ts';
import { defaultLocale, localeCookie, negotiateLocale, textDirection } from '#lib/i18n/locales.ts';
import { startServerI18n } from '#lib/i18n/server-catalogues.ts';
import { getRequestEvent } from '$app/server';

startServerI18n();
useServerLocale(() => getRequestEvent().locals.locale);

/**
 * Every request: its UI language (cookie, else Accept-Language, else German)
 * for the render and for `<html lang dir>`, and pages that are never cached —
 * they may hold what only this visitor may see. Hashed assets are served
 * before this, with a year's immutable caching.
 */
export const handle: Handle = async ({ event, resolve }) => {
  const negotiated = negotiateLocale(event.cookies.get(localeCookie), event.request.headers.get('accept-language'));
  const locale = hasCatalogue(negotiated) ? negotiated : defaultLocale;
  event.locals.locale = locale;
  const response = await resolve(event, {
    transformPageChunk: ({ html }) => html.replace('%verbund.lang%', locale).replace('%verbund.dir%', textDirection(locale)),
  });
  if (response.headers.get('content-type')?.startsWith('text/html')) {
    response.headers.set('cache-control', 'private, no-cache');
    // The same address answers in another language for another cookie or browser.
    response.headers.append('vary', 'Cookie, Accept-Language');
  }
  return response;
};

/**
 * Server-side loads fetch `/graphql` like the browser does. SvelteKit would
 * look for that path among its own routes, so it goes to the API instead: the
 * server that mounted this handler on this machine (it notes its address on
 * the request), or `VERBUND_API_ORIGIN` under `vite dev`. The visitor's cookie
 * and address go along, so the API answers as it would answer the visitor.
 * (The answer is still inlined into the page, so the browser does not fetch it again.)
 */
export const handleFetch: HandleFetch = async ({ event, request, fetch }) => {
  const url = new URL(request.url);
  if (url.origin !== event.url.origin || url.pathname !== '/graphql') return fetch(request);
  const apiOrigin = event.platform?.req.verbundApiOrigin ?? process.env.VERBUND_API_ORIGIN ?? 'http://127.0.0.1:4000';
  const headers = new Headers(request.headers);
  const cookie = event.request.headers.get('cookie');
  if (cookie) headers.set('cookie', cookie);
  else headers.delete('cookie');
  headers.set('x-forwarded-for', event.platform?.req.ip ?? event.getClientAddress());
  // A server-side request carries no Origin: the API's origin check is for browsers.
  headers.delete('origin');
  // Node's own fetch: SvelteKit's would answer a URL on its own origin itself (the API and the public
  // address are often the same), with a 404.
  return globalThis.fetch(
    new Request(new URL(url.pathname + url.search, apiOrigin), {
      method: request.method,
      headers,
      body: request.method === 'GET' || request.method === 'HEAD' ? undefined : await request.arrayBuffer(),
    }),
  );
};
