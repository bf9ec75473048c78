import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

/** Milliseconds on one clock for every thread of the benchmark. */
export const now = () => performance.timeOrigin + performance.now();

export interface SubscriberOptions {
  urls: string[];
  count: number;
  /** Index of the first subscriber: picks its session (cookie) and server. */
  first: number;
  cookies: string[];
  meetingId: string;
  onReceive(seq: number, at: number): void;
}

/** Opens `count` graphql-ws sockets, each subscribed to the meeting's events; resolves once all are acknowledged. */
export async function openSubscribers(options: SubscriberOptions): Promise<() => Promise<void>> {
  const clients: ReturnType<typeof createClient>[] = [];
  const acked: Promise<void>[] = [];
  for (let i = 0; i < options.count; i++) {
    const n = options.first + i;
    const url = options.urls[n % options.urls.length] as string;
    const headers = { cookie: options.cookies[n % options.cookies.length] as string };
    class Socket extends WebSocket {
      constructor(address: string | URL, protocols?: string | string[]) {
        super(address, protocols, { headers });
      }
    }
    let ack: () => void = () => {};
    acked.push(new Promise<void>((r) => (ack = r)));
    const client = createClient({
      url: `${url.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: Socket,
      lazy: false,
      retryAttempts: 0,
      on: { connected: () => ack() },
      onNonLazyError: (e) => console.error('socket error', e),
    });
    client.subscribe(
      { query: 'subscription($m: UUID!) { meetingEvents(meetingId: $m) { seq kind } }', variables: { m: options.meetingId } },
      {
        next: (r) => {
          const seq = (r.data as { meetingEvents?: { seq: number } } | undefined)?.meetingEvents?.seq;
          if (seq !== undefined) options.onReceive(seq, now());
        },
        error: (e) => console.error('subscription error', e),
        complete: () => {},
      },
    );
    clients.push(client);
    // Open sockets in batches of 100 so the server's accept queue does not overflow.
    if (i % 100 === 99) await Promise.all(acked.slice(-100));
  }
  await Promise.all(acked);
  return async () => void (await Promise.all(clients.map((c) => c.dispose())));
}
