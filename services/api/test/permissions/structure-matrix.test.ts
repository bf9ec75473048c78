import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { databaseLabel } from '../support/database.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { type Harness, startHarness } from '../support/harness.js';
import { type MatrixCase, permissionMatrix } from '../support/permission-matrix.js';
import type { StructureFixture } from '../support/structure-fixture.js';

type Role = 'anonymous' | 'member' | 'editorOther' | 'editorOwner' | 'lead' | 'chair' | 'admin';
const roles: Role[] = ['anonymous', 'member', 'editorOther', 'editorOwner', 'lead', 'chair', 'admin'];
const emails: Record<Exclude<Role, 'anonymous'>, string> = {
  member: 'member@test.example',
  editorOther: 'editor.cafe@test.example',
  editorOwner: 'editor.caritas@test.example',
  lead: 'lead@test.example',
  chair: 'chair@test.example',
  admin: 'admin@test.example',
};
type Case = MatrixCase<StructureFixture, Role>;

const ADMIN: Role[] = ['admin'];
const WG_MANAGERS: Role[] = ['lead', 'admin'];
const LOGGED_IN: Role[] = ['member', 'editorOther', 'editorOwner', 'lead', 'chair', 'admin'];

const bodyProbe = (pick: (fx: StructureFixture) => { id: string }) => async (admin: GraphQLClient, fx: StructureFixture) =>
  (
    await admin.ok('query($id: UUID!) { body(id: $id) { name version status members { id role validTo } measures { id } } }', {
      id: pick(fx).id,
    })
  ).body;
const measureProbe = async (admin: GraphQLClient, fx: StructureFixture) =>
  (
    await admin.ok(
      'query($f: MeasureFilter) { measures(filter: $f, first: 50) { id title version status progress indicators(first: 5) { id measurements(first: 10) { value } } } }',
      {
        f: { bodyId: fx.structure.bodies.workingGroup.id },
      },
    )
  ).measures;
const agreementProbe = async (admin: GraphQLClient) => (await admin.ok('{ agreements { id title version status } }')).agreements;
const memberOf = (fx: StructureFixture) => async (admin: GraphQLClient) =>
  (
    await admin.ok('query($id: UUID!) { body(id: $id) { members { id person { familyName } } } }', {
      id: fx.structure.bodies.workingGroup.id,
    })
  ).body.members.find((m: any) => m.person.familyName === 'Kovalenko').id as string;

const cases: Case[] = [
  {
    name: 'createBody',
    allowed: ADMIN,
    run: (c) => c.request('mutation { createBody(input: { name: "AG Gesundheit", kind: WORKING_GROUP }) { id } }'),
    probe: async (admin) => (await admin.ok('{ bodies { name } }')).bodies,
  },
  {
    name: 'updateBody',
    allowed: ADMIN,
    run: (c, fx) =>
      c.request('mutation($id: UUID!, $v: Int!) { updateBody(id: $id, version: $v, input: { mandate: "Neu" }) { id } }', {
        id: fx.structure.bodies.workingGroup.id,
        v: fx.structure.bodies.workingGroup.version,
      }),
    probe: bodyProbe((fx) => fx.structure.bodies.workingGroup),
  },
  {
    name: 'changeBodyStatus',
    allowed: ADMIN,
    run: (c, fx) =>
      c.request(
        'mutation($id: UUID!, $v: Int!) { changeBodyStatus(id: $id, version: $v, input: { status: PAUSED, on: "2026-01-01", reason: "Pause" }) { id } }',
        {
          id: fx.structure.bodies.workingGroup.id,
          v: fx.structure.bodies.workingGroup.version,
        },
      ),
    probe: bodyProbe((fx) => fx.structure.bodies.workingGroup),
  },
  {
    name: 'createGoal',
    allowed: ADMIN,
    run: (c) => c.request('mutation { createGoal(input: { number: 16, title: "Zugang zu Regeldiensten verbessern" }) { id } }'),
    probe: async (admin) => (await admin.ok('{ goals { number } }')).goals,
  },
  {
    name: 'addMembership (working group)',
    allowed: WG_MANAGERS,
    run: (c, fx) =>
      c.request('mutation($b: UUID!, $p: UUID!) { addMembership(input: { bodyId: $b, personId: $p, role: GUEST }) { id } }', {
        b: fx.structure.bodies.workingGroup.id,
        p: fx.people.official.id,
      }),
    probe: bodyProbe((fx) => fx.structure.bodies.workingGroup),
  },
  {
    name: 'addMembership (steering committee)',
    allowed: ['chair', 'admin'],
    run: (c, fx) =>
      c.request('mutation($b: UUID!, $p: UUID!) { addMembership(input: { bodyId: $b, personId: $p, role: MEMBER }) { id } }', {
        b: fx.structure.bodies.steering.id,
        p: fx.people.official.id,
      }),
    probe: bodyProbe((fx) => fx.structure.bodies.steering),
  },
  {
    name: 'updateMembership',
    allowed: WG_MANAGERS,
    setup: (admin, fx) => memberOf(fx)(admin),
    run: (c, _fx, id) =>
      c.request('mutation($id: UUID!) { updateMembership(id: $id, version: 1, input: { validTo: "2026-12-31" }) { id } }', { id }),
    probe: bodyProbe((fx) => fx.structure.bodies.workingGroup),
  },
  {
    name: 'removeMembership',
    allowed: WG_MANAGERS,
    setup: (admin, fx) => memberOf(fx)(admin),
    run: (c, _fx, id) => c.request('mutation($id: UUID!) { removeMembership(id: $id) }', { id }),
    probe: bodyProbe((fx) => fx.structure.bodies.workingGroup),
  },
  {
    name: 'createMeasure',
    allowed: WG_MANAGERS,
    run: (c, fx) =>
      c.request(
        'mutation($b: UUID!, $o: UUID!) { createMeasure(input: { bodyId: $b, title: "Neue Maßnahme", ownerOrganisationIds: [$o] }) { id } }',
        {
          b: fx.structure.bodies.workingGroup.id,
          o: fx.orgs.cafe.id,
        },
      ),
    probe: measureProbe,
  },
  {
    name: 'updateMeasure',
    allowed: WG_MANAGERS,
    run: (c, fx) =>
      c.request('mutation($id: UUID!, $v: Int!) { updateMeasure(id: $id, version: $v, input: { title: "Umbenannt" }) { id } }', {
        id: fx.structure.measures.overdue.id,
        v: fx.structure.measures.overdue.version,
      }),
    probe: measureProbe,
  },
  {
    name: 'deleteMeasure',
    allowed: WG_MANAGERS,
    run: (c, fx) => c.request('mutation($id: UUID!) { deleteMeasure(id: $id) }', { id: fx.structure.measures.overdue.id }),
    probe: measureProbe,
  },
  {
    name: 'reportMeasureProgress (owner organisation’s measure)',
    allowed: ['editorOwner', 'lead', 'admin'],
    run: (c, fx) =>
      c.request('mutation($id: UUID!, $v: Int!) { reportMeasureProgress(id: $id, version: $v, input: { progress: 80 }) { id } }', {
        id: fx.structure.measures.overdue.id,
        v: fx.structure.measures.overdue.version,
      }),
    probe: measureProbe,
  },
  {
    name: 'addIndicator',
    allowed: WG_MANAGERS,
    run: (c, fx) =>
      c.request('mutation($id: UUID!) { addIndicator(measureId: $id, input: { name: "Kurse", unit: "Anzahl" }) { id } }', {
        id: fx.structure.measures.overdue.id,
      }),
    probe: measureProbe,
  },
  {
    name: 'recordMeasurement',
    allowed: ['editorOwner', 'lead', 'admin'],
    run: (c, fx) =>
      c.request('mutation($id: UUID!) { recordMeasurement(indicatorId: $id, input: { on: "2026-01-31", value: 7 }) { id } }', {
        id: fx.structure.indicator.id,
      }),
    probe: measureProbe,
  },
  {
    name: 'createAgreement',
    allowed: ADMIN,
    run: (c, fx) =>
      c.request(
        'mutation($a: UUID!, $b: UUID!) { createAgreement(input: { title: "Neue Vereinbarung", kind: COOPERATION, parties: [{ organisationId: $a, role: "Träger" }, { organisationId: $b, role: "Partner" }] }) { id } }',
        {
          a: fx.orgs.cafe.id,
          b: fx.orgs.caritas.id,
        },
      ),
    probe: agreementProbe,
  },
  {
    name: 'updateAgreement',
    allowed: ADMIN,
    run: (c, fx) =>
      c.request('mutation($id: UUID!, $v: Int!) { updateAgreement(id: $id, version: $v, input: { title: "Umbenannt" }) { id } }', {
        id: fx.structure.agreements.draft.id,
        v: fx.structure.agreements.draft.version,
      }),
    probe: agreementProbe,
  },
  {
    name: 'changeAgreementStatus',
    allowed: ADMIN,
    run: (c, fx) =>
      c.request('mutation($id: UUID!, $v: Int!) { changeAgreementStatus(id: $id, version: $v, input: { status: NEGOTIATING }) { id } }', {
        id: fx.structure.agreements.draft.id,
        v: fx.structure.agreements.draft.version,
      }),
    probe: agreementProbe,
  },
];

const reads: Case[] = [
  {
    name: 'internal body',
    allowed: LOGGED_IN,
    run: (c, fx) => c.request('query($id: UUID!) { body(id: $id) { name } }', { id: fx.structure.bodies.internal.id }),
  },
  {
    name: 'agreement of the organisation',
    allowed: ['editorOwner', 'admin'],
    run: (c, fx) =>
      c.request('query($id: UUID!) { agreement(id: $id) { title documents { id } } }', { id: fx.structure.agreements.expiring.id }),
  },
  {
    name: 'agreements list',
    allowed: ['editorOther', 'editorOwner', 'admin'],
    run: (c) => c.request('{ agreements { title } }'),
  },
  {
    name: 'my measures',
    allowed: LOGGED_IN,
    run: (c) => c.request('{ myMeasures { title } }'),
  },
];

let h: Harness;
const adminClient = () => h.client().login(emails.admin);
const clientFor = async (role: Role) => (role === 'anonymous' ? h.client() : h.client().login(emails[role]));

describe(`permission matrix for the network structure (${databaseLabel})`, () => {
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

  permissionMatrix({ title: 'mutation', roles, cases, fixture: () => fx, clientFor, admin: adminClient });
  permissionMatrix({ title: 'private read', roles, cases: reads, fixture: () => fx, clientFor, admin: adminClient, reads: true });

  it('shows visitors public bodies with members’ roles, and contact data only with consent', async () => {
    const query = `query($id: UUID!) { body(id: $id) { members { role person { familyName contactChannels { value } } } } }`;
    const byName = (d: any) => Object.fromEntries(d.body.members.map((m: any) => [m.person.familyName, m.person.contactChannels]));
    const visitor = await h.client().ok(query, { id: fx.structure.bodies.workingGroup.id });
    expect(byName(visitor).Okafor).toHaveLength(1);
    expect(byName(visitor).Lindner).toBeNull();
    const member = await (await clientFor('member')).ok(query, { id: fx.structure.bodies.workingGroup.id });
    expect(byName(member).Lindner).toHaveLength(1);
    const tandems = await h.client().ok('{ tandems { body { name } } }');
    expect(tandems.tandems.map((t: any) => t.body.name)).not.toContain('Interne Steuerungsrunde Dezernat');
  });
});
