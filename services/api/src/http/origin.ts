import type { Config } from '../config/config.js';

/**
 * Whether a request may act with the session cookie, judged by its `Origin`
 * header. Browsers send it on every cross-site request (and on same-origin
 * POSTs and WebSocket upgrades), so a page on another site is refused here.
 * Requests without it come from non-browser clients, which cannot borrow a
 * visitor's cookie and are let through.
 */
export function isAllowedOrigin(config: Pick<Config, 'allowedOrigins'>, origin: string | undefined): boolean {
  if (origin === undefined) return true;
  return config.allowedOrigins.includes(origin);
}
