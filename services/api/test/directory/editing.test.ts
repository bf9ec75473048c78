import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AuditEntry } from '../../src/modules/audit/audit.entity.js';
import { Organisation } from '../../src/modules/organisation/organisation.entity.js';
import { databaseLabel } from '../support/database.js';
import type { Fixture } from '../support/fixture.js';
import { errorCode } from '../support/graphql-client.js';
import { type Harness, startHarness } from '../support/harness.js';

const UPDATE = `mutation($id: UUID!, $version: Int!, $input: OrganisationInput!) {
  updateOrganisation(id: $id, version: $version, input: $input) {
    id name version website description lastConfirmedAt
    contactChannels { kind value label }
    districts { code }
  }
}`;

describe(`editing organisations and people (${databaseLabel})`, () => {
  let h: Harness;
  let fx: Fixture;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });
  beforeEach(async () => {
    fx = await h.reset();
  });

  const editor = () => h.client().login('editor.caritas@test.example');
  const auditCount = (entityId: string) => h.orm.em.fork().count(AuditEntry, { entityId });

  it('saves an editor’s change, bumps the version and records who changed what', async () => {
    const c = await editor();
    const data = await c.ok(UPDATE, {
      id: fx.orgs.caritas.id,
      version: 1,
      input: {
        website: 'https://caritas-nordstadt.example',
        districtIds: [fx.refs.north.id, fx.refs.south.id],
        contactChannels: [{ kind: 'PHONE', value: '+49 391 123456', label: 'Beratung' }],
      },
    });
    expect(data.updateOrganisation).toMatchObject({ version: 2, website: 'https://caritas-nordstadt.example' });
    expect(data.updateOrganisation.districts.map((d: any) => d.code).sort()).toEqual(['nord', 'sued']);
    const history = await c.ok(
      'query($id: UUID!) { history(entityType: "Organisation", entityId: $id) { entries { action actorName before after } } }',
      {
        id: fx.orgs.caritas.id,
      },
    );
    const [entry] = history.history.entries;
    expect(entry).toMatchObject({ action: 'UPDATE', actorName: 'Editor Caritas' });
    expect(entry.before).toMatchObject({ website: null, districts: ['nord'] });
    expect(entry.after).toMatchObject({ website: 'https://caritas-nordstadt.example', districts: ['nord', 'sued'] });
    expect(Object.keys(entry.after)).not.toContain('name');
  });

  it('refuses an update based on a stale version with CONFLICT and overwrites nothing', async () => {
    const first = await editor();
    const second = await h.client().login('admin@test.example');
    await first.ok(UPDATE, { id: fx.orgs.caritas.id, version: 1, input: { description: 'Erste Änderung' } });
    const res = await second.request(UPDATE, { id: fx.orgs.caritas.id, version: 1, input: { description: 'Zweite Änderung' } });
    expect(errorCode(res)).toBe('CONFLICT');
    expect(res.errors?.[0]?.extensions).toMatchObject({ reason: 'VERSION_CONFLICT', details: { currentVersion: 2 } });
    const stored = await h.orm.em.fork().findOneOrFail(Organisation, fx.orgs.caritas.id);
    expect(stored.description).toBe('Erste Änderung');
    expect(stored.version).toBe(2);
  });

  it('names the offending field for invalid values and writes nothing', async () => {
    const c = await editor();
    const cases: [Record<string, unknown>, string][] = [
      [{ website: 'not a url' }, 'input.website'],
      [{ name: 'x'.repeat(201) }, 'input.name'],
      [{ name: ' ' }, 'input.name'],
      [{ contactChannels: [{ kind: 'EMAIL', value: 'no-at-sign' }] }, 'input.contactChannels.0.value'],
      [{ contactChannels: [{ kind: 'PHONE', value: 'call me' }] }, 'input.contactChannels.0.value'],
      [{ address: { postalCode: '1234' } }, 'input.address.postalCode'],
      [{ address: { latitude: 123 } }, 'input.address.latitude'],
      [{ districtIds: ['00000000-0000-4000-8000-000000000000'] }, 'input.districtIds'],
      [{ description: 'x'.repeat(5001) }, 'input.description'],
    ];
    for (const [input, field] of cases) {
      const res = await c.request(UPDATE, { id: fx.orgs.caritas.id, version: 1, input });
      expect(errorCode(res), JSON.stringify(input)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.extensions?.field, JSON.stringify(input)).toBe(field);
    }
    const wrongEnum = await c.request(UPDATE, { id: fx.orgs.caritas.id, version: 1, input: { kind: 'CASTLE' } });
    expect(errorCode(wrongEnum)).toBe('BAD_USER_INPUT');
    const stored = await h.orm.em.fork().findOneOrFail(Organisation, fx.orgs.caritas.id);
    expect(stored.version).toBe(1);
    expect(await auditCount(fx.orgs.caritas.id)).toBe(0);
  });

  it('answers NOT_FOUND for unknown ids and BAD_USER_INPUT for malformed ones', async () => {
    const c = await editor();
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect(errorCode(await c.request('query($id: UUID!) { organisation(id: $id) { id } }', { id: unknown }))).toBe('NOT_FOUND');
    expect(errorCode(await c.request('query($id: UUID!) { person(id: $id) { id } }', { id: unknown }))).toBe('NOT_FOUND');
    for (const id of ['nonsense', '1', '00000000-0000-4000-8000-00000000000g']) {
      const res = await c.request('query($id: UUID!) { organisation(id: $id) { id } }', { id });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
      expect(res.data).toBeUndefined();
    }
    const literal = await c.request('{ person(id: "1") { id } }');
    expect(errorCode(literal)).toBe('BAD_USER_INPUT');
    const admin = await h.client().login('admin@test.example');
    const res = await admin.request(UPDATE, { id: '00000000-0000-4000-8000-000000000000', version: 1, input: { name: 'Unbekannt' } });
    expect(errorCode(res)).toBe('NOT_FOUND');
  });

  it('rolls back the history entry together with a change that fails in the database', async () => {
    const admin = await h.client().login('admin@test.example');
    // Renaming to another organisation's name violates a unique constraint at commit time,
    // after the change and its history entry were both written in the transaction.
    const res = await admin.request(UPDATE, {
      id: fx.orgs.cafe.id,
      version: 1,
      input: { name: 'Caritasverband Nordstadt', description: 'Neu' },
    });
    expect(errorCode(res)).toBe('CONFLICT');
    expect(res.errors?.[0]?.extensions).toMatchObject({ field: 'input.name', reason: 'ALREADY_EXISTS' });
    const em = h.orm.em.fork();
    const cafe = await em.findOneOrFail(Organisation, fx.orgs.cafe.id);
    expect(cafe).toMatchObject({ name: 'Sprachcafé Südstadt', version: 1 });
    expect(cafe.description).not.toBe('Neu');
    expect(await auditCount(fx.orgs.cafe.id)).toBe(0);
  });

  it('confirms a profile with one click and makes it fresh again', async () => {
    const admin = await h.client().login('admin@test.example');
    const before = await admin.ok('query($id: UUID!) { organisation(id: $id) { isStale } }', { id: fx.orgs.jobcenter.id });
    expect(before.organisation.isStale).toBe(true);
    const after = await admin.ok('mutation($id: UUID!) { confirmOrganisationProfile(id: $id) { isStale lastConfirmedAt } }', {
      id: fx.orgs.jobcenter.id,
    });
    expect(after.confirmOrganisationProfile.isStale).toBe(false);
    expect(Date.now() - Date.parse(after.confirmOrganisationProfile.lastConfirmedAt)).toBeLessThan(60_000);
    expect(await auditCount(fx.orgs.jobcenter.id)).toBe(1);
  });

  it('lets an admin create and archive an organisation, which then leaves the public directory', async () => {
    const admin = await h.client().login('admin@test.example');
    const created = await admin.ok(
      `mutation($input: OrganisationInput!) { createOrganisation(input: $input) { id version name fieldsOfAction { code } } }`,
      {
        input: {
          name: 'Fahrradwerkstatt Nord',
          kind: 'VOLUNTEER_INITIATIVE',
          sector: 'CIVIL_SOCIETY',
          fieldOfActionIds: [fx.refs.work.id],
        },
      },
    );
    const { id } = created.createOrganisation;
    expect(created.createOrganisation.fieldsOfAction).toEqual([{ code: 'arbeit' }]);
    const visitor = h.client();
    expect((await visitor.ok('query($id: UUID!) { organisation(id: $id) { name } }', { id })).organisation.name).toBe(
      'Fahrradwerkstatt Nord',
    );
    await admin.ok('mutation($id: UUID!) { archiveOrganisation(id: $id, version: 1) { archivedAt } }', { id });
    expect(errorCode(await visitor.request('query($id: UUID!) { organisation(id: $id) { name } }', { id }))).toBe('NOT_FOUND');
    const missing = await admin.request('mutation { createOrganisation(input: { name: "Ohne Art" }) { id } }');
    expect(errorCode(missing)).toBe('BAD_USER_INPUT');
    expect(missing.errors?.[0]?.extensions?.field).toBe('input.kind');
  });

  it('lets an editor add a person to their organisation, with dates checked', async () => {
    const c = await editor();
    const created = await c.ok(
      `mutation($input: PersonInput!) { createPerson(input: $input) { id givenName affiliations { role organisation { name } } } }`,
      {
        input: {
          givenName: 'Lea',
          familyName: 'Neumann',
          affiliations: [{ organisationId: fx.orgs.caritas.id, role: 'Beratung', validFrom: '2024-01-01' }],
        },
      },
    );
    expect(created.createPerson.affiliations).toEqual([{ role: 'Beratung', organisation: { name: 'Caritasverband Nordstadt' } }]);
    const badDates = await c.request(
      `mutation($p: UUID!, $o: UUID!) { addAffiliation(personId: $p, input: { organisationId: $o, role: "X", validFrom: "2024-05-01", validTo: "2024-01-01" }) { id } }`,
      {
        p: created.createPerson.id,
        o: fx.orgs.caritas.id,
      },
    );
    expect(errorCode(badDates)).toBe('BAD_USER_INPUT');
    expect(badDates.errors?.[0]?.extensions?.field).toBe('input.validTo');
    const noOrg = await c.request(`mutation { createPerson(input: { givenName: "A", familyName: "B" }) { id } }`);
    expect(errorCode(noOrg)).toBe('BAD_USER_INPUT');
    expect(noOrg.errors?.[0]?.extensions?.field).toBe('input.affiliations');
  });

  it('refuses a stale person version too', async () => {
    const c = await editor();
    await c.ok('mutation($id: UUID!) { updatePerson(id: $id, version: 1, input: { function: "A" }) { version } }', {
      id: fx.people.consenting.id,
    });
    const res = await c.request('mutation($id: UUID!) { updatePerson(id: $id, version: 1, input: { function: "B" }) { version } }', {
      id: fx.people.consenting.id,
    });
    expect(errorCode(res)).toBe('CONFLICT');
  });
});
