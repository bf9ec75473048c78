import { describe, expect, it } from 'vitest';
import { type CsvWords, edgesCsv, nodesCsv } from './network-export.ts';
import type { NetworkEdge, NetworkNode } from './network-model.ts';
import { testNode } from './test-network.ts';

const node = (id: string, label: string, values: Partial<NetworkNode> = {}): NetworkNode =>
  testNode(id, label, {
    x: 1.5,
    y: -2,
    degree: 1,
    weightedDegree: 2,
    betweenness: 0.25,
    neighbourSectors: ['WELFARE', 'FAITH'],
    ...values,
  });

const words: CsvWords = {
  nodeHeader: ['id', 'Name'],
  edgeHeader: ['id', 'Art'],
  kind: () => 'Verein',
  sector: (sector) => sector ?? '',
  edgeKind: (kind) => kind.toLowerCase(),
  yes: 'ja',
  no: 'nein',
};

describe('CSV export', () => {
  it('writes one row per actor, quoting names and joining the neighbour sectors', () => {
    const csv = nodesCsv([node('a', 'Verein "Brücke", Lindenau')], words, new Set(['a']));
    expect(csv).toBe('id,Name\r\na,"Verein ""Brücke"", Lindenau",Verein,CIVIL_SOCIETY,1,2,0.25,0,nein,0,WELFARE | FAITH,ja,1.5,-2\r\n');
  });

  it('writes the ties with both names and their reasons', () => {
    const edge: NetworkEdge = {
      key: 'CO_MEMBERSHIP:a:b',
      kind: 'CO_MEMBERSHIP',
      source: 'a',
      target: 'b',
      weight: 2,
      reasons: [
        { kind: 'BODY', id: 'g1', label: 'AG Arbeit, Sprache' },
        { kind: 'BODY', id: 'g2', label: '=Lenkungsgruppe' },
      ],
    };
    const byId = new Map([
      ['a', { label: 'A' }],
      ['b', { label: 'B' }],
    ]);
    expect(edgesCsv([edge], byId, words, new Set())).toBe(
      'id,Art\r\nCO_MEMBERSHIP:a:b,co_membership,a,A,b,B,2,"AG Arbeit, Sprache | =Lenkungsgruppe",nein\r\n',
    );
  });
});
