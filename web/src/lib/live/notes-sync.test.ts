import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { fromBase64, toBase64 } from './base64.ts';
import { NotesSync, type NotesSyncStatus, type SendOutcome } from './notes-sync.ts';

/** The API's side, as notes.service.ts does it: apply to a copy, refuse updates that dangle. */
class FakeServer {
  doc = new Y.Doc();
  received: Uint8Array[] = [];
  up = true;
  listeners: ((update: Uint8Array, from: string) => void)[] = [];

  receive(update: Uint8Array, from: string): SendOutcome {
    if (!this.up) return { kind: 'offline' };
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(this.doc));
    Y.applyUpdate(copy, update);
    if (copy.store.pendingStructs !== null || copy.store.pendingDs !== null) return { kind: 'out-of-order' };
    Y.applyUpdate(this.doc, update);
    this.received.push(update);
    for (const l of this.listeners) l(update, from);
    return { kind: 'ok' };
  }

  get text() {
    return this.doc.getText('notes').toString();
  }
}

/** A page: its document, its sync, and (optionally) the events it hears from the server. */
function page(server: FakeServer, name: string, options: { delay?: boolean } = {}) {
  const doc = new Y.Doc();
  const statuses: NotesSyncStatus[] = [];
  const gates: (() => void)[] = [];
  const sync = new NotesSync(
    doc,
    async (update) => {
      if (options.delay) await new Promise<void>((resolve) => gates.push(resolve));
      return server.receive(update, name);
    },
    (status) => statuses.push(status),
  );
  server.listeners.push((update, from) => {
    // The page skips its own clientId; the update travels as base64.
    if (from !== name) sync.applyRemote(fromBase64(toBase64(update)));
  });
  const text = doc.getText('notes');
  return { doc, sync, text, statuses, release: () => gates.shift()?.() };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  vi.useRealTimers();
});

describe('NotesSync', () => {
  it('sends a local edit and leaves nothing unsent', async () => {
    const server = new FakeServer();
    const a = page(server, 'a');
    a.text.insert(0, 'Protokoll');
    await settle();
    expect(server.text).toBe('Protokoll');
    expect(a.sync.status).toEqual({ unsent: 0, sending: false, offline: false, refused: undefined });
  });

  it('keeps one request in flight and merges what was typed meanwhile into the next', async () => {
    const server = new FakeServer();
    const a = page(server, 'a', { delay: true });
    a.text.insert(0, 'a');
    a.text.insert(1, 'b');
    a.text.insert(2, 'c');
    expect(a.sync.status.unsent).toBe(3);
    a.release();
    await settle();
    expect(server.received).toHaveLength(1);
    a.release();
    await settle();
    expect(server.received).toHaveLength(2);
    expect(server.text).toBe('abc');
    expect(a.sync.hasUnsent).toBe(false);
  });

  it('keeps edits while offline, says how many, and sends them all when the network is back', async () => {
    vi.useFakeTimers();
    const server = new FakeServer();
    server.up = false;
    const a = page(server, 'a');
    a.text.insert(0, 'Erstens');
    await vi.advanceTimersByTimeAsync(0);
    a.text.insert(7, ', zweitens');
    await vi.advanceTimersByTimeAsync(0);
    expect(a.sync.status).toMatchObject({ unsent: 2, offline: true });
    await vi.advanceTimersByTimeAsync(5_000);
    expect(a.sync.status.unsent).toBe(2);
    server.up = true;
    a.sync.retry();
    await vi.advanceTimersByTimeAsync(0);
    expect(server.text).toBe('Erstens, zweitens');
    expect(a.sync.status).toMatchObject({ unsent: 0, offline: false });
  });

  it('tries again by itself after a growing wait', async () => {
    vi.useFakeTimers();
    const server = new FakeServer();
    server.up = false;
    const a = page(server, 'a');
    a.text.insert(0, 'x');
    await vi.advanceTimersByTimeAsync(0);
    server.up = true;
    await vi.advanceTimersByTimeAsync(1_100);
    expect(server.text).toBe('x');
  });

  it('sends the whole state when the server lacks what an update builds on', async () => {
    const server = new FakeServer();
    const a = page(server, 'a');
    server.up = false;
    a.text.insert(0, 'alt');
    await settle();
    // The first update was lost for the server (say it was sent to a process that crashed): only later ones follow.
    (a.sync as unknown as { pending: Uint8Array[] }).pending.length = 0;
    a.text.insert(3, ' und neu');
    server.up = true;
    a.sync.retry();
    await settle();
    await settle();
    expect(server.text).toBe('alt und neu');
    expect(a.sync.hasUnsent).toBe(false);
  });

  it('does not send back what came from the server, and two pages typing at once end up equal', async () => {
    const server = new FakeServer();
    const a = page(server, 'a', { delay: true });
    const b = page(server, 'b', { delay: true });
    a.text.insert(0, 'Text von A. ');
    b.text.insert(0, 'Text von B. ');
    a.release();
    b.release();
    await settle();
    expect(server.received).toHaveLength(2);
    expect(a.text.toString()).toBe(b.text.toString());
    expect(a.text.toString()).toContain('Text von A.');
    expect(a.text.toString()).toContain('Text von B.');
    expect(a.sync.hasUnsent).toBe(false);
    expect(b.sync.hasUnsent).toBe(false);
  });

  it('keeps refused edits and reports the reason until asked to try again', async () => {
    const server = new FakeServer();
    let refuse = true;
    const doc = new Y.Doc();
    const sync = new NotesSync(doc, async (update) =>
      refuse ? { kind: 'refused', reason: 'MINUTES_LOCKED' } : server.receive(update, 'a'),
    );
    doc.getText('notes').insert(0, 'zu spät');
    await settle();
    doc.getText('notes').insert(0, 'noch ');
    await settle();
    expect(sync.status).toMatchObject({ unsent: 2, refused: 'MINUTES_LOCKED' });
    refuse = false;
    sync.retry();
    await settle();
    expect(server.text).toBe('noch zu spät');
  });

  it('applies the initial state without sending it', async () => {
    const server = new FakeServer();
    const source = new Y.Doc();
    source.getText('notes').insert(0, 'gespeichert');
    const a = page(server, 'a');
    a.sync.applyRemote(Y.encodeStateAsUpdate(source));
    await settle();
    expect(a.text.toString()).toBe('gespeichert');
    expect(server.received).toHaveLength(0);
  });
});

describe('base64', () => {
  it('round-trips every byte value and large updates', () => {
    const bytes = new Uint8Array(100_000).map((_, i) => i % 256);
    expect(fromBase64(toBase64(bytes))).toEqual(bytes);
  });
});
