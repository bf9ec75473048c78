import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { parseCookie } from 'cookie';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { anonymous } from '../auth/actor.js';
import type { Config } from '../config/config.js';
import { type Orm, requestStatements } from '../db/orm.js';
import { createErrorFormatter } from '../errors/format-error.js';
import type { GraphQLContext, SessionCookie } from '../graphql/context.js';
import { Loaders } from '../graphql/loaders.js';
import { publicResponseCache } from '../graphql/response-cache.js';
import type { Logger } from '../logging/logger.js';
import type { Services } from '../services.js';
import { documentRoutes } from './documents.js';

export const SESSION_COOKIE = 'verbund_session';

export interface AppDeps {
  config: Config;
  logger: Logger;
  orm: Orm;
  services: Services;
  schema: GraphQLSchema;
}

export interface RunningServer {
  url: string;
  httpServer: Server;
  stop(): Promise<void>;
}

/** Builds the request context: a fresh EntityManager fork and the actor from the session cookie. */
async function contextFor(
  deps: AppDeps,
  cookieHeader: string | undefined,
  cookieControl: SessionCookie,
  clientAddress: string | undefined,
): Promise<GraphQLContext> {
  const em = deps.orm.em.fork() as GraphQLContext['em'];
  const token = cookieHeader ? parseCookie(cookieHeader)[SESSION_COOKIE] : undefined;
  const actor = (await deps.services.sessions.authenticate(em, token)) ?? anonymous;
  return { em, actor, services: deps.services, loaders: new Loaders(em), cookie: cookieControl, clientAddress: clientAddress ?? 'unknown' };
}

/**
 * One HTTP server for everything: GraphQL over HTTP and WebSocket on
 * `/graphql`, health probes, and the built web app.
 */
export async function startServer(deps: AppDeps, port = deps.config.port, host = deps.config.host): Promise<RunningServer> {
  const { config, logger, orm } = deps;
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  const httpServer = createServer(app);

  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql' });
  const wsCleanup = useServer(
    {
      schema: deps.schema,
      // The same session cookie authenticates the WebSocket: it is read from the upgrade request.
      context: (ctx) =>
        contextFor(
          deps,
          ctx.extra.request.headers.cookie,
          noCookieControl(ctx.extra.request.headers.cookie),
          ctx.extra.request.socket.remoteAddress,
        ),
      onError: (_ctx, _id, _payload, errors) => {
        logger.warn({ errors: errors.map((e) => e.message) }, 'websocket operation failed');
      },
    },
    wsServer,
  );

  const apollo = new ApolloServer<GraphQLContext>({
    schema: deps.schema,
    formatError: createErrorFormatter(logger),
    includeStacktraceInErrorResponses: false,
    introspection: true,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      publicResponseCache({ ttlSeconds: config.publicCacheSeconds }),
      {
        async serverWillStart() {
          return {
            async drainServer() {
              await wsCleanup.dispose();
            },
          };
        },
        async requestDidStart() {
          return {
            async willSendResponse({ response }) {
              const store = requestStatements.getStore();
              if (store && config.env !== 'production') response.http.headers.set('x-sql-statements', String(store.count));
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  // One line per request; paths only (query strings may carry tokens), never cookies.
  app.use((req, res, next) => {
    const started = performance.now();
    res.on('finish', () => {
      logger.debug({ method: req.method, path: req.path, status: res.statusCode, ms: Math.round(performance.now() - started) }, 'request');
    });
    next();
  });

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await orm.em.fork().execute('select 1');
      const pending = await orm.migrator.getPending();
      if (pending.length) throw new Error(`${pending.length} pending migrations`);
      res.json({ status: 'ready' });
    } catch (error) {
      logger.warn({ err: error }, 'readiness check failed');
      res.status(503).json({ status: 'unavailable' });
    }
  });

  app.use(
    '/api',
    documentRoutes((req) => contextFor(deps, req.headers.cookie, noCookieControl(req.headers.cookie), req.ip), logger, config),
  );

  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    // Outside production, every answer says how many SQL statements it took (for benchmarks and N+1 hunting).
    // After body parsing: stream callbacks would lose the async context.
    (_req, _res, next) => requestStatements.run({ count: 0 }, next),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => contextFor(deps, req.headers.cookie, httpCookieControl(req, res, config), req.ip),
    }),
  );

  if (existsSync(path.join(config.webDir, 'index.html'))) {
    app.use(express.static(config.webDir, { index: false, maxAge: '1h' }));
    app.get(/.*/, (_req, res) => {
      res.sendFile(path.join(config.webDir, 'index.html'), { headers: { 'Cache-Control': 'no-cache' } });
    });
  } else {
    app.get('/', (_req, res) => {
      res.type('text/plain').send('Verbund API is running. The web app is not built: run `npm run build`.');
    });
  }

  // Malformed bodies and other request errors: a typed answer, never a stack trace.
  app.use((error: Error & { status?: number; type?: string }, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 500;
    if (status === 500) logger.error({ err: error }, 'unhandled request error');
    const message = status === 413 ? 'Request too large' : status < 500 ? 'Malformed request' : 'Internal server error';
    res.status(status).json({
      errors: [{ message, extensions: { code: status < 500 ? 'BAD_USER_INPUT' : 'INTERNAL_SERVER_ERROR' } }],
    });
  });

  await new Promise<void>((resolve) => httpServer.listen(port, host, resolve));
  const address = httpServer.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const url = `http://${host === '0.0.0.0' ? 'localhost' : host}:${actualPort}`;

  return {
    url,
    httpServer,
    async stop() {
      await apollo.stop();
      wsServer.close();
    },
  };
}

function httpCookieControl(req: Request, res: Response, config: Config): SessionCookie {
  const current = req.headers.cookie ? parseCookie(req.headers.cookie)[SESSION_COOKIE] : undefined;
  const base = { httpOnly: true, sameSite: 'lax' as const, secure: config.secureCookies, path: '/' };
  return {
    set: (token, expiresAt) => res.cookie(SESSION_COOKIE, token, { ...base, expires: expiresAt }),
    clear: () => res.clearCookie(SESSION_COOKIE, base),
    current: () => current,
  };
}

/** Over WebSocket, cookies cannot be set; log in over HTTP. */
function noCookieControl(header: string | undefined): SessionCookie {
  const current = header ? parseCookie(header)[SESSION_COOKIE] : undefined;
  return { set: () => {}, clear: () => {}, current: () => current };
}
