import { Extensions, Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar, UUIDScalar } from '../../graphql/scalars.js';
import { BodyKind } from '../body/body.enums.js';
import { OrganisationKind, Sector } from '../organisation/organisation.enums.js';

export enum NetworkNodeKind {
  ORGANISATION = 'ORGANISATION',
  PERSON = 'PERSON',
  BODY = 'BODY',
}
registerEnumType(NetworkNodeKind, { name: 'NetworkNodeKind' });

export enum NetworkEdgeKind {
  CO_MEMBERSHIP = 'CO_MEMBERSHIP',
  AGREEMENT = 'AGREEMENT',
  CO_ATTENDANCE = 'CO_ATTENDANCE',
  TANDEM = 'TANDEM',
  AFFILIATION = 'AFFILIATION',
  BODY_MEMBERSHIP = 'BODY_MEMBERSHIP',
  BODY_HIERARCHY = 'BODY_HIERARCHY',
}
registerEnumType(NetworkEdgeKind, {
  name: 'NetworkEdgeKind',
  valuesConfig: {
    CO_MEMBERSHIP: { description: 'Organisation–organisation: members in the same bodies; weight = shared bodies.' },
    AGREEMENT: { description: 'Organisation–organisation: parties of the same agreements in force; weight = shared agreements.' },
    CO_ATTENDANCE: {
      description: 'Organisation–organisation: present at the same meetings in the year before the day; weight = meetings.',
    },
    TANDEM: { description: 'The organisations of a body’s tandem leads; weight = bodies they lead together.' },
    AFFILIATION: { description: 'Person–organisation.' },
    BODY_MEMBERSHIP: { description: 'Organisation–body: it has members there; weight = members.' },
    BODY_HIERARCHY: { description: 'Body–the body it reports to.' },
  },
});

export enum NetworkReasonKind {
  BODY = 'BODY',
  AGREEMENT = 'AGREEMENT',
  MEETING = 'MEETING',
  AFFILIATION = 'AFFILIATION',
}
registerEnumType(NetworkReasonKind, { name: 'NetworkReasonKind' });

/** Most nodes and edges one answer holds; beyond them the answer is cut and says so. */
export const MAX_NETWORK_NODES = 20_000;
export const MAX_NETWORK_EDGES = 100_000;
/** Reasons listed per edge; the weight counts all of them. */
export const MAX_EDGE_REASONS = 10;

@InputType({ description: 'Which part of the network, on which day.' })
export class NetworkFilter {
  @Field(() => DateScalar, {
    nullable: true,
    description:
      'The network as it was on this day: memberships, affiliations and agreements in force then, meetings of the year before. Default today.',
  })
  at?: string | null;

  @Field(() => UUIDScalar, {
    nullable: true,
    description: 'Only organisations with a member in this body or a body below it on that day; with bodies shown, only these bodies.',
  })
  bodyId?: string | null;

  @Field(() => [UUIDScalar], { nullable: true })
  districtIds?: string[] | null;

  @Field(() => [UUIDScalar], { nullable: true })
  fieldOfActionIds?: string[] | null;

  @Field(() => [OrganisationKind], { nullable: true })
  kinds?: OrganisationKind[] | null;

  @Field(() => [Sector], { nullable: true })
  sectors?: Sector[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Show people (with their affiliations) as nodes too. Default false.' })
  includePeople?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Show bodies (with body membership and hierarchy) as nodes too. Default false.' })
  includeBodies?: boolean | null;

  @Field(() => [NetworkEdgeKind], { nullable: true, description: 'Only edges of these kinds (default all).' })
  edgeKinds?: NetworkEdgeKind[] | null;
}

@ObjectType('NetworkReason', { simpleResolvers: true, description: 'A body, agreement or meeting an edge stands for.' })
export class NetworkReasonView {
  @Field(() => NetworkReasonKind)
  kind!: NetworkReasonKind;

  @Field(() => UUIDScalar)
  id!: string;

  @Field(() => String)
  label!: string;
}

@ObjectType('NetworkNode', { simpleResolvers: true, description: 'An actor on the map: an organisation, a person or a body.' })
export class NetworkNodeView {
  @Field(() => UUIDScalar, { description: 'The record’s id (organisation, person or body).' })
  id!: string;

  @Field(() => NetworkNodeKind)
  kind!: NetworkNodeKind;

  @Field(() => String)
  label!: string;

  @Field(() => OrganisationKind, { nullable: true, description: 'Organisations only.' })
  organisationKind!: OrganisationKind | null;

  @Field(() => Sector, { nullable: true, description: 'Organisations, and people by their organisation.' })
  sector!: Sector | null;

  @Field(() => BodyKind, { nullable: true, description: 'Bodies only.' })
  bodyKind!: BodyKind | null;

  @Field(() => Float, { description: 'Layout position (ForceAtlas2, computed on the server and cached with the network version).' })
  x!: number;

  @Field(() => Float)
  y!: number;

  @Field(() => Int, { description: 'Neighbours, whatever the kind of edge.' })
  degree!: number;

  @Field(() => Float, { description: 'Sum of the weights of its edges.' })
  weightedDegree!: number;

  @Field(() => Float, { description: 'Normalised betweenness centrality, 0..1 (estimated from a sample of sources above 2,000 nodes).' })
  betweenness!: number;

  @Field(() => Int, { description: 'Louvain community; 0 is the largest.' })
  community!: number;

  @Field(() => Boolean, { description: 'No edges at all in the map shown.' })
  isolated!: boolean;

  @Field(() => Int, { description: 'How many communities other than its own its neighbours belong to.' })
  bridgedCommunities!: number;

  @Field(() => [Sector], { description: 'Sectors of its organisation neighbours.' })
  @Extensions({ maxItems: Object.keys(Sector).length })
  neighbourSectors!: Sector[];

  @Field(() => [OrganisationKind], { description: 'Kinds of its organisation neighbours.' })
  @Extensions({ maxItems: Object.keys(OrganisationKind).length })
  neighbourKinds!: OrganisationKind[];
}

@ObjectType('NetworkEdge', { simpleResolvers: true, description: 'A typed tie between two nodes, with what it stands for.' })
export class NetworkEdgeView {
  @Field(() => String, { description: 'kind:source:target; an edge is not a record of its own, so it has a key rather than an id.' })
  key!: string;

  @Field(() => NetworkEdgeKind)
  kind!: NetworkEdgeKind;

  @Field(() => UUIDScalar)
  source!: string;

  @Field(() => UUIDScalar)
  target!: string;

  @Field(() => Int)
  weight!: number;

  @Field(() => [NetworkReasonView], {
    description: `The bodies, agreements or meetings it stands for (at most ${MAX_EDGE_REASONS}; the weight counts all).`,
  })
  @Extensions({ maxItems: MAX_EDGE_REASONS })
  reasons!: NetworkReasonView[];
}

@ObjectType('NetworkSummary', { simpleResolvers: true })
export class NetworkSummaryView {
  @Field(() => Int)
  nodeCount!: number;

  @Field(() => Int)
  edgeCount!: number;

  @Field(() => Int)
  organisationCount!: number;

  @Field(() => Int)
  isolatedCount!: number;

  @Field(() => Int, { description: 'Communities of two or more nodes.' })
  communityCount!: number;

  @Field(() => Float)
  density!: number;

  @Field(() => Float, { description: 'Share of organisation–organisation edges that join different sectors, 0..1.' })
  crossSectorShare!: number;

  @Field(() => Float, { description: 'Newman’s sector assortativity of organisation–organisation edges, −1..1; low means sectors mix.' })
  sectorAssortativity!: number;

  @Field(() => Float, { description: 'Modularity of the Louvain communities.' })
  modularity!: number;
}

@ObjectType('BodySectorMixing', { simpleResolvers: true, description: 'How many sectors the organisations of a body’s members come from.' })
export class BodySectorMixingView {
  @Field(() => UUIDScalar)
  bodyId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Int)
  organisationCount!: number;

  @Field(() => Int)
  sectorCount!: number;

  @Field(() => Float, { description: 'Blau index 1 − Σ pᵢ² over the sectors of the organisations its members act for; 0 = one sector.' })
  blau!: number;
}

@ObjectType('NetworkNodeRef', { simpleResolvers: true })
export class NetworkNodeRefView {
  @Field(() => UUIDScalar)
  id!: string;

  @Field(() => NetworkNodeKind)
  kind!: NetworkNodeKind;

  @Field(() => String)
  label!: string;
}

@ObjectType('NetworkEdgeRef', { simpleResolvers: true })
export class NetworkEdgeRefView {
  @Field(() => String)
  key!: string;

  @Field(() => NetworkEdgeKind)
  kind!: NetworkEdgeKind;

  @Field(() => UUIDScalar)
  source!: string;

  @Field(() => UUIDScalar)
  target!: string;

  @Field(() => String)
  sourceLabel!: string;

  @Field(() => String)
  targetLabel!: string;
}

@ObjectType('NetworkChanges', {
  simpleResolvers: true,
  description: 'What changed between an earlier day and the day shown, with the same filter.',
})
export class NetworkChangesView {
  @Field(() => DateScalar)
  since!: string;

  @Field(() => [UUIDScalar], { description: 'Nodes there now but not then.' })
  @Extensions({ maxItems: MAX_NETWORK_NODES })
  newNodeIds!: string[];

  @Field(() => [NetworkNodeRefView], { description: 'Nodes there then but not now.' })
  @Extensions({ maxItems: MAX_NETWORK_NODES })
  goneNodes!: NetworkNodeRefView[];

  @Field(() => [String], { description: 'Keys of the edges there now but not then.' })
  @Extensions({ maxItems: MAX_NETWORK_EDGES })
  newEdgeKeys!: string[];

  @Field(() => [NetworkEdgeRefView], { description: 'Edges there then but not now.' })
  @Extensions({ maxItems: MAX_NETWORK_EDGES })
  goneEdges!: NetworkEdgeRefView[];
}

@ObjectType('Network', { description: 'The network as a graph, as the reader may see it.' })
export class NetworkView {
  @Field(() => DateScalar, { description: 'The day shown.' })
  at!: string;

  @Field(() => String, {
    description: 'Changes whenever the graph as this reader sees it changes; metrics and positions are cached under it.',
  })
  version!: string;

  @Field(() => Boolean, {
    description: `True when the network has more than ${MAX_NETWORK_NODES.toLocaleString('en')} nodes or ${MAX_NETWORK_EDGES.toLocaleString('en')} edges; the answer holds the first ones.`,
  })
  truncated!: boolean;

  @Field(() => [NetworkNodeView])
  @Extensions({ maxItems: MAX_NETWORK_NODES, flatCost: 1000 })
  nodes!: NetworkNodeView[];

  @Field(() => [NetworkEdgeView])
  @Extensions({ maxItems: MAX_NETWORK_EDGES, flatCost: 1000 })
  edges!: NetworkEdgeView[];

  @Field(() => NetworkSummaryView)
  summary!: NetworkSummaryView;

  @Field(() => [BodySectorMixingView], {
    description: 'Sector mixing per body with members from the organisations shown, most mixed first.',
  })
  @Extensions({ maxItems: MAX_NETWORK_NODES, flatCost: 200 })
  bodyMixing!: BodySectorMixingView[];

  /** How the graph was asked for, so `changes` can ask again for another day. */
  filter!: NetworkFilter;
}
