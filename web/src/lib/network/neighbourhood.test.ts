import { describe, expect, it } from 'vitest';
import { adjacencyOf, nearestInDirection, neighbourhood, stepThrough, tiesWithin } from './neighbourhood.ts';

//  a — b — c — d      e (alone)
//       \  /
//        f
const ties = [
  { key: 'ab', source: 'a', target: 'b' },
  { key: 'bc', source: 'b', target: 'c' },
  { key: 'cd', source: 'c', target: 'd' },
  { key: 'bf', source: 'b', target: 'f' },
  { key: 'fc', source: 'f', target: 'c' },
  { key: 'ab2', source: 'b', target: 'a' },
];
const adjacency = adjacencyOf(['a', 'b', 'c', 'd', 'e', 'f'], ties);

describe('neighbourhood', () => {
  it('knows every actor, also those without ties, and each neighbour once', () => {
    expect([...(adjacency.get('e') ?? [])]).toEqual([]);
    expect([...(adjacency.get('a') ?? [])]).toEqual(['b']);
    expect([...(adjacency.get('b') ?? [])].sort()).toEqual(['a', 'c', 'f']);
  });

  it('reaches one or two steps, with the step each actor was reached in', () => {
    expect(Object.fromEntries(neighbourhood(adjacency, 'a', 1))).toEqual({ a: 0, b: 1 });
    expect(Object.fromEntries(neighbourhood(adjacency, 'a', 2))).toEqual({ a: 0, b: 1, c: 2, f: 2 });
    expect(Object.fromEntries(neighbourhood(adjacency, 'd', 2))).toEqual({ d: 0, c: 1, b: 2, f: 2 });
  });

  it('is the actor alone when it has no ties, and empty for an unknown actor', () => {
    expect(Object.fromEntries(neighbourhood(adjacency, 'e', 2))).toEqual({ e: 0 });
    expect(neighbourhood(adjacency, 'zz', 1).size).toBe(0);
  });

  it('keeps the ties inside a neighbourhood', () => {
    const inside = tiesWithin(ties, neighbourhood(adjacency, 'a', 1));
    expect(inside.map((tie) => tie.key)).toEqual(['ab', 'ab2']);
  });
});

describe('keyboard moves', () => {
  const points = [
    { id: 'centre', x: 100, y: 100 },
    { id: 'right-near', x: 140, y: 110 },
    { id: 'right-far', x: 300, y: 100 },
    { id: 'steep', x: 110, y: 200 },
    { id: 'up', x: 100, y: 20 },
  ];

  it('moves to the nearest actor in the arrow direction', () => {
    expect(nearestInDirection(points, 'centre', 'right')).toBe('right-near');
    expect(nearestInDirection(points, 'centre', 'down')).toBe('steep');
    expect(nearestInDirection(points, 'centre', 'up')).toBe('up');
    expect(nearestInDirection(points, 'centre', 'left')).toBeUndefined();
    expect(nearestInDirection(points, 'nobody', 'left')).toBeUndefined();
  });

  it('steps through a list in order and wraps round', () => {
    const order = ['a', 'b', 'c'];
    expect(stepThrough(order, undefined, 1)).toBe('a');
    expect(stepThrough(order, undefined, -1)).toBe('c');
    expect(stepThrough(order, 'c', 1)).toBe('a');
    expect(stepThrough(order, 'a', -1)).toBe('c');
    expect(stepThrough(order, 'gone', 1)).toBe('a');
    expect(stepThrough([], 'a', 1)).toBeUndefined();
  });
});
