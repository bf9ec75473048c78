// See https://svelte.dev/docs/kit/types#app.d.ts
import type { IncomingMessage } from 'node:http';
import type { AppLocale } from '#lib/i18n/locales.ts';

declare global {
  namespace App {
    // interface Error {}
    interface Locals {
      /** The UI language of this request: the `verbund-locale` cookie, else Accept-Language, else German. */
      locale: AppLocale;
    }
    interface Platform {
      /**
       * The Node request adapter-node hands over. The API server that mounts the handler notes
       * on it where its GraphQL endpoint answers on this machine (`verbundApiOrigin`) and the
       * visitor's address as Express worked it out (`ip`).
       */
      req: IncomingMessage & { verbundApiOrigin?: string; ip?: string };
    }
    // interface PageState {}
  }
}
