import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type DocumentNode, Kind, type OperationDefinitionNode, print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as documentOperations from '../../web/src/lib/graphql/document-operations.ts';
import * as fundOperations from '../../web/src/lib/graphql/fund-operations.ts';
import * as meetingOperations from '../../web/src/lib/graphql/meeting-operations.ts';
import * as networkOperations from '../../web/src/lib/graphql/network-operations.ts';
import * as offerOperations from '../../web/src/lib/graphql/offer-operations.ts';
import * as webOperations from '../../web/src/lib/graphql/operations.ts';
import * as overviewOperations from '../../web/src/lib/graphql/overview-operations.ts';
import * as referralOperations from '../../web/src/lib/graphql/referral-operations.ts';
import * as steeringOperations from '../../web/src/lib/graphql/steering-operations.ts';
import * as volunteeringOperations from '../../web/src/lib/graphql/volunteering-operations.ts';
import { seedDemo } from '../support/bench.ts';
import { type StartedVerbund, startVerbund } from '../support/server.ts';

/**
 * Every query the web sends, run against the demo city and against a city
 * with several times its rows: each must answer without errors, within the
 * limits halved (the default limits leave room), and take the same number of
 * SQL statements at both sizes — read models run one statement per list level,
 * however long the lists are.
 */

interface Ids {
  organisation: string;
  body: string;
  measure: string;
  agreement: string;
  /** Today's running meeting of the body, and its first agenda item. */
  meeting: string;
  agendaItem: string;
  /** A task on the body's board. */
  task: string;
  /** A need and a review round of the demo's steering work. */
  need: string;
  review: string;
  /** A submitted application to the demo's fund: no recusals, votes or decision yet at either size, so its page reads alike. */
  fundApplication: string;
  /** An offer of the demo organisation, with opening hours and translations. */
  offer: string;
  /** A volunteer opportunity of the demo organisation, an interest in one of its opportunities, and that interest's volunteer. */
  volunteerOpportunity: string;
  volunteerInterest: string;
  volunteer: string;
  /** The demo's first referral path (adults, by status, need and district). */
  referralPath: string;
}

const operations = {
  ...webOperations,
  ...meetingOperations,
  ...networkOperations,
  ...steeringOperations,
  ...overviewOperations,
  ...fundOperations,
  ...documentOperations,
  ...offerOperations,
  ...volunteeringOperations,
  ...referralOperations,
};

/** Variables for each query operation; an operation missing here fails the test, so new ones get covered. */
const variablesFor: Record<string, (ids: Ids) => Record<string, unknown>> = {
  Me: () => ({}),
  References: () => ({}),
  Directory: () => ({ first: 20, filter: { search: 'Beratung' } }),
  DirectoryMore: () => ({ first: 20, filter: { search: 'Beratung' }, after: 'bzoxOQ' }),
  OrganisationDetail: (ids) => ({ id: ids.organisation }),
  OrganisationEdit: (ids) => ({ id: ids.organisation }),
  OrganisationHistory: (ids) => ({ id: ids.organisation, limit: 20, offset: 0 }),
  MyOrganisations: () => ({}),
  InvitationPreview: () => ({ token: 'not-a-token-of-this-server' }),
  Users: () => ({}),
  Invitations: () => ({}),
  OrganisationPicker: () => ({ search: 'Caritas' }),
  Bodies: () => ({ includeEnded: true }),
  Tandems: () => ({}),
  BodyDetail: (ids) => ({ id: ids.body }),
  BodyMembers: (ids) => ({ id: ids.body }),
  PersonPicker: () => ({ search: 'a' }),
  BodyFormOptions: () => ({}),
  BodyMeasures: (ids) => ({ id: ids.body }),
  MyMeasures: () => ({}),
  MeasureDetail: (ids) => ({ id: ids.measure }),
  Agreements: () => ({}),
  AgreementParties: () => ({}),
  AgreementDetail: (ids) => ({ id: ids.agreement }),
  BodyMeetings: (ids) => ({ id: ids.body }),
  MyMeetings: () => ({ from: '2026-01-01T00:00:00Z' }),
  MeetingHeader: (ids) => ({ id: ids.meeting }),
  MeetingAgenda: (ids) => ({ id: ids.meeting }),
  MeetingTasks: (ids) => ({ id: ids.meeting }),
  AgendaItemNotes: (ids) => ({ id: ids.agendaItem }),
  MeetingParticipants: (ids) => ({ id: ids.meeting }),
  MeetingPresence: (ids) => ({ id: ids.meeting }),
  BodyTasks: (ids) => ({ id: ids.body }),
  MyTasks: () => ({}),
  MeetingOrganisers: (ids) => ({ id: ids.body }),
  TaskComments: (ids) => ({ id: ids.task }),
  Network: () => ({ filter: { includePeople: true, includeBodies: true } }),
  NetworkChanges: () => ({ filter: {}, since: '2025-01-01' }),
  NetworkOrganisation: (ids) => ({ id: ids.organisation, at: '2026-01-01' }),
  NetworkActorTasks: (ids) => ({ filter: { bodyId: ids.body, statuses: ['OPEN', 'IN_PROGRESS'] } }),
  Needs: () => ({ filter: { open: true } }),
  NeedFormOptions: () => ({}),
  NeedDetail: (ids) => ({ id: ids.need }),
  PriorityReviews: () => ({}),
  ReviewableNeeds: () => ({}),
  PriorityReviewDetail: (ids) => ({ id: ids.review }),
  DecisionMeetings: (ids) => ({ bodyId: ids.body }),
  BodyMandates: (ids) => ({ id: ids.body }),
  SteeringOverview: () => ({}),
  SteeringOverdueMeasures: () => ({}),
  SteeringMandates: () => ({}),
  SteeringMemberOverview: () => ({}),
  SteeringFund: () => ({ year: new Date().getFullYear() }),
  FundPage: () => ({ year: new Date().getFullYear() }),
  FundApplications: () => ({ filter: { statuses: ['CHECKED', 'APPROVED'] } }),
  FundApplyOptions: () => ({ year: new Date().getFullYear() }),
  FundApplicationDetail: (ids) => ({ id: ids.fundApplication }),
  FundApplicationDocuments: (ids) => ({ id: ids.fundApplication }),
  DirectoryOffers: () => ({ first: 20, filter: { search: 'Beratung arabisch', openNow: false } }),
  DirectoryOffersMore: () => ({ first: 20, filter: { search: 'Beratung' }, after: 'bzoxOQ' }),
  OfferDetail: (ids) => ({ id: ids.offer }),
  OfferEdit: (ids) => ({ id: ids.offer }),
  OrganisationOffers: (ids) => ({
    id: ids.organisation,
    filter: { organisationIds: [ids.organisation], includeArchived: true },
    first: 100,
  }),
  VolunteeringOptions: () => ({}),
  VolunteeringDirectory: () => ({ first: 30, filter: { timeNeeded: ['WEEKLY', 'OCCASIONAL'] } }),
  VolunteerMatches: () => ({ input: { timeAvailable: 'WEEKLY', skills: ['Geduld'] }, first: 10 }),
  VolunteerOpportunityDetail: (ids) => ({ id: ids.volunteerOpportunity }),
  OrganisationVolunteering: (ids) => ({ id: ids.organisation, statuses: null }),
  VolunteerOpportunityEdit: (ids) => ({ id: ids.volunteerOpportunity }),
  OpportunityOrganisation: (ids) => ({ id: ids.organisation }),
  VolunteerInterestDetail: (ids) => ({ id: ids.volunteerInterest }),
  VolunteerSuggestions: (ids) => ({ volunteerId: ids.volunteer }),
  PersonalDataSearch: () => ({ search: 'beispiel.example' }),
  ReferralPaths: () => ({}),
  ReferralGuide: (ids) => ({
    id: ids.referralPath,
    answers: [
      { questionKey: 'status', optionKey: 'asylum' },
      { questionKey: 'need', optionKey: 'procedure' },
      { questionKey: 'district', optionKey: 'mitte' },
    ],
  }),
  ReferralPathsAdmin: () => ({}),
  ReferralPathEdit: (ids) => ({ id: ids.referralPath }),
  ReferralOfferSearch: () => ({ search: 'Beratung' }),
};

/** Queries that answer a typed refusal by design with these variables (an unknown invitation link). */
const expectedRefusals: Record<string, string> = { InvitationPreview: 'NOT_FOUND' };

const queries = Object.entries(operations).flatMap(([exportName, value]) => {
  const document = value as unknown as DocumentNode;
  const definition = document.definitions?.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  return definition?.operation === 'query' ? [{ exportName, name: definition.name?.value ?? exportName, text: print(document) }] : [];
});

/** The demo's limits halved: what the web sends must pass the real ones with room. */
const halvedLimits = {
  GRAPHQL_MAX_DEPTH: '8',
  GRAPHQL_MAX_ALIASES: '15',
  GRAPHQL_MAX_DIRECTIVES: '10',
  GRAPHQL_MAX_TOKENS: '2000',
  GRAPHQL_MAX_COST: '50000',
};

async function loginCookie(url: string): Promise<string> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation { login(email: "admin@verbund.example", password: "verbund-demo") { id } }' }),
  });
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error(`login failed: ${await res.text()}`);
  return cookie;
}

async function run(url: string, cookie: string, query: string, variables: Record<string, unknown>) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
  return { body, statements: Number(res.headers.get('x-sql-statements')) };
}

async function idsOf(url: string, cookie: string): Promise<Ids> {
  const { body } = await run(
    url,
    cookie,
    `{ organisations(first: 1, filter: { search: "Caritasverband Lindenau" }) { edges { node { id } } }
       bodies(first: 100) { id name measures(first: 1) { id } }
       agreements(first: 1) { id } needs(first: 1) { id } priorityReviews(first: 1) { id } fundApplications(first: 1, filter: { statuses: [SUBMITTED] }) { id }
       volunteerInterests(first: 1) { id volunteer { id } opportunity { id } } referralPaths(first: 1) { id } }`,
    {},
  );
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  const body_ = body.data.bodies.find((b: any) => b.name === 'AG Arbeit und Sprache');
  const { body: meetings } = await run(
    url,
    cookie,
    `query($b: UUID!) { meetings(bodyId: $b, statuses: [RUNNING]) { id agenda(first: 1) { id } } }`,
    { b: body_.id },
  );
  if (meetings.errors) throw new Error(JSON.stringify(meetings.errors));
  const meeting = meetings.data.meetings[0];
  const { body: tasks } = await run(url, cookie, `query($b: UUID!) { tasks(filter: { bodyId: $b }, first: 1) { id } }`, { b: body_.id });
  if (tasks.errors) throw new Error(JSON.stringify(tasks.errors));
  const organisation = body.data.organisations.edges[0].node.id;
  const { body: offers } = await run(
    url,
    cookie,
    `query($o: UUID!) { offers(filter: { organisationIds: [$o] }, first: 1) { edges { node { id } } } }`,
    {
      o: organisation,
    },
  );
  if (offers.errors) throw new Error(JSON.stringify(offers.errors));
  return {
    organisation: body.data.organisations.edges[0].node.id,
    body: body_.id,
    measure: body_.measures[0].id,
    agreement: body.data.agreements[0].id,
    meeting: meeting.id,
    agendaItem: meeting.agenda[0].id,
    task: tasks.data.tasks[0].id,
    need: body.data.needs[0].id,
    review: body.data.priorityReviews[0].id,
    fundApplication: body.data.fundApplications[0].id,
    offer: offers.data.offers.edges[0].node.id,
    volunteerOpportunity: body.data.volunteerInterests[0].opportunity.id,
    volunteerInterest: body.data.volunteerInterests[0].id,
    volunteer: body.data.volunteerInterests[0].volunteer.id,
    referralPath: body.data.referralPaths[0].id,
  };
}

describe('every query the web sends', () => {
  let small: StartedVerbund;
  let large: StartedVerbund;
  let largeDir: string;
  const sizes: { server: StartedVerbund; cookie: string; ids: Ids }[] = [];

  beforeAll(async () => {
    small = await startVerbund(halvedLimits);
    largeDir = await mkdtemp(path.join(tmpdir(), 'verbund-large-'));
    // Four times the organisations and three times the members and measures of every body.
    seedDemo({ DATA_DIR: largeDir }, ['--organisations', '1200', '--structure-scale', '3']);
    large = await startVerbund({ ...halvedLimits, DEMO_SEED: 'false' }, largeDir);
    for (const server of [small, large]) {
      const cookie = await loginCookie(server.url);
      sizes.push({ server, cookie, ids: await idsOf(server.url, cookie) });
    }
  });
  afterAll(async () => {
    await small?.stop();
    await large?.stop();
    if (largeDir) await rm(largeDir, { recursive: true, force: true });
  });

  it('run on two really different sizes', async () => {
    const members = async ({ server, cookie, ids }: (typeof sizes)[number]) =>
      (await run(server.url, cookie, 'query($id: UUID!) { body(id: $id) { members(first: 500) { id } } }', { id: ids.body })).body.data.body
        .members.length;
    const total = async ({ server, cookie }: (typeof sizes)[number]) =>
      (await run(server.url, cookie, '{ organisations { totalCount } }', {})).body.data.organisations.totalCount;
    const [a, b] = sizes as [(typeof sizes)[number], (typeof sizes)[number]];
    expect(await members(b)).toBeGreaterThanOrEqual(2 * (await members(a)));
    expect(await total(b)).toBeGreaterThanOrEqual(4 * (await total(a)));
  });

  it('are all covered here', () => {
    expect(queries.length).toBeGreaterThan(15);
    expect(queries.map((q) => q.name).filter((name) => !variablesFor[name])).toEqual([]);
  });

  for (const query of queries) {
    it(`${query.name}: answers within halved limits, with as many statements at four times the data`, async () => {
      const variables = variablesFor[query.name];
      if (!variables) throw new Error(`no variables for ${query.name}`);
      const counts: number[] = [];
      for (const { server, cookie, ids } of sizes) {
        const { body, statements } = await run(server.url, cookie, query.text, variables(ids));
        const refusal = expectedRefusals[query.name];
        if (refusal) expect(body.errors?.map((e) => e.extensions?.code)).toEqual([refusal]);
        else expect(body.errors).toBeUndefined();
        expect(statements).toBeGreaterThan(0);
        counts.push(statements);
      }
      expect(counts[1]).toBe(counts[0]);
    });
  }
});
