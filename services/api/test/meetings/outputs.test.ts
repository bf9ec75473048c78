import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ical, { type CalendarResponse, type VEvent } from 'node-ical';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { publicBaseUrl } from '../../src/config/config.js';
import type { EntityManager } from '../../src/db/orm.js';
import { createLogger, loggablePath } from '../../src/logging/logger.js';
import { createMailer, type Mail } from '../../src/mail/mailer.js';
import { MeetingMails } from '../../src/modules/meeting/meeting.mail.js';
import { databaseLabel } from '../support/database.js';
import { errorCode, type GraphQLClient } from '../support/graphql-client.js';
import { type Harness, startHarness } from '../support/harness.js';
import { addItem, advance, clients, createMeeting, resetMeetings } from '../support/meeting-fixture.js';
import type { StructureFixture } from '../support/structure-fixture.js';

const berlin = (d: Date, options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', ...options }).format(d);

/** The one VEVENT of a parsed calendar, and the calendar's METHOD. */
function parsed(ics: string): { method: string | undefined; events: VEvent[]; calendar: CalendarResponse } {
  const calendar = ical.sync.parseICS(ics);
  const events = Object.values(calendar).filter((c): c is VEvent => (c as { type?: string } | undefined)?.type === 'VEVENT');
  return { method: calendar.vcalendar?.method as string | undefined, events, calendar };
}

const text = (value: unknown) => (typeof value === 'string' ? value : (value as { val?: string } | undefined)?.val);

/** A Yjs update that appends `text` to an item's notes, as the editor would send it. */
function typed(state: string | null, text: string) {
  const doc = new Y.Doc();
  if (state) Y.applyUpdate(doc, Buffer.from(state, 'base64'));
  const before = Y.encodeStateVector(doc);
  const notes = doc.getText('notes');
  notes.insert(notes.length, text);
  return Buffer.from(Y.encodeStateAsUpdate(doc, before)).toString('base64');
}

const NOTES_STATE = 'query($id: UUID!) { agendaItem(id: $id) { notesState } }';
const EDIT = 'mutation($i: UUID!, $u: String!) { editAgendaNotes(agendaItemId: $i, update: $u) { text } }';

async function writeNotes(client: GraphQLClient, itemId: string, markdown: string) {
  const { agendaItem } = await client.ok<any>(NOTES_STATE, { id: itemId });
  await client.ok(EDIT, { i: itemId, u: typed(agendaItem.notesState, markdown) });
}

/** A text entry of a PDF's info dictionary, decoded as PDFKit writes it: a literal string, UTF-16BE with BOM beyond ASCII. */
function pdfInfo(pdf: Buffer, key: string): string | undefined {
  const raw = pdf.toString('latin1');
  // PDFKit writes it as an indirect object: `/Title 14 0 R` … `14 0 obj\n(…)`.
  const ref = new RegExp(`/${key} (\\d+) 0 R`).exec(raw)?.[1];
  const opening = `\n${ref} 0 obj\n(`;
  const at = ref ? raw.indexOf(opening) : -1;
  if (at < 0) return undefined;
  const start = at + opening.length;
  const escapes: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12 };
  const bytes: number[] = [];
  for (let i = start; i < raw.length; i++) {
    const c = raw[i] as string;
    if (c === ')') break;
    if (c === '\\') {
      const next = raw[++i] as string;
      bytes.push(escapes[next] ?? next.charCodeAt(0));
    } else bytes.push(c.charCodeAt(0));
  }
  const buffer = Buffer.from(bytes);
  return buffer[0] === 0xfe && buffer[1] === 0xff ? buffer.subarray(2).swap16().toString('utf16le') : buffer.toString('latin1');
}

/** The session cookie of a logged-in client, for plain HTTP requests. */
const cookieOf = (client: GraphQLClient) => (client.cookie ? { cookie: client.cookie } : undefined);

describe(`meeting outputs: invitation mails, iCalendar feeds, minutes as HTML and PDF (${databaseLabel})`, () => {
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
    h.outbox.length = 0;
    lead = await as.lead();
  });
  const wg = () => fx.structure.bodies.workingGroup.id;
  const em = () => h.orm.em.fork() as EntityManager;
  /** The mails sent since the last call, once the queue has delivered them. */
  const delivered = async () => {
    await h.services.meetingMails.idle();
    return h.outbox.splice(0);
  };
  const get = (url: string, headers?: Record<string, string>) => fetch(`${h.url}${url}`, { headers });

  describe('invitation mails', () => {
    /** Tobias Lindner has no account: his first EMAIL channel is his address (a phone number before it is skipped). */
    beforeEach(async () => {
      await em().execute('update person set contact_channels = ?::jsonb where id = ?', [
        JSON.stringify([
          { kind: 'PHONE', value: '0341 123', label: null },
          { kind: 'EMAIL', value: 'lindner@stadt.example', label: 'Büro' },
          { kind: 'EMAIL', value: 'zweite@stadt.example', label: null },
        ]),
        fx.structure.people.leadCity.id,
      ]);
    });

    it('mails every invitee on INVITED, one .ics each, with the account’s address or the first email channel', async () => {
      const meeting = await createMeeting(lead, wg(), { organiserId: fx.orgs.caritas.id, onlineUrl: 'https://meet.example/ag' });
      expect(await delivered()).toEqual([]);
      await advance(lead, meeting, 'INVITED');
      const mails = await delivered();
      expect(mails.map((m) => m.to).sort()).toEqual(['lead@test.example', 'lindner@stadt.example', 'volunteer@test.example']);
      const start = new Date(meeting.startsAt);
      const time = berlin(start, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
      const day = berlin(start, { day: '2-digit', month: '2-digit', year: 'numeric' });
      for (const mail of mails) {
        expect(mail.subject).toBe(`Einladung: AG Arbeit und Sprache – Sitzung der AG am ${day}, ${time} Uhr`);
        expect(mail.attachments).toHaveLength(1);
        const [attachment] = mail.attachments ?? [];
        expect(attachment).toMatchObject({ filename: 'einladung.ics', contentType: 'text/calendar; method=REQUEST; charset=utf-8' });
        const { method, events } = parsed(String(attachment?.content));
        expect(method).toBe('REQUEST');
        expect(events).toHaveLength(1);
        const [event] = events as [VEvent];
        expect(event.uid).toBe(`${meeting.id}@verbund`);
        expect(text(event.summary)).toBe('AG Arbeit und Sprache – Sitzung der AG');
        expect(event.start.toISOString()).toBe(start.toISOString());
        expect(event.end?.toISOString()).toBe(new Date(meeting.endsAt).toISOString());
        expect(Number(event.sequence)).toBe(0);
        expect(event.status).toBe('CONFIRMED');
        expect(text(event.location)).toBe('Rathaus, Raum 101');
        expect(text(event.url)).toBe(`${publicBaseUrl(h.config)}/meetings/${meeting.id}`);
        expect(event.organizer).toMatchObject({ params: { CN: 'Caritasverband Nordstadt' } });
        expect(String(text(event.organizer)).toLowerCase()).toBe(`mailto:${h.config.mail.from}`);
        // Only the recipient is listed: invitees never see each other's addresses.
        const attendees = ([] as unknown[]).concat(event.attendee ?? []).map((a) => String(text(a)).toLowerCase());
        expect(attendees).toEqual([`mailto:${mail.to}`]);
        expect(mail.text).toContain(
          `Wann: ${berlin(start, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })}, ${time}–`,
        );
        expect(mail.text).toContain('Wo: Rathaus, Raum 101');
        expect(mail.text).toContain('Online: https://meet.example/ag');
        expect(mail.text).toContain('Gastgeber: Caritasverband Nordstadt');
        expect(mail.text).toContain(`Zur Sitzung: ${publicBaseUrl(h.config)}/meetings/${meeting.id}`);
      }
      expect(mails.find((m) => m.to === 'lindner@stadt.example')?.text).toMatch(/^Guten Tag Tobias Lindner,\n/);
    });

    it('mails an update with a higher SEQUENCE when the meeting is postponed, and a cancellation with METHOD:CANCEL', async () => {
      const invited = await advance(lead, await createMeeting(lead, wg()), 'INVITED');
      const first = parsed(String((await delivered())[0]?.attachments?.[0]?.content)).events[0] as VEvent;
      const later = new Date(new Date(invited.startsAt).getTime() + 14 * 86_400_000);
      const moved = await lead.ok<any>(
        'mutation($id: UUID!, $v: Int!, $i: PostponeMeetingInput!) { postponeMeeting(id: $id, version: $v, input: $i) { id version } }',
        {
          id: invited.id,
          v: invited.version,
          i: { startsAt: later.toISOString(), endsAt: new Date(later.getTime() + 3_600_000).toISOString(), reason: 'Ferien' },
        },
      );
      const updates = await delivered();
      expect(updates).toHaveLength(3);
      const update = updates.find((m) => m.to === 'volunteer@test.example') as Mail;
      expect(update.subject).toMatch(/^Geänderter Termin: AG Arbeit und Sprache – Sitzung der AG am /);
      expect(update.attachments?.[0]?.contentType).toBe('text/calendar; method=REQUEST; charset=utf-8');
      const { method, events } = parsed(String(update.attachments?.[0]?.content));
      expect(method).toBe('REQUEST');
      const event = events[0] as VEvent;
      expect(event.uid).toBe(first.uid);
      expect(Number(event.sequence)).toBeGreaterThan(Number(first.sequence));
      expect(event.start.toISOString()).toBe(later.toISOString());

      await advance(lead, moved.postponeMeeting, 'CANCELLED');
      const cancellations = await delivered();
      expect(cancellations.map((m) => m.to).sort()).toEqual(['lead@test.example', 'lindner@stadt.example', 'volunteer@test.example']);
      const cancellation = cancellations[0] as Mail;
      expect(cancellation.subject).toMatch(/^Abgesagt: AG Arbeit und Sprache – Sitzung der AG am /);
      expect(cancellation.text).toContain('Grund: Krankheit');
      expect(cancellation.attachments?.[0]).toMatchObject({
        filename: 'absage.ics',
        contentType: 'text/calendar; method=CANCEL; charset=utf-8',
      });
      const cancelled = parsed(String(cancellation.attachments?.[0]?.content));
      expect(cancelled.method).toBe('CANCEL');
      expect(cancelled.events[0]).toMatchObject({ uid: first.uid, status: 'CANCELLED' });
      expect(Number(cancelled.events[0]?.sequence)).toBeGreaterThan(Number(event.sequence));

      // The body's feed keeps the meeting, marked cancelled, so subscribed calendars drop it.
      const feed = parsed(await (await get(`/api/calendar/bodies/${wg()}.ics`)).text());
      expect(feed.method).toBe('PUBLISH');
      expect(feed.events.map((e) => [e.uid, e.status])).toEqual([[first.uid, 'CANCELLED']]);
    });

    it('mails nothing for a planned meeting’s changes, and only people who have an address', async () => {
      const meeting = await createMeeting(lead, wg());
      await lead.ok('mutation($id: UUID!, $v: Int!) { updateMeeting(id: $id, version: $v, input: { location: "Saal 2" }) { id } }', {
        id: meeting.id,
        v: meeting.version,
      });
      expect(await delivered()).toEqual([]);
      await em().execute(`update person set contact_channels = '[]'::jsonb where id = ?`, [fx.structure.people.leadCity.id]);
      await advance(lead, { ...meeting, version: meeting.version + 1 }, 'INVITED');
      expect((await delivered()).map((m) => m.to).sort()).toEqual(['lead@test.example', 'volunteer@test.example']);
    });

    it('invites someone added later alone, and tells invitees of a changed title or link but not of a repeated place', async () => {
      const invited = await advance(lead, await createMeeting(lead, wg()), 'INVITED');
      await delivered();
      await lead.ok('mutation($id: UUID!, $p: [UUID!]!) { inviteToMeeting(id: $id, personIds: $p) { id } }', {
        id: invited.id,
        p: [fx.people.official.id, fx.people.volunteer.id],
      });
      expect((await delivered()).map((m) => m.to)).toEqual(['official@test.example']);
      const same = await lead.ok<any>(
        'mutation($id: UUID!, $v: Int!) { updateMeeting(id: $id, version: $v, input: { location: "Rathaus, Raum 101" }) { version } }',
        { id: invited.id, v: invited.version },
      );
      expect(await delivered()).toEqual([]);
      await lead.ok(
        'mutation($id: UUID!, $v: Int!) { updateMeeting(id: $id, version: $v, input: { onlineUrl: "https://meet.example/neu" }) { id } }',
        {
          id: invited.id,
          v: same.updateMeeting.version,
        },
      );
      const updates = await delivered();
      expect(updates.length).toBeGreaterThan(0);
      expect(updates.every((m) => m.subject.startsWith('Geänderter Termin'))).toBe(true);
    });

    it('writes a mail with its .ics to the outbox as multipart MIME that a calendar parser reads', async () => {
      const dir = await mkdtemp(path.join(tmpdir(), 'verbund-outbox-'));
      try {
        const mailer = createMailer({ smtpUrl: undefined, from: 'verbund@test.example', outboxDir: dir }, createLogger('silent'));
        await advance(lead, await createMeeting(lead, wg()), 'INVITED');
        const mail = (await delivered()).find((m) => m.to === 'volunteer@test.example') as Mail;
        await mailer.send(mail);
        const [file] = await readdir(dir);
        const eml = await readFile(path.join(dir, file as string), 'utf8');
        expect(eml).toMatch(/^Content-Type: multipart\/mixed; boundary="?([^"\n]+)"?$/m);
        expect(eml).toContain('To: volunteer@test.example');
        expect(eml).toContain('Subject: =?UTF-8?');
        const boundary = /boundary="?([^"\n]+)"?/.exec(eml)?.[1] as string;
        const parts = eml.split(`--${boundary}`).slice(1, -1);
        const calendarPart = parts.find((p) => /Content-Type: text\/calendar; method=REQUEST; charset=utf-8/i.test(p)) as string;
        expect(calendarPart).toMatch(/filename=einladung\.ics/);
        const [head, ...rest] = calendarPart.replace(/^\n/, '').split('\n\n');
        const body = rest.join('\n\n');
        const encoding = /Content-Transfer-Encoding: (\S+)/i.exec(head as string)?.[1]?.toLowerCase();
        const decoded =
          encoding === 'base64'
            ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
            : encoding === 'quoted-printable'
              ? Buffer.from(
                  body.replace(/=\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex) => String.fromCharCode(Number.parseInt(hex, 16))),
                  'latin1',
                ).toString('utf8')
              : body;
        expect(decoded.replace(/\r?\n/g, '\r\n')).toBe(String(mail.attachments?.[0]?.content).replace(/\r?\n/g, '\r\n'));
        expect(text(parsed(decoded).events[0]?.summary)).toBe('AG Arbeit und Sprache – Sitzung der AG');
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    });

    it('logs a failed preparation or delivery and never throws to the service', async () => {
      const lines: string[] = [];
      const logger = createLogger('info', { write: (line: string) => void lines.push(line) });
      const meeting = await advance(lead, await createMeeting(lead, wg()), 'INVITED');
      await delivered();
      const failing = new MeetingMails(h.config, {
        send: async () => {
          throw new Error('SMTP down');
        },
      });
      failing.connect(() => h.orm.em.fork() as EntityManager, logger);
      await expect(failing.send(meeting.id, 'UPDATED')).resolves.toBeUndefined();
      await expect(failing.idle()).resolves.toBeUndefined();
      const broken = new MeetingMails(h.config, { send: async () => {} });
      broken.connect(() => {
        throw new Error('no database');
      }, logger);
      await expect(broken.send(meeting.id, 'UPDATED')).resolves.toBeUndefined();
      expect(lines.map((l) => JSON.parse(l).msg)).toContain('meeting mails could not be prepared');
    });
  });

  describe('calendar feeds', () => {
    it('a body’s feed holds its public meetings only, nothing from inside them; internal and unknown bodies are 404', async () => {
      const open = await createMeeting(lead, wg());
      const closed = await createMeeting(lead, wg(), { visibility: 'INTERNAL', title: 'Interne Runde' });
      await addItem(lead, open.id, { title: 'Geheimer Tagesordnungspunkt', visibility: 'INTERNAL' });
      await addItem(lead, open.id, { title: 'Öffentlicher Tagesordnungspunkt' });
      const res = await get(`/api/calendar/bodies/${wg()}.ics`, cookieOf(lead));
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
      const body = await res.text();
      const { events, calendar } = parsed(body);
      expect(events.map((e) => e.uid)).toEqual([`${open.id}@verbund`]);
      expect(events[0]?.status).toBe('CONFIRMED');
      expect(calendar.vcalendar?.['WR-TIMEZONE']).toBe('Europe/Berlin');
      expect(calendar.vcalendar?.['WR-CALNAME']).toBe('AG Arbeit und Sprache – Sitzungen');
      expect(body).not.toContain(closed.id);
      expect(body).not.toContain('Tagesordnungspunkt');
      // A session does not widen the public feed.
      const admin = await as.admin();
      const asAdmin = parsed(await (await get(`/api/calendar/bodies/${wg()}.ics`, cookieOf(admin))).text());
      expect(asAdmin.events.map((e) => e.uid)).toEqual([`${open.id}@verbund`]);

      await createMeeting(admin, fx.structure.bodies.internal.id);
      const internal = await get(`/api/calendar/bodies/${fx.structure.bodies.internal.id}.ics`, cookieOf(admin));
      expect(internal.status).toBe(404);
      expect((await internal.json()).errors[0].extensions.code).toBe('NOT_FOUND');
      expect((await get('/api/calendar/bodies/00000000-0000-4000-8000-000000000000.ics')).status).toBe(404);
      expect((await get('/api/calendar/bodies/nicht-da.ics')).status).toBe(404);
    });

    it('leaves out meetings more than a year back or two years ahead', async () => {
      const soon = await createMeeting(lead, wg(), {}, 10);
      const far = await createMeeting(lead, wg(), { title: 'Zu weit' }, 800);
      const past = await createMeeting(lead, wg(), { title: 'Lange her' }, -400);
      const { events } = parsed(await (await get(`/api/calendar/bodies/${wg()}.ics`)).text());
      expect(events.map((e) => e.uid)).toEqual([`${soon.id}@verbund`]);
      const listed = await as.visitor().ok<any>('query($b: UUID!) { meetings(bodyId: $b) { id } }', { b: wg() });
      expect(listed.meetings.map((m: any) => m.id).sort()).toEqual([soon.id, far.id, past.id].sort());
    });

    it('a personal feed holds what its user is invited to or whose body they sit in, as they see it, behind a secret URL', async () => {
      const volunteer = await as.volunteer();
      const internal = await createMeeting(lead, wg(), { visibility: 'INTERNAL', title: 'Interne Runde' });
      const chair = await as.chair();
      const steering = await createMeeting(chair, fx.structure.bodies.steering.id, { title: 'Lenkungsgruppe' }, 14);

      expect(errorCode(await as.visitor().request('mutation { createCalendarFeed }'))).toBe('UNAUTHENTICATED');
      const url = (await volunteer.ok<{ createCalendarFeed: string }>('mutation { createCalendarFeed }')).createCalendarFeed;
      expect(url).toMatch(new RegExp(`^${publicBaseUrl(h.config).replace(/\./g, '\\.')}/api/calendar/personal/[\\w-]{43}\\.ics$`));
      const feedPath = new URL(url).pathname;
      const token = feedPath.slice('/api/calendar/personal/'.length, -'.ics'.length);
      const [stored] = await em().execute('select calendar_feed_token_hash as hash from app_user where email = ?', [
        'volunteer@test.example',
      ]);
      expect(stored?.hash).toBe(createHash('sha256').update(token).digest('hex'));

      const feed = async () => {
        const res = await get(feedPath);
        return {
          status: res.status,
          type: res.headers.get('content-type'),
          cache: res.headers.get('cache-control'),
          body: await res.text(),
        };
      };
      const first = await feed();
      expect(first).toMatchObject({ status: 200, type: 'text/calendar; charset=utf-8', cache: 'private, no-store' });
      expect(parsed(first.body).events.map((e) => text(e.summary))).toEqual(['AG Arbeit und Sprache – Interne Runde']);
      expect(parsed(first.body).events[0]?.uid).toBe(`${internal.id}@verbund`);

      // Invited to the steering committee's meeting, the volunteer has it in the feed too.
      await chair.ok('mutation($id: UUID!, $p: [UUID!]!) { inviteToMeeting(id: $id, personIds: $p) { id } }', {
        id: steering.id,
        p: [fx.people.volunteer.id],
      });
      expect(parsed((await feed()).body).events.map((e) => e.uid)).toEqual([`${internal.id}@verbund`, `${steering.id}@verbund`]);

      // A new URL replaces the old one; revoking ends it; a made-up one was never there.
      const second = (await volunteer.ok<{ createCalendarFeed: string }>('mutation { createCalendarFeed }')).createCalendarFeed;
      expect(second).not.toBe(url);
      expect((await feed()).status).toBe(404);
      const secondPath = new URL(second).pathname;
      expect((await get(secondPath)).status).toBe(200);
      // A disabled account's feed is gone with it.
      await em().execute('update app_user set disabled_at = now() where email = ?', ['volunteer@test.example']);
      expect((await get(secondPath)).status).toBe(404);
      await em().execute('update app_user set disabled_at = null where email = ?', ['volunteer@test.example']);
      expect((await volunteer.ok<any>('mutation { revokeCalendarFeed }')).revokeCalendarFeed).toBe(true);
      expect((await volunteer.ok<any>('mutation { revokeCalendarFeed }')).revokeCalendarFeed).toBe(false);
      const revoked = await get(secondPath);
      expect(revoked.status).toBe(404);
      expect((await revoked.json()).errors[0].extensions).toEqual({ code: 'NOT_FOUND', reason: 'CALENDAR_FEED_NOT_FOUND' });
      expect((await get('/api/calendar/personal/ausgedacht-aber-lang-genug-um-echt-zu-wirken-0123.ics')).status).toBe(404);
    });

    it('keeps the feed’s secret out of the log', () => {
      expect(loggablePath('/api/calendar/personal/abc-DEF_123.ics')).toBe('/api/calendar/personal/[redacted]');
      expect(loggablePath(`/api/calendar/bodies/${'0'.repeat(8)}.ics`)).toBe('/api/calendar/bodies/00000000.ics');
    });
  });

  describe('minutes as HTML and PDF', () => {
    /** A working-group meeting with a public and an internal item, notes, a decision with a recusal and a task. */
    async function minutesMeeting() {
      const meeting = await advance(lead, await createMeeting(lead, wg(), { organiserId: fx.orgs.caritas.id }), 'INVITED', 'RUNNING');
      const open = await addItem(lead, meeting.id, { title: 'Sprachkurse' });
      await addItem(lead, meeting.id, { title: 'Stand der Kurse', parentId: open.id });
      const closed = await addItem(lead, meeting.id, { title: 'Personalangelegenheit', visibility: 'INTERNAL' });
      await writeNotes(
        lead,
        open.id,
        '## Stand\n- **12** Kurse abgestimmt\n- [Kursliste](https://kurse.example/liste)\n\n<script>alert(1)</script>\n[böse](javascript:alert(1))\n',
      );
      await writeNotes(lead, closed.id, 'Vertrauliche Notiz zur Stelle\n');
      await lead.ok(
        'mutation($i: UUID!, $p: UUID!) { addDecision(agendaItemId: $i, input: { text: "Dem Antrag wird zugestimmt.", result: ADOPTED, votesFor: 5, votesAgainst: 0, votesAbstaining: 1, recusals: [{ personId: $p, reason: "Antragstellerin" }] }) { id } }',
        { i: open.id, p: fx.people.volunteer.id },
      );
      await lead.ok(
        'mutation($i: UUID!, $p: UUID!) { createTask(input: { agendaItemId: $i, title: "Zahlen besorgen", assigneePersonId: $p, dueOn: "2030-01-31" }) { id } }',
        {
          i: open.id,
          p: fx.structure.people.leadCity.id,
        },
      );
      await lead.ok('mutation($m: UUID!, $i: AttendanceInput!) { setAttendance(meetingId: $m, input: $i) { id } }', {
        m: meeting.id,
        i: { personId: fx.people.volunteer.id, attendance: 'PRESENT' },
      });
      return {
        meeting: (await lead.ok<any>('query($id: UUID!) { meeting(id: $id) { id version } }', { id: meeting.id })).meeting,
        open,
        closed,
      };
    }

    it('shows a visitor the public items without draft notes, and a member everything, sanitised', async () => {
      const { meeting } = await minutesMeeting();
      const page = async (client?: GraphQLClient, query = '') => {
        const res = await get(`/api/meetings/${meeting.id}/minutes.html${query}`, client && cookieOf(client));
        expect(res.status).toBe(200);
        expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
        expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
        return res.text();
      };
      const visitor = await page();
      expect(visitor).toContain('<h1>Protokoll: Sitzung der AG</h1>');
      expect(visitor).toContain('@media print');
      expect(visitor).toContain('<span class="number">TOP 1</span> Sprachkurse');
      expect(visitor).toContain('<span class="number">TOP 1.1</span> Stand der Kurse');
      expect(visitor).toContain('Gastgeber</dt><dd>Caritasverband Nordstadt');
      expect(visitor).not.toContain('Personalangelegenheit');
      expect(visitor).not.toContain('Vertrauliche Notiz');
      expect(visitor).not.toContain('Kurse abgestimmt');
      expect(visitor).not.toContain('Dem Antrag wird zugestimmt');
      expect(visitor).not.toContain('Zahlen besorgen');
      expect(visitor).not.toContain('Anwesenheit');
      expect(visitor).toContain('Das Protokoll ist noch nicht genehmigt.');

      const member = await page(await as.volunteer());
      expect(member).toContain('<span class="number">TOP 2</span> Personalangelegenheit<span class="tag">nicht öffentlich</span>');
      expect(member).toContain('Vertrauliche Notiz zur Stelle');
      expect(member).toContain('<h5>Stand</h5>');
      expect(member).toContain('<strong>12</strong> Kurse abgestimmt');
      expect(member).toContain('<a href="https://kurse.example/liste" rel="noopener noreferrer nofollow">Kursliste</a>');
      expect(member).not.toContain('<script');
      expect(member).not.toContain('javascript:');
      expect(member).toContain('Dem Antrag wird zugestimmt.');
      expect(member).toContain('Angenommen</span> · Abstimmung: 5 dafür, 0 dagegen, 1 Enthaltungen');
      expect(member).toContain('Wegen Befangenheit nicht mitgewirkt: Olena Kovalenko (Antragstellerin)');
      expect(member).toContain('<li>Zahlen besorgen – Tobias Lindner, fällig 31.01.2030 (offen)</li>');
      expect(member).toContain('<strong>Anwesend:</strong> Olena Kovalenko (Sprachcafé Südstadt)');
      expect(member).toMatch(/<strong>Eingeladen, ohne Angabe:<\/strong> [^<]*Miriam Okafor/);

      const english = await page(await as.volunteer(), '?lang=en');
      expect(english).toContain('<html lang="en">');
      expect(english).toContain('<h1>Minutes: Sitzung der AG</h1>');
      expect(english).toContain('Adopted</span> · Vote: 5 for, 0 against, 1 abstaining');
    });

    it('shows a visitor the published public minutes with approval and amendments, still without internal items', async () => {
      const { meeting, open } = await minutesMeeting();
      const approved = await advance(lead, meeting, 'MINUTES_DRAFT', 'MINUTES_APPROVED');
      await lead.ok(
        'mutation($m: UUID!, $i: UUID!) { amendMinutes(meetingId: $m, input: { agendaItemId: $i, text: "Enthaltung: 2, nicht 1.", reason: "Zählfehler" }) { id } }',
        {
          m: meeting.id,
          i: open.id,
        },
      );
      await advance(lead, approved, 'PUBLISHED');
      const visitor = await (await get(`/api/meetings/${meeting.id}/minutes.html`)).text();
      expect(visitor).toContain('<strong>12</strong> Kurse abgestimmt');
      expect(visitor).toContain('Dem Antrag wird zugestimmt.');
      expect(visitor).toMatch(/Genehmigt am \d\d\.\d\d\.\d{4}<\/p>/);
      expect(visitor).toMatch(/<strong>\d\d\.\d\d\.\d{4}, TOP 1:<\/strong> Enthaltung: 2, nicht 1\.<\/p><p>Grund: Zählfehler/);
      expect(visitor).not.toContain('Personalangelegenheit');
      expect(visitor).not.toContain('Vertrauliche Notiz');
      expect(visitor).not.toContain('Miriam Okafor');
      const member = await (await get(`/api/meetings/${meeting.id}/minutes.html`, cookieOf(await as.volunteer()))).text();
      expect(member).toMatch(/Genehmigt am \d\d\.\d\d\.\d{4} von Miriam Okafor<\/p>/);
      expect(member).toContain('TOP 1 (Miriam Okafor):</strong> Enthaltung');
    });

    it('makes a PDF of the same minutes, and 404s where the meeting is hidden or unknown', async () => {
      const { meeting } = await minutesMeeting();
      const volunteer = await as.volunteer();
      const res = await get(`/api/meetings/${meeting.id}/minutes.pdf`, cookieOf(volunteer));
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/pdf');
      expect(res.headers.get('content-disposition')).toMatch(/^inline; filename="protokoll-\d{4}-\d\d-\d\d-ag-arbeit-und-sprache\.pdf"$/);
      const pdf = Buffer.from(await res.arrayBuffer());
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pdf.subarray(-6).toString('latin1')).toMatch(/%%EOF\s*$/);
      expect(pdf.length).toBeGreaterThan(10_000);
      // The document's title, as PDFKit writes it into the (uncompressed) info dictionary.
      const title = pdfInfo(pdf, 'Title');
      expect(title).toBe('AG Arbeit und Sprache – Protokoll: Sitzung der AG');
      const visitorPdf = Buffer.from(await (await get(`/api/meetings/${meeting.id}/minutes.pdf`)).arrayBuffer());
      expect(visitorPdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      // The visitor's has less in it: no internal item, no notes, decisions, tasks or attendance.
      expect(visitorPdf.length).toBeLessThan(pdf.length);

      const hidden = await createMeeting(lead, wg(), { visibility: 'INTERNAL' });
      for (const format of ['pdf', 'html']) {
        const refused = await get(`/api/meetings/${hidden.id}/minutes.${format}`);
        expect(refused.status).toBe(404);
        expect((await refused.json()).errors[0].extensions).toEqual({ code: 'NOT_FOUND', reason: 'MEETING_NOT_FOUND' });
        expect((await get(`/api/meetings/${hidden.id}/minutes.${format}`, cookieOf(await as.official()))).status).toBe(404);
        expect((await get(`/api/meetings/${hidden.id}/minutes.${format}`, cookieOf(volunteer))).status).toBe(200);
        expect((await get(`/api/meetings/not-a-meeting/minutes.${format}`)).status).toBe(404);
      }
    });

    it('lays out long notes over several pages', async () => {
      const { meeting, open } = await minutesMeeting();
      await writeNotes(
        lead,
        open.id,
        Array.from({ length: 150 }, (_, n) => `- Punkt ${n + 1}: Wortmeldung zur Lage der Sprachkurse`).join('\n'),
      );
      const pdf = Buffer.from(await (await get(`/api/meetings/${meeting.id}/minutes.pdf`, cookieOf(lead))).arrayBuffer()).toString(
        'latin1',
      );
      expect(pdf.match(/\/Type \/Page\b/g)?.length ?? 0).toBeGreaterThanOrEqual(3);
    });
  });
});
