import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { parseCookie } from 'cookie';
import {
  type DocumentNode,
  type ExecutionArgs,
  GraphQLError,
  type GraphQLFormattedError,
  type GraphQLSchema,
  getOperationAST,
  parse,
  specifiedRules,
  validate,
} from 'graphql';
import { CloseCode } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { type WebSocket, WebSocketServer } from 'ws';
import { type Actor, anonymous } from '../auth/actor.js';
import type { SessionEnd } from '../auth/session.service.js';
import type { Config } from '../config/config.js';
import type { EntityManager } from '../db/orm.js';
import { DomainError, ErrorCode } from '../errors/domain-error.js';
import type { GraphQLContext } from '../graphql/context.js';
import { asGraphQLError, checkOperation, limitRules, parseOptions } from '../graphql/limits.js';
import { subscribeShared } from '../graphql/shared-events.js';
import type { Logger } from '../logging/logger.js';
import type { Services } from '../services.js';
import { isAllowedOrigin } from './origin.js';

/** Close codes beyond graphql-ws's own. */
export const SocketCloseCode = {
  /** The session is unknown, expired or revoked, or its rights changed: log in (again) and reconnect. */
  Forbidden: CloseCode.Forbidden,
  /** This session (or, for visitors, this address) already has as many sockets as allowed. */
  TooManySockets: 4429,
} as const;

/** One open, acknowledged socket and who it speaks for. */
interface Connection {
  socket: WebSocket;
  actor: Actor;
  /** The session id, or `address:<ip>` for visitors: what the socket cap counts. */
  key: string;
  clientAddress: string;
  /** The raw session token, re-checked while the socket is open. */
  token: string | undefined;
}

export interface SocketDeps {
  config: Config;
  logger: Logger;
  schema: GraphQLSchema;
  services: Services;
  /** A fresh EntityManager fork for one operation or one session check. */
  fork(): EntityManager;
  /** The same request context HTTP builds, for a given actor. */
  contextFor(actor: Actor, clientAddress: string): GraphQLContext;
  formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError;
  sessionCookie: string;
}

/** How often open sockets' sessions are checked again (expiry, revocation in another process). */
const SESSION_RECHECK_MS = 30_000;

/**
 * GraphQL over WebSocket on `/graphql`, held to HTTP's rules: the Origin is
 * checked before the upgrade, the session at `connection_init` (an invalid
 * one closes with 4403), only subscriptions run (queries and mutations go
 * over HTTP), with the same validation rules, limits, context, read models
 * and error formatting. Sockets per session and subscriptions per socket are
 * capped; logout, revocation and changed rights close a session's sockets.
 */
export function attachSocketServer(httpServer: Server, deps: SocketDeps): { dispose(): Promise<void> } {
  const { config, logger, schema, services } = deps;
  const limits = config.graphql;
  const rules = [...specifiedRules, ...limitRules(limits)];
  const connections = new Map<WebSocket, Connection>();
  const wsServer = new WebSocketServer({ noServer: true, maxPayload: 1_048_576 });

  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path !== '/graphql') return refuseUpgrade(socket, 404, 'Not Found');
    if (!isAllowedOrigin(config, request.headers.origin)) return refuseUpgrade(socket, 403, 'Forbidden');
    wsServer.handleUpgrade(request, socket, head, (ws) => wsServer.emit('connection', ws, request));
  };
  httpServer.on('upgrade', onUpgrade);

  const count = (key: string) => {
    let n = 0;
    for (const c of connections.values()) if (c.key === key) n++;
    return n;
  };

  const close = (match: (c: Connection) => boolean, reason: string) => {
    for (const c of connections.values()) {
      if (match(c)) {
        connections.delete(c.socket);
        logger.debug({ reason }, 'closing websocket');
        c.socket.close(SocketCloseCode.Forbidden, reason);
      }
    }
  };

  const stopListening = services.sessions.onEnd((end: SessionEnd) => {
    if ('sessionId' in end) close((c) => c.actor.kind === 'user' && c.actor.sessionId === end.sessionId, 'Session ended');
    else close((c) => c.actor.kind === 'user' && c.actor.userId === end.userId, 'Session changed');
  });

  // Sessions can also end elsewhere (expiry, another API process): check the open ones now and then.
  const recheck = setInterval(async () => {
    // One look-up per session, however many sockets it has open.
    const checked = new Map<string, Promise<Actor | undefined>>();
    for (const c of [...connections.values()]) {
      if (c.actor.kind !== 'user' || !c.token) continue;
      let pending = checked.get(c.token);
      if (!pending) {
        pending = services.sessions.authenticate(deps.fork(), c.token).catch(() => undefined);
        checked.set(c.token, pending);
      }
      const actor = await pending;
      if (actor?.kind !== 'user' || actor.role !== c.actor.role) close((x) => x === c, 'Session ended');
    }
  }, SESSION_RECHECK_MS);
  recheck.unref();

  const format = (errors: readonly GraphQLError[]) => errors.map((e) => deps.formatError(e.toJSON(), e));
  const refusal = (error: DomainError) => [asGraphQLError(error)];

  const cleanup = useServer(
    {
      schema,
      // Live events of meetings and task boards are executed once per event and operation, not per subscriber.
      subscribe: subscribeShared,
      async onConnect(ctx) {
        const request = ctx.extra.request;
        const token = request.headers.cookie ? parseCookie(request.headers.cookie)[deps.sessionCookie] : undefined;
        const clientAddress = request.socket.remoteAddress ?? 'unknown';
        let actor: Actor = anonymous;
        if (token) {
          const authenticated = await services.sessions.authenticate(deps.fork(), token);
          // A cookie that names no valid session is refused, never taken for a visitor.
          if (!authenticated) return false;
          actor = authenticated;
        }
        const key = actor.kind === 'user' ? actor.sessionId : `address:${clientAddress}`;
        if (count(key) >= config.websocket.maxSocketsPerSession) {
          ctx.extra.socket.close(SocketCloseCode.TooManySockets, 'Too many open connections');
          return false;
        }
        connections.set(ctx.extra.socket, { socket: ctx.extra.socket, actor, key, clientAddress, token });
        return true;
      },
      onClose(ctx) {
        connections.delete(ctx.extra.socket);
      },
      async onSubscribe(ctx, _id, payload): Promise<ExecutionArgs | readonly GraphQLError[]> {
        const connection = connections.get(ctx.extra.socket);
        if (!connection) return refusal(new DomainError(ErrorCode.UNAUTHENTICATED, 'Connection closed', { reason: 'UNAUTHENTICATED' }));
        // The subscription being started is already counted.
        if (Object.keys(ctx.subscriptions).length > config.websocket.maxSubscriptionsPerSocket) {
          return refusal(
            new DomainError(ErrorCode.TOO_MANY_REQUESTS, 'Too many subscriptions on this connection', {
              reason: 'TOO_MANY_SUBSCRIPTIONS',
              details: { limit: config.websocket.maxSubscriptionsPerSocket },
            }),
          );
        }
        let document: DocumentNode;
        try {
          document = parse(payload.query, parseOptions(limits));
        } catch (error) {
          return [error instanceof GraphQLError ? error : new GraphQLError('Syntax error')];
        }
        let errors: readonly GraphQLError[];
        try {
          errors = validate(schema, document, rules);
        } catch (error) {
          // graphql-js 16 throws from validation itself for some subscriptions (a directive on an undefined variable).
          if (error instanceof GraphQLError) return [error];
          throw error;
        }
        if (errors.length > 0) return errors;
        const operation = getOperationAST(document, payload.operationName);
        if (!operation) return [new GraphQLError('Unable to identify the operation to run')];
        if (operation.operation !== 'subscription') {
          return refusal(
            new DomainError(ErrorCode.BAD_USER_INPUT, 'Only subscriptions run over the WebSocket; send queries and mutations over HTTP', {
              reason: 'SUBSCRIPTIONS_ONLY',
            }),
          );
        }
        const variables = (payload.variables ?? undefined) as Record<string, unknown> | undefined;
        try {
          checkOperation(schema, document, variables, payload.operationName ?? undefined, connection.actor, limits);
        } catch (error) {
          if (error instanceof DomainError) return refusal(error);
          throw error;
        }
        return {
          schema,
          document,
          variableValues: variables,
          operationName: payload.operationName,
          contextValue: deps.contextFor(connection.actor, connection.clientAddress),
        };
      },
      onNext(_ctx, _id, _payload, _args, result) {
        return result.errors ? { ...result, errors: format(result.errors) } : undefined;
      },
      onError(_ctx, _id, _payload, errors) {
        return format(errors);
      },
    },
    wsServer,
  );

  return {
    async dispose() {
      httpServer.off('upgrade', onUpgrade);
      stopListening();
      clearInterval(recheck);
      await cleanup.dispose();
      wsServer.close();
    },
  };
}

/** Answers an upgrade that will not happen with a plain HTTP status, then hangs up. */
function refuseUpgrade(socket: Duplex, status: number, text: string): void {
  const extensions = status === 403 ? { code: 'FORBIDDEN', reason: 'FOREIGN_ORIGIN' } : { code: 'NOT_FOUND' };
  const body = JSON.stringify({ errors: [{ message: text, extensions }] });
  socket.end(
    `HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}
