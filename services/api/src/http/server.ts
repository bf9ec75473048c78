import { createServer, type Server } from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { parseCookie } from 'cookie';
import express, { type NextFunction, type Request, type Response } from 'express';
import { type GraphQLSchema, Kind, parse } from 'graphql';
import { type Actor, anonymous } from '../auth/actor.js';
import type { Config } from '../config/config.js';
import type { EntityManager, Orm } from '../db/orm.js';
import { requestStatements } from '../db/orm.js';
import { SqlReader } from '../db/reader.js';
import { DomainError } from '../errors/domain-error.js';
import { createErrorFormatter } from '../errors/format-error.js';
import type { GraphQLContext, SessionCookie } from '../graphql/context.js';
import { asGraphQLError, checkOperation, limitRules, parseOptions } from '../graphql/limits.js';
import { ReadContext } from '../graphql/read-context.js';
import { ReadModels } from '../graphql/read-models.js';
import { publicResponseCache } from '../graphql/response-cache.js';
import type { Logger } from '../logging/logger.js';
import type { Services } from '../services.js';
import { calendarRoutes } from './calendar.js';
import { compressAnswers } from './compression.js';
import { documentRoutes } from './documents.js';
import { minutesRoutes } from './minutes.js';
import { isAllowedOrigin } from './origin.js';
import { personalDataRoutes } from './personal-data.js';
import { sitemapRoutes } from './sitemap.js';
import { attachSocketServer } from './socket.js';
import { loopbackOrigin, webApp } from './web-app.js';

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

/**
 * One HTTP server for everything: GraphQL over HTTP and WebSocket on
 * `/graphql`, documents (of agreements, needs, fund applications) under `/api`, health probes, robots.txt and
 * the sitemap, and the built web app (rendered on the server for public pages).
 */
export async function startServer(deps: AppDeps, port = deps.config.port, host = deps.config.host): Promise<RunningServer> {
  const { config, logger, orm, services, schema } = deps;
  const app = express();
  app.disable('x-powered-by');
  // GraphQL answers are POSTed and never revalidated; hashing each one for an ETag is wasted work.
  app.set('etag', false);
  app.set('trust proxy', 'loopback');
  const httpServer = createServer(app);
  const reader = new SqlReader(orm.em, { prepared: config.database.kind === 'postgres' });
  const formatError = createErrorFormatter(logger, { hideSuggestions: config.env === 'production' });

  const fork = () => orm.em.fork() as EntityManager;
  // Invitation mails read the meeting and its invitees after the change has committed.
  services.meetingMails.connect(fork, logger);
  const contextFor = (actor: Actor, clientAddress: string, em?: EntityManager, cookie: SessionCookie = noCookie): GraphQLContext =>
    new RequestContext(
      actor,
      services,
      new ReadModels(new ReadContext(reader, actor, config, config.requestTimeoutMs)),
      cookie,
      clientAddress,
      fork,
      em,
    );
  const httpContext = async (req: Request, cookie: SessionCookie): Promise<GraphQLContext> => {
    const token = cookie.current();
    if (!token) return contextFor(anonymous, req.ip ?? 'unknown', undefined, cookie);
    const em = fork();
    const actor = (await services.sessions.authenticate(em, token)) ?? anonymous;
    return contextFor(actor, req.ip ?? 'unknown', em, cookie);
  };

  const sockets = attachSocketServer(httpServer, {
    config,
    logger,
    schema,
    services,
    fork,
    contextFor: (actor, clientAddress) => contextFor(actor, clientAddress),
    formatError,
    sessionCookie: SESSION_COOKIE,
  });

  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    // Introspection is decided per request (visitors or everyone, see INTROSPECTION) by the operation check below.
    introspection: true,
    allowBatchedHttpRequests: false,
    // main.ts stops the server on SIGTERM/SIGINT. Apollo's own handlers would stop it first, and
    // the second stop waited until the 10-second forced exit (code 1) instead of shutting down cleanly.
    stopOnTerminationSignals: false,
    // Apollo's default appends a newline, which copies the whole answer once more before it is sent: a tenth of a large list's time.
    stringifyResult: (result) => JSON.stringify(result),
    validationRules: limitRules(config.graphql),
    parseOptions: parseOptions(config.graphql),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // It wraps every field resolver to compute cache hints nobody reads.
      ApolloServerPluginCacheControlDisabled(),
      operationChecks(schema, config),
      ...(config.publicCacheSeconds > 0 ? [publicResponseCache({ ttlSeconds: config.publicCacheSeconds })] : []),
      {
        async serverWillStart() {
          return {
            async drainServer() {
              await sockets.dispose();
              await services.meetingMails.idle();
              await services.network.close();
            },
          };
        },
      },
      ...(config.sqlCountHeader ? [statementCountHeader()] : []),
    ],
  });
  await apollo.start();

  // One line per request at debug level; paths only (query strings may carry tokens), never cookies.
  if (logger.isLevelEnabled('debug'))
    app.use((req, res, next) => {
      const started = performance.now();
      res.on('finish', () => {
        logger.debug(
          { method: req.method, path: req.path, status: res.statusCode, ms: Math.round(performance.now() - started) },
          'request',
        );
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

  const apiContext = (req: Request) => httpContext(req, noCookieControl(req.headers.cookie));
  app.use('/api', documentRoutes(apiContext, logger, config));
  app.use('/api', calendarRoutes(apiContext, logger, config));
  app.use('/api', minutesRoutes(apiContext, logger));
  app.use('/api', personalDataRoutes(apiContext, logger, config));

  app.use(
    '/graphql',
    // Large answers (directory pages, profiles) go out compressed; small ones are not worth the work.
    compressAnswers(),
    refuseForeignOrigins(config),
    express.json({ limit: '1mb' }),
    subscriptionsOverSocketOnly(config),
    // Outside production, every answer says how many SQL statements it took (for benchmarks and N+1 hunting).
    // After body parsing: stream callbacks would lose the async context.
    (_req, _res, next) => requestStatements.run({ count: 0 }, next),
    expressMiddleware(apollo, { context: async ({ req, res }) => httpContext(req, httpCookieControl(req, res, config)) }),
  );

  app.use(sitemapRoutes(apiContext, logger, config));

  // Known once the server listens (the port may be chosen by the system).
  let internalOrigin = loopbackOrigin(host, port);
  const web = await webApp(config, () => internalOrigin);
  if (web) {
    app.use(web);
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
  internalOrigin = loopbackOrigin(host, actualPort);
  const url = `http://${host === '0.0.0.0' ? 'localhost' : host}:${actualPort}`;

  return {
    url,
    httpServer,
    async stop() {
      await apollo.stop();
    },
  };
}

/**
 * The request context every entry point builds the same way: the actor, the
 * read models, and an EntityManager fork for writes — made on first use, as
 * reads never need one. A class, so the getter lives on the prototype:
 * Apollo copies the context's own properties for each request.
 */
class RequestContext implements GraphQLContext {
  private forked: EntityManager | undefined;

  constructor(
    readonly actor: Actor,
    readonly services: Services,
    readonly read: ReadModels,
    readonly cookie: SessionCookie,
    readonly clientAddress: string,
    private readonly fork: () => EntityManager,
    em?: EntityManager,
  ) {
    this.forked = em;
  }

  get em(): EntityManager {
    this.forked ??= this.fork();
    return this.forked;
  }
}

/**
 * Every operation, after validation: the checks that depend on its variables
 * and on who asks (characters, introspection, estimated cost). The socket
 * runs the same function.
 */
function operationChecks(schema: GraphQLSchema, config: Config): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, contextValue }) {
          try {
            checkOperation(schema, document, request.variables, request.operationName, contextValue.actor, config.graphql);
          } catch (error) {
            throw error instanceof DomainError ? asGraphQLError(error) : error;
          }
        },
      };
    },
  };
}

function statementCountHeader(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          const store = requestStatements.getStore();
          if (store) response.http.headers.set('x-sql-statements', String(store.count));
        },
      };
    },
  };
}

/**
 * Subscriptions run over the WebSocket only. Over HTTP they are refused before
 * Apollo validates them (graphql-js 16 can throw while validating some of them).
 */
const subscriptionsOverSocketOnly = (config: Config) => (req: Request, res: Response, next: NextFunction) => {
  const query = (req.body as { query?: unknown } | undefined)?.query;
  if (typeof query !== 'string' || !query.includes('subscription')) return next();
  let subscription = false;
  try {
    subscription = parse(query, { noLocation: true, ...parseOptions(config.graphql) }).definitions.some(
      (d) => d.kind === Kind.OPERATION_DEFINITION && d.operation === 'subscription',
    );
  } catch {
    // Not a document: Apollo answers the syntax error.
  }
  if (!subscription) return next();
  res.status(400).json({
    errors: [
      {
        message: 'Subscriptions run over the WebSocket on /graphql',
        extensions: { code: 'BAD_USER_INPUT', reason: 'SUBSCRIPTION_OVER_HTTP' },
      },
    ],
  });
};

/** A page on another site may not use the visitor's session cookie against the API. */
function refuseForeignOrigins(config: Config) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (isAllowedOrigin(config, req.headers.origin)) return next();
    res.status(403).json({
      errors: [{ message: 'Requests from this origin are not allowed', extensions: { code: 'FORBIDDEN', reason: 'FOREIGN_ORIGIN' } }],
    });
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

/** Outside GraphQL over HTTP (uploads, the socket), cookies cannot be set; log in over HTTP. */
function noCookieControl(header: string | undefined): SessionCookie {
  const current = header ? parseCookie(header)[SESSION_COOKIE] : undefined;
  return { set: () => {}, clear: () => {}, current: () => current };
}

const noCookie = noCookieControl(undefined);
