import { describe, expect, it } from 'vitest';
import {
  assortativity,
  type ComputeEdge,
  type ComputeInput,
  type ComputeNode,
  computeNetwork,
  sampledBetweenness,
  simpleGraph,
} from './network.compute.js';

/**
 * A barbell with a known answer: two welfare and migrant triangles
 * (A B C, D E F) joined through X, a public agency, and Z with no ties.
 *
 *   A─┐           ┌─E
 *   │ C ══ X ── D │
 *   B─┘           └─F          Z
 */
const node = (id: string, sector: string): ComputeNode => ({ id, kind: 'ORGANISATION', sector, organisationKind: `KIND_${sector}` });
const edge = (source: string, target: string, weight = 1): ComputeEdge => ({ kind: 'CO_MEMBERSHIP', source, target, weight });
const barbell: ComputeInput = {
  nodes: [
    node('A', 'WELFARE'),
    node('B', 'WELFARE'),
    node('C', 'WELFARE'),
    node('X', 'PUBLIC_ADMINISTRATION'),
    node('D', 'MIGRANT_SELF_ORGANISATION'),
    node('E', 'MIGRANT_SELF_ORGANISATION'),
    node('F', 'MIGRANT_SELF_ORGANISATION'),
    node('Z', 'FAITH'),
  ],
  edges: [
    edge('A', 'B'),
    edge('B', 'C'),
    edge('A', 'C'),
    edge('C', 'X', 2),
    edge('X', 'D'),
    edge('D', 'E'),
    edge('E', 'F'),
    edge('D', 'F'),
  ],
};

describe('network metrics on a known graph', () => {
  const out = computeNetwork(barbell);
  const at = (id: string) => out.nodes[barbell.nodes.findIndex((n) => n.id === id)] as (typeof out.nodes)[number];

  it('counts degrees, weighted degrees and isolated actors', () => {
    expect(at('X')).toMatchObject({ degree: 2, weightedDegree: 3, isolated: false });
    expect(at('C')).toMatchObject({ degree: 3, weightedDegree: 4 });
    expect(at('Z')).toMatchObject({ degree: 0, weightedDegree: 0, isolated: true });
    expect(out.summary).toMatchObject({ nodeCount: 8, edgeCount: 8, organisationCount: 8, isolatedCount: 1 });
    expect(out.summary.density).toBeCloseTo(16 / 56, 10);
  });

  it('finds the betweenness of the bridge: X lies between 9 of 21 pairs, C and D between 8 (normalised by 21 pairs without them)', () => {
    // Normalised over the (n−1)(n−2)/2 = 21 pairs a node of eight can lie between.
    expect(at('X').betweenness).toBeCloseTo(9 / 21, 10);
    expect(at('C').betweenness).toBeCloseTo(8 / 21, 10);
    expect(at('D').betweenness).toBeCloseTo(8 / 21, 10);
    for (const id of ['A', 'B', 'E', 'F', 'Z']) expect(at(id).betweenness).toBe(0);
  });

  it('estimates betweenness by sampling exactly as graphology computes it when every node is a source', async () => {
    const { default: exact } = await import('graphology-metrics/centrality/betweenness.js');
    const graph = simpleGraph(barbell);
    const sampled = sampledBetweenness(graph, graph.nodes());
    const reference = (exact as unknown as typeof exact.default)(graph, { normalized: true, getEdgeWeight: null });
    for (const id of graph.nodes()) expect(sampled.get(id)).toBeCloseTo(reference[id] as number, 10);
  });

  it('splits the barbell into its two triangles, the bridge in one of them; Z alone', () => {
    expect(new Set(['A', 'B', 'C'].map((id) => at(id).community)).size).toBe(1);
    expect(new Set(['D', 'E', 'F'].map((id) => at(id).community)).size).toBe(1);
    expect(at('A').community).not.toBe(at('D').community);
    expect([at('A').community, at('D').community]).toContain(at('X').community);
    expect(at('X').bridgedCommunities).toBe(1);
    expect(at('A').bridgedCommunities).toBe(0);
    expect(out.summary.communityCount).toBe(2);
    expect(out.summary.modularity).toBeGreaterThan(0.3);
  });

  it('names the sectors and kinds an actor links', () => {
    expect(at('X').neighbourSectors).toEqual(['MIGRANT_SELF_ORGANISATION', 'WELFARE']);
    expect(at('X').neighbourKinds).toEqual(['KIND_MIGRANT_SELF_ORGANISATION', 'KIND_WELFARE']);
    expect(at('A').neighbourSectors).toEqual(['WELFARE']);
  });

  it('measures sector mixing: two of eight ties cross sectors; assortativity by Newman’s formula', () => {
    expect(out.summary.crossSectorShare).toBeCloseTo(2 / 8, 10);
    // e_ii = 12/16; a = (7, 7, 2)/16: r = (0.75 − 102/256) / (1 − 102/256).
    expect(out.summary.sectorAssortativity).toBeCloseTo((0.75 - 102 / 256) / (1 - 102 / 256), 10);
    expect(assortativity([['W', 'M']])).toBeCloseTo(-1, 10);
    expect(assortativity([['W', 'W']])).toBe(1);
  });

  it('lays the graph out the same way every time, and a seeded layout stays where it was', () => {
    const again = computeNetwork(barbell);
    expect(again.nodes.map((n) => [n.x, n.y])).toEqual(out.nodes.map((n) => [n.x, n.y]));
    for (const n of out.nodes) expect(Number.isFinite(n.x) && Number.isFinite(n.y)).toBe(true);
    // The two triangles lie apart: A is nearer to B than to E.
    const dist = (p: string, q: string) => Math.hypot(at(p).x - at(q).x, at(p).y - at(q).y);
    expect(dist('A', 'B')).toBeLessThan(dist('A', 'E'));

    // The actor without ties waits beside the map instead of drifting around it.
    expect(at('Z').x).toBeGreaterThan(Math.max(...['A', 'B', 'C', 'X', 'D', 'E', 'F'].map((id) => at(id).x)));

    const seeds = Object.fromEntries(barbell.nodes.map((n, i) => [n.id, { x: out.nodes[i]?.x ?? 0, y: out.nodes[i]?.y ?? 0 }]));
    const grown: ComputeInput = { nodes: [...barbell.nodes, node('G', 'FAITH')], edges: [...barbell.edges, edge('G', 'F')], seeds };
    const next = computeNetwork(grown);
    const extent = Math.max(...out.nodes.map((n) => Math.hypot(n.x, n.y)));
    barbell.nodes.forEach((n, i) => {
      const moved = Math.hypot((next.nodes[i]?.x ?? 0) - (seeds[n.id]?.x ?? 0), (next.nodes[i]?.y ?? 0) - (seeds[n.id]?.y ?? 0));
      expect(moved).toBeLessThan(extent * 0.25);
    });
  });
});
