import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { databaseLabel } from '../support/database.js';
import { errorCode, type GraphQLClient } from '../support/graphql-client.js';
import { type Harness, startHarness } from '../support/harness.js';
import { addItem, advance, clients, createMeeting, MEETING_FIELDS, resetMeetings } from '../support/meeting-fixture.js';
import type { StructureFixture } from '../support/structure-fixture.js';

const b64 = (u: Uint8Array) => Buffer.from(u).toString('base64');

/** A Yjs update that types `text` at the end of a copy of `state` (base64), as an editor would. */
function typed(state: string | null, text: string, client?: Y.Doc) {
  const doc = client ?? new Y.Doc();
  if (state) Y.applyUpdate(doc, Buffer.from(state, 'base64'));
  const before = Y.encodeStateVector(doc);
  const notes = doc.getText('notes');
  notes.insert(notes.length, text);
  return b64(Y.encodeStateAsUpdate(doc, before));
}

const EDIT = 'mutation($i: UUID!, $u: String!) { editAgendaNotes(agendaItemId: $i, update: $u) { text revision } }';
const ITEM = `query($id: UUID!) { agendaItem(id: $id) { id number title visibility notes { text revision } notesState decisions { id text result votesFor recusals { person { familyName } reason } } } }`;

describe(`meetings: state machine, agenda, minutes, approval, series (${databaseLabel})`, () => {
  let h: Harness;
  let fx: StructureFixture;
  let as: ReturnType<typeof clients>;
  let lead: GraphQLClient;
  beforeAll(async () => {
    h = await startHarness();
    as = clients(h);
  });
  afterAll(async () => {
    await h?.close();
  });
  beforeEach(async () => {
    fx = await resetMeetings(h);
    lead = await as.lead();
  });
  const wg = () => fx.structure.bodies.workingGroup.id;
  const countMeetings = async () => Number((await h.orm.em.fork().execute('select count(*)::int as n from meeting'))[0]?.n);

  describe('creating and moving a meeting', () => {
    it('creates a planned meeting of the working group with its current members invited', async () => {
      const meeting = await createMeeting(lead, wg());
      expect(meeting).toMatchObject({ status: 'PLANNED', visibility: 'PUBLIC', viewerCan: { manage: true, approve: false } });
      const invited = meeting.participants.map((p: any) => p.person.id).sort();
      const s = fx.structure.people;
      // The member whose membership ended in 2020 is not invited.
      expect(invited).toEqual([s.leadWelfare.id, s.leadCity.id, fx.people.volunteer.id].sort());
      expect(meeting.eventSeq).toBe(1);
    });

    it('refuses reversed dates, unknown bodies, visitors and members of other bodies, and creates nothing', async () => {
      const start = new Date(Date.now() + 86_400_000);
      const reversed = await lead.request('mutation($i: MeetingInput!) { createMeeting(input: $i) { id } }', {
        i: {
          bodyId: wg(),
          title: 'Falsch herum',
          startsAt: start.toISOString(),
          endsAt: new Date(start.getTime() - 3_600_000).toISOString(),
        },
      });
      expect(reversed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.endsAt' });
      const input = { title: 'Sitzung', startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 3_600_000).toISOString() };
      const unknown = await lead.request('mutation($i: MeetingInput!) { createMeeting(input: $i) { id } }', {
        i: { ...input, bodyId: '00000000-0000-4000-8000-000000000000' },
      });
      expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'UNKNOWN_REFERENCE' });
      const malformed = await lead.request('mutation($i: MeetingInput!) { createMeeting(input: $i) { id } }', {
        i: { ...input, bodyId: '1' },
      });
      expect(errorCode(malformed)).toBe('BAD_USER_INPUT');
      const visitor = await as
        .visitor()
        .request('mutation($i: MeetingInput!) { createMeeting(input: $i) { id } }', { i: { ...input, bodyId: wg() } });
      expect(errorCode(visitor)).toBe('UNAUTHENTICATED');
      const official = await (await as.official()).request('mutation($i: MeetingInput!) { createMeeting(input: $i) { id } }', {
        i: { ...input, bodyId: wg() },
      });
      expect(errorCode(official)).toBe('FORBIDDEN');
      const member = await (await as.volunteer()).request('mutation($i: MeetingInput!) { createMeeting(input: $i) { id } }', {
        i: { ...input, bodyId: wg() },
      });
      expect(errorCode(member)).toBe('FORBIDDEN');
      expect(await countMeetings()).toBe(0);
    });

    it('allows only the state machine’s steps, names the allowed ones, and records each with its date', async () => {
      const meeting = await createMeeting(lead, wg());
      const skip = await lead.request(
        'mutation($id: UUID!, $v: Int!) { changeMeetingStatus(id: $id, version: $v, input: { status: PUBLISHED }) { id } }',
        { id: meeting.id, v: meeting.version },
      );
      expect(skip.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'INVALID_TRANSITION',
        details: { allowed: ['INVITED', 'RUNNING', 'CANCELLED'] },
      });
      const invited = await advance(lead, meeting, 'INVITED', 'RUNNING', 'MINUTES_DRAFT');
      expect(invited.status).toBe('MINUTES_DRAFT');
      expect(invited.viewerCan).toMatchObject({ approve: true, writeMinutes: true });
      const approved = await advance(lead, invited, 'MINUTES_APPROVED', 'PUBLISHED');
      expect(approved).toMatchObject({ status: 'PUBLISHED', approvedByName: 'Miriam Okafor', nextStatuses: [] });
      const history = await lead.ok<any>('query($id: UUID!) { meeting(id: $id) { statusHistory { fromStatus toStatus actorName } } }', {
        id: meeting.id,
      });
      expect(history.meeting.statusHistory.map((s: any) => s.toStatus)).toEqual([
        'PLANNED',
        'INVITED',
        'RUNNING',
        'MINUTES_DRAFT',
        'MINUTES_APPROVED',
        'PUBLISHED',
      ]);
    });

    it('cancels only with a reason, and a stale version is a conflict that changes nothing', async () => {
      const meeting = await createMeeting(lead, wg());
      const noReason = await lead.request(
        'mutation($id: UUID!, $v: Int!) { changeMeetingStatus(id: $id, version: $v, input: { status: CANCELLED }) { id } }',
        { id: meeting.id, v: meeting.version },
      );
      expect(noReason.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.note' });
      const cancelled = await advance(lead, meeting, 'CANCELLED');
      expect(cancelled).toMatchObject({ status: 'CANCELLED', cancelReason: 'Krankheit' });
      const stale = await lead.request(
        'mutation($id: UUID!, $v: Int!) { updateMeeting(id: $id, version: $v, input: { title: "Neu" }) { id } }',
        { id: meeting.id, v: meeting.version },
      );
      expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'VERSION_CONFLICT' });
      const now = await lead.ok<any>('query($id: UUID!) { meeting(id: $id) { title status } }', { id: meeting.id });
      expect(now.meeting).toEqual({ title: 'Sitzung der AG', status: 'CANCELLED' });
    });

    it('postpones a meeting that has not begun, keeping the reason and both dates in the timeline', async () => {
      const meeting = await createMeeting(lead, wg());
      const later = new Date(new Date(meeting.startsAt).getTime() + 7 * 86_400_000);
      const moved = await lead.ok<any>(
        `mutation($id: UUID!, $v: Int!, $i: PostponeMeetingInput!) { postponeMeeting(id: $id, version: $v, input: $i) { startsAt statusHistory { note } } }`,
        {
          id: meeting.id,
          v: meeting.version,
          i: { startsAt: later.toISOString(), endsAt: new Date(later.getTime() + 3_600_000).toISOString(), reason: 'Ferien' },
        },
      );
      expect(new Date(moved.postponeMeeting.startsAt).toISOString()).toBe(later.toISOString());
      expect(moved.postponeMeeting.statusHistory.at(-1).note).toMatch(/^Ferien \(\d{4}-\d\d-\d\d → \d{4}-\d\d-\d\d\)$/);
    });
  });

  describe('agenda', () => {
    it('numbers items and sub-items and keeps the numbers when items move', async () => {
      const meeting = await createMeeting(lead, wg());
      const a = await addItem(lead, meeting.id, { title: 'Begrüßung' });
      const b = await addItem(lead, meeting.id, { title: 'Sprachkurse', plannedMinutes: 30 });
      await addItem(lead, meeting.id, { title: 'Stand der Kurse', parentId: b.id });
      const c = await addItem(lead, meeting.id, { title: 'Verschiedenes' });
      const agenda = async () =>
        (
          await lead.ok<any>('query($id: UUID!) { meeting(id: $id) { agenda { number title depth } } }', { id: meeting.id })
        ).meeting.agenda.map((i: any) => `${i.number} ${i.title}`);
      expect(await agenda()).toEqual(['1 Begrüßung', '2 Sprachkurse', '2.1 Stand der Kurse', '3 Verschiedenes']);
      await lead.ok('mutation($id: UUID!) { moveAgendaItem(id: $id, position: 1) { id } }', { id: c.id });
      expect(await agenda()).toEqual(['1 Verschiedenes', '2 Begrüßung', '3 Sprachkurse', '3.1 Stand der Kurse']);
      await lead.ok('mutation($id: UUID!, $p: UUID!) { moveAgendaItem(id: $id, position: 1, parentId: $p) { id } }', { id: a.id, p: b.id });
      expect(await agenda()).toEqual(['1 Verschiedenes', '2 Sprachkurse', '2.1 Begrüßung', '2.2 Stand der Kurse']);
      const cycle = await lead.request('mutation($id: UUID!, $p: UUID!) { moveAgendaItem(id: $id, position: 1, parentId: $p) { id } }', {
        id: b.id,
        p: a.id,
      });
      expect(cycle.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CYCLE' });
    });

    it('hides internal items (and their sub-items) from visitors and from members of other bodies, not from the body', async () => {
      const meeting = await createMeeting(lead, wg());
      await addItem(lead, meeting.id, { title: 'Öffentlicher Punkt' });
      const internal = await addItem(lead, meeting.id, { title: 'Personalangelegenheit', visibility: 'INTERNAL' });
      const sub = await addItem(lead, meeting.id, { title: 'Unterpunkt', parentId: internal.id, visibility: 'PUBLIC' });
      expect(sub.visibility).toBe('INTERNAL');
      const titles = async (client: GraphQLClient) =>
        (await client.ok<any>('query($id: UUID!) { meeting(id: $id) { agenda { number title } } }', { id: meeting.id })).meeting.agenda.map(
          (i: any) => `${i.number} ${i.title}`,
        );
      expect(await titles(as.visitor())).toEqual(['1 Öffentlicher Punkt']);
      expect(await titles(await as.official())).toEqual(['1 Öffentlicher Punkt']);
      expect(await titles(await as.volunteer())).toEqual(['1 Öffentlicher Punkt', '2 Personalangelegenheit', '2.1 Unterpunkt']);
      expect(errorCode(await as.visitor().request(ITEM, { id: internal.id }))).toBe('NOT_FOUND');
      expect(errorCode(await (await as.official()).request(ITEM, { id: sub.id }))).toBe('NOT_FOUND');
    });

    it('keeps internal meetings from everyone outside the body, and shows them to its members and invitees', async () => {
      const meeting = await createMeeting(lead, wg(), { visibility: 'INTERNAL' });
      const q = 'query($id: UUID!) { meeting(id: $id) { id } }';
      expect(errorCode(await as.visitor().request(q, { id: meeting.id }))).toBe('NOT_FOUND');
      expect(errorCode(await (await as.official()).request(q, { id: meeting.id }))).toBe('NOT_FOUND');
      expect((await (await as.volunteer()).ok<any>(q, { id: meeting.id })).meeting.id).toBe(meeting.id);
      const list = await (await as.official()).ok<any>('query($b: UUID!) { meetings(bodyId: $b) { id } }', { b: wg() });
      expect(list.meetings).toEqual([]);
      // Invited as a guest, the official sees it.
      await lead.ok('mutation($id: UUID!, $p: [UUID!]!) { inviteToMeeting(id: $id, personIds: $p) { id } }', {
        id: meeting.id,
        p: [fx.people.official.id],
      });
      expect((await (await as.official()).ok<any>(q, { id: meeting.id })).meeting.id).toBe(meeting.id);
    });
  });

  describe('minutes', () => {
    it('applies Yjs updates to the notes, keeps the Markdown snapshot and hides drafts from visitors until published', async () => {
      const meeting = await advance(lead, await createMeeting(lead, wg()), 'INVITED', 'RUNNING');
      const item = await addItem(lead, meeting.id, { title: 'Sprachkurse' });
      const volunteer = await as.volunteer();
      const first = await lead.ok<any>(EDIT, { i: item.id, u: typed(null, '## Stand\n') });
      expect(first.editAgendaNotes).toEqual({ text: '## Stand\n', revision: 1 });
      const { agendaItem } = await volunteer.ok<any>(ITEM, { id: item.id });
      const second = await volunteer.ok<any>(EDIT, { i: item.id, u: typed(agendaItem.notesState, '- 12 Kurse abgestimmt\n') });
      expect(second.editAgendaNotes).toEqual({ text: '## Stand\n- 12 Kurse abgestimmt\n', revision: 2 });
      const seen = await as.visitor().ok<any>(ITEM, { id: item.id });
      expect(seen.agendaItem).toMatchObject({ title: 'Sprachkurse', notes: null, notesState: null });
      const done = await advance(lead, meeting, 'MINUTES_DRAFT', 'MINUTES_APPROVED', 'PUBLISHED');
      expect(done.status).toBe('PUBLISHED');
      const published = await as.visitor().ok<any>(ITEM, { id: item.id });
      expect(published.agendaItem.notes.text).toBe('## Stand\n- 12 Kurse abgestimmt\n');
    });

    it('compacts many updates into the stored state without losing one', async () => {
      const meeting = await advance(lead, await createMeeting(lead, wg()), 'RUNNING');
      const item = await addItem(lead, meeting.id, { title: 'Protokoll' });
      const doc = new Y.Doc();
      const expected: string[] = [];
      for (let n = 0; n < 120; n++) {
        const line = `Zeile ${n}\n`;
        expected.push(line);
        await lead.ok(EDIT, { i: item.id, u: typed(null, line, doc) });
      }
      const rows = await h.orm.em.fork().execute('select count(*)::int as n from note_update where agenda_item_id = ?', [item.id]);
      expect(Number(rows[0]?.n)).toBeLessThan(50);
      const { agendaItem } = await lead.ok<any>(ITEM, { id: item.id });
      expect(agendaItem.notes.text).toBe(expected.join(''));
      const fresh = new Y.Doc();
      Y.applyUpdate(fresh, Buffer.from(agendaItem.notesState, 'base64'));
      expect(fresh.getText('notes').toString()).toBe(expected.join(''));
    });

    it('refuses malformed updates, other shared types, outsiders and approved minutes, and changes nothing', async () => {
      const meeting = await advance(lead, await createMeeting(lead, wg()), 'RUNNING');
      const item = await addItem(lead, meeting.id, { title: 'Protokoll' });
      await lead.ok(EDIT, { i: item.id, u: typed(null, 'Anfang') });
      const refused = async (client: GraphQLClient, update: string) =>
        (await client.request(EDIT, { i: item.id, u: update })).errors?.[0]?.extensions;
      expect(await refused(lead, 'not base64!')).toMatchObject({ code: 'BAD_USER_INPUT', field: 'update' });
      expect(await refused(lead, b64(new Uint8Array([1, 2, 3, 250, 251, 252, 253])))).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'MALFORMED_UPDATE',
      });
      const other = new Y.Doc();
      other.getMap('secret').set('x', 'y');
      expect(await refused(lead, b64(Y.encodeStateAsUpdate(other)))).toMatchObject({ reason: 'MALFORMED_UPDATE' });
      expect(await refused(await as.official(), typed(null, 'Fremd'))).toMatchObject({ code: 'FORBIDDEN' });
      expect(await refused(as.visitor(), typed(null, 'Fremd'))).toMatchObject({ code: 'UNAUTHENTICATED' });
      expect(
        (await lead.request(EDIT, { i: '00000000-0000-4000-8000-000000000000', u: typed(null, 'x') })).errors?.[0]?.extensions?.code,
      ).toBe('NOT_FOUND');
      const approved = await advance(lead, meeting, 'MINUTES_DRAFT', 'MINUTES_APPROVED');
      expect(approved.status).toBe('MINUTES_APPROVED');
      expect(await refused(lead, typed(null, 'Nachträglich'))).toMatchObject({ code: 'CONFLICT', reason: 'MINUTES_LOCKED' });
      const title = await lead.request(
        'mutation($id: UUID!, $v: Int!) { updateAgendaItem(id: $id, version: $v, input: { title: "Neu" }) { id } }',
        {
          id: item.id,
          v: item.version,
        },
      );
      expect(title.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'MINUTES_LOCKED' });
      const { agendaItem } = await lead.ok<any>(ITEM, { id: item.id });
      expect(agendaItem).toMatchObject({ title: 'Protokoll', notes: { text: 'Anfang', revision: 1 } });
    });

    it('refuses the next update of someone who lost the right to write, and keeps the notes as they were', async () => {
      const meeting = await advance(lead, await createMeeting(lead, wg(), { inviteMembers: false }), 'RUNNING');
      const item = await addItem(lead, meeting.id, { title: 'Protokoll' });
      const volunteer = await as.volunteer();
      await volunteer.ok(EDIT, { i: item.id, u: typed(null, 'Erster Satz. ') });
      // Her membership ends: she is no longer one of the body's insiders.
      await h.orm.em
        .fork()
        .execute(
          'update membership set valid_to = current_date - 1, valid_from = least(valid_from, current_date - 1) where person_id = ?',
          [fx.people.volunteer.id],
        );
      const refused = await volunteer.request(EDIT, { i: item.id, u: typed(null, 'Zweiter Satz.') });
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const { agendaItem } = await lead.ok<any>(ITEM, { id: item.id });
      expect(agendaItem.notes).toEqual({ text: 'Erster Satz. ', revision: 1 });
    });

    it('records decisions with votes and recusals, and corrections after approval only as amendments', async () => {
      const meeting = await advance(lead, await createMeeting(lead, wg()), 'RUNNING');
      const item = await addItem(lead, meeting.id, { title: 'Förderantrag Sprachcafé' });
      const negative = await lead.request(
        'mutation($i: UUID!) { addDecision(agendaItemId: $i, input: { text: "Zugestimmt", result: ADOPTED, votesFor: -1 }) { id } }',
        {
          i: item.id,
        },
      );
      expect(negative.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.votesFor' });
      await lead.ok(
        'mutation($i: UUID!, $p: UUID!) { addDecision(agendaItemId: $i, input: { text: "Dem Antrag wird zugestimmt.", result: ADOPTED, votesFor: 5, votesAgainst: 0, votesAbstaining: 1, recusals: [{ personId: $p, reason: "Antragstellerin" }] }) { id } }',
        { i: item.id, p: fx.people.volunteer.id },
      );
      const early = await lead.request(
        'mutation($m: UUID!) { amendMinutes(meetingId: $m, input: { text: "x y", reason: "zu früh" }) { id } }',
        { m: meeting.id },
      );
      expect(early.errors?.[0]?.extensions).toMatchObject({ reason: 'MINUTES_NOT_APPROVED' });
      const approved = await advance(lead, meeting, 'MINUTES_DRAFT', 'MINUTES_APPROVED');
      const amendment = await lead.ok<any>(
        'mutation($m: UUID!, $i: UUID!) { amendMinutes(meetingId: $m, input: { agendaItemId: $i, text: "Enthaltung: 2, nicht 1.", reason: "Zählfehler" }) { text reason authorName createdAt } }',
        { m: approved.id, i: item.id },
      );
      expect(amendment.amendMinutes).toMatchObject({ text: 'Enthaltung: 2, nicht 1.', reason: 'Zählfehler', authorName: 'Miriam Okafor' });
      const { agendaItem } = await lead.ok<any>(ITEM, { id: item.id });
      expect(agendaItem.decisions).toEqual([
        expect.objectContaining({
          text: 'Dem Antrag wird zugestimmt.',
          result: 'ADOPTED',
          votesFor: 5,
          recusals: [{ person: { familyName: 'Kovalenko' }, reason: 'Antragstellerin' }],
        }),
      ]);
      const decisionEdit = await lead.request(
        'mutation($id: UUID!) { updateDecision(id: $id, version: 1, input: { result: REJECTED }) { id } }',
        { id: agendaItem.decisions[0].id },
      );
      expect(decisionEdit.errors?.[0]?.extensions).toMatchObject({ reason: 'MINUTES_LOCKED' });
    });

    it('lets only the chair or tandem lead approve, not a member', async () => {
      const meeting = await advance(lead, await createMeeting(lead, wg()), 'RUNNING', 'MINUTES_DRAFT');
      const volunteer = await as.volunteer();
      const refused = await volunteer.request(
        'mutation($id: UUID!, $v: Int!) { changeMeetingStatus(id: $id, version: $v, input: { status: MINUTES_APPROVED }) { id } }',
        { id: meeting.id, v: meeting.version },
      );
      expect(errorCode(refused)).toBe('FORBIDDEN');
      const viewer = await volunteer.ok<any>(`query($id: UUID!) { meeting(id: $id) { ${MEETING_FIELDS} } }`, { id: meeting.id });
      expect(viewer.meeting.viewerCan).toEqual({ manage: false, writeMinutes: true, approve: false });
    });
  });

  describe('the next meeting', () => {
    it('follows the cadence and carries over marked items, deferred decisions and open tasks', async () => {
      const meeting = await advance(lead, await createMeeting(lead, wg()), 'RUNNING');
      await addItem(lead, meeting.id, { title: 'Begrüßung' });
      await addItem(lead, meeting.id, { title: 'Raumfrage', carryOver: true });
      const deferred = await addItem(lead, meeting.id, { title: 'Haushalt 2027' });
      await lead.ok('mutation($i: UUID!) { addDecision(agendaItemId: $i, input: { text: "Vertagt", result: DEFERRED }) { id } }', {
        i: deferred.id,
      });
      await lead.ok('mutation($i: UUID!) { createTask(input: { agendaItemId: $i, title: "Zahlen besorgen" }) { id } }', { i: deferred.id });
      const next = await lead.ok<any>(
        'mutation($id: UUID!) { createNextMeeting(id: $id) { id startsAt status previous { id } agenda { number title carriedFromId } participants { id } } }',
        { id: meeting.id },
      );
      const n = next.createNextMeeting;
      expect(n.previous.id).toBe(meeting.id);
      expect(new Date(n.startsAt).getTime() - new Date(meeting.startsAt).getTime()).toBe(4 * 7 * 86_400_000);
      expect(n.agenda.map((i: any) => `${i.number} ${i.title}`)).toEqual(['1 Raumfrage', '2 Haushalt 2027', '3 Offene Aufgaben']);
      expect(n.agenda[1].carriedFromId).toBe(deferred.id);
      expect(n.participants).toHaveLength(3);
      const again = await lead.request('mutation($id: UUID!) { createNextMeeting(id: $id) { id } }', { id: meeting.id });
      expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'NEXT_MEETING_EXISTS' });
    });
  });

  describe('attendance', () => {
    it('checks people in, records excused and absent ones and adds guests; only for the body’s insiders', async () => {
      const meeting = await advance(lead, await createMeeting(lead, wg()), 'RUNNING');
      const SET =
        'mutation($m: UUID!, $i: AttendanceInput!) { setAttendance(meetingId: $m, input: $i) { attendance invited checkedInAt person { familyName } } }';
      const present = await lead.ok<any>(SET, { m: meeting.id, i: { personId: fx.people.volunteer.id, attendance: 'PRESENT' } });
      expect(present.setAttendance).toMatchObject({ attendance: 'PRESENT', invited: true, person: { familyName: 'Kovalenko' } });
      expect(present.setAttendance.checkedInAt).not.toBeNull();
      const guest = await lead.ok<any>(SET, { m: meeting.id, i: { personId: fx.people.official.id, attendance: 'GUEST' } });
      expect(guest.setAttendance).toMatchObject({ attendance: 'GUEST', invited: false });
      const q = 'query($id: UUID!) { meeting(id: $id) { participants { attendance person { familyName } } } }';
      expect((await as.visitor().ok<any>(q, { id: meeting.id })).meeting.participants).toEqual([]);
      expect((await (await as.volunteer()).ok<any>(q, { id: meeting.id })).meeting.participants).toHaveLength(4);
    });
  });
});
