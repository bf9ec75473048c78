import { createRequire } from 'node:module';
import { UndirectedGraph as Graph } from 'graphology';
import type { NetworkEdgeKind, NetworkNodeKind } from './network.types.js';

/**
 * Metrics and layout of a network graph, computed with graphology: degree,
 * betweenness, Louvain communities, bridges, sector mixing, and a
 * ForceAtlas2 layout. Pure and deterministic (seeded), so the same graph
 * always gets the same answer; it runs in a worker thread (`network.worker.ts`).
 */

export interface ComputeNode {
  id: string;
  kind: NetworkNodeKind | `${NetworkNodeKind}`;
  sector: string | null;
  organisationKind: string | null;
}

export interface ComputeEdge {
  kind: NetworkEdgeKind | `${NetworkEdgeKind}`;
  source: string;
  target: string;
  weight: number;
}

export interface ComputeInput {
  nodes: ComputeNode[];
  edges: ComputeEdge[];
  /** Positions from an earlier layout of this reader's map, so the map stays where it was. */
  seeds?: Record<string, { x: number; y: number }>;
}

export interface NodeMetrics {
  x: number;
  y: number;
  degree: number;
  weightedDegree: number;
  betweenness: number;
  community: number;
  isolated: boolean;
  bridgedCommunities: number;
  neighbourSectors: string[];
  neighbourKinds: string[];
}

export interface NetworkSummary {
  nodeCount: number;
  edgeCount: number;
  organisationCount: number;
  isolatedCount: number;
  communityCount: number;
  density: number;
  crossSectorShare: number;
  sectorAssortativity: number;
  modularity: number;
}

export interface ComputeOutput {
  /** In the order of the input's nodes. */
  nodes: NodeMetrics[];
  summary: NetworkSummary;
}

/** Above this many nodes, betweenness is estimated from this many sampled sources (Brandes with pivots). */
export const EXACT_BETWEENNESS_MAX = 2000;
export const BETWEENNESS_SAMPLES = 300;

// CommonJS modules whose typings declare a default export: required, so the types fit what Node hands over.
const require = createRequire(import.meta.url);
const louvain: typeof import('graphology-communities-louvain').default = require('graphology-communities-louvain');
const forceAtlas2: typeof import('graphology-layout-forceatlas2').default = require('graphology-layout-forceatlas2');
const betweennessCentrality: typeof import('graphology-metrics/centrality/betweenness.js').default = require('graphology-metrics/centrality/betweenness');

const PEER_EDGES = new Set(['CO_MEMBERSHIP', 'AGREEMENT', 'CO_ATTENDANCE', 'TANDEM']);

/** A small seeded random number generator (mulberry32), for Louvain and sampling. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A stable number from a string (FNV-1a), for starting positions. */
function hashOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The simple undirected graph behind the metrics: parallel ties of different kinds are one edge with their weights summed. */
export function simpleGraph(input: ComputeInput): Graph {
  const graph = new Graph({ allowSelfLoops: false });
  for (const n of input.nodes) graph.mergeNode(n.id, { sector: n.sector, organisationKind: n.organisationKind, kind: n.kind });
  for (const e of input.edges) {
    if (e.source === e.target || !graph.hasNode(e.source) || !graph.hasNode(e.target)) continue;
    const key = graph.edge(e.source, e.target);
    if (key === undefined) graph.addEdge(e.source, e.target, { weight: e.weight });
    else graph.updateEdgeAttribute(key, 'weight', (w: number | undefined) => (w ?? 0) + e.weight);
  }
  return graph;
}

/**
 * Normalised betweenness of an unweighted undirected graph by Brandes'
 * algorithm from the given sources (all nodes: exact; a sample: an estimate
 * scaled by n / k).
 */
export function sampledBetweenness(graph: Graph, sources: readonly string[]): Map<string, number> {
  const ids = graph.nodes();
  const n = ids.length;
  const index = new Map(ids.map((id, i) => [id, i]));
  const neighbours = ids.map((id) => graph.neighbors(id).map((m) => index.get(m) as number));
  const centrality = new Float64Array(n);
  const sigma = new Float64Array(n);
  const dist = new Int32Array(n);
  const delta = new Float64Array(n);
  const stack = new Int32Array(n);
  const queue = new Int32Array(n);
  const preds: number[][] = ids.map(() => []);
  for (const sourceId of sources) {
    const s = index.get(sourceId);
    if (s === undefined) continue;
    sigma.fill(0);
    dist.fill(-1);
    delta.fill(0);
    for (const p of preds) p.length = 0;
    sigma[s] = 1;
    dist[s] = 0;
    let head = 0;
    let tail = 0;
    let top = 0;
    queue[tail++] = s;
    while (head < tail) {
      const v = queue[head++] as number;
      stack[top++] = v;
      for (const w of neighbours[v] as number[]) {
        if ((dist[w] as number) < 0) {
          dist[w] = (dist[v] as number) + 1;
          queue[tail++] = w;
        }
        if (dist[w] === (dist[v] as number) + 1) {
          sigma[w] = (sigma[w] as number) + (sigma[v] as number);
          (preds[w] as number[]).push(v);
        }
      }
    }
    while (top > 0) {
      const w = stack[--top] as number;
      for (const v of preds[w] as number[])
        delta[v] = (delta[v] as number) + ((sigma[v] as number) / (sigma[w] as number)) * (1 + (delta[w] as number));
      if (w !== s) centrality[w] = (centrality[w] as number) + (delta[w] as number);
    }
  }
  // Every pair is counted from both ends; normalise by the (n−1)(n−2)/2 pairs a node can lie between.
  const scale = n > 2 && sources.length > 0 ? n / sources.length / ((n - 1) * (n - 2)) : 0;
  return new Map(ids.map((id, i) => [id, (centrality[i] as number) * scale]));
}

function betweenness(graph: Graph): Map<string, number> {
  if (graph.order <= EXACT_BETWEENNESS_MAX) {
    if (graph.order <= 2) return new Map(graph.nodes().map((id) => [id, 0]));
    const scores = betweennessCentrality(graph, { normalized: true, getEdgeWeight: null });
    return new Map(Object.entries(scores));
  }
  // Sources sampled with a seeded generator: the same graph, the same estimate.
  const ids = graph.nodes();
  const random = seededRandom(ids.length);
  const picked = new Set<string>();
  while (picked.size < BETWEENNESS_SAMPLES) picked.add(ids[Math.floor(random() * ids.length)] as string);
  return sampledBetweenness(graph, [...picked]);
}

/** Louvain communities renumbered by size (0 = largest); nodes without edges get communities of their own. */
function communities(graph: Graph): { community: Map<string, number>; modularity: number } {
  const withEdges = graph.copy();
  withEdges.forEachNode((id) => {
    if (withEdges.degree(id) === 0) withEdges.dropNode(id);
  });
  const found = withEdges.size > 0 ? louvain.detailed(withEdges, { getEdgeWeight: 'weight', rng: seededRandom(42) }) : null;
  const raw = new Map<string, string>();
  graph.forEachNode((id) => raw.set(id, found && id in found.communities ? `c${found.communities[id]}` : `solo:${id}`));
  const sizes = new Map<string, number>();
  for (const c of raw.values()) sizes.set(c, (sizes.get(c) ?? 0) + 1);
  const order = [...sizes.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([c]) => c);
  const number = new Map(order.map((c, i) => [c, i]));
  return { community: new Map([...raw].map(([id, c]) => [id, number.get(c) as number])), modularity: found?.modularity ?? 0 };
}

/** Newman's assortativity coefficient of a categorical attribute over undirected edges. */
export function assortativity(pairs: readonly [string, string][]): number {
  if (pairs.length === 0) return 0;
  const e = new Map<string, number>();
  const a = new Map<string, number>();
  const unit = 1 / (2 * pairs.length);
  for (const [x, y] of pairs) {
    for (const [p, q] of [
      [x, y],
      [y, x],
    ] as const) {
      if (p === q) e.set(p, (e.get(p) ?? 0) + unit);
      a.set(p, (a.get(p) ?? 0) + unit);
    }
  }
  const trace = [...e.values()].reduce((s, v) => s + v, 0);
  const expected = [...a.values()].reduce((s, v) => s + v * v, 0);
  if (expected >= 1 - 1e-12) return 1;
  return (trace - expected) / (1 - expected);
}

function layout(graph: Graph, seeds: ComputeInput['seeds'], community: Map<string, number>): Map<string, { x: number; y: number }> {
  // Actors without ties are not laid out by forces (they would drift to a ring around everything): they go in a grid beside the map.
  const isolated = graph.filterNodes((id) => graph.degree(id) === 0);
  const connected = graph.copy();
  for (const id of isolated) connected.dropNode(id);
  const n = connected.order;
  const radius = Math.max(10, Math.sqrt(n) * 10);
  // Communities (0 = largest) start on a spiral around the centre, each in a disc as large as it needs.
  const sizes = new Map<number, number>();
  connected.forEachNode((id) => {
    const c = community.get(id) ?? 0;
    sizes.set(c, (sizes.get(c) ?? 0) + 1);
  });
  const centreOf = (c: number) => {
    if (c === 0) return { x: 0, y: 0 };
    const angle = c * 2.399963; // the golden angle
    const r = radius * Math.sqrt(c / Math.max(sizes.size, 1)) * 1.2;
    return { x: r * Math.cos(angle), y: r * Math.sin(angle) };
  };
  const spreadOf = (c: number) => Math.max(5, Math.sqrt(sizes.get(c) ?? 1) * 10);
  let seeded = 0;
  connected.forEachNode((id) => {
    const seed = seeds?.[id];
    if (seed) {
      seeded++;
      connected.mergeNodeAttributes(id, { x: seed.x, y: seed.y });
      return;
    }
    // Next to a seeded neighbour when there is one, else near its community's place (so the forces start close to the end), at a stable spot from the id.
    const h = hashOf(id);
    const near = connected.neighbors(id).find((m) => seeds?.[m]);
    const base = (near && seeds?.[near]) || centreOf(community.get(id) ?? 0);
    const angle = ((h % 3600) / 3600) * 2 * Math.PI;
    const r = near ? 5 + (h % 10) : spreadOf(community.get(id) ?? 0) * Math.sqrt(((h >>> 12) % 1000) / 1000);
    connected.mergeNodeAttributes(id, { x: base.x + r * Math.cos(angle), y: base.y + r * Math.sin(angle) });
  });
  if (n > 1) {
    const settings = { ...forceAtlas2.inferSettings(connected), barnesHutOptimize: n > 1000, adjustSizes: false };
    const full = n <= 300 ? 400 : n <= 2000 ? 200 : 40;
    const mostlySeeded = seeded >= n * 0.9;
    forceAtlas2.assign(connected, { iterations: mostlySeeded ? Math.ceil(full / 8) : full, settings, getEdgeWeight: 'weight' });
  }
  const round = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? Math.round(v * 100) / 100 : 0);
  const out = new Map<string, { x: number; y: number }>();
  let minX = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  connected.forEachNode((id, attrs) => {
    const at = { x: round(attrs.x), y: round(attrs.y) };
    out.set(id, at);
    minX = Math.min(minX, at.x);
    maxX = Math.max(maxX, at.x);
    minY = Math.min(minY, at.y);
    maxY = Math.max(maxY, at.y);
  });
  if (isolated.length > 0) {
    if (n === 0) {
      minX = maxX = minY = maxY = 0;
    }
    const height = Math.max(maxY - minY, 100);
    // About as dense as the map itself, in columns right of it, as high as it is.
    const step = Math.max(height / Math.max(Math.sqrt(n || 1), 1) / 2, 8);
    const rows = Math.max(1, Math.floor(height / step) + 1);
    isolated.forEach((id, i) => {
      out.set(id, { x: round(maxX + step * 2 + Math.floor(i / rows) * step), y: round(maxY - (i % rows) * step) });
    });
  }
  return out;
}

export function computeNetwork(input: ComputeInput): ComputeOutput {
  const graph = simpleGraph(input);
  const between = betweenness(graph);
  const { community, modularity } = communities(graph);
  const positions = layout(graph, input.seeds, community);
  const byId = new Map(input.nodes.map((n) => [n.id, n]));

  const weighted = new Map<string, number>();
  for (const e of input.edges) {
    if (e.source === e.target || !byId.has(e.source) || !byId.has(e.target)) continue;
    weighted.set(e.source, (weighted.get(e.source) ?? 0) + e.weight);
    weighted.set(e.target, (weighted.get(e.target) ?? 0) + e.weight);
  }

  let isolatedCount = 0;
  const nodes = input.nodes.map((n): NodeMetrics => {
    const neighbours = graph.neighbors(n.id);
    const own = community.get(n.id) as number;
    const others = new Set<number>();
    const sectors = new Set<string>();
    const kinds = new Set<string>();
    for (const m of neighbours) {
      const c = community.get(m) as number;
      if (c !== own) others.add(c);
      const node = byId.get(m);
      if (node?.kind === 'ORGANISATION') {
        if (node.sector) sectors.add(node.sector);
        if (node.organisationKind) kinds.add(node.organisationKind);
      }
    }
    const isolated = neighbours.length === 0;
    if (isolated) isolatedCount++;
    const at = positions.get(n.id) ?? { x: 0, y: 0 };
    return {
      x: at.x,
      y: at.y,
      degree: neighbours.length,
      weightedDegree: weighted.get(n.id) ?? 0,
      betweenness: between.get(n.id) ?? 0,
      community: own,
      isolated,
      bridgedCommunities: others.size,
      neighbourSectors: [...sectors].sort(),
      neighbourKinds: [...kinds].sort(),
    };
  });

  const sectorPairs: [string, string][] = [];
  for (const e of input.edges) {
    if (!PEER_EDGES.has(e.kind)) continue;
    const s = byId.get(e.source)?.sector;
    const t = byId.get(e.target)?.sector;
    if (s && t) sectorPairs.push([s, t]);
  }
  const sizes = new Map<number, number>();
  for (const c of community.values()) sizes.set(c, (sizes.get(c) ?? 0) + 1);
  const n = graph.order;
  return {
    nodes,
    summary: {
      nodeCount: n,
      edgeCount: input.edges.length,
      organisationCount: input.nodes.filter((x) => x.kind === 'ORGANISATION').length,
      isolatedCount,
      communityCount: [...sizes.values()].filter((s) => s >= 2).length,
      density: n > 1 ? (2 * graph.size) / (n * (n - 1)) : 0,
      crossSectorShare: sectorPairs.length ? sectorPairs.filter(([s, t]) => s !== t).length / sectorPairs.length : 0,
      sectorAssortativity: assortativity(sectorPairs),
      modularity,
    },
  };
}
