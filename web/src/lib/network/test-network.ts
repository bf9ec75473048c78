import type { NetworkEdge, NetworkNode } from './network-model.ts';

/** An organisation node for unit tests: no ties, no metrics, unless given. */
export const testNode = (id: string, label: string, values: Partial<NetworkNode> = {}): NetworkNode => ({
  id,
  kind: 'ORGANISATION',
  label,
  organisationKind: 'ASSOCIATION',
  sector: 'CIVIL_SOCIETY',
  bodyKind: null,
  x: 0,
  y: 0,
  degree: 0,
  weightedDegree: 0,
  betweenness: 0,
  community: 0,
  isolated: false,
  bridgedCommunities: 0,
  neighbourSectors: [],
  neighbourKinds: [],
  ...values,
});

/** A co-membership tie for unit tests. */
export const testEdge = (source: string, target: string): NetworkEdge => ({
  key: `CO_MEMBERSHIP:${source}:${target}`,
  kind: 'CO_MEMBERSHIP',
  source,
  target,
  weight: 1,
  reasons: [],
});
