import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { statementCounter } from '../../src/db/orm.js';
import { databaseLabel } from '../support/database.js';
import { errorCode, type GraphQLClient } from '../support/graphql-client.js';
import { type Harness, startHarness } from '../support/harness.js';
import type { StructureFixture } from '../support/structure-fixture.js';

const NETWORK = `query($filter: NetworkFilter) { network(filter: $filter) {
  at version truncated
  nodes { id kind label sector organisationKind bodyKind x y degree weightedDegree betweenness community isolated bridgedCommunities neighbourSectors neighbourKinds }
  edges { key kind source target weight reasons { kind id label } }
  summary { nodeCount edgeCount organisationCount isolatedCount communityCount density crossSectorShare sectorAssortativity modularity }
  bodyMixing { bodyId name organisationCount sectorCount blau }
} }`;

type Edge = {
  key: string;
  kind: string;
  source: string;
  target: string;
  weight: number;
  reasons: { kind: string; id: string; label: string }[];
};
type Node = { id: string; kind: string; label: string; degree: number; isolated: boolean; x: number; y: number; [k: string]: unknown };

/**
 * The map's graph on the small fixed network of the structure fixture:
 * Caritas (welfare), Jobcenter (administration) and the Sprachcafé
 * (volunteers) in a steering committee, a working group led by a
 * Caritas/Jobcenter tandem, a sub-project, an agreement between Caritas and
 * the Jobcenter in force, and an internal organisation with no ties.
 */
describe(`the network graph (${databaseLabel})`, () => {
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

  async function network(client: GraphQLClient, filter: Record<string, unknown> = {}) {
    const data = await client.ok<{ network: { nodes: Node[]; edges: Edge[]; [k: string]: any } }>(NETWORK, { filter });
    return data.network;
  }
  const pair = (a: string, b: string) => (a < b ? `${a}:${b}` : `${b}:${a}`);
  const edgeSet = (edges: Edge[]) => edges.map((e) => `${e.kind}:${e.source}:${e.target}:${e.weight}`).sort();

  it('gives the admin every organisation and exactly the typed, weighted edges with their reasons', async () => {
    const c = await h.client().login('admin@test.example');
    const net = await network(c);
    const { caritas, jobcenter, cafe, internal } = fx.orgs;
    const { steering, workingGroup } = fx.structure.bodies;
    expect(net.nodes.map((n) => n.label).sort()).toEqual([caritas.name, jobcenter.name, cafe.name, internal.name].sort());
    expect(edgeSet(net.edges)).toEqual(
      [
        `AGREEMENT:${pair(caritas.id, jobcenter.id)}:1`,
        `CO_MEMBERSHIP:${pair(caritas.id, jobcenter.id)}:2`,
        `CO_MEMBERSHIP:${pair(caritas.id, cafe.id)}:1`,
        `CO_MEMBERSHIP:${pair(jobcenter.id, cafe.id)}:1`,
        `TANDEM:${pair(caritas.id, jobcenter.id)}:1`,
      ].sort(),
    );
    const coMembership = net.edges.find((e) => e.kind === 'CO_MEMBERSHIP' && e.weight === 2) as Edge;
    expect(coMembership.reasons.map((r) => `${r.kind}:${r.label}`).sort()).toEqual(
      [`BODY:${steering.name}`, `BODY:${workingGroup.name}`].sort(),
    );
    const agreement = net.edges.find((e) => e.kind === 'AGREEMENT') as Edge;
    expect(agreement.reasons).toEqual([
      { kind: 'AGREEMENT', id: fx.structure.agreements.expiring.id, label: 'Kooperationsvereinbarung Erstberatung' },
    ]);
    expect(net.edges.find((e) => e.kind === 'TANDEM')?.reasons.map((r) => r.label)).toEqual([workingGroup.name]);

    const byLabel = new Map(net.nodes.map((n) => [n.label, n]));
    expect(byLabel.get(internal.name)).toMatchObject({ isolated: true, degree: 0 });
    expect(byLabel.get(caritas.name)).toMatchObject({ isolated: false, degree: 2, weightedDegree: 5 });
    expect(net.summary).toMatchObject({ nodeCount: 4, edgeCount: 5, organisationCount: 4, isolatedCount: 1 });
    for (const n of net.nodes) expect(Number.isFinite(n.x) && Number.isFinite(n.y)).toBe(true);
    // The working group's members act for three organisations of three sectors.
    const mixing = net.bodyMixing.find((b: any) => b.bodyId === workingGroup.id);
    expect(mixing).toMatchObject({ organisationCount: 3, sectorCount: 3 });
    expect(mixing.blau).toBeCloseTo(1 - 3 * (1 / 3) ** 2, 6);
  });

  it('shows a visitor only public organisations and no agreement edges, whatever is asked for', async () => {
    const net = await network(h.client(), { includePeople: true, includeBodies: true });
    const labels = net.nodes.map((n) => n.label);
    expect(labels).not.toContain(fx.orgs.internal.name);
    expect(labels).not.toContain(fx.orgs.archived.name);
    expect(labels).not.toContain(fx.structure.bodies.internal.name);
    expect(net.edges.some((e) => e.kind === 'AGREEMENT' || e.kind === 'CO_ATTENDANCE')).toBe(false);
    const ids = new Set(net.nodes.map((n) => n.id));
    for (const e of net.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
    const text = JSON.stringify(net);
    expect(text).not.toContain('Kooperationsvereinbarung');
    expect(text).not.toContain(fx.orgs.internal.id);
    expect(text).not.toContain(fx.structure.bodies.internal.id);
    // A person who acts only for hidden organisations is not shown either.
    expect(text).not.toContain('Schulz');
  });

  it('gives an editor of a party the agreement edge, and a plain member not', async () => {
    const editor = await network(await h.client().login('editor.caritas@test.example'));
    expect(editor.edges.filter((e) => e.kind === 'AGREEMENT')).toHaveLength(1);
    const member = await network(await h.client().login('member@test.example'));
    expect(member.edges.filter((e) => e.kind === 'AGREEMENT')).toHaveLength(0);
    expect(member.nodes.map((n) => n.label)).toContain(fx.orgs.internal.name);
  });

  it('shows the network as it was on a day, and what changed since', async () => {
    const c = await h.client().login('admin@test.example');
    const { caritas, jobcenter, cafe } = fx.orgs;
    const then = await network(c, { at: '2018-06-01' });
    // Only the steering committee met then: the working group's tandem and the agreement came later.
    expect(edgeSet(then.edges)).toEqual([`CO_MEMBERSHIP:${pair(caritas.id, jobcenter.id)}:1`]);
    const changes = await c.ok(
      `query($filter: NetworkFilter) { network(filter: $filter) { changes(since: "2018-06-01") { since newNodeIds goneNodes { id } newEdgeKeys goneEdges { key } } } }`,
      { filter: {} },
    );
    expect(changes.network.changes.since).toBe('2018-06-01');
    expect([...changes.network.changes.newEdgeKeys].sort()).toEqual(
      [
        `AGREEMENT:${pair(caritas.id, jobcenter.id)}`,
        `CO_MEMBERSHIP:${pair(caritas.id, cafe.id)}`,
        `CO_MEMBERSHIP:${pair(jobcenter.id, cafe.id)}`,
        `TANDEM:${pair(caritas.id, jobcenter.id)}`,
      ].sort(),
    );
    expect(changes.network.changes.goneEdges).toEqual([]);
  });

  it('filters by sector, kind, body and edge kinds, and shows people and bodies on request', async () => {
    const c = await h.client().login('admin@test.example');
    const { caritas, jobcenter, cafe } = fx.orgs;
    const welfare = await network(c, { sectors: ['WELFARE'] });
    expect(welfare.nodes.map((n) => n.id)).toEqual([caritas.id]);
    expect(welfare.edges).toEqual([]);

    const subProject = await network(c, { bodyId: fx.structure.bodies.subProject.id });
    expect(subProject.nodes.map((n) => n.id)).toEqual([cafe.id]);
    // The steering committee and the bodies below it: everyone who sits in one of them.
    const steering = await network(c, { bodyId: fx.structure.bodies.steering.id });
    expect(steering.nodes.map((n) => n.id).sort()).toEqual([caritas.id, jobcenter.id, cafe.id].sort());

    const tandems = await network(c, { edgeKinds: ['TANDEM'] });
    expect(tandems.edges.map((e) => e.kind)).toEqual(['TANDEM']);

    const full = await network(c, { includePeople: true, includeBodies: true });
    const kinds = new Set(full.nodes.map((n) => n.kind));
    expect(kinds).toEqual(new Set(['ORGANISATION', 'PERSON', 'BODY']));
    const okafor = full.nodes.find((n) => n.label === 'Miriam Okafor') as Node;
    expect(full.edges).toContainEqual(expect.objectContaining({ kind: 'AFFILIATION', ...endsOf(okafor.id, caritas.id) }));
    const wg = fx.structure.bodies.workingGroup.id;
    expect(full.edges).toContainEqual(expect.objectContaining({ kind: 'BODY_HIERARCHY', ...endsOf(wg, fx.structure.bodies.steering.id) }));
    expect(full.edges).toContainEqual(expect.objectContaining({ kind: 'BODY_MEMBERSHIP', weight: 1, ...endsOf(caritas.id, wg) }));
    // The dissolved body is not on today's map.
    expect(full.nodes.map((n) => n.label)).not.toContain('Fachgruppe Unterbringung');
  });

  it('reads the graph in the same few statements whatever it holds, and caches metrics and layout per version', async () => {
    const c = await h.client().login('admin@test.example');
    await network(c, {});
    const counted = async (filter: Record<string, unknown>) => {
      const before = statementCounter.count;
      await network(c, filter);
      return statementCounter.count - before;
    };
    const session = 1;
    // Organisations, memberships, agreement parties, attendances; people and bodies add one each.
    expect(await counted({})).toBe(session + 4);
    expect(await counted({ includePeople: true, includeBodies: true })).toBe(session + 6);
    // Forty more organisations, each with a member in the working group: more nodes and edges, the same statements.
    const em = h.orm.em.fork();
    await em.execute(
      `insert into organisation (id, created_at, updated_at, name, kind, sector, last_confirmed_at)
         select gen_random_uuid(), now(), now(), 'Verein ' || g, 'ASSOCIATION', 'CIVIL_SOCIETY', now() from generate_series(1, 40) g`,
    );
    await em.execute(
      `insert into membership (id, created_at, updated_at, body_id, person_id, organisation_id, role, valid_from)
         select gen_random_uuid(), now(), now(), '${fx.structure.bodies.workingGroup.id}', '${fx.structure.people.thirdLead.id}', o.id, 'MEMBER', '2020-01-01'
           from organisation o where o.name like 'Verein %'`,
    );
    const bigger = await network(c, {});
    expect(bigger.nodes.length).toBe(44);
    expect(bigger.edges.filter((e) => e.kind === 'CO_MEMBERSHIP').length).toBe(3 + 40 * 3 + (40 * 39) / 2);
    expect(await counted({})).toBe(session + 4);
    const computed = h.services.network.computed;
    const first = await network(c, {});
    const again = await network(c, {});
    expect(h.services.network.computed).toBe(computed);
    expect(again.nodes.map((n) => [n.x, n.y])).toEqual(first.nodes.map((n) => [n.x, n.y]));
    expect(again.version).toBe(first.version);
  });

  it('holds at most a few whole graphs per request: five aliases of the network are refused by the cost limit', async () => {
    const c = h.client();
    const aliases = (n: number) =>
      `{ ${Array.from({ length: n }, (_, i) => `n${i}: network(filter: { at: "2020-01-0${i + 1}" }) { nodes { id } edges { key } }`).join(' ')} }`;
    expect((await c.request(aliases(4))).errors).toBeUndefined();
    const refused = await c.request(aliases(5));
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'COST_LIMIT' });
    expect(refused.data ?? null).toBeNull();
  });

  it('refuses malformed filters with typed errors', async () => {
    const c = h.client();
    expect(errorCode(await c.request(NETWORK, { filter: { at: '2025-02-30' } }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await c.request(NETWORK, { filter: { bodyId: 'nope' } }))).toBe('BAD_USER_INPUT');
    const many = Array.from({ length: 51 }, () => fx.refs.language.id);
    expect(errorCode(await c.request(NETWORK, { filter: { fieldOfActionIds: many } }))).toBe('BAD_USER_INPUT');
  });
});

const endsOf = (a: string, b: string) => (a < b ? { source: a, target: b } : { source: b, target: a });
