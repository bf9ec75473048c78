import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors/domain-error.js';
import { cursor, toPage } from './connection.js';

describe('cursors', () => {
  it('continue after the item they point at', () => {
    expect(cursor.decode(cursor.encode(0))).toBe(1);
    expect(cursor.decode(cursor.encode(41))).toBe(42);
    expect(cursor.decode(undefined)).toBe(0);
  });

  it('reject anything that is not a cursor with a typed error', () => {
    expect(() => cursor.decode('bm9wZQ')).toThrow(DomainError);
  });

  it('page with one look-ahead row', () => {
    const page = toPage(['a', 'b', 'c'], 2, 10);
    expect(page.edges.map((e) => e.node)).toEqual(['a', 'b']);
    expect(page.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
  });
});
