import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { databaseLabel } from '../support/database.js';
import type { Fixture } from '../support/fixture.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { type Harness, startHarness } from '../support/harness.js';
import { type MatrixCase, permissionMatrix } from '../support/permission-matrix.js';

type Role = 'anonymous' | 'member' | 'editorOther' | 'editorOwn' | 'admin';
const roles: Role[] = ['anonymous', 'member', 'editorOther', 'editorOwn', 'admin'];
const emails: Record<Exclude<Role, 'anonymous'>, string> = {
  member: 'member@test.example',
  editorOther: 'editor.cafe@test.example',
  editorOwn: 'editor.caritas@test.example',
  admin: 'admin@test.example',
};

type Case = MatrixCase<Fixture, Role>;

const orgProbe = (id: (fx: Fixture) => string) => async (admin: GraphQLClient, fx: Fixture) =>
  (await admin.ok('query($id: UUID!) { organisation(id: $id) { name version archivedAt lastConfirmedAt } }', { id: id(fx) })).organisation;
const personProbe = async (admin: GraphQLClient, fx: Fixture) =>
  (
    await admin.ok('query($id: UUID!) { person(id: $id) { givenName version archivedAt affiliations(includePast: true) { id role } } }', {
      id: fx.people.consenting.id,
    })
  ).person;
const caritasAffiliation = async (admin: GraphQLClient, fx: Fixture) =>
  (await admin.ok('query($id: UUID!) { person(id: $id) { affiliations { id } } }', { id: fx.people.consenting.id })).person.affiliations[0]
    .id as string;

const ADMIN_ONLY: Role[] = ['admin'];
const OWN_EDITORS: Role[] = ['editorOwn', 'admin'];

const cases: Case[] = [
  {
    name: 'createOrganisation',
    allowed: ADMIN_ONLY,
    run: (c) =>
      c.request(
        'mutation { createOrganisation(input: { name: "Neue Initiative", kind: VOLUNTEER_INITIATIVE, sector: CIVIL_SOCIETY }) { id } }',
      ),
    probe: async (admin) =>
      (await admin.ok('{ organisations(filter: { search: "Neue Initiative" }) { totalCount } }')).organisations.totalCount,
  },
  {
    name: 'updateOrganisation (own organisation)',
    allowed: OWN_EDITORS,
    run: (c, fx) =>
      c.request('mutation($id: UUID!) { updateOrganisation(id: $id, version: 1, input: { description: "Neu" }) { id } }', {
        id: fx.orgs.caritas.id,
      }),
    probe: orgProbe((fx) => fx.orgs.caritas.id),
  },
  {
    name: 'archiveOrganisation',
    allowed: ADMIN_ONLY,
    run: (c, fx) => c.request('mutation($id: UUID!) { archiveOrganisation(id: $id, version: 1) { id } }', { id: fx.orgs.caritas.id }),
    probe: orgProbe((fx) => fx.orgs.caritas.id),
  },
  {
    name: 'restoreOrganisation',
    allowed: ADMIN_ONLY,
    run: (c, fx) => c.request('mutation($id: UUID!) { restoreOrganisation(id: $id, version: 1) { id } }', { id: fx.orgs.archived.id }),
    probe: orgProbe((fx) => fx.orgs.archived.id),
  },
  {
    name: 'confirmOrganisationProfile',
    allowed: OWN_EDITORS,
    run: (c, fx) => c.request('mutation($id: UUID!) { confirmOrganisationProfile(id: $id) { id } }', { id: fx.orgs.caritas.id }),
    probe: orgProbe((fx) => fx.orgs.caritas.id),
  },
  {
    name: 'createPerson (for the organisation)',
    allowed: OWN_EDITORS,
    run: (c, fx) =>
      c.request(
        'mutation($org: UUID!) { createPerson(input: { givenName: "Neu", familyName: "Person", affiliations: [{ organisationId: $org, role: "Beratung" }] }) { id } }',
        {
          org: fx.orgs.caritas.id,
        },
      ),
    probe: async (admin) => (await admin.ok('{ people(filter: { search: "Neu Person" }) { totalCount } }')).people.totalCount,
  },
  {
    name: 'updatePerson',
    allowed: OWN_EDITORS,
    run: (c, fx) =>
      c.request('mutation($id: UUID!) { updatePerson(id: $id, version: 1, input: { givenName: "Geändert" }) { id } }', {
        id: fx.people.consenting.id,
      }),
    probe: personProbe,
  },
  {
    name: 'archivePerson',
    allowed: OWN_EDITORS,
    run: (c, fx) => c.request('mutation($id: UUID!) { archivePerson(id: $id, version: 1) { id } }', { id: fx.people.consenting.id }),
    probe: personProbe,
  },
  {
    name: 'addAffiliation (to the organisation)',
    allowed: OWN_EDITORS,
    run: (c, fx) =>
      c.request('mutation($p: UUID!, $o: UUID!) { addAffiliation(personId: $p, input: { organisationId: $o, role: "Gast" }) { id } }', {
        p: fx.people.consenting.id,
        o: fx.orgs.caritas.id,
      }),
    probe: personProbe,
  },
  {
    name: 'updateAffiliation',
    allowed: OWN_EDITORS,
    setup: caritasAffiliation,
    run: (c, fx, id) =>
      c.request('mutation($id: UUID!, $o: UUID!) { updateAffiliation(id: $id, input: { organisationId: $o, role: "Vorstand" }) { id } }', {
        id,
        o: fx.orgs.caritas.id,
      }),
    probe: personProbe,
  },
  {
    name: 'removeAffiliation',
    allowed: OWN_EDITORS,
    setup: caritasAffiliation,
    run: (c, _fx, id) => c.request('mutation($id: UUID!) { removeAffiliation(id: $id) }', { id }),
    probe: personProbe,
  },
  {
    name: 'createReferenceEntry',
    allowed: ADMIN_ONLY,
    run: (c) =>
      c.request('mutation { createReferenceEntry(kind: DISTRICT, input: { code: "west", labelDe: "Weststadt", labelEn: "West" }) { id } }'),
    probe: async (admin) => (await admin.ok('{ districts { code } }')).districts,
  },
  {
    name: 'updateReferenceEntry',
    allowed: ADMIN_ONLY,
    run: (c, fx) =>
      c.request(
        'mutation($id: UUID!) { updateReferenceEntry(kind: DISTRICT, id: $id, input: { code: "nord", labelDe: "Nord", labelEn: "North" }) { id } }',
        { id: fx.refs.north.id },
      ),
    probe: async (admin) => (await admin.ok('{ districts { labelDe } }')).districts,
  },
  {
    name: 'deleteReferenceEntry',
    allowed: ADMIN_ONLY,
    setup: async (admin) =>
      (
        await admin.ok(
          'mutation { createReferenceEntry(kind: LANGUAGE, input: { code: "uk", labelDe: "Ukrainisch", labelEn: "Ukrainian" }) { id } }',
        )
      ).createReferenceEntry.id,
    run: (c, _fx, id) => c.request('mutation($id: UUID!) { deleteReferenceEntry(kind: LANGUAGE, id: $id) }', { id }),
    probe: async (admin) => (await admin.ok('{ languages { code } }')).languages,
  },
  {
    name: 'inviteUser',
    allowed: ADMIN_ONLY,
    run: (c) => c.request('mutation { inviteUser(input: { email: "new@test.example", role: MEMBER }) { id } }'),
    probe: async (admin) => (await admin.ok('{ invitations { email } }')).invitations,
  },
  {
    name: 'updateUser',
    allowed: ADMIN_ONLY,
    run: (c, fx) =>
      c.request('mutation($id: UUID!) { updateUser(id: $id, version: 1, input: { role: ADMIN }) { id } }', { id: fx.users.member.id }),
    probe: async (admin) => (await admin.ok('{ users { email role } }')).users,
  },
  {
    name: 'revokeUserSessions',
    allowed: ADMIN_ONLY,
    run: (c, fx) => c.request('mutation($id: UUID!) { revokeUserSessions(userId: $id) }', { id: fx.users.member.id }),
  },
  {
    name: 'changePassword (own account)',
    allowed: ['member', 'editorOther', 'editorOwn', 'admin'],
    run: (c) => c.request('mutation { changePassword(currentPassword: "correct horse battery", newPassword: "correct horse battery") }'),
  },
];

const privateReads: Case[] = [
  {
    name: 'internal organisation',
    allowed: ['member', 'editorOther', 'editorOwn', 'admin'],
    run: (c, fx) => c.request('query($id: UUID!) { organisation(id: $id) { name } }', { id: fx.orgs.internal.id }),
  },
  {
    name: 'archived organisation',
    allowed: ['member', 'editorOther', 'editorOwn', 'admin'],
    run: (c, fx) => c.request('query($id: UUID!) { organisation(id: $id) { name } }', { id: fx.orgs.archived.id }),
  },
  {
    name: 'person acting only for an internal organisation',
    allowed: ['member', 'editorOther', 'editorOwn', 'admin'],
    run: (c, fx) => c.request('query($id: UUID!) { person(id: $id) { familyName } }', { id: fx.people.official.id }),
  },
  {
    name: 'people list',
    allowed: ['member', 'editorOther', 'editorOwn', 'admin'],
    run: (c) => c.request('{ people { totalCount } }'),
  },
  {
    name: 'users list',
    allowed: ADMIN_ONLY,
    run: (c) => c.request('{ users { email } }'),
  },
  {
    name: 'invitations list',
    allowed: ADMIN_ONLY,
    run: (c) => c.request('{ invitations { email } }'),
  },
  {
    name: 'history of an organisation',
    allowed: OWN_EDITORS,
    run: (c, fx) =>
      c.request('query($id: UUID!) { history(entityType: "Organisation", entityId: $id) { entries { action } } }', {
        id: fx.orgs.caritas.id,
      }),
  },
  {
    name: 'history of a person of the organisation',
    allowed: OWN_EDITORS,
    setup: async (admin, fx) =>
      (
        await admin.ok('mutation($id: UUID!) { updatePerson(id: $id, version: 1, input: { function: "Leitung" }) { id } }', {
          id: fx.people.private.id,
        })
      ).updatePerson.id,
    run: (c, _fx, id) => c.request('query($id: UUID!) { history(entityType: "Person", entityId: $id) { entries { action } } }', { id }),
  },
];

let h: Harness;
const adminClient = () => h.client().login(emails.admin);

async function clientFor(role: Role) {
  const c = h.client();
  return role === 'anonymous' ? c : c.login(emails[role]);
}

describe(`permission matrix (${databaseLabel})`, () => {
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

  permissionMatrix({ title: 'mutation', roles, cases, fixture: () => fx, clientFor, admin: adminClient });
  permissionMatrix({ title: 'private read', roles, cases: privateReads, fixture: () => fx, clientFor, admin: adminClient, reads: true });

  it('hides contact data of people without consent from visitors only', async () => {
    const query = `query($id: UUID!) { organisation(id: $id) { affiliations { person { familyName contactChannels { value } } } } }`;
    const visitor = await h.client().ok(query, { id: fx.orgs.caritas.id });
    const byName = (d: any) =>
      Object.fromEntries(d.organisation.affiliations.map((a: any) => [a.person.familyName, a.person.contactChannels]));
    expect(byName(visitor).Haddad).toHaveLength(1);
    expect(byName(visitor).Becker).toBeNull();
    const member = await (await clientFor('member')).ok(query, { id: fx.orgs.caritas.id });
    expect(byName(member).Becker).toHaveLength(1);
  });
});
