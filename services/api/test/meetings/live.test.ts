import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Random } from '../../src/seed/random.js';
import { databaseLabel } from '../support/database.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { type Harness, startHarness } from '../support/harness.js';
import { addItem, advance, clients, createMeeting, resetMeetings } from '../support/meeting-fixture.js';
import { NotesPeer } from '../support/notes-peer.js';
import type { StructureFixture } from '../support/structure-fixture.js';
import { SocketConnection } from '../support/ws-client.js';

const EVENTS = 'subscription($m: UUID!, $a: Int) { meetingEvents(meetingId: $m, after: $a) { seq kind agendaItemId } }';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Live meetings over real sockets: several people writing the same notes at
 * once (random interleavings from a fixed seed), a client that was offline
 * catching up by sequence number, and each event reaching only those who may
 * see what it concerns at the moment it is sent.
 */
describe(`live minutes over graphql-ws (${databaseLabel})`, () => {
  let h: Harness;
  let fx: StructureFixture;
  let as: ReturnType<typeof clients>;
  let lead: GraphQLClient;
  const peers: NotesPeer[] = [];
  beforeAll(async () => {
    h = await startHarness();
    as = clients(h);
  });
  afterAll(async () => {
    await h?.close();
  });
  beforeEach(async () => {
    for (const p of peers.splice(0)) await p.close();
    fx = await resetMeetings(h);
    lead = await as.lead();
  });

  async function runningMeetingWithItem(extra: Record<string, unknown> = {}) {
    const meeting = await advance(lead, await createMeeting(lead, fx.structure.bodies.workingGroup.id, extra), 'RUNNING');
    const item = await addItem(lead, meeting.id, { title: 'Protokoll' });
    return { meeting, item };
  }

  async function peer(login: () => Promise<GraphQLClient>, meetingId: string, itemId: string, name: string) {
    const p = new NotesPeer(await login(), meetingId, itemId, name);
    peers.push(p);
    await p.open(h.url);
    return p;
  }

  const lastSeq = async (meetingId: string) =>
    (await lead.ok<any>('query($m: UUID!) { meeting(id: $m) { eventSeq } }', { m: meetingId })).meeting.eventSeq as number;

  async function serverText(itemId: string) {
    return (await lead.ok<any>('query($i: UUID!) { agendaItem(id: $i) { notes { text } } }', { i: itemId })).agendaItem.notes
      .text as string;
  }

  for (const [count, seed] of [
    [2, 11],
    [5, 29],
  ] as const) {
    it(`${count} people typing into the same notes at once end with the same text holding every edit (seed ${seed})`, async () => {
      const { meeting, item } = await runningMeetingWithItem();
      const random = new Random(seed);
      const logins = [as.lead, as.volunteer];
      const writers = await Promise.all(
        Array.from({ length: count }, (_, n) => peer(logins[n % 2] as () => Promise<GraphQLClient>, meeting.id, item.id, `peer-${n}`)),
      );
      const tokens: string[] = [];
      await Promise.all(
        writers.map(async (w, n) => {
          for (let k = 0; k < 12; k++) {
            const token = `[${n}.${k}]`;
            tokens.push(token);
            // Between whole tokens: concurrent inserts at one place interleave as whole strings, so tokens stay intact.
            const text = w.text;
            const boundaries = [0, ...[...text].flatMap((ch, i) => (ch === ']' ? [i + 1] : []))];
            w.type(token, boundaries[random.int(0, boundaries.length - 1)]);
            if (random.int(0, 2) === 0) await sleep(random.int(0, 15));
          }
          await w.settled();
        }),
      );
      const final = await lastSeq(meeting.id);
      await Promise.all(writers.map((w) => w.waitFor(final)));
      const text = await serverText(item.id);
      for (const w of writers) {
        expect(w.errors, w.clientId).toEqual([]);
        expect(w.text, w.clientId).toBe(text);
        // Every event once, in order, none missing.
        const seqs = w.received.map((e) => e.seq);
        expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => (seqs[0] ?? 0) + i));
      }
      for (const token of tokens) expect(text).toContain(token);
      expect(text.length).toBe(tokens.join('').length);
    });
  }

  it('a client that was offline while others wrote reconnects from its last sequence number and ends equal, with no event twice', async () => {
    const { meeting, item } = await runningMeetingWithItem();
    const a = await peer(as.lead, meeting.id, item.id, 'online');
    const b = await peer(as.volunteer, meeting.id, item.id, 'offline');
    a.type('Anfang. ');
    await a.settled();
    await b.waitFor(await lastSeq(meeting.id));
    await b.disconnect();
    const seenBefore = b.received.length;
    for (let n = 0; n < 5; n++) {
      a.type(`Punkt ${n}. `);
      await a.settled();
    }
    b.type('Offline geschrieben. ');
    expect(b.unsent).toBeGreaterThan(0);
    await b.connect(h.url);
    await b.settled();
    const final = await lastSeq(meeting.id);
    await Promise.all([a.waitFor(final), b.waitFor(final)]);
    const seqs = b.received.map((e) => e.seq);
    expect(new Set(seqs).size).toBe(seqs.length);
    expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => (seqs[0] ?? 0) + i));
    expect(b.received.length).toBeGreaterThan(seenBefore + 5);
    const text = await serverText(item.id);
    expect(a.text).toBe(text);
    expect(b.text).toBe(text);
    expect(text).toContain('Offline geschrieben.');
    expect(text).toContain('Punkt 4.');
  });

  it('shows who else has the meeting open and at which item, to the meeting’s insiders only', async () => {
    const { meeting, item } = await runningMeetingWithItem();
    const volunteer = await as.volunteer();
    const PRESENT = 'mutation($m: UUID!, $c: String!, $i: UUID) { setMeetingPresence(meetingId: $m, clientId: $c, agendaItemId: $i) }';
    const PRESENCE = 'query($m: UUID!) { meeting(id: $m) { presence { clientId displayName agendaItemId } } }';
    const before = await lastSeq(meeting.id);
    await lead.ok(PRESENT, { m: meeting.id, c: 'lead-page-1', i: item.id });
    await volunteer.ok(PRESENT, { m: meeting.id, c: 'olena-page-1', i: null });
    // Repeating the same presence (the page's heartbeat) announces nothing new.
    await volunteer.ok(PRESENT, { m: meeting.id, c: 'olena-page-1', i: null });
    expect(await lastSeq(meeting.id)).toBe(before + 2);
    const { meeting: seen } = await volunteer.ok<any>(PRESENCE, { m: meeting.id });
    expect(seen.presence).toEqual([
      { clientId: 'lead-page-1', displayName: 'Miriam Okafor', agendaItemId: item.id },
      { clientId: 'olena-page-1', displayName: 'Olena Kovalenko', agendaItemId: null },
    ]);
    expect((await as.visitor().ok<any>(PRESENCE, { m: meeting.id })).meeting.presence).toEqual([]);
    const official = await as.official();
    expect((await official.request(PRESENT, { m: meeting.id, c: 'petra-page-1', i: null })).errors?.[0]?.extensions?.code).toBe(
      'NOT_FOUND',
    );
    expect((await as.visitor().request(PRESENT, { m: meeting.id, c: 'visitor-page', i: null })).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    expect((await lead.request(PRESENT, { m: meeting.id, c: 'x', i: null })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    await volunteer.ok('mutation($m: UUID!, $c: String!) { leaveMeeting(meetingId: $m, clientId: $c) }', {
      m: meeting.id,
      c: 'olena-page-1',
    });
    const { meeting: after } = await lead.ok<any>(PRESENCE, { m: meeting.id });
    expect(after.presence.map((p: any) => p.clientId)).toEqual(['lead-page-1']);
  });

  it('refuses to resume from a sequence number that does not exist yet', async () => {
    const { meeting } = await runningMeetingWithItem();
    const socket = await SocketConnection.open({ url: h.url, cookie: lead.cookie });
    try {
      const outcome = await socket.run({ query: EVENTS, variables: { m: meeting.id, a: 10_000 } }, 3000);
      const errors = outcome.errors ?? outcome.results[0]?.errors;
      expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'UNKNOWN_SEQUENCE' });
      expect(outcome.results.filter((r) => r.data?.meetingEvents)).toEqual([]);
    } finally {
      await socket.dispose();
    }
  });

  describe('each event reaches only those who may see it when it is sent', () => {
    async function listen(client: GraphQLClient, meetingId: string) {
      const socket = await SocketConnection.open({ url: h.url, cookie: client.cookie });
      const kinds: { seq: number; kind: string; agendaItemId: string | null }[] = [];
      const errors: unknown[] = [];
      socket.stream(
        { query: EVENTS, variables: { m: meetingId, a: await lastSeq(meetingId) } },
        {
          next: (r) => {
            const e = (r.data as any)?.meetingEvents;
            if (e) kinds.push(e);
            else errors.push(r.errors);
          },
          error: (e) => errors.push(e),
        },
      );
      await sleep(150);
      return { socket, kinds, errors };
    }

    it('visitors get public items of a public meeting, not internal ones and not the draft notes', async () => {
      const { meeting, item } = await runningMeetingWithItem();
      const visitor = await listen(as.visitor(), meeting.id);
      const member = await listen(await as.volunteer(), meeting.id);
      // The same rule as the member's, for another person: checked in one group with hers, answered apart.
      const outsider = await listen(await as.official(), meeting.id);
      try {
        const open = await addItem(lead, meeting.id, { title: 'Öffentlich' });
        const internal = await addItem(lead, meeting.id, { title: 'Intern', visibility: 'INTERNAL' });
        const writer = await peer(as.lead, meeting.id, item.id, 'writer');
        writer.type('Entwurf');
        await writer.settled();
        const final = await lastSeq(meeting.id);
        await sleep(300);
        expect(Math.max(...member.kinds.map((k) => k.seq))).toBe(final);
        expect(member.kinds.map((k) => [k.kind, k.agendaItemId])).toEqual(
          expect.arrayContaining([
            ['AGENDA_CHANGED', open.id],
            ['AGENDA_CHANGED', internal.id],
            ['NOTES_UPDATED', item.id],
          ]),
        );
        expect(visitor.kinds.map((k) => [k.kind, k.agendaItemId])).toEqual([['AGENDA_CHANGED', open.id]]);
        expect(outsider.kinds.map((k) => [k.kind, k.agendaItemId])).toEqual([['AGENDA_CHANGED', open.id]]);
        expect(visitor.errors).toEqual([]);
        expect(outsider.errors).toEqual([]);
      } finally {
        await visitor.socket.dispose();
        await member.socket.dispose();
        await outsider.socket.dispose();
      }
    });

    it('members of other bodies cannot follow an internal meeting at all', async () => {
      const { meeting } = await runningMeetingWithItem({ visibility: 'INTERNAL', inviteMembers: false });
      const socket = await SocketConnection.open({ url: h.url, cookie: (await as.official()).cookie });
      try {
        const outcome = await socket.run({ query: EVENTS, variables: { m: meeting.id } }, 3000);
        expect((outcome.errors ?? outcome.results[0]?.errors)?.[0]?.extensions?.code).toBe('NOT_FOUND');
        expect(outcome.results.filter((r) => r.data?.meetingEvents)).toEqual([]);
      } finally {
        await socket.dispose();
      }
    });

    it('a member whose membership ends mid-meeting stops receiving what they may no longer see', async () => {
      const { meeting } = await runningMeetingWithItem({ visibility: 'INTERNAL', inviteMembers: false });
      const member = await listen(await as.volunteer(), meeting.id);
      try {
        const before = await addItem(lead, meeting.id, { title: 'Vorher' });
        await sleep(300);
        expect(member.kinds.map((k) => k.agendaItemId)).toEqual([before.id]);
        // The membership ends (as an admin's edit would end it): from now on she is no insider.
        await h.orm.em
          .fork()
          .execute(
            'update membership set valid_to = current_date - 1, valid_from = least(valid_from, current_date - 1) where person_id = ?',
            [fx.people.volunteer.id],
          );
        await addItem(lead, meeting.id, { title: 'Nachher' });
        const { meeting: current } = await lead.ok<any>('query($id: UUID!) { meeting(id: $id) { version } }', { id: meeting.id });
        await lead.ok('mutation($id: UUID!, $v: Int!) { updateMeeting(id: $id, version: $v, input: { title: "Neuer Titel" }) { id } }', {
          id: meeting.id,
          v: current.version,
        });
        await sleep(400);
        expect(member.kinds.map((k) => k.agendaItemId)).toEqual([before.id]);
      } finally {
        await member.socket.dispose();
      }
    });
  });
});
