import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts, seedDemoCity } from '../../src/seed/demo-city.js';
import { databaseLabel, emptyTables } from '../support/database.js';
import { type Harness, startHarness } from '../support/harness.js';

const WEEK = 7 * 86_400_000;

/** The demo city's year of meetings, as the issue describes it, read back through the API. */
describe(`the demo city's meetings (${databaseLabel})`, () => {
  let h: Harness;
  let meetings: any[];
  beforeAll(async () => {
    h = await startHarness();
    const em = h.orm.em.fork();
    await emptyTables(em);
    await seedDemoCity(em);
    const admin = await h.client().login(demoAccounts.admin, demoAccounts.password);
    meetings = (
      await admin.ok<any>(
        '{ meetings(first: 200) { id title status startsAt cancelReason body { name kind } organiser { name } decisions(first: 20) { result } agenda(first: 20) { id visibility notes { text } } } }',
      )
    ).meetings;
  }, 120_000);
  afterAll(async () => {
    await h?.close();
  });

  const byBody = () => {
    const groups = new Map<string, any[]>();
    for (const m of meetings) groups.set(m.body.name, [...(groups.get(m.body.name) ?? []), m]);
    return groups;
  };

  it('the steering committee meets quarterly, the working groups every 4 to 8 weeks, with alternating organisers', () => {
    for (const [name, list] of byBody()) {
      const kind = list[0].body.kind;
      const gaps = list.slice(1).map((m: any, i: number) => (new Date(m.startsAt).getTime() - new Date(list[i].startsAt).getTime()) / WEEK);
      if (kind === 'STEERING_COMMITTEE') {
        // Quarterly; special meetings on the integration fund come in between.
        const regular = list.filter((m: any) => !m.title.startsWith('Sondersitzung'));
        const regularGaps = regular
          .slice(1)
          .map((m: any, i: number) => (new Date(m.startsAt).getTime() - new Date(regular[i].startsAt).getTime()) / WEEK);
        for (const g of regularGaps) expect(Math.round(g), name).toBe(13);
      }
      if (kind === 'WORKING_GROUP') {
        expect(list.length, name).toBeGreaterThanOrEqual(6);
        // The lead's group meets today outside its rhythm; every other gap keeps the cadence.
        expect(gaps.filter((g: number) => Math.round(g) < 4 || Math.round(g) > 8).length, name).toBeLessThanOrEqual(2);
        expect(new Set(list.map((m: any) => m.organiser?.name)).size, name).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it('has published minutes with decisions and notes, one cancelled meeting and one running today', () => {
    const published = meetings.filter((m) => m.status === 'PUBLISHED');
    expect(published.length).toBeGreaterThan(40);
    expect(published.some((m) => m.decisions.some((d: any) => d.result === 'ADOPTED'))).toBe(true);
    expect(published.some((m) => m.decisions.some((d: any) => d.result === 'DEFERRED'))).toBe(true);
    expect(published.every((m) => m.agenda.some((i: any) => i.notes?.text))).toBe(true);
    const cancelled = meetings.filter((m) => m.status === 'CANCELLED');
    expect(cancelled).toHaveLength(1);
    expect(cancelled[0].cancelReason).toBeTruthy();
    const running = meetings.filter((m) => m.status === 'RUNNING');
    expect(running).toHaveLength(1);
    expect(new Date(running[0].startsAt).toISOString().slice(0, 10)).toBe(new Date().toISOString().slice(0, 10));
    expect(meetings.some((m) => m.status === 'PLANNED' || m.status === 'INVITED')).toBe(true);
  });

  it('the demo lead runs today’s meeting, and the tasks are tracked: some done, some overdue', async () => {
    const lead = await h.client().login(demoAccounts.lead, demoAccounts.password);
    const running = meetings.find((m) => m.status === 'RUNNING');
    const { meeting } = await lead.ok<any>('query($id: UUID!) { meeting(id: $id) { viewerCan { manage writeMinutes } body { id } } }', {
      id: running.id,
    });
    expect(meeting.viewerCan).toEqual({ manage: true, writeMinutes: true });
    const { tasks } = await lead.ok<any>('query($b: UUID!) { tasks(filter: { bodyId: $b }, first: 500) { status overdue } }', {
      b: meeting.body.id,
    });
    expect(tasks.some((t: any) => t.status === 'DONE')).toBe(true);
    expect(tasks.some((t: any) => t.overdue)).toBe(true);
  });
});
