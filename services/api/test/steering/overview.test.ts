import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { statementCounter } from '../../src/db/orm.js';
import { Body } from '../../src/modules/body/body.entity.js';
import { MeasureStatus } from '../../src/modules/measure/measure.entity.js';
import { Organisation } from '../../src/modules/organisation/organisation.entity.js';
import { Factory } from '../../src/seed/factories.js';
import { databaseLabel, emptyTables } from '../support/database.js';
import { type Harness, startHarness } from '../support/harness.js';
import { type SteeringFixture, seedSteeringFixture } from './steering-fixture.js';

const COUNTS = 'counts { planned inProgress done stalled dropped overdue total }';
const OVERVIEW = `{ steeringOverview {
  measuresByBody { body { name } ${COUNTS} }
  measuresByGoal { goal { number } ${COUNTS} }
  measuresByFieldOfAction { fieldOfAction { code } ${COUNTS} }
  needs { classification raised assessed prioritised open mandated }
  indicators { name unit baseline target latest latestOn attainment measure { title } }
} }`;

const counts = (c: Partial<Record<'planned' | 'inProgress' | 'done' | 'stalled' | 'dropped' | 'overdue' | 'total', number>>) => ({
  planned: 0,
  inProgress: 0,
  done: 0,
  stalled: 0,
  dropped: 0,
  overdue: 0,
  total: 0,
  ...c,
});

describe(`the steering overview (${databaseLabel})`, () => {
  let h: Harness;
  let fx: SteeringFixture;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });
  beforeEach(async () => {
    const em = h.orm.em.fork();
    await emptyTables(em);
    fx = await seedSteeringFixture(em);
    // A measure of the internal round table: counted for members, not for visitors.
    const f = new Factory(em, 3);
    f.measure(em.getReference(Body, fx.structure.bodies.internal.id), {
      title: 'Interne Haushaltsplanung',
      owners: [em.getReference(Organisation, fx.orgs.jobcenter.id)],
      history: [{ status: MeasureStatus.DONE, on: '2025-01-01' }],
      progress: 100,
    });
    await em.flush();
  });

  it('counts the fixture’s measures, needs and indicators exactly, and only what the reader may see', async () => {
    const admin = await h.client().login('admin@test.example');
    const o = (await admin.ok<any>(OVERVIEW)).steeringOverview;
    expect(o.measuresByBody).toEqual([
      { body: { name: 'AG Arbeit und Sprache' }, counts: counts({ planned: 1, inProgress: 1, overdue: 1, total: 2 }) },
      { body: { name: 'Interne Steuerungsrunde Dezernat' }, counts: counts({ done: 1, total: 1 }) },
    ]);
    // Goal 1 has the overdue measure, goal 5 the planned one; the internal measure serves no goal.
    expect(o.measuresByGoal).toEqual([
      { goal: { number: 1 }, counts: counts({ inProgress: 1, overdue: 1, total: 1 }) },
      { goal: { number: 5 }, counts: counts({ planned: 1, total: 1 }) },
      { goal: null, counts: counts({ done: 1, total: 1 }) },
    ]);
    // Both measures are in the working group's field (language); the planned one also serves a goal in work.
    const byField = Object.fromEntries(o.measuresByFieldOfAction.map((g: any) => [g.fieldOfAction?.code ?? 'none', g.counts]));
    expect(byField).toEqual({
      [fx.refs.language.code]: counts({ planned: 1, inProgress: 1, overdue: 1, total: 2 }),
      [fx.refs.work.code]: counts({ planned: 1, total: 1 }),
      none: counts({ done: 1, total: 1 }),
    });
    expect(o.needs).toEqual([
      { classification: 'REQUIRED_BY_LAW', raised: 0, assessed: 1, prioritised: 0, open: 1, mandated: 0 },
      { classification: 'LOCALLY_NECESSARY', raised: 0, assessed: 1, prioritised: 0, open: 1, mandated: 0 },
      { classification: 'DESIRABLE', raised: 1, assessed: 1, prioritised: 0, open: 2, mandated: 0 },
    ]);
    expect(o.indicators).toEqual([
      {
        name: 'Abgestimmte Kursangebote',
        unit: 'Kurse',
        baseline: 2,
        target: 12,
        latest: 4,
        latestOn: '2024-01-31',
        attainment: 0.2,
        measure: { title: 'Sprachkursangebote abstimmen' },
      },
    ]);

    const visitor = (await h.client().ok<any>(OVERVIEW)).steeringOverview;
    expect(visitor.measuresByBody.map((g: any) => g.body.name)).toEqual(['AG Arbeit und Sprache']);
    expect(visitor.measuresByGoal.find((g: any) => g.goal === null)).toBeUndefined();
    expect(visitor.needs.every((n: any) => n.open === 0 && n.raised === 0 && n.assessed === 0)).toBe(true);
  });

  it('reads each section in one statement, whatever the number of bodies and measures', async () => {
    const admin = await h.client().login('admin@test.example');
    const count = async () => {
      const before = statementCounter.count;
      await admin.ok(OVERVIEW);
      return statementCounter.count - before;
    };
    const small = await count();
    const em = h.orm.em.fork();
    const f = new Factory(em, 5);
    const caritas = em.getReference(Organisation, fx.orgs.caritas.id);
    for (let b = 0; b < 6; b++) {
      const body = f.body({ name: `AG ${b}` });
      for (let m = 0; m < 5; m++) {
        const measure = f.measure(body, { title: `Maßnahme ${b}.${m}`, owners: [caritas] });
        f.indicator(measure, {
          name: `Kennzahl ${b}.${m}`,
          unit: '%',
          baseline: 0,
          target: 10,
          measurements: [{ on: '2026-01-01', value: m }],
        });
      }
    }
    await em.flush();
    expect(await count()).toBe(small);
    // The session, five sections (the bodies read with their counts), the goals and fields they name, the indicators' measures.
    expect(small).toBe(9);
  });
});
