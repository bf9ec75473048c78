/** A tie as the neighbourhood helpers need it. */
export interface Tie {
  key: string;
  source: string;
  target: string;
}

/** Who is tied to whom (ties of any kind, both directions). */
export type Adjacency = ReadonlyMap<string, ReadonlySet<string>>;

/** The neighbours of every actor; actors without ties map to an empty set. */
export function adjacencyOf(nodeIds: Iterable<string>, ties: Iterable<Tie>): Adjacency {
  const adjacency = new Map<string, Set<string>>();
  for (const id of nodeIds) adjacency.set(id, new Set());
  const add = (from: string, to: string) => {
    let set = adjacency.get(from);
    if (!set) {
      set = new Set();
      adjacency.set(from, set);
    }
    if (from !== to) set.add(to);
  };
  for (const tie of ties) {
    add(tie.source, tie.target);
    add(tie.target, tie.source);
  }
  return adjacency;
}

/** An actor and everyone up to `depth` steps away from it, with the step each was reached in (0 for the actor). */
export function neighbourhood(adjacency: Adjacency, centre: string, depth: number): Map<string, number> {
  const reached = new Map<string, number>();
  if (!adjacency.has(centre)) return reached;
  reached.set(centre, 0);
  let frontier = [centre];
  for (let step = 1; step <= depth && frontier.length > 0; step++) {
    const next: string[] = [];
    for (const id of frontier)
      for (const neighbour of adjacency.get(id) ?? [])
        if (!reached.has(neighbour)) {
          reached.set(neighbour, step);
          next.push(neighbour);
        }
    frontier = next;
  }
  return reached;
}

/** The ties with both ends inside a set of actors: the ties of a focused neighbourhood. */
export function tiesWithin<T extends Tie>(ties: Iterable<T>, members: { has(id: string): boolean }): T[] {
  const inside: T[] = [];
  for (const tie of ties) if (members.has(tie.source) && members.has(tie.target)) inside.push(tie);
  return inside;
}

/** A point of the map, in screen coordinates (y grows downwards). */
export interface ScreenPoint {
  id: string;
  x: number;
  y: number;
}

export type Direction = 'up' | 'down' | 'left' | 'right';

/**
 * The nearest actor in a direction, for moving through the map with the arrow
 * keys: among those within 60° of the direction, the one with the smallest
 * distance, where sideways distance counts double. Undefined when there is none.
 */
export function nearestInDirection(points: readonly ScreenPoint[], fromId: string, direction: Direction): string | undefined {
  const from = points.find((point) => point.id === fromId);
  if (!from) return undefined;
  const [ax, ay] = { up: [0, -1], down: [0, 1], left: [-1, 0], right: [1, 0] }[direction] as [number, number];
  let best: string | undefined;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const point of points) {
    if (point.id === fromId) continue;
    const dx = point.x - from.x;
    const dy = point.y - from.y;
    const along = dx * ax + dy * ay;
    const across = Math.abs(dx * ay - dy * ax);
    // Within 60° either side of the direction: tan(60°) ≈ 1.732.
    if (along <= 0 || across > along * 1.732) continue;
    const score = along + 2 * across;
    if (score < bestScore) {
      best = point.id;
      bestScore = score;
    }
  }
  return best;
}

/** The next (or previous) id in a list, wrapping round; the first (or last) when `current` is not in it. */
export function stepThrough(order: readonly string[], current: string | undefined, step: 1 | -1): string | undefined {
  if (order.length === 0) return undefined;
  const index = current === undefined ? -1 : order.indexOf(current);
  if (index === -1) return step === 1 ? order[0] : order[order.length - 1];
  return order[(index + step + order.length) % order.length];
}
