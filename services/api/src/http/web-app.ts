import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { type Config, publicBaseUrl } from '../config/config.js';
import { compressAnswers } from './compression.js';

/** What the web app's handler reads off the Node request (see web/src/app.d.ts, `App.Platform`). */
type WebRequest = IncomingMessage & { verbundApiOrigin?: string };

type NodeHandler = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

/**
 * The built web app (`web/build`, SvelteKit's adapter-node): hashed assets
 * under `/_app/immutable` with a year's immutable caching, served as their
 * pre-compressed `.br` or `.gz` where the client accepts it; public pages
 * rendered on the server; member pages as the single-page app's shell.
 * Undefined when the app is not built.
 *
 * `apiOrigin` is where this server answers on this machine: the app's
 * server-side loads send their GraphQL requests there (web/src/hooks.server.ts).
 */
export async function webApp(config: Config, apiOrigin: () => string): Promise<RequestHandler | undefined> {
  const entry = path.join(config.webDir, 'handler.js');
  if (!existsSync(entry)) return undefined;
  // Page addresses (canonical links) use the public address; the handler reads it once, when loaded.
  process.env.VERBUND_WEB_ORIGIN ??= publicBaseUrl(config);
  const { handler } = (await import(pathToFileURL(entry).href)) as { handler: NodeHandler };
  const compress = compressAnswers();
  return (req: Request, res: Response, next: NextFunction) => {
    (req as WebRequest).verbundApiOrigin = apiOrigin();
    // Pages are compressed as they are rendered; assets already are (compression leaves encoded answers alone).
    compress(req, res, () => handler(req, res, next));
  };
}

/** The address to reach a server listening on `host:port` from the same machine. */
export function loopbackOrigin(host: string, port: number): string {
  if (host === '0.0.0.0' || host === '') return `http://127.0.0.1:${port}`;
  if (host === '::' || host === '[::]') return `http://[::1]:${port}`;
  return `http://${host.includes(':') && !host.startsWith('[') ? `[${host}]` : host}:${port}`;
}
