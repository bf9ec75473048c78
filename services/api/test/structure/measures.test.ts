import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Measure } from '../../src/modules/measure/measure.entity.js';
import { databaseLabel } from '../support/database.js';
import { errorCode } from '../support/graphql-client.js';
import { type Harness, startHarness } from '../support/harness.js';
import type { StructureFixture } from '../support/structure-fixture.js';

const PROGRESS = `mutation($id: UUID!, $v: Int!, $input: MeasureProgressInput!) {
  reportMeasureProgress(id: $id, version: $v, input: $input) { status progress version overdue statusHistory { fromStatus toStatus note actorName } }
}`;

describe(`measures and indicators (${databaseLabel})`, () => {
  let h: Harness;
  let fx: StructureFixture;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });
  beforeEach(async () => {
    fx = await h.resetStructure();
  });

  const m = () => fx.structure.measures;

  it('lets the tandem lead report status and progress, with a status history', async () => {
    const lead = await h.client().login('lead@test.example');
    const res = await lead.ok(PROGRESS, {
      id: m().overdue.id,
      v: m().overdue.version,
      input: { status: 'DONE', note: 'Alle Kurse abgestimmt' },
    });
    expect(res.reportMeasureProgress).toMatchObject({ status: 'DONE', progress: 100, overdue: false });
    expect(res.reportMeasureProgress.statusHistory.at(-1)).toEqual({
      fromStatus: 'IN_PROGRESS',
      toStatus: 'DONE',
      note: 'Alle Kurse abgestimmt',
      actorName: 'Miriam Okafor',
    });
  });

  it('lets an owner organisation’s editor report progress, but not edit the measure', async () => {
    const editor = await h.client().login('editor.caritas@test.example');
    const res = await editor.ok(PROGRESS, { id: m().overdue.id, v: m().overdue.version, input: { progress: 55 } });
    expect(res.reportMeasureProgress.progress).toBe(55);
    const edit = await editor.request(
      `mutation($id: UUID!, $v: Int!) { updateMeasure(id: $id, version: $v, input: { title: "Neu" }) { id } }`,
      {
        id: m().overdue.id,
        v: res.reportMeasureProgress.version,
      },
    );
    expect(errorCode(edit)).toBe('FORBIDDEN');
  });

  it('refuses progress outside 0-100 and stale versions, writing nothing', async () => {
    const lead = await h.client().login('lead@test.example');
    for (const progress of [101, -1]) {
      const res = await lead.request(PROGRESS, { id: m().overdue.id, v: m().overdue.version, input: { progress } });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.progress' });
    }
    const fraction = await lead.request(PROGRESS, { id: m().overdue.id, v: m().overdue.version, input: { progress: 50.5 } });
    expect(errorCode(fraction)).toBe('BAD_USER_INPUT');
    await lead.ok(PROGRESS, { id: m().overdue.id, v: m().overdue.version, input: { progress: 60 } });
    const stale = await lead.request(PROGRESS, { id: m().overdue.id, v: m().overdue.version, input: { progress: 70 } });
    expect(errorCode(stale)).toBe('CONFLICT');
    const stored = await h.orm.em.fork().findOneOrFail(Measure, m().overdue.id);
    expect(stored.progress).toBe(60);
  });

  it('answers the measure queries: by body, owner, person, goal, field of action, overdue, and my measures', async () => {
    const member = await h.client().login('member@test.example');
    const titles = async (filter: Record<string, unknown>) =>
      (await member.ok('query($f: MeasureFilter) { measures(filter: $f) { title } }', { f: filter })).measures
        .map((x: any) => x.title)
        .sort();
    const both = ['Sprachcafé für Berufseinsteiger', 'Sprachkursangebote abstimmen'];
    expect(await titles({ bodyId: fx.structure.bodies.workingGroup.id })).toEqual(both);
    expect(await titles({ ownerOrganisationId: fx.orgs.cafe.id })).toEqual(['Sprachcafé für Berufseinsteiger']);
    expect(await titles({ personId: fx.structure.people.leadWelfare.id })).toEqual(['Sprachkursangebote abstimmen']);
    expect(await titles({ goalId: fx.structure.goals.goalWork.id })).toEqual(['Sprachcafé für Berufseinsteiger']);
    expect(await titles({ fieldOfActionId: fx.refs.language.id })).toEqual(both);
    expect(await titles({ overdue: true })).toEqual(['Sprachkursangebote abstimmen']);
    expect(await titles({ statuses: ['PLANNED'] })).toEqual(['Sprachcafé für Berufseinsteiger']);
    const lead = await h.client().login('lead@test.example');
    expect((await lead.ok('{ myMeasures { title } }')).myMeasures).toEqual([{ title: 'Sprachkursangebote abstimmen' }]);
  });

  it('records indicator measurements from owners and keeps them in order', async () => {
    const editor = await h.client().login('editor.caritas@test.example');
    await editor.ok(`mutation($id: UUID!) { recordMeasurement(indicatorId: $id, input: { on: "2025-06-30", value: 9 }) { id } }`, {
      id: fx.structure.indicator.id,
    });
    const data = await editor.ok(
      `query($id: UUID!) { measure(id: $id) { indicators { name baseline target measurements { on value } } } }`,
      {
        id: m().overdue.id,
      },
    );
    expect(data.measure.indicators[0]).toMatchObject({ baseline: 2, target: 12 });
    expect(data.measure.indicators[0].measurements).toEqual([
      { on: '2024-01-31', value: 4 },
      { on: '2025-06-30', value: 9 },
    ]);
    const other = await h.client().login('editor.cafe@test.example');
    const refused = await other.request(
      `mutation($id: UUID!) { recordMeasurement(indicatorId: $id, input: { on: "2025-07-31", value: 10 }) { id } }`,
      { id: fx.structure.indicator.id },
    );
    expect(errorCode(refused)).toBe('FORBIDDEN');
  });

  it('creates a measure for the lead’s body with owners, checking references and dates', async () => {
    const lead = await h.client().login('lead@test.example');
    const input = {
      bodyId: fx.structure.bodies.workingGroup.id,
      title: 'Arbeitgeberservice für Neuzugewanderte',
      ownerOrganisationIds: [fx.orgs.jobcenter.id, fx.orgs.caritas.id],
      responsiblePersonId: fx.structure.people.leadCity.id,
      goalIds: [fx.structure.goals.goalWork.id],
      startOn: '2026-01-01',
      dueOn: '2026-12-31',
    };
    const created = await lead.ok(
      `mutation($input: MeasureInput!) { createMeasure(input: $input) { status progress owners { name } responsible { familyName } } }`,
      { input },
    );
    expect(created.createMeasure).toMatchObject({ status: 'PLANNED', progress: 0, responsible: { familyName: 'Lindner' } });
    const badDates = await lead.request(`mutation($input: MeasureInput!) { createMeasure(input: $input) { id } }`, {
      input: { ...input, dueOn: '2025-01-01' },
    });
    expect(badDates.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.dueOn' });
    const noOwner = await lead.request(`mutation($input: MeasureInput!) { createMeasure(input: $input) { id } }`, {
      input: { ...input, ownerOrganisationIds: [] },
    });
    expect(noOwner.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.ownerOrganisationIds' });
    const unknownGoal = await lead.request(`mutation($input: MeasureInput!) { createMeasure(input: $input) { id } }`, {
      input: { ...input, goalIds: ['00000000-0000-4000-8000-000000000000'] },
    });
    expect(unknownGoal.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.goalIds' });
    const elsewhere = await lead.request(`mutation($input: MeasureInput!) { createMeasure(input: $input) { id } }`, {
      input: { ...input, bodyId: fx.structure.bodies.steering.id },
    });
    expect(errorCode(elsewhere)).toBe('FORBIDDEN');
  });
});
