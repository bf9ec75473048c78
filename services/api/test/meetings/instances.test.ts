import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { DatabaseTarget } from '../../src/db/orm.js';
import { createTestDatabase, databaseLabel, testDatabaseUrl } from '../support/database.js';
import { type Instance, startInstance } from '../support/instance.js';
import { addItem, advance, createMeeting, seedMeetingFixture } from '../support/meeting-fixture.js';
import { NotesPeer } from '../support/notes-peer.js';

/**
 * Live events across API instances on one database: a restart in the middle
 * of a meeting (clients reconnect to the new instance and catch up from the
 * event log by sequence number), and, on a PostgreSQL server, two instances
 * whose subscribers hear each other's writes through LISTEN/NOTIFY.
 */
describe(`live events across instances (${databaseLabel})`, () => {
  const cleanup: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const c of cleanup.splice(0).reverse()) await c().catch(() => {});
  });

  async function database(): Promise<DatabaseTarget> {
    if (testDatabaseUrl) {
      const db = await createTestDatabase();
      cleanup.push(db.drop);
      return db.target;
    }
    // The embedded database in a folder, so a second instance can open it after the first stopped.
    const dir = await mkdtemp(path.join(tmpdir(), 'verbund-pglite-'));
    cleanup.push(() => rm(dir, { recursive: true, force: true }));
    return { kind: 'pglite', dataDir: dir };
  }

  async function instance(target: DatabaseTarget, env: Record<string, string> = {}) {
    const started = await startInstance(target, env);
    let killed = false;
    cleanup.push(async () => {
      if (!killed) await started.kill();
    });
    return Object.assign(started, {
      async stop() {
        killed = true;
        await started.kill();
      },
    });
  }

  async function meetingOn(first: Instance) {
    const fx = await seedMeetingFixture(first.orm.em.fork());
    const lead = await first.client().login('lead@test.example');
    const meeting = await advance(lead, await createMeeting(lead, fx.structure.bodies.workingGroup.id), 'RUNNING');
    const item = await addItem(lead, meeting.id, { title: 'Protokoll' });
    return { meeting, item };
  }

  it('the server stops mid-meeting and a new one starts: clients reconnect and catch up by sequence, nothing lost or doubled', async () => {
    const target = await database();
    const first = await instance(target);
    const { meeting, item } = await meetingOn(first);
    const a = new NotesPeer(await first.client().login('lead@test.example'), meeting.id, item.id, 'a');
    const b = new NotesPeer(await first.client().login('volunteer@test.example'), meeting.id, item.id, 'b');
    await a.open(first.url);
    await b.open(first.url);
    a.type('Vor dem Neustart. ');
    await a.settled();
    await b.waitFor(a.lastSeq);
    const beforeRestart = b.lastSeq;

    await first.stop();
    await a.disconnect();
    await b.disconnect();
    b.type('Geschrieben, als der Server weg war. ');
    const second = await instance(target);
    // Sessions live in the database: the same cookies work on the new instance.
    for (const p of [a, b]) (p.http as { url: string }).url = second.url;
    await a.connect(second.url);
    await b.connect(second.url);
    a.type('Nach dem Neustart. ');
    await Promise.all([a.settled(), b.settled()]);
    const { meeting: now } = await a.http.ok<any>('query($m: UUID!) { meeting(id: $m) { eventSeq } }', { m: meeting.id });
    await Promise.all([a.waitFor(now.eventSeq), b.waitFor(now.eventSeq)]);
    const seqs = b.received.map((e) => e.seq);
    expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => (seqs[0] ?? 0) + i));
    expect(seqs.filter((s) => s > beforeRestart).length).toBe(now.eventSeq - beforeRestart);
    const { agendaItem } = await a.http.ok<any>('query($i: UUID!) { agendaItem(id: $i) { notes { text } } }', { i: item.id });
    expect(a.text).toBe(agendaItem.notes.text);
    expect(b.text).toBe(agendaItem.notes.text);
    for (const part of ['Vor dem Neustart.', 'Geschrieben, als der Server weg war.', 'Nach dem Neustart.'])
      expect(agendaItem.notes.text).toContain(part);
    await a.close();
    await b.close();
  });

  if (testDatabaseUrl) {
    it('two instances on one PostgreSQL: each one’s subscribers get the other’s writes through LISTEN/NOTIFY, at once', async () => {
      const target = await database();
      // Polling the log every minute would also deliver; the events must come well before.
      const env = { REALTIME_POLL_MS: '60000' };
      const one = await instance(target, env);
      const two = await instance(target, env);
      expect(one.live.bus.kind).toBe('postgres');
      const { meeting, item } = await meetingOn(one);
      const a = new NotesPeer(await one.client().login('lead@test.example'), meeting.id, item.id, 'on-one');
      const b = new NotesPeer(await two.client().login('volunteer@test.example'), meeting.id, item.id, 'on-two');
      await a.open(one.url);
      await b.open(two.url);
      const started = Date.now();
      for (let n = 0; n < 10; n++) {
        a.type(`A${n} `);
        b.type(`B${n} `);
        await Promise.all([a.settled(), b.settled()]);
      }
      const { meeting: now } = await a.http.ok<any>('query($m: UUID!) { meeting(id: $m) { eventSeq } }', { m: meeting.id });
      await Promise.all([a.waitFor(now.eventSeq, 5000), b.waitFor(now.eventSeq, 5000)]);
      expect(Date.now() - started).toBeLessThan(30_000);
      expect(two.live.followerCount(`meeting:${meeting.id}`)).toBe(1);
      expect(a.text).toBe(b.text);
      for (let n = 0; n < 10; n++) {
        expect(a.text).toContain(`A${n} `);
        expect(a.text).toContain(`B${n} `);
      }
      await a.close();
      await b.close();
    });
  } else {
    console.info('live events across instances: the two-instance fan-out case runs on the PostgreSQL server run (npm test runs both)');
  }
});
