import { stringifyDocument } from '@urql/core';
import type { TadaDocumentNode } from 'gql.tada';
import { type Client, createClient } from 'graphql-ws';
import { type Readable, writable } from 'svelte/store';
import { retryDelay } from './backoff.ts';
import { type ConnectionEvent, type ConnectionState, connectionState, initialTrack, track } from './connection.ts';
import { type LiveProblem, type ResumableSubscription, subscribeResumable } from './subscription.ts';

/** How often the socket is pinged, and how long a pong may take before the socket counts as dead. */
const pingEveryMs = 15_000;
const pongWithinMs = 5_000;
/** A page that leaves one live view for another keeps the socket this long. */
const lazyCloseMs = 3_000;

const state = writable<ConnectionState>('idle');

/** The live connection's state, for the connection banner: connected, reconnecting, offline … */
export const liveConnection: Readable<ConnectionState> = { subscribe: state.subscribe };

/** What a page subscribes to: a typed subscription with `$after`, and what to do with its events. */
export interface LiveOptions<Data, Variables> {
  query: TadaDocumentNode<Data, Variables>;
  /** The variables without `after`. */
  variables: Omit<Variables, 'after'>;
  /** The last sequence number the page's data includes (e.g. `Meeting.eventSeq`); null for "from now on". */
  after: number | null;
  seqOf: (data: Data) => number | null | undefined;
  onData: (data: Data) => void;
  /** The server refused the subscription (`EVENTS_EXPIRED`: load the page data again). */
  onError: (problem: LiveProblem) => void;
}

/**
 * The one graphql-ws client of the browser. It connects on the first
 * subscription (the session cookie authenticates the socket), pings the
 * server to notice a dead connection, and after a loss tries again with a
 * growing, capped wait — at once when the browser is back online. Every
 * subscription is sent again with the last sequence number it received.
 */
class LiveClient {
  private readonly client: Client;
  private memory = initialTrack(typeof navigator === 'undefined' ? true : navigator.onLine);
  private active = 0;
  private pongTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly onlineWaiters = new Set<() => void>();

  constructor() {
    const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
    this.client = createClient({
      url: `${scheme}://${window.location.host}/graphql`,
      lazy: true,
      lazyCloseTimeout: lazyCloseMs,
      keepAlive: pingEveryMs,
      retryAttempts: Number.POSITIVE_INFINITY,
      shouldRetry: () => true,
      retryWait: (retries) => this.wait(retryDelay(retries)),
      on: {
        connecting: () => this.report({ type: 'connecting' }),
        connected: () => this.report({ type: 'connected' }),
        closed: () => {
          clearTimeout(this.pongTimer);
          this.report({ type: 'closed', wanted: this.active > 0 });
        },
        ping: (received) => {
          if (received) return;
          clearTimeout(this.pongTimer);
          this.pongTimer = setTimeout(() => this.client.terminate(), pongWithinMs);
        },
        pong: (received) => {
          if (received) clearTimeout(this.pongTimer);
        },
      },
    });
    window.addEventListener('online', () => {
      this.report({ type: 'browser-online' });
      for (const wake of [...this.onlineWaiters]) wake();
    });
    window.addEventListener('offline', () => {
      this.report({ type: 'browser-offline' });
      // The socket would only notice at the next ping; say so now and start trying again.
      if (this.active > 0) this.client.terminate();
    });
  }

  subscribe<Data, Variables>(options: LiveOptions<Data, Variables>): ResumableSubscription {
    this.active += 1;
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      this.active = Math.max(0, this.active - 1);
    };
    const subscription = subscribeResumable<Data>(this.client, {
      query: stringifyDocument(options.query),
      variables: options.variables as Record<string, unknown>,
      after: options.after,
      seqOf: options.seqOf,
      onData: options.onData,
      onError: (problem) => {
        release();
        options.onError(problem);
      },
    });
    return {
      get lastSeq() {
        return subscription.lastSeq;
      },
      close() {
        subscription.close();
        release();
      },
    };
  }

  private report(event: ConnectionEvent) {
    this.memory = track(this.memory, event);
    state.set(connectionState(this.memory));
  }

  /** Waits `ms`, or less when the browser comes back online. */
  private wait(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.onlineWaiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.onlineWaiters.add(done);
    });
  }
}

let shared: LiveClient | undefined;

/** Subscribes through the browser's one live connection (created on first use). */
export function subscribeLive<Data, Variables>(options: LiveOptions<Data, Variables>): ResumableSubscription {
  shared ??= new LiveClient();
  return shared.subscribe(options);
}

export type { LiveProblem, ResumableSubscription } from './subscription.ts';
