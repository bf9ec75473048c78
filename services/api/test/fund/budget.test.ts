import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { formatCents } from '../../src/shared/money.js';
import { databaseLabel } from '../support/database.js';
import { GraphQLClient } from '../support/graphql-client.js';
import { type Harness, startHarness } from '../support/harness.js';
import { clients, count, type FundFixture, resetFunds, seedApplications } from './fund-fixture.js';

const DECIDE = `mutation($id: UUID!, $v: Int!, $i: FundDecisionInput!) {
  decideFundApplication(id: $id, version: $v, input: $i) { id status approvedAmount } }`;
const SUMS = `query($id: UUID!) { fund(id: $id) { budget approved remaining requested rounds { approved applicationCount }
  fundedProjects(first: 500) { approvedAmount } } }`;

/** A fund's budget is exact to the cent and never overdrawn, however many approvals and however concurrent. */
describe(`the fund's budget (${databaseLabel})`, () => {
  let h: Harness;
  let fx: FundFixture;
  let as: ReturnType<typeof clients>;
  beforeAll(async () => {
    h = await startHarness();
    as = clients(h);
  });
  afterAll(async () => {
    await h?.close();
  });
  beforeEach(async () => {
    fx = await resetFunds(h);
  });

  const setBudget = async (cents: number) => {
    await h.orm.em.fork().execute('update fund set budget_cents = ? where id = ?', [cents, fx.fund.fund.id]);
  };
  const approve = (client: GraphQLClient, app: { id: string; version: number }, amount: string, agendaItemId = fx.fund.items.item.id) =>
    client.request<{ decideFundApplication: { status: string; approvedAmount: string } }>(DECIDE, {
      id: app.id,
      v: app.version,
      i: { agendaItemId, outcome: 'APPROVED', approvedAmount: amount },
    });

  it('adds 37 approvals of odd amounts to the cent, and refuses one above what remains with nothing changed', async () => {
    // 1413.37, 1450.74, 1488.11 …: amounts whose sum in floating point would drift.
    const amounts = Array.from({ length: 37 }, (_, k) => 141_337 + k * 3_737);
    const total = amounts.reduce((sum, cents) => sum + cents, 0);
    await setBudget(total + 123_450);
    const apps = await seedApplications(
      h,
      fx,
      amounts.map((cents) => ({ requestedCents: cents + 1 })),
    );
    const chair = await as.chair();
    for (const [i, app] of apps.entries()) {
      const res = await approve(chair, app, formatCents(amounts[i] as number));
      expect(res.errors, `approval ${i}`).toBeUndefined();
      expect(res.data?.decideFundApplication.approvedAmount).toBe(formatCents(amounts[i] as number));
    }
    const { fund } = await chair.ok(SUMS, { id: fx.fund.fund.id });
    expect(formatCents(total)).toBe('77183.11');
    expect(fund).toMatchObject({ approved: '77183.11', remaining: '1234.50', requested: '0.00' });
    expect(fund.rounds[0]).toEqual({ approved: '77183.11', applicationCount: 37 });
    expect(fund.fundedProjects).toHaveLength(37);
    expect(fund.fundedProjects.map((p: any) => p.approvedAmount).sort()).toEqual(amounts.map(formatCents).sort());
    const [sum] = await h.orm.em
      .fork()
      .execute<{ cents: string }[]>(`select sum(approved_cents)::text as cents from fund_application where fund_id = ?`, [fx.fund.fund.id]);
    expect(sum?.cents).toBe(String(total));

    // One cent more than remains is refused, and nothing is written: no decision, no event, no history, no status.
    const [last] = await seedApplications(h, fx, [{ title: 'Zu teuer', requestedCents: 500_000 }]);
    const before = {
      decisions: await count(h, 'decision'),
      events: await count(h, 'realtime_event'),
      audit: await count(h, 'audit_entry'),
      changes: await count(h, 'fund_application_status_change'),
    };
    const refused = await approve(chair, last as { id: string; version: number }, '1234.51');
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'BUDGET_EXCEEDED',
      details: { remaining: '1234.50' },
    });
    expect({
      decisions: await count(h, 'decision'),
      events: await count(h, 'realtime_event'),
      audit: await count(h, 'audit_entry'),
      changes: await count(h, 'fund_application_status_change'),
    }).toEqual(before);
    expect(await count(h, 'fund_application', `id = ? and status = 'CHECKED' and approved_cents is null and version = 1`, [last?.id])).toBe(
      1,
    );
    expect((await chair.ok(SUMS, { id: fx.fund.fund.id })).fund).toMatchObject({
      approved: '77183.11',
      remaining: '1234.50',
      requested: '5000.00',
    });

    // Exactly what remains fits.
    const fits = await approve(chair, last as { id: string; version: number }, '1234.50');
    expect(fits.errors).toBeUndefined();
    expect((await chair.ok(SUMS, { id: fx.fund.fund.id })).fund).toMatchObject({ approved: '78417.61', remaining: '0.00' });
  });

  it('lets exactly as many of 20 concurrent approvals succeed as the budget holds', async () => {
    // 10,000.00 € and 20 approvals of 700.00 €: 14 fit (9,800.00 €), 6 must be refused, whichever order they arrive in.
    await setBudget(1_000_000);
    const apps = await seedApplications(
      h,
      fx,
      Array.from({ length: 20 }, () => ({ requestedCents: 70_000 })),
    );
    const chair = await as.chair();
    const results = await Promise.all(
      apps.map((app, i) => {
        // Twenty clients on the chair's session, each with its own connection; in two meetings, so that
        // only the fund's lock (not a meeting's) can order them.
        const client = new GraphQLClient(chair.url);
        client.cookie = chair.cookie;
        return approve(client, app, '700.00', i % 2 ? fx.fund.items.internalItem.id : fx.fund.items.item.id);
      }),
    );
    const succeeded = results.filter((r) => !r.errors);
    const refused = results.filter((r) => r.errors);
    expect(succeeded).toHaveLength(14);
    expect(refused).toHaveLength(6);
    for (const r of refused) expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'BUDGET_EXCEEDED' });
    expect(refused.map((r) => r.errors?.[0]?.extensions?.details?.remaining)).toEqual(Array(6).fill('200.00'));
    const [row] = await h.orm.em.fork().execute<{ cents: string; approved: string }[]>(
      `select coalesce(sum(approved_cents), 0)::text as cents, count(*) filter (where status = 'APPROVED')::text as approved
           from fund_application where fund_id = ?`,
      [fx.fund.fund.id],
    );
    expect(row).toEqual({ cents: '980000', approved: '14' });
    expect(await count(h, 'decision')).toBe(14);
    expect(await count(h, 'fund_application', `status = 'CHECKED' and approved_cents is null`)).toBe(6);
    expect((await chair.ok(SUMS, { id: fx.fund.fund.id })).fund).toMatchObject({ approved: '9800.00', remaining: '200.00' });
  });

  it('does not let a budget cut pass an approval: both are judged on the locked fund', async () => {
    await setBudget(1_000_000);
    const apps = await seedApplications(
      h,
      fx,
      Array.from({ length: 6 }, () => ({ requestedCents: 150_000 })),
    );
    const chair = await as.chair();
    const admin = await as.admin();
    const cut = admin.request(`mutation($id: UUID!, $v: Int!, $i: FundInput!) { updateFund(id: $id, version: $v, input: $i) { budget } }`, {
      id: fx.fund.fund.id,
      v: 1,
      i: { budget: '5000' },
    });
    const approvals = apps.map((app) => {
      const client = new GraphQLClient(chair.url);
      client.cookie = chair.cookie;
      return approve(client, app, '1500');
    });
    await Promise.all([cut, ...approvals]);
    const { fund } = await chair.ok(SUMS, { id: fx.fund.fund.id });
    // Whatever the order, what is approved never exceeds the budget in force.
    expect(Number(fund.approved)).toBeLessThanOrEqual(Number(fund.budget));
    expect(Number(fund.remaining)).toBeGreaterThanOrEqual(0);
    const approved = await count(h, 'fund_application', `status = 'APPROVED'`);
    expect(fund.approved).toBe(formatCents(approved * 150_000));
  });
});
