import { type BodyKind, bodyKinds } from '#lib/graphql/enums.ts';

/** The least a body needs to take its place in the chart. */
export interface BodyLike {
  id: string;
  name: string;
  kind: BodyKind;
  ended: boolean;
  parent: { id: string } | null | undefined;
}

export interface BodyTreeNode<B extends BodyLike> {
  body: B;
  children: BodyTreeNode<B>[];
}

/** The organisation chart: steering committees with everything below them, and the bodies beside them. */
export interface BodyChart<B extends BodyLike> {
  /** Steering committees at the top, with their working groups and sub-groups. */
  structure: BodyTreeNode<B>[];
  /** Bodies without a parent that are not steering committees: councils, forums, round tables, the office. */
  others: BodyTreeNode<B>[];
}

const kindRank = (kind: BodyKind) => bodyKinds.indexOf(kind);

/** Current bodies before ended ones, then by kind (working groups before sub-groups…), then by name. */
function compare(a: BodyLike, b: BodyLike): number {
  return Number(a.ended) - Number(b.ended) || kindRank(a.kind) - kindRank(b.kind) || a.name.localeCompare(b.name, 'de');
}

/**
 * Builds the chart from the flat list the API returns. A body whose parent is
 * not in the list (hidden from visitors, or ended and not asked for) becomes a
 * root of its own, so no body is ever lost.
 */
export function buildBodyChart<B extends BodyLike>(bodies: readonly B[]): BodyChart<B> {
  const ids = new Set(bodies.map((b) => b.id));
  const childrenOf = new Map<string, B[]>();
  const roots: B[] = [];
  for (const body of bodies) {
    const parentId = body.parent?.id;
    if (parentId && parentId !== body.id && ids.has(parentId)) childrenOf.set(parentId, [...(childrenOf.get(parentId) ?? []), body]);
    else roots.push(body);
  }

  const placed = new Set<string>();
  const node = (body: B): BodyTreeNode<B> => {
    placed.add(body.id);
    const children = (childrenOf.get(body.id) ?? []).filter((child) => !placed.has(child.id)).sort(compare);
    return { body, children: children.map(node) };
  };

  const sortedRoots = [...roots].sort(compare);
  const structure = sortedRoots.filter((b) => b.kind === 'STEERING_COMMITTEE').map(node);
  const others = sortedRoots.filter((b) => b.kind !== 'STEERING_COMMITTEE').map(node);
  // A parent cycle would leave bodies unreached; show them beside the structure rather than not at all.
  for (const body of [...bodies].sort(compare)) if (!placed.has(body.id)) others.push(node(body));
  return { structure, others };
}
