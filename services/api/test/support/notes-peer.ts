import * as Y from 'yjs';
import type { GraphQLClient } from './graphql-client.js';
import { SocketConnection } from './ws-client.js';

const EDIT = 'mutation($i: UUID!, $u: String!, $c: String) { editAgendaNotes(agendaItemId: $i, update: $u, clientId: $c) { revision } }';
const EVENTS = `subscription($m: UUID!, $a: Int) { meetingEvents(meetingId: $m, after: $a) { seq kind agendaItemId update clientId } }`;

export interface ReceivedEvent {
  seq: number;
  kind: string;
  agendaItemId: string | null;
  update: string | null;
  clientId: string | null;
}

/**
 * One person's notes editor, as the web page runs it: a Yjs document loaded
 * from the item's state, local edits sent one request at a time (pending ones
 * merged), remote updates applied from the meeting's events, and after a
 * disconnect a new subscription from the last sequence number seen.
 */
export class NotesPeer {
  readonly doc = new Y.Doc();
  readonly received: ReceivedEvent[] = [];
  lastSeq = 0;
  private pending: Uint8Array[] = [];
  private inflight: Promise<void> | undefined;
  private socket: SocketConnection | undefined;
  private stop: (() => void) | undefined;
  private waiters: { seq: number; resolve: () => void }[] = [];
  offline = true;
  errors: unknown[] = [];

  constructor(
    readonly http: GraphQLClient,
    readonly meetingId: string,
    readonly itemId: string,
    readonly clientId: string,
  ) {
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === 'remote') return;
      this.pending.push(update);
      void this.flush();
    });
  }

  get text(): string {
    return this.doc.getText('notes').toString();
  }

  get unsent(): number {
    return this.pending.length;
  }

  /** Loads the item's state and the meeting's last sequence number, then subscribes from there. */
  async open(url: string): Promise<void> {
    const { meeting } = await this.http.ok<any>('query($m: UUID!) { meeting(id: $m) { eventSeq } }', { m: this.meetingId });
    const { agendaItem } = await this.http.ok<any>('query($i: UUID!) { agendaItem(id: $i) { notesState } }', { i: this.itemId });
    Y.applyUpdate(this.doc, Buffer.from(agendaItem.notesState, 'base64'), 'remote');
    this.lastSeq = meeting.eventSeq;
    await this.connect(url);
  }

  async connect(url: string): Promise<void> {
    this.socket = await SocketConnection.open({ url, cookie: this.http.cookie });
    this.stop = this.socket.stream(
      { query: EVENTS, variables: { m: this.meetingId, a: this.lastSeq } },
      {
        next: (result) => {
          const event = (result.data as { meetingEvents?: ReceivedEvent } | undefined)?.meetingEvents;
          if (!event) {
            this.errors.push(result.errors);
            return;
          }
          this.received.push(event);
          this.lastSeq = event.seq;
          if (event.kind === 'NOTES_UPDATED' && event.agendaItemId === this.itemId && event.clientId !== this.clientId && event.update)
            Y.applyUpdate(this.doc, Buffer.from(event.update, 'base64'), 'remote');
          const reached = this.waiters.filter((w) => w.seq <= this.lastSeq);
          this.waiters = this.waiters.filter((w) => w.seq > this.lastSeq);
          for (const w of reached) w.resolve();
        },
        error: (error) => this.errors.push(error),
      },
    );
    this.offline = false;
    void this.flush();
  }

  /** Drops the connection; edits made meanwhile wait. */
  async disconnect(): Promise<void> {
    this.offline = true;
    this.stop?.();
    await this.socket?.dispose();
    this.socket = undefined;
  }

  type(text: string, at?: number): void {
    const notes = this.doc.getText('notes');
    notes.insert(Math.min(at ?? notes.length, notes.length), text);
  }

  /** Resolves once every local edit is on the server. */
  async settled(): Promise<void> {
    while (this.inflight || (this.pending.length && !this.offline)) await (this.inflight ?? this.flush());
  }

  /** Resolves once the event with this sequence number (or a later one) came in. */
  waitFor(seq: number, timeoutMs = 10_000): Promise<void> {
    if (this.lastSeq >= seq) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${this.clientId} saw ${this.lastSeq}, not ${seq}`)), timeoutMs);
      this.waiters.push({
        seq,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      });
    });
  }

  async close(): Promise<void> {
    await this.disconnect();
  }

  private flush(): Promise<void> {
    if (this.inflight || this.offline || this.pending.length === 0) return this.inflight ?? Promise.resolve();
    const batch = this.pending;
    this.pending = [];
    const update = Buffer.from(Y.mergeUpdates(batch)).toString('base64');
    this.inflight = (async () => {
      const res = await this.http
        .request(EDIT, { i: this.itemId, u: update, c: this.clientId })
        .catch((error) => ({ errors: [{ message: String(error) }] }));
      const error = (res as { errors?: { message: string; extensions?: { code?: string; reason?: string } }[] }).errors?.[0];
      if (!error) return;
      if (error.extensions?.reason === 'UPDATE_OUT_OF_ORDER') this.pending.unshift(Y.encodeStateAsUpdate(this.doc));
      else {
        this.errors.push(error);
        // A network failure is retried with the next edit or reconnect; a typed refusal is final.
        if (!error.extensions?.code) this.pending.unshift(...batch);
      }
    })().finally(() => {
      this.inflight = undefined;
      if (this.pending.length && !this.offline) void this.flush();
    });
    return this.inflight;
  }
}
