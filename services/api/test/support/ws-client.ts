import type { GraphQLFormattedError } from 'graphql';
import { type Client, createClient, type FormattedExecutionResult, type SubscribePayload } from 'graphql-ws';
import WebSocket from 'ws';

/** How to reach the server over graphql-ws, and as whom. */
export interface SocketOptions {
  /** The server's base URL (`http://127.0.0.1:1234`); the socket goes to `ws://…/graphql`. */
  url: string;
  /** Sent as the `Cookie` header of the upgrade request, e.g. `verbund_session=…`; omit for a visitor. */
  cookie?: string;
  /** Sent as the `Origin` header of the upgrade request, as a browser would; omitted by default. */
  origin?: string;
  /** The `connection_init` payload. */
  connectionParams?: Record<string, unknown>;
  /** How long to wait for the server's acknowledgement. @default 5000 */
  connectTimeoutMs?: number;
}

/** A close of the socket, as the server (or the network) reported it. */
export interface SocketClose {
  code: number;
  reason: string;
}

/** Everything the server answered to one operation. */
export interface SocketOutcome {
  /** Every `next` payload, in order. */
  results: FormattedExecutionResult<Record<string, unknown>, unknown>[];
  /** The `error` message's errors: the server refused the operation before running it. */
  errors?: readonly GraphQLFormattedError[];
  /** Set when the socket closed before the operation completed. */
  close?: SocketClose;
  /** Any other failure the client reported (the connection could not be made, a malformed message). */
  failure?: string;
  /** The server completed the operation (`complete` message, or after `error`). */
  completed: boolean;
  /** Neither completed nor failed in time; expected for a subscription without events. */
  timedOut: boolean;
}

/** The socket closed before the server acknowledged the connection. */
export class SocketClosedError extends Error {
  constructor(readonly close: SocketClose) {
    super(`socket closed before connection_ack: ${close.code} ${close.reason}`);
    this.name = 'SocketClosedError';
  }
}

/**
 * One graphql-ws connection with the session cookie in the upgrade request.
 * The `ws` package sets request headers only through its constructor options,
 * hence a subclass per connection.
 */
export class SocketConnection {
  private closeEvent: SocketClose | undefined;

  private constructor(private readonly client: Client) {}

  /** Opens a connection and waits for `connection_ack`; rejects with the close or error that came instead. */
  static async open(options: SocketOptions): Promise<SocketConnection> {
    const headers: Record<string, string> = {};
    if (options.cookie) headers.cookie = options.cookie;
    if (options.origin) headers.origin = options.origin;
    class HeaderWebSocket extends WebSocket {
      constructor(address: string | URL, protocols?: string | string[]) {
        super(address, protocols, { headers });
      }
    }
    let connection: SocketConnection | undefined;
    const ready = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no connection_ack in time')), options.connectTimeoutMs ?? 5000);
      const client = createClient({
        url: `${options.url.replace(/^http/, 'ws')}/graphql`,
        webSocketImpl: HeaderWebSocket,
        connectionParams: options.connectionParams,
        lazy: false,
        retryAttempts: 0,
        // With retries off, a close is reported to the operations in flight; nothing to add here.
        onNonLazyError: () => {},
        on: {
          connected: () => {
            clearTimeout(timer);
            resolve();
          },
          closed: (event) => {
            clearTimeout(timer);
            const close = asClose(event) ?? { code: 0, reason: String(event) };
            if (connection) connection.closeEvent ??= close;
            reject(new SocketClosedError(close));
          },
          error: (error) => {
            clearTimeout(timer);
            reject(error instanceof Error ? error : new Error(String(error)));
          },
        },
      });
      connection = new SocketConnection(client);
    });
    try {
      await ready;
    } catch (error) {
      await connection?.dispose();
      throw error;
    }
    return connection!;
  }

  /** How the socket closed, once it has. */
  get closed(): SocketClose | undefined {
    return this.closeEvent;
  }

  /**
   * Runs one operation and collects what comes back. Resolves, never rejects:
   * a close or client failure is part of the outcome. A subscription still
   * running after `timeoutMs` is unsubscribed and reported as `timedOut`;
   * with `stopAfter`, it is unsubscribed as soon as that many results came.
   */
  run(payload: SubscribePayload, timeoutMs = 10_000, stopAfter = Number.POSITIVE_INFINITY): Promise<SocketOutcome> {
    return new Promise((resolve) => {
      const outcome: SocketOutcome = { results: [], completed: false, timedOut: false };
      let done = false;
      let unsubscribe = () => {};
      const finish = () => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        unsubscribe();
        resolve(outcome);
      };
      const timer = setTimeout(() => {
        outcome.timedOut = true;
        finish();
      }, timeoutMs);
      unsubscribe = this.client.subscribe(payload, {
        next: (result) => {
          outcome.results.push(result);
          if (outcome.results.length >= stopAfter) finish();
        },
        error: (error: unknown) => {
          const close = asClose(error);
          if (Array.isArray(error)) {
            outcome.errors = error as GraphQLFormattedError[];
            outcome.completed = true;
          } else if (close) {
            outcome.close = close;
            this.closeEvent ??= close;
          } else {
            outcome.failure = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
          }
          finish();
        },
        complete: () => {
          outcome.completed = true;
          finish();
        },
      });
      if (done) unsubscribe();
    });
  }

  /**
   * Subscribes and hands every result to `next` as it arrives (for live
   * clients that react to each event); `error` gets a refusal or a close.
   * Returns the unsubscribe function.
   */
  stream(
    payload: SubscribePayload,
    handlers: { next(result: FormattedExecutionResult<Record<string, unknown>, unknown>): void; error?(error: unknown): void },
  ): () => void {
    return this.client.subscribe(payload, {
      next: handlers.next,
      error: (error: unknown) => handlers.error?.(error),
      complete: () => {},
    });
  }

  /** Closes the socket and waits briefly for the close to go through. Safe to call twice. */
  async dispose(): Promise<void> {
    const closed = new Promise<void>((resolve) => {
      if (this.closeEvent) return resolve();
      const timer = setTimeout(resolve, 1000);
      this.client.on('closed', () => {
        clearTimeout(timer);
        resolve();
      });
    });
    await this.client.dispose();
    await closed;
  }
}

/** Connects, runs one operation, and always disposes the connection. A failed connection is reported in the outcome. */
export async function runOverSocket(options: SocketOptions, payload: SubscribePayload, timeoutMs?: number): Promise<SocketOutcome> {
  let connection: SocketConnection;
  try {
    connection = await SocketConnection.open(options);
  } catch (error) {
    if (error instanceof SocketClosedError) return { results: [], completed: false, timedOut: false, close: error.close };
    const message = error instanceof Error ? error.message : String(error);
    return { results: [], completed: false, timedOut: false, failure: message };
  }
  try {
    return await connection.run(payload, timeoutMs);
  } finally {
    await connection.dispose();
  }
}

/** The close code and reason of a ws `CloseEvent`, or undefined for anything else. */
function asClose(value: unknown): SocketClose | undefined {
  if (typeof value !== 'object' || value === null || !('code' in value) || typeof value.code !== 'number') return undefined;
  const reason = 'reason' in value ? String(value.reason) : '';
  return { code: value.code, reason };
}
