import { listSizes } from '../../graphql/lists.js';
import type { ReadModels } from '../../graphql/read-models.js';
import { Visibility } from '../organisation/organisation.enums.js';
import { TaskStatus } from '../task/task.entity.js';
import { Attendance, DecisionResult, MeetingStatus } from './meeting.enums.js';
import { MEETING_TIME_ZONE, type OutputLanguage } from './meeting.format.js';
import type { MeetingView } from './meeting.types.js';

/** A decision as the minutes print it. */
export interface MinutesDecision {
  text: string;
  result: DecisionResult;
  votesFor: number | null;
  votesAgainst: number | null;
  votesAbstaining: number | null;
  recusals: { name: string | null; reason: string | null }[];
}

/** An agenda item with what the reader may see of its minutes. */
export interface MinutesItem {
  number: string;
  depth: number;
  title: string;
  internal: boolean;
  presenter: string | null;
  plannedMinutes: number | null;
  /** Markdown; null when the reader may not see the notes (drafts for outsiders). */
  notes: string | null;
  decisions: MinutesDecision[];
  tasks: { title: string; assignee: string | null; dueOn: string | null; status: TaskStatus }[];
}

/**
 * Everything a printed or PDF protocol shows, read through the read models
 * as one reader: what the GraphQL API shows that reader, and nothing more.
 */
export interface Minutes {
  meeting: MeetingView;
  bodyName: string | null;
  organiserName: string | null;
  /** Attendance, for the meeting's insiders only. */
  attendance: { name: string; organisation: string | null; attendance: Attendance | null }[] | null;
  items: MinutesItem[];
  amendments: { itemNumber: string | null; text: string; reason: string; authorName: string | null; createdAt: Date }[];
  generatedAt: Date;
}

const personName = (p: { givenName: string; familyName: string } | null) => (p ? `${p.givenName} ${p.familyName}` : null);

/** Reads a meeting's minutes as the reader sees them; NOT_FOUND when the meeting is hidden or unknown. */
export async function readMinutes(read: ReadModels, meetingId: string): Promise<Minutes> {
  const meeting = await read.meetings.get(meetingId);
  const max = listSizes.items.max;
  const [body, organiser, insider, agenda, amendments] = await Promise.all([
    read.bodies.byId(meeting.bodyId),
    meeting.organiserId ? read.organisations.byId(meeting.organiserId) : null,
    read.meetings.insider(meeting.id),
    read.meetings.agenda(meeting.id, max),
    read.meetings.amendments(meeting.id, max),
  ]);
  const participants = insider ? await read.meetings.participants(meeting.id, listSizes.people.max) : null;
  const [attendance, items] = await Promise.all([
    participants &&
      Promise.all(
        participants.map(async (p) => {
          const [person, organisation] = await Promise.all([
            read.people.byId(p.personId),
            p.organisationId ? read.organisations.byId(p.organisationId) : null,
          ]);
          return { name: personName(person), organisation: organisation?.name ?? null, attendance: p.attendance };
        }),
      ),
    Promise.all(
      agenda.map(async (item): Promise<MinutesItem> => {
        const [presenter, notes, decisions, tasks] = await Promise.all([
          item.presenterId ? read.people.byId(item.presenterId) : null,
          read.meetings.notes(item.id),
          read.meetings.decisions(item.id, max),
          read.tasks.ofAgendaItem(item.id, max),
        ]);
        return {
          number: item.number,
          depth: item.depth,
          title: item.title,
          internal: item.visibility === Visibility.INTERNAL,
          presenter: personName(presenter),
          plannedMinutes: item.plannedMinutes,
          notes: notes?.text.trim() ? notes.text : null,
          decisions: await Promise.all(
            decisions.map(async (d) => ({
              text: d.text,
              result: d.result,
              votesFor: d.votesFor,
              votesAgainst: d.votesAgainst,
              votesAbstaining: d.votesAbstaining,
              recusals: await Promise.all(
                (await read.meetings.recusals(d.id)).map(async (r) => ({
                  name: personName(await read.people.byId(r.personId)),
                  reason: r.reason,
                })),
              ),
            })),
          ),
          tasks: await Promise.all(
            tasks.map(async (t) => ({
              title: t.title,
              assignee: t.assigneeId ? personName(await read.people.byId(t.assigneeId)) : null,
              dueOn: t.dueOn,
              status: t.status,
            })),
          ),
        };
      }),
    ),
  ]);
  const numbers = new Map(agenda.map((i) => [i.id, i.number]));
  return {
    meeting,
    bodyName: body?.name ?? null,
    organiserName: organiser?.name ?? null,
    attendance: attendance ? attendance.filter((a): a is typeof a & { name: string } => a.name !== null) : null,
    items,
    amendments: amendments.map((a) => ({
      itemNumber: a.agendaItemId ? (numbers.get(a.agendaItemId) ?? null) : null,
      text: a.text,
      reason: a.reason,
      authorName: a.authorName,
      createdAt: a.createdAt,
    })),
    generatedAt: new Date(),
  };
}

/** Whether the minutes are final: approved (and perhaps published), no longer a draft. */
export const minutesFinal = (m: Minutes) =>
  m.meeting.status === MeetingStatus.MINUTES_APPROVED || m.meeting.status === MeetingStatus.PUBLISHED;

/** The export's words, German and English; the API has no message catalogue. */
export const minutesLabels = {
  de: {
    minutes: 'Protokoll',
    draft: 'Entwurf',
    date: 'Datum und Zeit',
    place: 'Ort',
    online: 'Online',
    organiser: 'Gastgeber',
    status: 'Stand',
    cancelled: 'Abgesagt',
    attendance: 'Anwesenheit',
    notRecorded: 'Eingeladen, ohne Angabe',
    agenda: 'Tagesordnung',
    item: 'TOP',
    internal: 'nicht öffentlich',
    presenter: 'Vortrag',
    minutesShort: 'Min.',
    noItems: 'Keine Tagesordnungspunkte.',
    decisions: 'Beschlüsse',
    votes: (f: number | null, a: number | null, x: number | null) =>
      `Abstimmung: ${f ?? '–'} dafür, ${a ?? '–'} dagegen, ${x ?? '–'} Enthaltungen`,
    recusals: 'Wegen Befangenheit nicht mitgewirkt',
    tasks: 'Aufgaben',
    due: 'fällig',
    approval: 'Genehmigung',
    approvedOn: (date: string) => `Genehmigt am ${date}`,
    by: 'von',
    byDecision: 'durch Beschluss des Gremiums',
    notApproved: 'Das Protokoll ist noch nicht genehmigt.',
    amendments: 'Berichtigungen',
    reason: 'Grund',
    generated: (date: string) => `Erstellt am ${date} mit Verbund`,
    page: (n: number, of: number) => `Seite ${n} von ${of}`,
    meetingStatus: {
      PLANNED: 'Geplant',
      INVITED: 'Eingeladen',
      RUNNING: 'Sitzung läuft',
      MINUTES_DRAFT: 'Protokollentwurf',
      MINUTES_APPROVED: 'Protokoll genehmigt',
      PUBLISHED: 'Veröffentlicht',
      CANCELLED: 'Abgesagt',
    } satisfies Record<MeetingStatus, string>,
    attendanceLabel: { PRESENT: 'Anwesend', GUEST: 'Gäste', EXCUSED: 'Entschuldigt', ABSENT: 'Abwesend' } satisfies Record<
      Attendance,
      string
    >,
    result: {
      ADOPTED: 'Angenommen',
      REJECTED: 'Abgelehnt',
      DEFERRED: 'Vertagt',
      NOTED: 'Zur Kenntnis genommen',
    } satisfies Record<DecisionResult, string>,
    taskStatus: { OPEN: 'offen', IN_PROGRESS: 'in Arbeit', DONE: 'erledigt', CANCELLED: 'entfallen' } satisfies Record<TaskStatus, string>,
  },
  en: {
    minutes: 'Minutes',
    draft: 'Draft',
    date: 'Date and time',
    place: 'Place',
    online: 'Online',
    organiser: 'Host',
    status: 'Status',
    cancelled: 'Cancelled',
    attendance: 'Attendance',
    notRecorded: 'Invited, not recorded',
    agenda: 'Agenda',
    item: 'Item',
    internal: 'closed session',
    presenter: 'Presented by',
    minutesShort: 'min',
    noItems: 'No agenda items.',
    decisions: 'Decisions',
    votes: (f: number | null, a: number | null, x: number | null) => `Vote: ${f ?? '–'} for, ${a ?? '–'} against, ${x ?? '–'} abstaining`,
    recusals: 'Took no part (conflict of interest)',
    tasks: 'Tasks',
    due: 'due',
    approval: 'Approval',
    approvedOn: (date: string) => `Approved on ${date}`,
    by: 'by',
    byDecision: 'by decision of the body',
    notApproved: 'These minutes are not approved yet.',
    amendments: 'Corrections',
    reason: 'Reason',
    generated: (date: string) => `Generated on ${date} by Verbund`,
    page: (n: number, of: number) => `Page ${n} of ${of}`,
    meetingStatus: {
      PLANNED: 'Planned',
      INVITED: 'Invited',
      RUNNING: 'In session',
      MINUTES_DRAFT: 'Draft minutes',
      MINUTES_APPROVED: 'Minutes approved',
      PUBLISHED: 'Published',
      CANCELLED: 'Cancelled',
    } satisfies Record<MeetingStatus, string>,
    attendanceLabel: { PRESENT: 'Present', GUEST: 'Guests', EXCUSED: 'Excused', ABSENT: 'Absent' } satisfies Record<Attendance, string>,
    result: { ADOPTED: 'Adopted', REJECTED: 'Rejected', DEFERRED: 'Deferred', NOTED: 'Noted' } satisfies Record<DecisionResult, string>,
    taskStatus: { OPEN: 'open', IN_PROGRESS: 'in progress', DONE: 'done', CANCELLED: 'dropped' } satisfies Record<TaskStatus, string>,
  },
} satisfies Record<OutputLanguage, unknown>;

export type MinutesLabels = (typeof minutesLabels)[OutputLanguage];

/** Attendance groups in the order the minutes list them; null: invited, nothing recorded. */
export const attendanceOrder: (Attendance | null)[] = [Attendance.PRESENT, Attendance.GUEST, Attendance.EXCUSED, Attendance.ABSENT, null];

/** The attendance grouped for printing: each group's label and names ("Name (Organisation)"). */
export function attendanceGroups(m: Minutes, t: MinutesLabels): { label: string; names: string[] }[] {
  if (!m.attendance) return [];
  return attendanceOrder
    .map((kind) => ({
      label: kind ? t.attendanceLabel[kind] : t.notRecorded,
      names: (m.attendance ?? [])
        .filter((a) => a.attendance === kind)
        .map((a) => (a.organisation ? `${a.name} (${a.organisation})` : a.name)),
    }))
    .filter((g) => g.names.length > 0);
}

/** The file name of an export: `protokoll-2026-12-09-ag-arbeit-und-sprache.pdf`. */
export function minutesFileName(m: Minutes, lang: OutputLanguage, extension: 'html' | 'pdf'): string {
  const day = new Intl.DateTimeFormat('sv-SE', { timeZone: MEETING_TIME_ZONE }).format(m.meeting.startsAt);
  const slug = (m.bodyName ?? m.meeting.title)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `${lang === 'de' ? 'protokoll' : 'minutes'}-${day}${slug ? `-${slug}` : ''}.${extension}`;
}
