import * as Y from 'yjs';
import { retryDelay } from './backoff.ts';

/** The transaction origin of updates from the server: they are applied, never sent back. */
export const remoteOrigin = 'remote';

/** What became of one update sent to the server. */
export type SendOutcome =
  | { kind: 'ok' }
  /** `UPDATE_OUT_OF_ORDER`: the server lacks changes the update builds on; the full state goes next. */
  | { kind: 'out-of-order' }
  /** No answer (network down): kept, and sent again later. */
  | { kind: 'offline' }
  /** Refused for good (e.g. `MINUTES_LOCKED`, `FORBIDDEN`): kept, not sent again until {@link NotesSync.retry}. */
  | { kind: 'refused'; reason: string | undefined };

/** What the editor shows about its edits. */
export interface NotesSyncStatus {
  /** Local edits the server has not confirmed yet. */
  unsent: number;
  sending: boolean;
  /** The last try found no network; the edits wait for it. */
  offline: boolean;
  /** The server refused the edits, with its reason. */
  refused: string | undefined;
}

/**
 * The outgoing side of a live notes document. Every local change of the Yjs
 * document is kept until the server confirms it. One request is in flight at
 * a time, carrying every change made so far merged into one update; changes
 * made meanwhile wait for the next one. When the server says the update
 * builds on something it lacks, the whole document state is sent instead.
 * Without network the changes stay and are sent when it is back (on
 * {@link retry}, or on a timer). Nothing is ever dropped.
 */
export class NotesSync {
  private pending: Uint8Array[] = [];
  private inFlight = false;
  private sendFull = false;
  private offline = false;
  private refused: string | undefined;
  private attempt = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private stopped = false;
  /** retry() came while a request was under way: its failure should not wait for the timer. */
  private retryRequested = false;
  private readonly listener: (update: Uint8Array, origin: unknown) => void;

  constructor(
    readonly doc: Y.Doc,
    private readonly send: (update: Uint8Array) => Promise<SendOutcome>,
    private readonly onStatus: (status: NotesSyncStatus) => void = () => {},
  ) {
    this.listener = (update, origin) => {
      if (origin === remoteOrigin) return;
      this.pending.push(update);
      this.report();
      void this.flush();
    };
    doc.on('update', this.listener);
  }

  /** Applies an update from the server (the initial state or another page's edit). */
  applyRemote(update: Uint8Array): void {
    Y.applyUpdate(this.doc, update, remoteOrigin);
  }

  /** The connection is back (or the user asked): send what is waiting now. */
  retry(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.refused = undefined;
    this.attempt = 0;
    if (this.inFlight) this.retryRequested = true;
    void this.flush();
  }

  /** Whether edits are still waiting for the server. */
  get hasUnsent(): boolean {
    return this.pending.length > 0;
  }

  get status(): NotesSyncStatus {
    return { unsent: this.pending.length, sending: this.inFlight, offline: this.offline, refused: this.refused };
  }

  /** Stops listening and sending; the document stays as it is. */
  destroy(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    this.doc.off('update', this.listener);
  }

  private report() {
    this.onStatus(this.status);
  }

  private async flush(): Promise<void> {
    if (this.inFlight || this.stopped || this.refused !== undefined || this.pending.length === 0) return;
    const count = this.pending.length;
    const full = this.sendFull;
    const update = full ? Y.encodeStateAsUpdate(this.doc) : Y.mergeUpdates(this.pending.slice(0, count));
    this.inFlight = true;
    this.report();
    let outcome: SendOutcome;
    try {
      outcome = await this.send(update);
    } catch {
      outcome = { kind: 'offline' };
    }
    this.inFlight = false;
    const retryRequested = this.retryRequested;
    this.retryRequested = false;
    if (this.stopped) return;
    switch (outcome.kind) {
      case 'ok':
        // The full state covered every change made before it was taken; a merged update the first `count`.
        this.pending.splice(0, count);
        this.sendFull = false;
        this.offline = false;
        this.attempt = 0;
        break;
      case 'out-of-order':
        if (full) this.refused = 'UPDATE_OUT_OF_ORDER';
        else this.sendFull = true;
        break;
      case 'offline':
        this.offline = true;
        clearTimeout(this.timer);
        if (retryRequested) {
          this.report();
          void this.flush();
          return;
        }
        this.timer = setTimeout(
          () => {
            this.timer = undefined;
            void this.flush();
          },
          retryDelay(this.attempt++),
        );
        this.report();
        return;
      case 'refused':
        this.refused = outcome.reason ?? 'REFUSED';
        break;
    }
    this.report();
    void this.flush();
  }
}
