import type { EntityManager } from '../../src/db/orm.js';
import { Body } from '../../src/modules/body/body.entity.js';
import {
  ApplicationStatus,
  Fund,
  FundApplication,
  FundApplicationAnswer,
  FundApplicationStatusChange,
  FundCriterion,
  FundRound,
} from '../../src/modules/fund/fund.entity.js';
import { MeetingStatus } from '../../src/modules/meeting/meeting.enums.js';
import { MembershipRole } from '../../src/modules/membership/membership.entity.js';
import { Organisation } from '../../src/modules/organisation/organisation.entity.js';
import { Visibility } from '../../src/modules/organisation/organisation.enums.js';
import { Person } from '../../src/modules/person/person.entity.js';
import { UserRole } from '../../src/modules/user/user.entity.js';
import { Factory } from '../../src/seed/factories.js';
import { emptyTables } from '../support/database.js';
import { PASSWORD } from '../support/fixture.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import type { Harness } from '../support/harness.js';
import { seedStructureFixture } from '../support/structure-fixture.js';

export const inDays = (days: number) => new Date(Date.now() + days * 86400_000).toISOString().slice(0, 10);

/**
 * The structure fixture plus an integration fund of the steering committee
 * (50,000.00 €, three criteria, round 1 open for 30 days and decided in a
 * planned meeting of the committee, round 2 later), a meeting of another
 * body, and accounts for the committee's members:
 * - `chair@` Renate Vogel, chair (manages its meetings, decides), acts for the Jobcenter;
 * - `amira@` Amira Haddad, member on behalf of the Caritas, affiliated with it;
 * - `aylin@` Aylin Demir, member, acting for the Sprachcafé;
 * - `tobias@` Tobias Lindner, member, acting for the Jobcenter.
 * Editors: `editor.caritas@` (Caritas), `editor.cafe@` (Sprachcafé); `lead@` sits in the working group only.
 */
export async function seedFundFixture(em: EntityManager) {
  const fx = await seedStructureFixture(em);
  const f = new Factory(em, 23);
  const person = (p: { id: string }) => em.getReference(Person, p.id);
  const org = (o: { id: string }) => em.getReference(Organisation, o.id);
  const steering = em.getReference(Body, fx.structure.bodies.steering.id);
  const workingGroup = em.getReference(Body, fx.structure.bodies.workingGroup.id);

  f.membership(steering, person(fx.structure.people.thirdLead), {
    role: MembershipRole.MEMBER,
    organisation: org(fx.orgs.cafe),
    validFrom: '2020-01-01',
  });
  f.membership(steering, person(fx.structure.people.leadCity), { role: MembershipRole.MEMBER, validFrom: '2020-01-01' });
  for (const [email, displayName, p] of [
    ['amira@test.example', 'Amira Haddad', fx.people.consenting],
    ['aylin@test.example', 'Aylin Demir', fx.structure.people.thirdLead],
    ['tobias@test.example', 'Tobias Lindner', fx.structure.people.leadCity],
  ] as const)
    await f.user({ email, displayName, role: UserRole.MEMBER, password: PASSWORD, person: person(p) });

  const startsAt = new Date(Date.now() + 40 * 86400_000);
  startsAt.setUTCHours(15, 0, 0, 0);
  const meeting = f.meeting(steering, { title: 'Lenkungsgruppe: Integrationsfonds', startsAt, visibility: Visibility.PUBLIC });
  const item = f.agendaItem(meeting, { title: 'Integrationsfonds: Anträge der Runde', position: 1 });
  const internalMeeting = f.meeting(steering, { title: 'Lenkungsgruppe intern', startsAt, visibility: Visibility.INTERNAL });
  const internalItem = f.agendaItem(internalMeeting, { title: 'Integrationsfonds: Anträge der Herbstrunde', position: 1 });
  const otherMeeting = f.meeting(workingGroup, { title: 'Sitzung der AG', startsAt, visibility: Visibility.PUBLIC });
  const otherItem = f.agendaItem(otherMeeting, { title: 'Verschiedenes', position: 1 });
  const cancelled = f.meeting(steering, {
    title: 'Ausgefallene Sitzung',
    startsAt,
    visibility: Visibility.PUBLIC,
    status: MeetingStatus.CANCELLED,
    cancelReason: 'Krankheit',
  });
  const cancelledItem = f.agendaItem(cancelled, { title: 'Integrationsfonds', position: 1 });

  const fund = em.create(Fund, {
    year: 2026,
    title: 'Integrationsfonds Lindenau 2026',
    description: 'Kleine Projekte, die Menschen im Quartier zusammenbringen.',
    budgetCents: 5_000_000,
    body: steering,
  });
  const criteria = ['Zeitlich begrenzt', 'Klares Ziel', 'Vernetzt im Quartier'].map((title, i) =>
    em.create(FundCriterion, { fund, position: i + 1, title, description: null }),
  );
  const round1 = em.create(FundRound, { fund, number: 1, title: 'Frühjahrsrunde', deadline: inDays(30), decisionMeeting: meeting });
  const round2 = em.create(FundRound, { fund, number: 2, title: 'Herbstrunde', deadline: inDays(120), decisionMeeting: internalMeeting });
  await em.flush();
  em.clear();
  return {
    ...fx,
    fund: {
      fund,
      criteria,
      rounds: { round1, round2 },
      meetings: { meeting, internalMeeting, otherMeeting, cancelled },
      items: { item, internalItem, otherItem, cancelledItem },
    },
  };
}

export type FundFixture = Awaited<ReturnType<typeof seedFundFixture>>;

/** Empties the database and the throttling counters, then seeds the fund fixture. */
export async function resetFunds(h: Harness): Promise<FundFixture> {
  const em = h.orm.em.fork();
  await emptyTables(em);
  await h.throttleStore.clear();
  return seedFundFixture(em);
}

export const clients = (h: Harness) => ({
  visitor: async () => h.client(),
  admin: () => h.client().login('admin@test.example'),
  chair: () => h.client().login('chair@test.example'),
  amira: () => h.client().login('amira@test.example'),
  aylin: () => h.client().login('aylin@test.example'),
  tobias: () => h.client().login('tobias@test.example'),
  lead: () => h.client().login('lead@test.example'),
  member: () => h.client().login('member@test.example'),
  editorCaritas: () => h.client().login('editor.caritas@test.example'),
  editorCafe: () => h.client().login('editor.cafe@test.example'),
});

/** Answers to every criterion of the fixture's fund. */
export const answersFor = (fx: FundFixture) => fx.fund.criteria.map((c) => ({ criterionId: c.id, answer: `Antwort zu ${c.title}` }));

export const APPLICATION_FIELDS = `id version projectTitle summary requestedAmount approvedAmount periodStart periodEnd status isPublic
  submittedAt reportDueOn round { id number } applicant { id name } partners { id name } answers { criterion { id title } answer }
  statusHistory { fromStatus toStatus note } recusals { person { id } reason } votes { person { id } choice } tally { for against abstain }
  decision { id text result votesFor votesAgainst votesAbstaining recusals { person { id } reason } }
  viewerCan { edit check vote decide } viewerRecused`;

/** An application of the Caritas with the Sprachcafé as partner, in round 1, by `client`. */
export async function apply(client: GraphQLClient, fx: FundFixture, input: Record<string, unknown> = {}) {
  return client.request<{ applyForFund: any }>(
    `mutation($i: FundApplicationInput!) { applyForFund(input: $i) { ${APPLICATION_FIELDS} } }`,
    {
      i: {
        roundId: fx.fund.rounds.round1.id,
        applicantId: fx.orgs.caritas.id,
        projectTitle: 'Sprachcafé Nord',
        summary: 'Wöchentliche Gesprächsrunden für Neuzugewanderte.',
        requestedAmount: '4500.00',
        periodStart: '2026-04-01',
        periodEnd: '2026-12-31',
        partnerIds: [fx.orgs.cafe.id],
        answers: answersFor(fx),
        ...input,
      },
    },
  );
}

export const DECIDE = `mutation($id: UUID!, $v: Int!, $i: FundDecisionInput!) { decideFundApplication(id: $id, version: $v, input: $i) { ${APPLICATION_FIELDS} } }`;
export const CHECK = `mutation($id: UUID!, $v: Int!, $n: String) { checkFundApplication(id: $id, version: $v, note: $n) { ${APPLICATION_FIELDS} } }`;
export const VOTE = `mutation($id: UUID!, $c: FundVoteChoice!) { castFundVote(applicationId: $id, choice: $c) { id tally { for against abstain } votes { person { id } choice } } }`;

/**
 * Applications written straight into the database (each answering every
 * criterion), for tests about many of them: `status` CHECKED unless given.
 */
export async function seedApplications(
  h: Harness,
  fx: FundFixture,
  specs: {
    title?: string;
    applicantId?: string;
    roundId?: string;
    status?: ApplicationStatus;
    requestedCents: number;
    approvedCents?: number | null;
    isPublic?: boolean;
    partnerIds?: string[];
  }[],
): Promise<{ id: string; version: number }[]> {
  const em = h.orm.em.fork();
  const fund = em.getReference(Fund, fx.fund.fund.id);
  const created = specs.map((s, i) => {
    const application = em.create(FundApplication, {
      fund,
      round: em.getReference(FundRound, s.roundId ?? fx.fund.rounds.round1.id),
      applicant: em.getReference(Organisation, s.applicantId ?? fx.orgs.caritas.id),
      projectTitle: s.title ?? `Projekt ${String(i + 1).padStart(2, '0')}`,
      summary: 'Ein Projekt im Quartier.',
      requestedCents: s.requestedCents,
      approvedCents: s.approvedCents ?? null,
      periodStart: '2026-04-01',
      periodEnd: '2026-12-31',
      status: s.status ?? ApplicationStatus.CHECKED,
      isPublic: s.isPublic ?? true,
      submittedAt: new Date(Date.now() + i),
    });
    for (const id of s.partnerIds ?? []) application.partners.add(em.getReference(Organisation, id));
    for (const c of fx.fund.criteria)
      em.create(FundApplicationAnswer, { application, criterion: em.getReference(FundCriterion, c.id), answer: `Antwort ${i + 1}` });
    em.create(FundApplicationStatusChange, {
      application,
      fromStatus: null,
      toStatus: application.status,
      on: '2026-03-01',
      note: null,
      actorName: null,
    });
    return application;
  });
  await em.flush();
  return created.map((a) => ({ id: a.id, version: a.version }));
}

/** Rows of a table, counted by the database. */
export async function count(h: Harness, table: string, where = 'true', params: unknown[] = []): Promise<number> {
  const [row] = await h.orm.em.fork().execute<{ n: string | number }[]>(`select count(*)::int as n from ${table} where ${where}`, params);
  return Number(row?.n ?? 0);
}
