import type { EntityManager } from '../../src/db/orm.js';
import { Person } from '../../src/modules/person/person.entity.js';
import { UserRole } from '../../src/modules/user/user.entity.js';
import { Factory } from '../../src/seed/factories.js';
import { emptyTables } from './database.js';
import { PASSWORD } from './fixture.js';
import type { GraphQLClient } from './graphql-client.js';
import type { Harness } from './harness.js';
import { type StructureFixture, seedStructureFixture } from './structure-fixture.js';

/**
 * The structure fixture plus accounts for a member of the working group
 * (`volunteer@`, Olena Kovalenko) and for a member of the internal round only
 * (`official@`, Petra Schulz): someone who sits in another body.
 */
export async function seedMeetingFixture(em: EntityManager): Promise<StructureFixture> {
  const fx = await seedStructureFixture(em);
  const f = new Factory(em, 13);
  await f.user({
    email: 'volunteer@test.example',
    displayName: 'Olena Kovalenko',
    role: UserRole.MEMBER,
    password: PASSWORD,
    person: em.getReference(Person, fx.people.volunteer.id),
  });
  await f.user({
    email: 'official@test.example',
    displayName: 'Petra Schulz',
    role: UserRole.MEMBER,
    password: PASSWORD,
    person: em.getReference(Person, fx.people.official.id),
  });
  await em.flush();
  em.clear();
  return fx;
}

/** Empties the database and the throttling counters, then seeds the meeting fixture. */
export async function resetMeetings(h: Harness): Promise<StructureFixture> {
  const em = h.orm.em.fork();
  await emptyTables(em);
  await h.throttleStore.clear();
  return seedMeetingFixture(em);
}

export const MEETING_FIELDS = `id version title status startsAt endsAt visibility eventSeq cancelReason approvedAt approvedByName
  nextStatuses viewerCan { manage writeMinutes approve }`;

/** A two-hour meeting of a body, starting `days` from now, created by `client`. */
export async function createMeeting(client: GraphQLClient, bodyId: string, extra: Record<string, unknown> = {}, days = 7) {
  const startsAt = new Date(Date.now() + days * 86_400_000);
  startsAt.setUTCHours(15, 0, 0, 0);
  const endsAt = new Date(startsAt.getTime() + 2 * 3_600_000);
  const data = await client.ok<{ createMeeting: any }>(
    `mutation($i: MeetingInput!) { createMeeting(input: $i) { ${MEETING_FIELDS} participants { person { id } invited attendance } } }`,
    {
      i: {
        bodyId,
        title: 'Sitzung der AG',
        startsAt: startsAt.toISOString(),
        endsAt: endsAt.toISOString(),
        location: 'Rathaus, Raum 101',
        ...extra,
      },
    },
  );
  return data.createMeeting;
}

/** Moves a meeting through the given statuses; returns it as it ends up. */
export async function advance(client: GraphQLClient, meeting: { id: string; version: number }, ...statuses: string[]) {
  let current: any = meeting;
  for (const status of statuses) {
    const data = await client.ok<{ changeMeetingStatus: any }>(
      `mutation($id: UUID!, $v: Int!, $s: MeetingStatus!, $n: String) { changeMeetingStatus(id: $id, version: $v, input: { status: $s, note: $n }) { ${MEETING_FIELDS} } }`,
      { id: current.id, v: current.version, s: status, n: status === 'CANCELLED' ? 'Krankheit' : null },
    );
    current = data.changeMeetingStatus;
  }
  return current;
}

export async function addItem(client: GraphQLClient, meetingId: string, input: Record<string, unknown>) {
  const data = await client.ok<{ addAgendaItem: any }>(
    'mutation($m: UUID!, $i: AgendaItemInput!) { addAgendaItem(meetingId: $m, input: $i) { id version number title visibility parentId } }',
    { m: meetingId, i: input },
  );
  return data.addAgendaItem;
}

export const clients = (h: Harness) => ({
  visitor: () => h.client(),
  admin: () => h.client().login('admin@test.example'),
  lead: () => h.client().login('lead@test.example'),
  chair: () => h.client().login('chair@test.example'),
  volunteer: () => h.client().login('volunteer@test.example'),
  official: () => h.client().login('official@test.example'),
  member: () => h.client().login('member@test.example'),
});
