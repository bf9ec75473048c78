import type { EntityClass } from '@mikro-orm/core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AuditEntry } from '../../src/modules/audit/audit.entity.js';
import { VolunteerOpportunity } from '../../src/modules/volunteering/volunteering.entity.js';
import { databaseLabel } from '../support/database.js';
import { errorCode } from '../support/graphql-client.js';
import { type Harness, startHarness } from '../support/harness.js';
import { clients, inDays, seedVolunteering, type VolunteeringFixture } from './volunteering-fixture.js';

const CREATE = `mutation($input: VolunteerOpportunityInput!) { createVolunteerOpportunity(input: $input) {
  id version title timeNeeded hoursPerMonth skills status organisation { id } languages { code } districts { code } targetGroups { code } viewerCanEdit
} }`;
const UPDATE = `mutation($id: UUID!, $v: Int!, $input: VolunteerOpportunityInput!) { updateVolunteerOpportunity(id: $id, version: $v, input: $input) { id version title status lastConfirmedAt } }`;
const CONFIRM = 'mutation($id: UUID!) { confirmVolunteerOpportunity(id: $id) { id lastConfirmedAt isStale } }';
const LIST = `query($filter: VolunteerOpportunityFilter, $first: Int) { volunteerOpportunities(filter: $filter, first: $first) {
  totalCount edges { node { id title } } pageInfo { hasNextPage endCursor }
} }`;
const ONE =
  'query($id: UUID!) { volunteerOpportunity(id: $id) { id title status isStale organisation { name } newInterestCount interests { id } } }';

describe(`volunteer opportunities (${databaseLabel})`, () => {
  let h: Harness;
  let fx: VolunteeringFixture;
  let as: ReturnType<typeof clients>;

  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });
  beforeEach(async () => {
    fx = await seedVolunteering(h);
    as = clients(h, fx);
  });

  const count = <T extends object>(entity: EntityClass<T>) => h.orm.em.fork().count(entity);
  const input = (organisationId: string, extra: Record<string, unknown> = {}) => ({
    organisationId,
    title: 'Dolmetschen bei Elternabenden',
    task: 'Bei Elternabenden der Grundschule zwischen Eltern und Lehrkräften übersetzen.',
    timeNeeded: 'OCCASIONAL',
    hoursPerMonth: 3,
    languageIds: [fx.refs.arabic.id],
    districtIds: [fx.refs.north.id],
    targetGroupIds: [fx.refs.women.id],
    skills: ['Arabisch', ' arabisch ', 'Schweigepflicht'],
    ...extra,
  });

  it('are created by the organisation’s editors and admins only, with their tags and a history entry', async () => {
    const before = { opportunities: await count(VolunteerOpportunity), audit: await count(AuditEntry) };
    for (const [role, code] of [
      ['visitor', 'UNAUTHENTICATED'],
      ['member', 'FORBIDDEN'],
      ['editorCafe', 'FORBIDDEN'],
    ] as const) {
      const res = await (await as[role]()).request(CREATE, { input: input(fx.orgs.caritas.id) });
      expect(errorCode(res), role).toBe(code);
    }
    expect(await count(VolunteerOpportunity)).toBe(before.opportunities);
    expect(await count(AuditEntry)).toBe(before.audit);

    const { createVolunteerOpportunity: created } = await (await as.editorCaritas()).ok(CREATE, { input: input(fx.orgs.caritas.id) });
    expect(created).toMatchObject({
      title: 'Dolmetschen bei Elternabenden',
      timeNeeded: 'OCCASIONAL',
      hoursPerMonth: 3,
      // Repeats differing only in case and spaces are one skill.
      skills: ['Arabisch', 'Schweigepflicht'],
      status: 'OPEN',
      organisation: { id: fx.orgs.caritas.id },
      languages: [{ code: 'ar' }],
      districts: [{ code: 'nord' }],
      targetGroups: [{ code: 'frauen' }],
      viewerCanEdit: true,
    });
    const { createVolunteerOpportunity: byAdmin } = await (await as.admin()).ok(CREATE, { input: input(fx.orgs.jobcenter.id) });
    expect(byAdmin.organisation.id).toBe(fx.orgs.jobcenter.id);
    const entries = await h.orm.em.fork().find(AuditEntry, { entityType: 'VolunteerOpportunity', action: 'CREATE' });
    expect(entries.map((e) => e.organisationIds)).toEqual(expect.arrayContaining([[fx.orgs.caritas.id], [fx.orgs.jobcenter.id]]));
  });

  it('refuse bad input with typed errors and write nothing', async () => {
    const editor = await as.editorCaritas();
    const before = await count(VolunteerOpportunity);
    const cases: [Record<string, unknown>, string][] = [
      [{ title: 'ab' }, 'input.title'],
      [{ validFrom: '2026-06-01', validUntil: '2026-05-01' }, 'input.validUntil'],
      [{ languageIds: [fx.refs.north.id] }, 'input.languageIds'],
      [{ skills: Array.from({ length: 21 }, (_, i) => `Fähigkeit ${i}`) }, 'input.skills'],
      [{ skills: ['x'.repeat(61)] }, 'input.skills.0'],
      [{ hoursPerMonth: 0 }, 'input.hoursPerMonth'],
    ];
    for (const [extra, field] of cases) {
      const res = await editor.request(CREATE, { input: input(fx.orgs.caritas.id, extra) });
      expect(errorCode(res), JSON.stringify(extra)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.extensions?.field, JSON.stringify(extra)).toBe(field);
    }
    // An unknown organisation is not the editor's own.
    const unknown = await (await as.admin()).request(CREATE, { input: input('00000000-0000-4000-8000-000000000000') });
    expect(errorCode(unknown)).toBe('BAD_USER_INPUT');
    expect(await count(VolunteerOpportunity)).toBe(before);
  });

  it('are changed by their editors at the version they saw, and confirmed as still correct', async () => {
    const id = fx.opportunities.behoerden.id;
    const other = await (await as.editorCaritas()).request(UPDATE, { id, v: 1, input: { title: 'Fremd geändert' } });
    expect(errorCode(other)).toBe('FORBIDDEN');
    const admin = await as.admin();
    const { updateVolunteerOpportunity: updated } = await admin.ok(UPDATE, {
      id,
      v: 1,
      input: { title: 'Begleitung zu Ämtern', status: 'FILLED' },
    });
    expect(updated).toMatchObject({ version: 2, title: 'Begleitung zu Ämtern', status: 'FILLED' });
    const stale = await admin.request(UPDATE, { id, v: 1, input: { title: 'Zu spät' } });
    expect(errorCode(stale)).toBe('CONFLICT');
    const moved = await admin.request(UPDATE, { id, v: 2, input: { organisationId: fx.orgs.caritas.id } });
    expect(errorCode(moved)).toBe('BAD_USER_INPUT');
    const period = await admin.request(UPDATE, { id, v: 2, input: { validFrom: inDays(10), validUntil: inDays(5) } });
    expect(errorCode(period)).toBe('BAD_USER_INPUT');

    const stalePage = await (await as.editorCaritas()).ok(ONE, { id: fx.opportunities.lernpatenschaft.id });
    expect(stalePage.volunteerOpportunity.isStale).toBe(false);
    const { confirmVolunteerOpportunity } = await admin.ok(CONFIRM, { id });
    expect(confirmVolunteerOpportunity.isStale).toBe(false);
    expect(errorCode(await (await as.member()).request(CONFIRM, { id }))).toBe('FORBIDDEN');
  });

  it('show visitors open ones of public organisations until their last day, and members all', async () => {
    const o = fx.opportunities;
    const titles = async (client: Awaited<ReturnType<typeof as.visitor>>, filter: Record<string, unknown> = {}) =>
      ((await client.ok(LIST, { filter, first: 50 })).volunteerOpportunities.edges as { node: { title: string } }[]).map(
        (e) => e.node.title,
      );
    const open = [o.behoerden.title, o.sprachcafe.title, o.lernpatenschaft.title];
    const visitor = await as.visitor();
    expect(await titles(visitor)).toEqual(open);
    // Widening is for members: visitors still see only what is open and public.
    expect(await titles(visitor, { includeClosed: true })).toEqual(open);
    for (const hidden of [o.closed, o.expired, o.filled, o.internal, o.archived]) {
      expect(errorCode(await visitor.request(ONE, { id: hidden.id })), hidden.title).toBe('NOT_FOUND');
    }
    const member = await as.member();
    expect(await titles(member)).toEqual(expect.arrayContaining([...open, o.internal.title, o.archived.title]));
    expect(await titles(member, { includeClosed: true })).toHaveLength(8);

    expect(await titles(visitor, { search: 'Hausaufgaben' })).toEqual([o.lernpatenschaft.title]);
    expect(await titles(visitor, { languageIds: [fx.refs.arabic.id] })).toEqual([o.behoerden.title, o.lernpatenschaft.title]);
    expect(await titles(visitor, { districtIds: [fx.refs.south.id] })).toEqual([o.sprachcafe.title]);
    expect(await titles(visitor, { timeNeeded: ['WEEKLY', 'SEVERAL_TIMES_A_WEEK'] })).toEqual([o.lernpatenschaft.title]);
    expect(await titles(visitor, { organisationIds: [fx.orgs.cafe.id] })).toEqual([o.sprachcafe.title]);

    const page = await visitor.ok(LIST, { first: 2 });
    expect(page.volunteerOpportunities).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
  });

  it('are listed on their organisation, closed ones only when asked for by members', async () => {
    const ORG = `query($id: UUID!, $all: Boolean!) { organisation(id: $id) { volunteerOpportunities(includeClosed: $all) { title newInterestCount } } }`;
    const visitor = await as.visitor();
    const { organisation } = await visitor.ok(ORG, { id: fx.orgs.caritas.id, all: true });
    expect(organisation.volunteerOpportunities).toEqual([{ title: fx.opportunities.lernpatenschaft.title, newInterestCount: 0 }]);
    const editor = await as.editorCaritas();
    const own = await editor.ok(ORG, { id: fx.orgs.caritas.id, all: true });
    expect(own.organisation.volunteerOpportunities.map((x: { title: string }) => x.title).sort()).toEqual(
      [fx.opportunities.closed.title, fx.opportunities.expired.title, fx.opportunities.lernpatenschaft.title].sort(),
    );
    // Mona's interest is NEW; Sara's was answered.
    expect(
      own.organisation.volunteerOpportunities.find((x: { title: string }) => x.title === fx.opportunities.lernpatenschaft.title),
    ).toMatchObject({ newInterestCount: 1 });
    const cafe = await (await as.editorCafe()).ok(ORG, { id: fx.orgs.caritas.id, all: false });
    expect(cafe.organisation.volunteerOpportunities).toEqual([{ title: fx.opportunities.lernpatenschaft.title, newInterestCount: 0 }]);
  });
});
