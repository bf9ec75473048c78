import { describe, expect, it } from 'vitest';
import { colourLegend, edgeSize, indexNetwork, NODE_SIZE, nodeColour, nodeSizes, otherEnd, searchActors } from './network-model.ts';
import { communityColours, otherColour, sectorColours } from './palette.ts';
import { testEdge, testNode } from './test-network.ts';

const node = testNode;
const edge = testEdge;

describe('network model', () => {
  it('indexes ties per actor and orders actors by label', () => {
    const index = indexNetwork([node('b', 'Zentrum'), node('a', 'Ämter'), node('c', 'Bund')], [edge('a', 'b'), edge('b', 'c')]);
    expect(index.labelOrder).toEqual(['a', 'c', 'b']);
    expect(index.edgesOf.get('b')?.length).toBe(2);
    expect([...(index.adjacency.get('a') ?? [])]).toEqual(['b']);
    expect(otherEnd(edge('a', 'b'), 'b')).toBe('a');
  });

  it('colours by sector, kind or community, with a grey for what has none', () => {
    const body = node('x', 'AG', { kind: 'BODY', organisationKind: null, sector: null, community: 40 });
    expect(nodeColour(node('a', 'A', { sector: 'WELFARE' }), 'sector')).toBe(sectorColours.WELFARE);
    expect(nodeColour(body, 'sector')).toBe(otherColour);
    expect(nodeColour(body, 'community')).toBe(otherColour);
    expect(nodeColour(node('a', 'A', { community: 1 }), 'community')).toBe(communityColours[1]);
    expect(nodeColour(body, 'kind')).not.toBe(otherColour);
  });

  it('sizes by the square root of the metric, everyone small when all are 0', () => {
    const sizes = nodeSizes([node('a', 'A', { degree: 0 }), node('b', 'B', { degree: 4 }), node('c', 'C', { degree: 1 })], 'degree');
    expect(sizes.get('a')).toBe(NODE_SIZE.min);
    expect(sizes.get('b')).toBe(NODE_SIZE.max);
    expect(sizes.get('c')).toBeCloseTo(NODE_SIZE.min + (NODE_SIZE.max - NODE_SIZE.min) / 2);
    expect(nodeSizes([node('a', 'A')], 'betweenness').get('a')).toBe(NODE_SIZE.min);
  });

  it('draws heavier ties thicker, within bounds', () => {
    expect(edgeSize(1)).toBe(1);
    expect(edgeSize(4)).toBe(3);
    expect(edgeSize(10_000)).toBe(6);
  });
});

describe('searchActors', () => {
  const nodes = [
    node('1', 'Bürgerverein Lindenau'),
    node('2', 'Caritasverband Lindenau e. V.'),
    node('3', 'Verein der Caritas-Freunde'),
    node('4', 'Jobcenter'),
  ];

  it('finds every word anywhere, ignoring case and accents, labels starting with the search first', () => {
    expect(searchActors(nodes, 'caritas').map((n) => n.id)).toEqual(['2', '3']);
    expect(searchActors(nodes, 'burger lindenau').map((n) => n.id)).toEqual(['1']);
    expect(searchActors(nodes, 'lindenau').map((n) => n.id)).toEqual(['1', '2']);
  });

  it('finds nothing for an empty search, and stops at the limit', () => {
    expect(searchActors(nodes, '   ')).toEqual([]);
    expect(searchActors(nodes, 'e', 2)).toHaveLength(2);
  });
});

describe('colourLegend', () => {
  it('lists the sectors present in the UI order, and grey for actors without one', () => {
    const nodes = [
      node('a', 'A', { sector: 'WELFARE' }),
      node('b', 'B', { sector: 'PUBLIC_ADMINISTRATION' }),
      node('c', 'C', { kind: 'BODY', sector: null }),
    ];
    expect(colourLegend(nodes, 'sector').map((e) => e.key)).toEqual([
      'enum.Sector.PUBLIC_ADMINISTRATION',
      'enum.Sector.WELFARE',
      'map.legend.noSector',
    ]);
  });

  it('lists kinds with people and bodies, and puts communities beyond the palette together', () => {
    const nodes = [node('a', 'A'), node('p', 'P', { kind: 'PERSON', organisationKind: null }), node('x', 'X', { community: 30 })];
    expect(colourLegend(nodes, 'kind').map((e) => e.key)).toEqual(['enum.OrganisationKind.ASSOCIATION', 'enum.NetworkNodeKind.PERSON']);
    const communities = colourLegend(nodes, 'community');
    expect(communities.map((e) => e.values?.number ?? e.key)).toEqual([1, 'map.legend.otherCommunities']);
  });
});
