import Graph from 'graphology';
import { write as writeGexf } from 'graphology-gexf/browser';
import type { ColourMode, SizeMetric } from './map-params.ts';
import { edgeSize, type NetworkEdge, type NetworkNode, nodeColour, nodeSizes } from './network-model.ts';
import { edgeKindColours } from './palette.ts';

/*
 * The network as a graphology graph: for sigma, and for the GEXF export. Loaded
 * on demand with the map, so other pages do not carry graphology.
 */

/** What sigma reads from a node: the server's position as it is, and the look. */
export interface MapNodeAttributes {
  x: number;
  y: number;
  label: string;
  size: number;
  color: string;
  shape: 'circle' | 'triangle' | 'square';
  node: NetworkNode;
}

export interface MapEdgeAttributes {
  size: number;
  color: string;
  edge: NetworkEdge;
}

export type MapGraph = Graph<MapNodeAttributes, MapEdgeAttributes>;

/** Organisations are circles, people triangles, bodies squares: told apart without colour. */
export const shapeOf = (node: Pick<NetworkNode, 'kind'>): MapNodeAttributes['shape'] =>
  node.kind === 'PERSON' ? 'triangle' : node.kind === 'BODY' ? 'square' : 'circle';

/**
 * Builds the graph of a network answer. Several ties of different kinds may
 * join the same two actors, so the graph is an undirected multigraph keyed by
 * the ties' keys; ties to actors missing from the answer (it may be truncated)
 * are left out.
 */
export function buildGraph(nodes: readonly NetworkNode[], edges: readonly NetworkEdge[], colour: ColourMode, size: SizeMetric): MapGraph {
  const graph: MapGraph = new Graph({ type: 'undirected', multi: true, allowSelfLoops: false });
  const sizes = nodeSizes(nodes, size);
  for (const node of nodes) {
    if (graph.hasNode(node.id)) continue;
    graph.addNode(node.id, {
      x: node.x,
      y: node.y,
      label: node.label,
      size: sizes.get(node.id) ?? 4,
      color: nodeColour(node, colour),
      shape: shapeOf(node),
      node,
    });
  }
  for (const edge of edges) {
    if (edge.source === edge.target || !graph.hasNode(edge.source) || !graph.hasNode(edge.target) || graph.hasEdge(edge.key)) continue;
    graph.addEdgeWithKey(edge.key, edge.source, edge.target, { size: edgeSize(edge.weight), color: edgeKindColours[edge.kind], edge });
  }
  return graph;
}

/** Recolours and resizes the nodes in place, for a new "colour by" or "size by". */
export function restyleGraph(graph: MapGraph, colour: ColourMode, size: SizeMetric): void {
  const nodes = graph.mapNodes((_, attributes) => attributes.node);
  const sizes = nodeSizes(nodes, size);
  graph.updateEachNodeAttributes((key, attributes) => ({
    ...attributes,
    color: nodeColour(attributes.node, colour),
    size: sizes.get(key) ?? attributes.size,
  }));
}

/**
 * The graph as GEXF 1.3 for Gephi and the like: positions, colours and sizes as
 * shown, and the metrics and kinds (as the API's codes) as attributes.
 */
export function toGexf(graph: MapGraph, newNodeIds: ReadonlySet<string>, newEdgeKeys: ReadonlySet<string>): string {
  return writeGexf(graph, {
    version: '1.3',
    formatNode: (_key, attributes) => {
      const { node } = attributes;
      return {
        label: attributes.label,
        viz: { x: attributes.x, y: attributes.y, size: attributes.size, color: attributes.color },
        attributes: {
          kind: node.kind,
          organisationKind: node.organisationKind ?? '',
          sector: node.sector ?? '',
          bodyKind: node.bodyKind ?? '',
          degree: node.degree,
          weightedDegree: node.weightedDegree,
          betweenness: node.betweenness,
          community: node.community,
          isolated: node.isolated,
          bridgedCommunities: node.bridgedCommunities,
          neighbourSectors: node.neighbourSectors.join('|'),
          neighbourKinds: node.neighbourKinds.join('|'),
          new: newNodeIds.has(node.id),
        },
      };
    },
    formatEdge: (_key, attributes) => {
      const { edge } = attributes;
      return {
        weight: edge.weight,
        viz: { color: attributes.color, thickness: attributes.size },
        attributes: {
          kind: edge.kind,
          reasons: edge.reasons.map((reason) => reason.label).join('|'),
          new: newEdgeKeys.has(edge.key),
        },
      };
    },
  });
}
