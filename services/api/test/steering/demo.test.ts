import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts, seedDemoCity } from '../../src/seed/demo-city.js';
import { databaseLabel, emptyTables } from '../support/database.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { type Harness, startHarness } from '../support/harness.js';

/** The demo city's steering work, as the issue describes it, read back through the API. */
describe(`the demo city's steering work (${databaseLabel})`, () => {
  let h: Harness;
  let admin: GraphQLClient;
  beforeAll(async () => {
    h = await startHarness();
    const em = h.orm.em.fork();
    await emptyTables(em);
    await seedDemoCity(em);
    admin = await h.client().login(demoAccounts.admin, demoAccounts.password);
  }, 120_000);
  afterAll(async () => {
    await h?.close();
  });

  it('has a current concept with the sixteen goals and a previous one', async () => {
    const { concepts } = await admin.ok<any>('{ concepts { title isCurrent validTo goals { number } } }');
    expect(concepts.map((c: any) => c.isCurrent)).toEqual([true, false]);
    expect(concepts[0].goals.map((g: any) => g.number)).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
    expect(concepts[1].goals.length).toBeGreaterThan(0);
    expect(concepts[1].validTo).toBe('2021-12-31');
  });

  it('has twenty needs in all three classes, two decided review rounds and an open one, and three mandates', async () => {
    const { needs, priorityReviews, mandates } = await admin.ok<any>(
      `{ needs(first: 100) { classification status raisedOn statusHistory { toStatus on } }
         priorityReviews { status closesOn decision { result } items { finalRank tally { points } } }
         mandates { status need { status } progress { measures } } }`,
    );
    expect(needs).toHaveLength(20);
    expect(new Set(needs.map((n: any) => n.classification))).toEqual(new Set(['REQUIRED_BY_LAW', 'LOCALLY_NECESSARY', 'DESIRABLE']));
    for (const status of ['RAISED', 'ASSESSED', 'PRIORITISED', 'MANDATED', 'ADDRESSED', 'DECLINED'])
      expect(
        needs.some((n: any) => n.status === status),
        status,
      ).toBe(true);
    // Every history runs forward in time, from the day the need was raised.
    for (const n of needs) {
      const days = n.statusHistory.map((c: any) => c.on);
      expect(days[0]).toBe(n.raisedOn);
      expect([...days].sort()).toEqual(days);
      expect(n.statusHistory.at(-1).toStatus).toBe(n.status);
    }
    expect(priorityReviews.map((r: any) => r.status)).toEqual(['OPEN', 'DECIDED', 'DECIDED']);
    for (const r of priorityReviews.slice(1)) {
      expect(r.decision).toEqual({ result: 'ADOPTED' });
      expect(r.items.some((i: any) => i.finalRank === 1)).toBe(true);
      expect(r.items.every((i: any) => i.tally.points > 0)).toBe(true);
    }
    expect(mandates).toHaveLength(3);
    expect(mandates.map((m: any) => m.status).sort()).toEqual(['COMPLETED', 'OPEN', 'OPEN']);
    expect(mandates.every((m: any) => m.progress.measures > 0)).toBe(true);
  });

  it('runs the fund of this year: 200,000.00 €, five rounds, every status, 15 funded projects with 52,440.30 €', async () => {
    const year = new Date().getUTCFullYear();
    const { fundOfYear: fund } = await admin.ok<any>(
      `query($year: Int!) { fundOfYear(year: $year) { budget approved remaining criteria { title }
         rounds { number deadline approved applicationCount decisionMeeting { startsAt body { kind } } }
         fundedProjects(first: 100) { approvedAmount } applications(first: 100) { status approvedAmount recusals { reason } } } }`,
      { year },
    );
    expect(fund).toMatchObject({ budget: '200000.00', approved: '52440.30', remaining: '147559.70' });
    expect(fund.criteria.map((c: any) => c.title)).toEqual(['Zeitlich begrenzt', 'Klares Ziel', 'Vernetzt']);
    expect(fund.rounds.map((r: any) => r.number)).toEqual([1, 2, 3, 4, 5]);
    // Every round's deadline is in the fund's year, and each is decided by the steering committee.
    for (const r of fund.rounds) {
      expect(r.deadline.slice(0, 4)).toBe(String(year));
      expect(r.decisionMeeting?.body.kind).toBe('STEERING_COMMITTEE');
    }
    expect(fund.fundedProjects).toHaveLength(15);
    const statuses = new Set(fund.applications.map((a: any) => a.status));
    expect(statuses).toEqual(new Set(['SUBMITTED', 'CHECKED', 'APPROVED', 'REJECTED', 'DEFERRED', 'REPORT_DUE', 'CLOSED']));
    const cents = fund.applications
      .filter((a: any) => a.approvedAmount)
      .reduce((sum: number, a: any) => sum + Math.round(Number(a.approvedAmount) * 100), 0);
    expect(cents).toBe(5_244_030);
  });
});
