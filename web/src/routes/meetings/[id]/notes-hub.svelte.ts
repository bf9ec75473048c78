import type { Client } from '@urql/core';
import * as Y from 'yjs';
import { toProblem } from '#lib/graphql/errors.ts';
import { AgendaItemNotesQuery, EditAgendaNotesMutation } from '#lib/graphql/meeting-operations.ts';
import { fromBase64, toBase64 } from '#lib/live/base64.ts';
import { NotesSync, type NotesSyncStatus, type SendOutcome } from '#lib/live/notes-sync.ts';

/** The one shared type of a notes document (as the API names it): the item's Markdown. */
const notesType = 'notes';

interface ItemNotes {
  doc: Y.Doc;
  sync: NotesSync;
}

/**
 * The live notes of a meeting page: one Yjs document per agenda item that was
 * opened, kept for the page's life, so edits not yet sent survive switching
 * items. Loads an item's state once, applies other pages' updates to it, and
 * sends this page's edits through {@link NotesSync}.
 */
export class NotesHub {
  /** Per item: how its edits stand. */
  statuses = $state<Record<string, NotesSyncStatus>>({});
  /** Per item: the Markdown as it stands in this page. */
  texts = $state<Record<string, string>>({});
  /** Per item: whether its state has arrived. */
  loading = $state<Record<string, 'loading' | 'ready' | 'failed'>>({});

  private readonly items = new Map<string, ItemNotes>();

  constructor(
    private readonly client: Client,
    readonly clientId: string,
  ) {}

  /** The Yjs text of an item (created empty the first time). */
  text(itemId: string): Y.Text {
    return this.item(itemId).doc.getText(notesType);
  }

  /** Loads an item's notes unless they are already here. */
  async open(itemId: string): Promise<void> {
    const state = this.loading[itemId];
    if (state === 'ready' || state === 'loading') return;
    this.item(itemId);
    this.loading[itemId] = 'loading';
    const result = await this.client.query(AgendaItemNotesQuery, { id: itemId }, { requestPolicy: 'network-only' }).toPromise();
    const data = result.data?.agendaItem;
    if (!data) {
      this.loading[itemId] = 'failed';
      return;
    }
    const entry = this.item(itemId);
    if (data.notesState) entry.sync.applyRemote(fromBase64(data.notesState));
    else if (data.notes?.text && this.text(itemId).length === 0) {
      // No live state for this reader (published minutes): show the Markdown as it was saved.
      this.texts[itemId] = data.notes.text;
    }
    this.loading[itemId] = 'ready';
  }

  /** Another page's edit (a NOTES_UPDATED event); this page's own ones are skipped. */
  applyRemote(itemId: string, update: string, fromClient: string | null | undefined): void {
    if (fromClient === this.clientId) return;
    // Items never opened here load their whole state when they are.
    const entry = this.items.get(itemId);
    if (!entry) return;
    try {
      entry.sync.applyRemote(fromBase64(update));
    } catch {
      // A broken update from the server: load the item again rather than guess.
      this.loading[itemId] = 'failed';
    }
  }

  /**
   * Loads the state of every opened item again and merges it in (events were
   * missed, e.g. after EVENTS_EXPIRED). Local edits stay: Yjs merges, it never
   * replaces.
   */
  async refresh(): Promise<void> {
    await Promise.all(
      [...this.items.keys()].map(async (itemId) => {
        const result = await this.client.query(AgendaItemNotesQuery, { id: itemId }, { requestPolicy: 'network-only' }).toPromise();
        const state = result.data?.agendaItem.notesState;
        if (state) this.items.get(itemId)?.sync.applyRemote(fromBase64(state));
      }),
    );
  }

  /** Sends what is waiting, e.g. after the connection came back. */
  retry(): void {
    for (const entry of this.items.values()) entry.sync.retry();
  }

  /** Edits of every item that the server has not confirmed. */
  get unsent(): number {
    return Object.values(this.statuses).reduce((sum, s) => sum + s.unsent, 0);
  }

  get hasUnsent(): boolean {
    return [...this.items.values()].some((entry) => entry.sync.hasUnsent);
  }

  destroy(): void {
    for (const entry of this.items.values()) {
      entry.sync.destroy();
      entry.doc.destroy();
    }
    this.items.clear();
  }

  private item(itemId: string): ItemNotes {
    const known = this.items.get(itemId);
    if (known) return known;
    const doc = new Y.Doc();
    const sync = new NotesSync(
      doc,
      (update) => this.send(itemId, update),
      (status) => {
        this.statuses[itemId] = status;
      },
    );
    const text = doc.getText(notesType);
    text.observe(() => {
      this.texts[itemId] = text.toString();
    });
    const entry = { doc, sync };
    this.items.set(itemId, entry);
    return entry;
  }

  private async send(itemId: string, update: Uint8Array): Promise<SendOutcome> {
    const result = await this.client
      .mutation(EditAgendaNotesMutation, { agendaItemId: itemId, update: toBase64(update), clientId: this.clientId })
      .toPromise();
    if (!result.error) return { kind: 'ok' };
    if (result.error.graphQLErrors.length === 0) return { kind: 'offline' };
    const problem = toProblem(result.error);
    if (problem.reason === 'UPDATE_OUT_OF_ORDER') return { kind: 'out-of-order' };
    return { kind: 'refused', reason: problem.reason ?? problem.code };
  }
}
