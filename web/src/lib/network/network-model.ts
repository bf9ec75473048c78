import { organisationKinds, sectors } from '#lib/graphql/enums.ts';
import type { ResultOf } from '#lib/graphql/graphql.ts';
import type { NetworkChangesQuery, NetworkEdgeFields, NetworkNodeFields, NetworkQuery } from '#lib/graphql/network-operations.ts';
import type { MessageKey } from '#lib/i18n/i18n.ts';
import type { ColourMode, SizeMetric } from './map-params.ts';
import { type Adjacency, adjacencyOf } from './neighbourhood.ts';
import { communityColour, communityColours, nodeKindColours, organisationKindColours, otherColour, sectorColours } from './palette.ts';

export type NetworkNode = ResultOf<typeof NetworkNodeFields>;
export type NetworkEdge = ResultOf<typeof NetworkEdgeFields>;
export type Network = ResultOf<typeof NetworkQuery>['network'];
export type NetworkChanges = ResultOf<typeof NetworkChangesQuery>['network']['changes'];

/** The network answer with the lookups every view needs, built once per answer. */
export interface NetworkIndex {
  nodes: readonly NetworkNode[];
  edges: readonly NetworkEdge[];
  byId: ReadonlyMap<string, NetworkNode>;
  adjacency: Adjacency;
  /** The ties of each actor. */
  edgesOf: ReadonlyMap<string, readonly NetworkEdge[]>;
  /** Ids in the order of their labels, for stepping through the map with the keyboard. */
  labelOrder: readonly string[];
}

export function indexNetwork(nodes: readonly NetworkNode[], edges: readonly NetworkEdge[]): NetworkIndex {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const edgesOf = new Map<string, NetworkEdge[]>(nodes.map((node) => [node.id, []]));
  for (const edge of edges) {
    edgesOf.get(edge.source)?.push(edge);
    if (edge.target !== edge.source) edgesOf.get(edge.target)?.push(edge);
  }
  const collator = new Intl.Collator('de');
  const labelOrder = [...nodes].sort((a, b) => collator.compare(a.label, b.label) || a.id.localeCompare(b.id)).map((node) => node.id);
  return {
    nodes,
    edges,
    byId,
    adjacency: adjacencyOf(
      nodes.map((node) => node.id),
      edges,
    ),
    edgesOf,
    labelOrder,
  };
}

/** The other end of a tie, seen from one actor. */
export const otherEnd = (edge: Pick<NetworkEdge, 'source' | 'target'>, from: string): string =>
  edge.source === from ? edge.target : edge.source;

/** The colour an actor gets for the chosen colouring. */
export function nodeColour(node: Pick<NetworkNode, 'kind' | 'organisationKind' | 'sector' | 'community'>, mode: ColourMode): string {
  if (mode === 'community') return communityColour(node.community);
  if (mode === 'sector') return node.sector ? sectorColours[node.sector] : otherColour;
  if (node.kind === 'ORGANISATION') return node.organisationKind ? organisationKindColours[node.organisationKind] : otherColour;
  return nodeKindColours[node.kind];
}

/** Smallest and largest node radius on screen, in pixels. */
export const NODE_SIZE = { min: 4, max: 18 } as const;

/**
 * Node radii for a metric: the square root of the value over the largest, so
 * areas grow with the metric; everyone gets the smallest size when all are 0.
 */
export function nodeSizes(nodes: readonly NetworkNode[], metric: SizeMetric): Map<string, number> {
  const largest = nodes.reduce((max, node) => Math.max(max, node[metric]), 0);
  return new Map(
    nodes.map((node) => [
      node.id,
      largest > 0 ? NODE_SIZE.min + (NODE_SIZE.max - NODE_SIZE.min) * Math.sqrt(Math.max(0, node[metric]) / largest) : NODE_SIZE.min,
    ]),
  );
}

/** Edge thickness on screen for a weight: 1 px for one shared body, growing with the logarithm. */
export const edgeSize = (weight: number): number => Math.min(6, 1 + Math.log2(Math.max(1, weight)));

/** The communities present, largest (0) first. */
export function communitiesOf(nodes: readonly Pick<NetworkNode, 'community'>[]): number[] {
  return [...new Set(nodes.map((node) => node.community))].sort((a, b) => a - b);
}

const folded = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase('de');

/**
 * Actors whose label contains every word of a search (case and accents
 * ignored, so "caritas" finds "Caritasverband" and "buerger" does not, but
 * "burger" finds "Bürgerverein"); labels starting with the search come first.
 */
export function searchActors<Node extends Pick<NetworkNode, 'id' | 'label'>>(nodes: readonly Node[], search: string, limit = 8): Node[] {
  const words = folded(search).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const first = words.join(' ');
  const matches = nodes
    .map((node) => ({ node, label: folded(node.label) }))
    .filter(({ label }) => words.every((word) => label.includes(word)));
  const collator = new Intl.Collator('de');
  matches.sort(
    (a, b) => Number(b.label.startsWith(first)) - Number(a.label.startsWith(first)) || collator.compare(a.node.label, b.node.label),
  );
  return matches.slice(0, limit).map(({ node }) => node);
}

/** A line of the colour legend: the colour, and what it stands for as a message id with its values. */
export interface LegendEntry {
  colour: string;
  key: MessageKey;
  values?: Record<string, string | number>;
}

/**
 * The colour legend for the actors shown, in the UI's order: the sectors, the
 * kinds or the communities present (the ones beyond the palette together, as
 * "further communities"), and grey for actors without the property.
 */
export function colourLegend(nodes: readonly NetworkNode[], mode: ColourMode): LegendEntry[] {
  const entries: LegendEntry[] = [];
  if (mode === 'sector') {
    const present = new Set(nodes.map((node) => node.sector));
    for (const sector of sectors) if (present.has(sector)) entries.push({ colour: sectorColours[sector], key: `enum.Sector.${sector}` });
    if (nodes.some((node) => !node.sector)) entries.push({ colour: otherColour, key: 'map.legend.noSector' });
  } else if (mode === 'kind') {
    const present = new Set(nodes.map((node) => (node.kind === 'ORGANISATION' ? node.organisationKind : node.kind)));
    for (const kind of organisationKinds)
      if (present.has(kind)) entries.push({ colour: organisationKindColours[kind], key: `enum.OrganisationKind.${kind}` });
    if (present.has('PERSON')) entries.push({ colour: nodeKindColours.PERSON, key: 'enum.NetworkNodeKind.PERSON' });
    if (present.has('BODY')) entries.push({ colour: nodeKindColours.BODY, key: 'enum.NetworkNodeKind.BODY' });
  } else {
    const communities = communitiesOf(nodes);
    for (const community of communities.filter((c) => c < communityColours.length))
      entries.push({ colour: communityColour(community), key: 'map.community', values: { number: community + 1 } });
    if (communities.some((c) => c >= communityColours.length)) entries.push({ colour: otherColour, key: 'map.legend.otherCommunities' });
  }
  return entries;
}
