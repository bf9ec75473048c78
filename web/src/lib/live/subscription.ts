import type { Client, FormattedExecutionResult, Sink } from 'graphql-ws';

/** The part of a graphql-ws client a resumable subscription needs (tests hand in a fake). */
export type SubscribingClient = Pick<Client, 'subscribe'>;

/** Why a subscription ended: the server refused it (`reason` such as `EVENTS_EXPIRED`), or the socket gave up. */
export interface LiveProblem {
  code: string | undefined;
  reason: string | undefined;
}

export interface ResumableOptions<Data> {
  /** The operation's text. */
  query: string;
  /** Its variables, without `after`. */
  variables: Record<string, unknown>;
  /** The last sequence number already seen (the page's data is as of it); null for "from now on". */
  after: number | null;
  /** The sequence number of an event. */
  seqOf: (data: Data) => number | null | undefined;
  onData: (data: Data) => void;
  /** The subscription ended for good; with `EVENTS_EXPIRED` the page should load its data again. */
  onError: (problem: LiveProblem) => void;
}

/** A live subscription that the page can end. */
export interface ResumableSubscription {
  /** The last sequence number received (or the one it started after). */
  readonly lastSeq: number | null;
  close(): void;
}

const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};

/** Reads code and reason of the first error the server sent, or of a socket failure. */
export function toLiveProblem(error: unknown): LiveProblem {
  const first = Array.isArray(error) ? record(error[0]) : record(error);
  const extensions = record(first.extensions);
  const asString = (v: unknown) => (typeof v === 'string' ? v : undefined);
  return { code: asString(extensions.code), reason: asString(extensions.reason) };
}

/**
 * Subscribes so that a lost connection misses nothing: the payload's
 * `variables.after` is read each time graphql-ws (re)sends the subscription,
 * and it always names the last sequence number this subscription received. So
 * after a reconnect the server sends exactly what was missed. Events at or
 * below the last seen number (a late duplicate) are dropped.
 */
export function subscribeResumable<Data>(client: SubscribingClient, options: ResumableOptions<Data>): ResumableSubscription {
  let lastSeq = options.after;
  let closed = false;
  const payload = {
    query: options.query,
    get variables() {
      return { ...options.variables, after: lastSeq };
    },
  };
  const sink: Sink<FormattedExecutionResult<Record<string, unknown>>> = {
    next(result) {
      if (closed) return;
      if (result.errors?.length) {
        closed = true;
        dispose();
        options.onError(toLiveProblem(result.errors));
        return;
      }
      const data = result.data as Data | undefined;
      if (!data) return;
      const seq = options.seqOf(data);
      if (typeof seq === 'number') {
        if (lastSeq !== null && seq <= lastSeq) return;
        lastSeq = seq;
      }
      options.onData(data);
    },
    error(error) {
      if (closed) return;
      closed = true;
      options.onError(toLiveProblem(error));
    },
    complete() {
      closed = true;
    },
  };
  const dispose = client.subscribe(payload, sink);
  return {
    get lastSeq() {
      return lastSeq;
    },
    close() {
      if (closed) return;
      closed = true;
      dispose();
    },
  };
}
