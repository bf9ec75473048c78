import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts, seedDemoCity } from '../../src/seed/demo-city.js';
import { demoOpportunities, demoVolunteers } from '../../src/seed/demo-volunteering.js';
import { databaseLabel, emptyTables } from '../support/database.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { type Harness, startHarness } from '../support/harness.js';

/** The demo city's volunteering, as the issue asks for it (40+ Halle-style opportunities, volunteers with consent), read back through the API. */
describe(`the demo city's volunteering (${databaseLabel})`, () => {
  let h: Harness;
  let admin: GraphQLClient;
  let editor: GraphQLClient;
  beforeAll(async () => {
    h = await startHarness();
    const em = h.orm.em.fork();
    await emptyTables(em);
    const summary = await seedDemoCity(em);
    expect(summary).toMatchObject({ volunteerOpportunities: demoOpportunities.length, volunteers: demoVolunteers.length });
    admin = await h.client().login(demoAccounts.admin, demoAccounts.password);
    editor = await h.client().login(demoAccounts.editor, demoAccounts.password);
  }, 180_000);
  afterAll(async () => {
    await h?.close();
  });

  it('shows visitors at least 40 open opportunities of many organisations, with tasks, times and languages', async () => {
    const { volunteerOpportunities } = await h
      .client()
      .ok<any>(
        '{ volunteerOpportunities(first: 100) { totalCount edges { node { title task timeNeeded status organisation { id } languages { code } } } } }',
      );
    expect(volunteerOpportunities.totalCount).toBeGreaterThanOrEqual(40);
    const nodes = volunteerOpportunities.edges.map((e: any) => e.node);
    expect(nodes.every((n: any) => n.status === 'OPEN' && n.task.length > 40)).toBe(true);
    expect(new Set(nodes.map((n: any) => n.organisation.id)).size).toBeGreaterThanOrEqual(35);
    expect(new Set(nodes.map((n: any) => n.timeNeeded))).toEqual(new Set(['ONCE', 'OCCASIONAL', 'WEEKLY', 'SEVERAL_TIMES_A_WEEK']));
    for (const title of [
      'Lernpatenschaft',
      'Begleitung zu Behörden',
      'Sprachcafé-Moderation',
      'Fahrradwerkstatt',
      'Hausaufgabenhilfe',
      'Dolmetschen bei Elternabenden',
    ])
      expect(
        nodes.some((n: any) => n.title.includes(title)),
        title,
      ).toBe(true);
    // Members see the filled, closed and expired ones as well.
    const all = await admin.ok<any>('{ volunteerOpportunities(first: 100, filter: { includeClosed: true }) { totalCount } }');
    expect(all.volunteerOpportunities.totalCount).toBe(demoOpportunities.length);
    expect(all.volunteerOpportunities.totalCount - volunteerOpportunities.totalCount).toBeGreaterThanOrEqual(3);
  });

  it('has volunteers with consent and interests in every state, some of them for the demo editor to answer', async () => {
    const { volunteers, volunteerInterests } = await admin.ok<any>('{ volunteers { name consentGivenAt } volunteerInterests { status } }');
    expect(volunteers).toHaveLength(demoVolunteers.length);
    expect(volunteers.every((v: any) => v.consentGivenAt)).toBe(true);
    expect(new Set(volunteerInterests.map((i: any) => i.status))).toEqual(
      new Set(['NEW', 'ANSWERED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN']),
    );
    const own = await editor.ok<any>('{ volunteerInterests { status volunteer { name } } }');
    expect(own.volunteerInterests.filter((i: any) => i.status === 'NEW').length).toBeGreaterThanOrEqual(2);
    expect(own.volunteerInterests.length).toBeLessThan(volunteerInterests.length);
  });
});
