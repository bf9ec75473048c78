import { Arg, Ctx, Extensions, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Actor } from '../../auth/actor.js';
import { policy } from '../../auth/policy.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { DateScalar } from '../../graphql/scalars.js';
import type { RawGraph } from './network.read.js';
import {
  BodySectorMixingView,
  NetworkChangesView,
  NetworkEdgeRefView,
  NetworkEdgeView,
  NetworkFilter,
  NetworkNodeRefView,
  NetworkNodeView,
  NetworkReasonView,
  NetworkSummaryView,
  NetworkView,
} from './network.types.js';

/** Whose earlier maps may seed a layout: visitors share one, admins (who see everything) one, every other member their own. */
function audienceOf(actor: Actor): string {
  if (actor.kind !== 'user') return 'public';
  return policy.isAdmin(actor) ? 'admin' : `user:${actor.userId}`;
}

@Resolver(() => NetworkView)
export class NetworkResolver {
  @Query(() => NetworkView, {
    description:
      'The network as a graph for a filter, as it was on a day (default today): organisations, optionally people and bodies, typed edges with their reasons, metrics and a cached layout. Every node and edge passes its read rule.',
  })
  // The whole graph, however large (at most 20,000 nodes): a quarter of the cost limit, so one request holds at most a few.
  @Extensions({ flatCost: 25_000 })
  async network(@Ctx() ctx: GraphQLContext, @Arg('filter', () => NetworkFilter, { nullable: true }) filter: NetworkFilter | null) {
    const raw = await ctx.read.network.graph(filter);
    const computed = await ctx.services.network.of(raw.version, audienceOf(ctx.actor), {
      nodes: raw.nodes.map((n) => ({ id: n.id, kind: n.kind, sector: n.sector, organisationKind: n.organisationKind })),
      edges: raw.edges.map((e) => ({ kind: e.kind, source: e.source, target: e.target, weight: e.weight })),
    });
    const view = new NetworkView();
    view.at = raw.at;
    view.version = raw.version;
    view.truncated = raw.truncated;
    view.filter = filter ?? {};
    view.nodes = raw.nodes.map((n, i) => Object.assign(new NetworkNodeView(), n, computed.nodes[i]));
    view.edges = raw.edges.map((e) =>
      Object.assign(new NetworkEdgeView(), e, { reasons: e.reasons.map((r) => Object.assign(new NetworkReasonView(), r)) }),
    );
    view.summary = Object.assign(new NetworkSummaryView(), computed.summary);
    view.bodyMixing = raw.bodyMixing.map((b) => Object.assign(new BodySectorMixingView(), b));
    return view;
  }

  @FieldResolver(() => NetworkChangesView, { description: 'What changed since an earlier day, with the same filter.' })
  @Extensions({ flatCost: 1000 })
  async changes(@Ctx() ctx: GraphQLContext, @Root() network: NetworkView, @Arg('since', () => DateScalar) since: string) {
    const then = await ctx.read.network.graph(network.filter, since);
    return compare(then, network);
  }
}

function compare(then: RawGraph, now: NetworkView): NetworkChangesView {
  const nowNodes = new Set(now.nodes.map((n) => n.id));
  const thenNodes = new Map(then.nodes.map((n) => [n.id, n]));
  const nowEdges = new Set(now.edges.map((e) => e.key));
  const thenEdges = new Set(then.edges.map((e) => e.key));
  const labelOf = (id: string) => thenNodes.get(id)?.label ?? '';
  return Object.assign(new NetworkChangesView(), {
    since: then.at,
    newNodeIds: now.nodes.filter((n) => !thenNodes.has(n.id)).map((n) => n.id),
    goneNodes: then.nodes
      .filter((n) => !nowNodes.has(n.id))
      .map((n) => Object.assign(new NetworkNodeRefView(), { id: n.id, kind: n.kind, label: n.label })),
    newEdgeKeys: now.edges.filter((e) => !thenEdges.has(e.key)).map((e) => e.key),
    goneEdges: then.edges
      .filter((e) => !nowEdges.has(e.key))
      .map((e) =>
        Object.assign(new NetworkEdgeRefView(), {
          key: e.key,
          kind: e.kind,
          source: e.source,
          target: e.target,
          sourceLabel: labelOf(e.source),
          targetLabel: labelOf(e.target),
        }),
      ),
  });
}
