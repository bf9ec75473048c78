import type { Body } from '../modules/body/body.entity.js';
import { BodyKind } from '../modules/body/body.enums.js';
import type { Measure } from '../modules/measure/measure.entity.js';
import type { AgendaItem, Meeting } from '../modules/meeting/meeting.entity.js';
import { Attendance, DecisionResult, MeetingStatus } from '../modules/meeting/meeting.enums.js';
import { MembershipRole } from '../modules/membership/membership.entity.js';
import type { Organisation } from '../modules/organisation/organisation.entity.js';
import { Visibility } from '../modules/organisation/organisation.enums.js';
import type { Person } from '../modules/person/person.entity.js';
import { TaskStatus } from '../modules/task/task.entity.js';
import type { BodySeed } from './demo-structure-data.js';
import type { Factory } from './factories.js';
import { Random } from './random.js';

const DAY = 86_400_000;
const meetingKinds: readonly string[] = [
  BodyKind.STEERING_COMMITTEE,
  BodyKind.WORKING_GROUP,
  BodyKind.SUB_PROJECT,
  BodyKind.SUB_GROUP,
  BodyKind.ROUND_TABLE,
  BodyKind.ADVISORY_COUNCIL,
];

const isoDay = (d: Date) => d.toISOString().slice(0, 10);
/** 16:00 in Lindenau (15:00 UTC in winter, which is close enough for the demo). */
const afternoon = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), 15, 0));

export interface DemoMeetingsInput {
  bodies: Map<string, Body>;
  people: Map<string, Person>;
  homeOrganisation: Map<string, Organisation>;
  organisations: Map<string, Organisation>;
  measures: { body: string; measure: Measure }[];
  seeds: readonly BodySeed[];
  /** The demo lead's working group: it meets today, and one of its meetings was cancelled. */
  leadBody: string;
}

/**
 * A year of meetings for the demo city's active bodies: the steering
 * committee quarterly, working groups and sub-projects every 4-8 weeks by
 * their cadence with alternating organisers; past meetings with approved,
 * published minutes, decisions and tasks (some done, some overdue); one
 * cancelled meeting; one meeting running today; the next ones planned or
 * invited.
 */
export function seedDemoMeetings(factory: Factory, input: DemoMeetingsInput, today = new Date()): { meetings: number; tasks: number } {
  const random = new Random(20261201);
  let meetings = 0;
  let tasks = 0;
  const start = new Date(today.getTime() - 365 * DAY);
  const horizon = new Date(today.getTime() + 75 * DAY);
  for (const seed of input.seeds) {
    if (!meetingKinds.includes(seed.kind) || seed.history?.length) continue;
    const body = input.bodies.get(seed.key);
    if (!body) continue;
    const current = seed.members.filter((m) => !m.to && (!m.from || m.from <= isoDay(today)));
    const members = current
      .map((m) => ({
        person: input.people.get(m.person),
        organisation: m.organisation ? input.organisations.get(m.organisation) : input.homeOrganisation.get(m.person),
        role: m.role,
      }))
      .filter((m): m is { person: Person; organisation: Organisation | undefined; role: typeof m.role } => !!m.person);
    if (members.length < 2) continue;
    const leads = members.filter((m) =>
      [MembershipRole.CHAIR, MembershipRole.TANDEM_LEAD, MembershipRole.DEPUTY_CHAIR].includes(m.role as MembershipRole),
    );
    const hosts = [...new Set((leads.length ? leads : members).map((m) => m.organisation).filter((o): o is Organisation => !!o))];
    const measures = input.measures.filter((m) => m.body === seed.key).map((m) => m.measure);
    const weeks =
      seed.kind === BodyKind.STEERING_COMMITTEE ? [13, 13] : [seed.meetingCadence?.minWeeks ?? 6, seed.meetingCadence?.maxWeeks ?? 8];
    const isLeadBody = seed.key === input.leadBody;

    let at = new Date(start.getTime() + random.int(0, 30) * DAY);
    let previous: Meeting | null = null;
    let number = 0;
    let cancelledOne = false;
    let runningToday = false;
    while (at < horizon) {
      number += 1;
      // The demo lead's group meets today, whatever its rhythm says.
      if (isLeadBody && !runningToday && at.getTime() > today.getTime() - 14 * DAY) {
        at = today;
        runningToday = true;
      }
      const startsAt =
        at === today ? new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate(), 8, 30)) : afternoon(at);
      const past = startsAt.getTime() + 3 * 3_600_000 < today.getTime();
      const isToday = at === today;
      const daysAgo = (today.getTime() - startsAt.getTime()) / DAY;
      let status: MeetingStatus;
      if (isToday) status = MeetingStatus.RUNNING;
      else if (!past) status = daysAgo > -21 ? MeetingStatus.INVITED : MeetingStatus.PLANNED;
      else if (isLeadBody && !cancelledOne && daysAgo > 90 && daysAgo < 160) status = MeetingStatus.CANCELLED;
      else if (daysAgo < 14) status = MeetingStatus.MINUTES_DRAFT;
      else if (daysAgo < 35) status = MeetingStatus.MINUTES_APPROVED;
      else status = MeetingStatus.PUBLISHED;
      if (status === MeetingStatus.CANCELLED) cancelledOne = true;
      const host = hosts.length ? (hosts[number % hosts.length] as Organisation) : null;
      const took = past || isToday;
      const meeting = factory.meeting(body, {
        title: `${number}. Sitzung ${seed.shortName ?? seed.name}`,
        startsAt,
        minutes: seed.kind === BodyKind.STEERING_COMMITTEE ? 150 : 120,
        status,
        organiser: host,
        location: host ? `${host.name}, Besprechungsraum` : 'Rathaus Lindenau, Raum 2.14',
        onlineUrl: random.chance(0.3) ? 'https://meet.lindenau.example/verbund' : null,
        previous,
        cancelReason: status === MeetingStatus.CANCELLED ? 'Krankheitsbedingt abgesagt; die Punkte gehen in die nächste Sitzung.' : null,
        approvedByName:
          status === MeetingStatus.MINUTES_APPROVED || status === MeetingStatus.PUBLISHED
            ? `${leads[0]?.person.givenName ?? members[0]?.person.givenName} ${leads[0]?.person.familyName ?? members[0]?.person.familyName}`
            : null,
        invitees: members.map((m) => ({
          person: m.person,
          organisation: m.organisation ?? null,
          attendance:
            status === MeetingStatus.CANCELLED || !took
              ? null
              : isToday
                ? random.chance(0.6)
                  ? Attendance.PRESENT
                  : null
                : random.chance(0.8)
                  ? Attendance.PRESENT
                  : random.chance(0.7)
                    ? Attendance.EXCUSED
                    : Attendance.ABSENT,
        })),
      });
      meetings += 1;
      previous = meeting;
      if (status !== MeetingStatus.CANCELLED) tasks += agenda(factory, random, meeting, body, members, measures, { took, isToday, today });
      const gap = weeks[0] === weeks[1] ? (weeks[0] as number) : random.int(weeks[0] as number, weeks[1] as number);
      at = new Date(startsAt.getTime() + gap * 7 * DAY);
    }
  }
  return { meetings, tasks };
}

const noteTemplates = [
  (t: string) => `## ${t}\n\n- Bericht aus den Trägern, Rückfragen geklärt\n- Zahlen werden bis zur nächsten Sitzung aktualisiert\n`,
  (t: string) =>
    `## ${t}\n\nDie Gruppe bespricht den Stand. Hauptpunkte:\n\n1. Bedarf ist weiter hoch\n2. Räume fehlen an zwei Standorten\n`,
  (t: string) => `## ${t}\n\n**Ergebnis:** Vorschlag wird überarbeitet und erneut vorgelegt.\n`,
];

function agenda(
  factory: Factory,
  random: Random,
  meeting: Meeting,
  body: Body,
  members: { person: Person; organisation: Organisation | undefined }[],
  measures: Measure[],
  when: { took: boolean; isToday: boolean; today: Date },
): number {
  const minutesWritten = when.took && !when.isToday;
  const item = (position: number, title: string, extra: Partial<Parameters<Factory['agendaItem']>[1]> = {}): AgendaItem =>
    factory.agendaItem(meeting, {
      position,
      title,
      plannedMinutes: extra.plannedMinutes ?? random.pick([10, 15, 20, 30]),
      notes: minutesWritten ? random.pick(noteTemplates)(title) : '',
      ...extra,
    });
  let tasks = 0;
  let position = 0;
  item(++position, 'Begrüßung und Tagesordnung', {
    plannedMinutes: 5,
    notes: minutesWritten ? 'Die Tagesordnung wird ohne Änderungen angenommen.\n' : '',
  });
  item(++position, 'Protokoll der letzten Sitzung', { plannedMinutes: 5, notes: minutesWritten ? 'Das Protokoll wird genehmigt.\n' : '' });
  for (const measure of random.sample(measures, 2)) {
    const topic = item(++position, `Stand: ${measure.title}`, {
      measure,
      presenter: random.pick(members).person,
      carryOver: random.chance(0.15),
    });
    if (!minutesWritten && !when.isToday) continue;
    if (minutesWritten && random.chance(0.6)) {
      const deferred = random.chance(0.15);
      const decision = factory.decision(topic, {
        text: deferred
          ? 'Die Entscheidung wird vertagt, bis die Kostenschätzung vorliegt.'
          : `Die AG nimmt den Sachstand zur Kenntnis und beauftragt die Verantwortlichen mit den nächsten Schritten zu „${measure.title}“.`,
        result: deferred ? DecisionResult.DEFERRED : random.chance(0.8) ? DecisionResult.ADOPTED : DecisionResult.NOTED,
        votes: deferred ? undefined : [random.int(5, 11), random.int(0, 1), random.int(0, 2)],
      });
      const assignee = random.pick(members);
      const due = new Date(meeting.startsAt.getTime() + random.int(14, 35) * DAY);
      const overdue = due < when.today;
      factory.task(body, {
        title: random.pick([
          'Zahlen zusammenstellen',
          'Träger anschreiben',
          'Termin mit dem Jobcenter vereinbaren',
          'Entwurf überarbeiten',
          'Raumfrage klären',
        ]),
        assignee: assignee.person,
        organisation: assignee.organisation ?? null,
        dueOn: isoDay(due),
        status: overdue
          ? random.chance(0.75)
            ? TaskStatus.DONE
            : random.pick([TaskStatus.OPEN, TaskStatus.IN_PROGRESS])
          : TaskStatus.OPEN,
        agendaItem: topic,
        decision,
        measure,
      });
      tasks += 1;
    }
  }
  if (body.kind === BodyKind.WORKING_GROUP) item(++position, 'Bericht aus der Lenkungsgruppe', { plannedMinutes: 15 });
  item(++position, 'Personal- und Trägerangelegenheiten', { visibility: Visibility.INTERNAL, plannedMinutes: 10 });
  item(++position, 'Verschiedenes', { plannedMinutes: 10 });
  return tasks;
}
