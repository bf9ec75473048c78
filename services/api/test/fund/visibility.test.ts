import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statementCounter } from '../../src/db/orm.js';
import { Body } from '../../src/modules/body/body.entity.js';
import { ApplicationStatus, Fund, FundCriterion, FundRound } from '../../src/modules/fund/fund.entity.js';
import { databaseLabel } from '../support/database.js';
import { errorCode, type GraphQLClient } from '../support/graphql-client.js';
import { type Harness, startHarness } from '../support/harness.js';
import { CHECK, clients, DECIDE, type FundFixture, inDays, resetFunds, seedApplications } from './fund-fixture.js';

type Role = keyof ReturnType<typeof clients>;

const FUND_QUERY = `query($id: UUID!) { fund(id: $id) {
  id budget approved remaining requested
  rounds { number decisionMeeting { id } approved applicationCount }
  fundedProjects { projectTitle approvedAmount applicant { id } round { number } }
  applications { projectTitle partners { id } decision { id } }
  viewerCan { manage apply decide }
} }`;
const LIST_QUERY = '{ fundApplications { projectTitle } }';
const ONE_QUERY = 'query($id: UUID!) { fundApplication(id: $id) { projectTitle decision { id text } } }';

/**
 * Who sees which application and funded project, on every path: the root
 * lookups and lists, and the fund's nested lists, under the same read rules.
 */
describe(`who sees the fund's applications and projects (${databaseLabel})`, () => {
  let h: Harness;
  let fx: FundFixture;
  let as: ReturnType<typeof clients>;
  const ids: Record<string, string> = {};
  let decisionId: string;

  beforeAll(async () => {
    h = await startHarness();
    as = clients(h);
    fx = await resetFunds(h);
    const [a, b, c, d, e] = await seedApplications(h, fx, [
      { title: 'A öffentlich gefördert', requestedCents: 100_000, status: ApplicationStatus.SUBMITTED, partnerIds: [fx.orgs.cafe.id] },
      { title: 'B nicht öffentlich', requestedCents: 50_000, approvedCents: 50_000, status: ApplicationStatus.APPROVED, isPublic: false },
      { title: 'C eingereicht', requestedCents: 30_000, status: ApplicationStatus.SUBMITTED },
      {
        title: 'D des Jobcenters',
        applicantId: fx.orgs.jobcenter.id,
        requestedCents: 40_000,
        partnerIds: [fx.orgs.cafe.id, fx.orgs.internal.id],
      },
      {
        title: 'E einer internen Stelle',
        applicantId: fx.orgs.internal.id,
        requestedCents: 20_000,
        approvedCents: 20_000,
        status: ApplicationStatus.REPORT_DUE,
        roundId: fx.fund.rounds.round2.id,
      },
    ]);
    Object.assign(ids, { a: a?.id, b: b?.id, c: c?.id, d: d?.id, e: e?.id });
    // A goes the whole way through the API: checked, then approved in the committee's (unpublished) meeting.
    const admin = await as.admin();
    const { checkFundApplication } = await admin.ok(CHECK, { id: a?.id, v: a?.version });
    const { decideFundApplication } = await (await as.chair()).ok(DECIDE, {
      id: a?.id,
      v: checkFundApplication.version,
      i: { agendaItemId: fx.fund.items.item.id, outcome: 'APPROVED', approvedAmount: '800' },
    });
    decisionId = decideFundApplication.decision.id;
  });
  afterAll(async () => {
    await h?.close();
  });

  const all = ['A öffentlich gefördert', 'B nicht öffentlich', 'C eingereicht', 'D des Jobcenters', 'E einer internen Stelle'];
  const expected: Record<Role, { applications: string[]; funded: string[] }> = {
    visitor: { applications: [], funded: ['A öffentlich gefördert'] },
    member: { applications: [], funded: ['A öffentlich gefördert', 'E einer internen Stelle'] },
    lead: { applications: [], funded: ['A öffentlich gefördert', 'E einer internen Stelle'] },
    editorCafe: { applications: [], funded: ['A öffentlich gefördert', 'E einer internen Stelle'] },
    editorCaritas: {
      applications: ['A öffentlich gefördert', 'B nicht öffentlich', 'C eingereicht'],
      funded: ['A öffentlich gefördert', 'B nicht öffentlich', 'E einer internen Stelle'],
    },
    tobias: { applications: all, funded: ['A öffentlich gefördert', 'B nicht öffentlich', 'E einer internen Stelle'] },
    amira: { applications: all, funded: ['A öffentlich gefördert', 'B nicht öffentlich', 'E einer internen Stelle'] },
    aylin: { applications: all, funded: ['A öffentlich gefördert', 'B nicht öffentlich', 'E einer internen Stelle'] },
    chair: { applications: all, funded: ['A öffentlich gefördert', 'B nicht öffentlich', 'E einer internen Stelle'] },
    admin: { applications: all, funded: ['A öffentlich gefördert', 'B nicht öffentlich', 'E einer internen Stelle'] },
  };

  for (const role of Object.keys(expected) as Role[]) {
    it(`shows ${role} the same applications on every path, and the funded projects the rules grant`, async () => {
      const client: GraphQLClient = await as[role]();
      const want = expected[role];
      const { fund } = await client.ok(FUND_QUERY, { id: fx.fund.fund.id });
      // The sums are public aggregates: the same for everyone.
      expect(fund).toMatchObject({ budget: '50000.00', approved: '1500.00', remaining: '48500.00', requested: '700.00' });
      expect(fund.rounds.map((r: any) => [r.number, r.approved, r.applicationCount])).toEqual([
        [1, '1300.00', 4],
        [2, '200.00', 1],
      ]);
      expect(fund.fundedProjects.map((p: any) => p.projectTitle)).toEqual(want.funded);
      expect(fund.applications.map((a: any) => a.projectTitle)).toEqual(want.applications);
      expect((await client.ok(LIST_QUERY)).fundApplications.map((a: any) => a.projectTitle)).toEqual(want.applications);
      for (const [key, title] of Object.entries({ a: all[0], b: all[1], c: all[2], d: all[3], e: all[4] })) {
        const res = await client.request(ONE_QUERY, { id: ids[key] });
        if (want.applications.includes(title as string)) expect(res.data?.fundApplication?.projectTitle).toBe(title);
        else expect(errorCode(res), `${role} · ${title}`).toBe('NOT_FOUND');
      }
      // The committee's internal meeting decides round 2: hidden from visitors and from members outside the committee.
      const insider = ['tobias', 'amira', 'aylin', 'chair', 'admin'].includes(role);
      expect(fund.rounds[1].decisionMeeting).toEqual(insider ? { id: fx.fund.meetings.internalMeeting.id } : null);
      expect(fund.rounds[0].decisionMeeting).toEqual({ id: fx.fund.meetings.meeting.id });
    });
  }

  it('shows the decision only to those who may read the minutes: the applicant’s editor sees the application, not the draft minutes', async () => {
    const editor = await as.editorCaritas();
    expect((await editor.ok(ONE_QUERY, { id: ids.a })).fundApplication).toEqual({ projectTitle: all[0], decision: null });
    const { fund } = await editor.ok(FUND_QUERY, { id: fx.fund.fund.id });
    expect(fund.applications[0]).toMatchObject({ projectTitle: all[0], decision: null });
    const member = await as.tobias();
    expect((await member.ok(ONE_QUERY, { id: ids.a })).fundApplication.decision).toEqual({
      id: decisionId,
      text: 'Antrag „A öffentlich gefördert“ (Caritas): bewilligt mit 800,00\u00a0€',
    });
  });

  it('shows partners under the organisation rule, and gives visitors no rights', async () => {
    const { fund } = await (await as.tobias()).ok(FUND_QUERY, { id: fx.fund.fund.id });
    const d = fund.applications.find((a: any) => a.projectTitle === all[3]);
    expect(d.partners.map((p: any) => p.id).sort()).toEqual([fx.orgs.cafe.id, fx.orgs.internal.id].sort());
    expect(fund.viewerCan).toEqual({ manage: false, apply: false, decide: false });
    const visitor = await as.visitor();
    const seen = await visitor.ok(FUND_QUERY, { id: fx.fund.fund.id });
    expect(seen.fund.viewerCan).toEqual({ manage: false, apply: false, decide: false });
    // The public project of a hidden organisation is not listed for visitors, nor is its applicant named elsewhere.
    expect(JSON.stringify(seen)).not.toContain(fx.orgs.internal.id);
    expect((await (await as.editorCaritas()).ok(FUND_QUERY, { id: fx.fund.fund.id })).fund.viewerCan).toEqual({
      manage: false,
      apply: true,
      decide: false,
    });
    expect((await (await as.chair()).ok(FUND_QUERY, { id: fx.fund.fund.id })).fund.viewerCan).toEqual({
      manage: false,
      apply: false,
      decide: true,
    });
  });

  it('reads funds with rounds, applications, partners and answers in the same statements whatever they hold', async () => {
    const query = `{ funds(first: 3) { id approved remaining requested body { id }
      rounds { number deadline isOpen decisionMeeting { id } approved applicationCount }
      criteria { title }
      fundedProjects(first: 40) { projectTitle approvedAmount periodStart }
      applications(first: 40) { projectTitle status requestedAmount applicant { id } partners { id name } answers { criterion { id title } answer }
        recusals(first: 5) { reason } tally { for } statusHistory(first: 5) { toStatus } viewerCan { edit vote } viewerRecused } } }`;
    const admin = await as.admin();
    const counted = async () => {
      const before = statementCounter.count;
      const res = await admin.request(query);
      expect(res.errors).toBeUndefined();
      return { statements: statementCounter.count - before, data: res.data as any };
    };
    const small = await counted();
    expect(small.data.funds).toHaveLength(1);

    // A second fund with three rounds, and 30 more applications with two partners each.
    const em = h.orm.em.fork();
    const other = em.create(Fund, {
      year: 2027,
      title: 'Integrationsfonds 2027',
      budgetCents: 9_000_000,
      body: em.getReference(Body, fx.structure.bodies.steering.id),
    });
    for (let n = 1; n <= 3; n++)
      em.create(FundRound, { fund: other, number: n, title: `Runde ${n}`, deadline: inDays(10 * n), decisionMeeting: null });
    em.create(FundCriterion, { fund: other, position: 1, title: 'Klares Ziel' });
    await em.flush();
    await seedApplications(
      h,
      fx,
      Array.from({ length: 30 }, (_, i) => ({
        title: `Mehr ${i}`,
        requestedCents: 10_000 + i,
        approvedCents: i % 3 ? null : 10_000,
        status: i % 3 ? ApplicationStatus.CHECKED : ApplicationStatus.APPROVED,
        applicantId: i % 2 ? fx.orgs.caritas.id : fx.orgs.cafe.id,
        partnerIds: [fx.orgs.jobcenter.id, fx.orgs.internal.id],
      })),
    );
    const big = await counted();
    expect(big.data.funds).toHaveLength(2);
    const fund2026 = big.data.funds.find((f: any) => f.applications.length > 5);
    expect(fund2026.applications).toHaveLength(35);
    expect(fund2026.applications.at(-1).partners).toHaveLength(2);
    expect(fund2026.applications.at(-1).answers).toHaveLength(3);
    expect(big.statements).toBe(small.statements);
  });
});
