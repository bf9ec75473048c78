/**
 * The map benchmark's two ways of reading the graph: Verbund's `network`
 * query as the actor map asks it, and the floor beside it, one hand-written
 * SQL statement through `pg` that returns the organisations and their
 * co-membership pairs with weights as JSON, nothing else (no other edge
 * kinds, reasons, metrics or layout). Plus the check that both hold the same
 * organisations and the same pairs.
 */
import pg from 'pg';
import { currentAffiliation, visibleBody, visibleOrganisation } from '../peers/visitor-rules.ts';

/**
 * The fields the actor map (`web/src/lib/graphql/network-operations.ts`,
 * `NetworkQuery`) asks for, with the default filter of `/map`: today's
 * organisations and every kind of tie.
 */
export const NETWORK_QUERY = `query Network($filter: NetworkFilter) {
  network(filter: $filter) {
    at version truncated
    nodes { id kind label organisationKind sector bodyKind x y degree weightedDegree betweenness community isolated bridgedCommunities neighbourSectors neighbourKinds }
    edges { key kind source target weight reasons { kind id label } }
    summary { nodeCount edgeCount organisationCount isolatedCount communityCount density crossSectorShare sectorAssortativity modularity }
    bodyMixing { bodyId name organisationCount sectorCount blau }
  }
}`;

export type Audience = 'visitor' | 'admin';

export interface NetworkAnswer {
  at: string;
  version: string;
  truncated: boolean;
  nodes: { id: string; kind: string; label: string; x: number; y: number; sector: string | null; degree: number }[];
  edges: { key: string; kind: string; source: string; target: string; weight: number }[];
}

export interface Timed {
  ms: number;
  bytes: number;
  statements: number;
  text: string;
}

/** One `network` request, timed until the whole body has arrived (not parsed). */
export async function askVerbund(url: string, cookie: string | undefined, filter: object = {}): Promise<Timed> {
  const started = performance.now();
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query: NETWORK_QUERY, variables: { filter } }),
  });
  const text = await res.text();
  const ms = performance.now() - started;
  if (res.status !== 200) throw new Error(`network query: HTTP ${res.status}: ${text.slice(0, 500)}`);
  return { ms, bytes: Buffer.byteLength(text), statements: Number(res.headers.get('x-sql-statements')), text };
}

export function parseNetwork(text: string): NetworkAnswer {
  const body = JSON.parse(text) as { data?: { network: NetworkAnswer }; errors?: unknown[] };
  if (body.errors || !body.data) throw new Error(`network query failed: ${JSON.stringify(body.errors).slice(0, 1000)}`);
  return body.data.network;
}

/**
 * The organisations of the map and their co-membership pairs, as Verbund's
 * network read model defines them (network.read.ts): organisations not
 * archived on the day; memberships valid on the day; a pair per two
 * organisations with members in the same body, weighted by the bodies they
 * share. For visitors with the read rules of organisations, bodies and people
 * (peers/visitor-rules.ts); an admin sees every row.
 */
function peerStatement(audience: Audience): string {
  const visitor = audience === 'visitor';
  const person = visitor
    ? `and exists (select 1 from public.person p where p.id = m.person_id and p.archived_at is null
         and exists (select 1 from public.affiliation va join public.organisation vo on vo.id = va.organisation_id
                      where va.person_id = p.id and ${currentAffiliation('va')} and ${visibleOrganisation('vo')}))`
    : '';
  return `
with shown as (
  select o.id, o.name, o.kind, o.sector from public.organisation o
   where ${visitor ? `${visibleOrganisation('o')} and ` : ''}(o.archived_at is null or o.archived_at::date > $1::date)
   order by o.name, o.id limit 20000),
members as (
  select distinct m.body_id, m.organisation_id from public.membership m
    join shown s on s.id = m.organisation_id
    ${visitor ? `join public.body b on b.id = m.body_id and ${visibleBody('b')}` : ''}
   where m.valid_from <= $1::date and (m.valid_to is null or m.valid_to >= $1::date) ${person}),
pairs as (
  select a.organisation_id as source, b.organisation_id as target, count(*)::int as weight
    from members a join members b on b.body_id = a.body_id and a.organisation_id < b.organisation_id
   group by 1, 2)
select json_build_object(
  'nodes', (select coalesce(json_agg(json_build_object('id', s.id, 'label', s.name, 'kind', s.kind, 'sector', s.sector) order by s.name, s.id), '[]') from shown s),
  'edges', (select coalesce(json_agg(json_build_object('source', p.source, 'target', p.target, 'weight', p.weight)), '[]') from pairs p))::text as body`;
}

/** The one-statement peer on its own connection; the statement is prepared on first use. */
export class SqlPeer {
  private readonly client: pg.Client;

  constructor(databaseUrl: string) {
    this.client = new pg.Client({ connectionString: databaseUrl });
  }

  connect() {
    return this.client.connect();
  }

  async ask(audience: Audience, day: string): Promise<Timed> {
    const started = performance.now();
    const { rows } = await this.client.query<{ body: string }>({
      name: `map-peer-${audience}`,
      text: peerStatement(audience),
      values: [day],
    });
    const ms = performance.now() - started;
    const text = rows[0]?.body ?? '';
    return { ms, bytes: Buffer.byteLength(text), statements: 1, text };
  }

  async serverVersion(): Promise<string> {
    const { rows } = await this.client.query<{ server_version: string }>('show server_version');
    return `PostgreSQL ${rows[0]?.server_version.split(' ')[0] ?? '?'}`;
  }

  end() {
    return this.client.end();
  }
}

export interface Comparison {
  equal: boolean;
  /** What differs, a few lines. */
  differences: string[];
  peerNodes: number;
  peerPairs: number;
}

/** Whether the peer's organisations and pairs are Verbund's organisation nodes and CO_MEMBERSHIP edges. */
export function compareWithPeer(verbund: NetworkAnswer, peerText: string): Comparison {
  const peer = JSON.parse(peerText) as { nodes: { id: string }[]; edges: { source: string; target: string; weight: number }[] };
  const differences: string[] = [];
  const vNodes = new Set(verbund.nodes.filter((n) => n.kind === 'ORGANISATION').map((n) => n.id));
  const pNodes = new Set(peer.nodes.map((n) => n.id));
  const onlyIn = (a: Set<string>, b: Set<string>) => [...a].filter((x) => !b.has(x));
  const nodesOnlyVerbund = onlyIn(vNodes, pNodes);
  const nodesOnlyPeer = onlyIn(pNodes, vNodes);
  if (nodesOnlyVerbund.length) differences.push(`${nodesOnlyVerbund.length} organisations only in Verbund's answer`);
  if (nodesOnlyPeer.length) differences.push(`${nodesOnlyPeer.length} organisations only in the peer's answer`);
  const pairKey = (e: { source: string; target: string; weight: number }) => `${e.source}:${e.target}:${e.weight}`;
  const vPairs = new Set(verbund.edges.filter((e) => e.kind === 'CO_MEMBERSHIP').map(pairKey));
  const pPairs = new Set(peer.edges.map(pairKey));
  const pairsOnlyVerbund = onlyIn(vPairs, pPairs);
  const pairsOnlyPeer = onlyIn(pPairs, vPairs);
  if (pairsOnlyVerbund.length)
    differences.push(`${pairsOnlyVerbund.length} pairs (with weight) only in Verbund's, e.g. ${pairsOnlyVerbund[0]}`);
  if (pairsOnlyPeer.length) differences.push(`${pairsOnlyPeer.length} pairs (with weight) only in the peer's, e.g. ${pairsOnlyPeer[0]}`);
  return { equal: differences.length === 0, differences, peerNodes: pNodes.size, peerPairs: pPairs.size };
}
