import { differences, type Json } from '../peers/compare.ts';

const tagLists = new Set(['districts', 'languages', 'fieldsOfAction', 'targetGroups']);

/**
 * An answer with the orders the API leaves open made canonical: facet counts
 * by count, then value (the API orders by count only); tag and language lists
 * by id (ordered by position in both, but equal positions may tie).
 */
export function normalise(value: Json, field?: string): Json {
  if (Array.isArray(value)) {
    const list = value.map((v) => normalise(v));
    const facet = list.every((x: any) => x && typeof x === 'object' && 'value' in x && 'count' in x);
    if (facet && list.length)
      return [...list].sort((a: any, b: any) => b.count - a.count || String(a.value).localeCompare(String(b.value)));
    if (field && tagLists.has(field)) return [...list].sort((a: any, b: any) => String(a.id).localeCompare(String(b.id)));
    return list;
  }
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalise(v, k)]));
  return value;
}

/** Readable differences between two servers' answers to the same search, after `normalise`. */
export function compare(a: { server: string; data: Json }, b: { server: string; data: Json }): string[] {
  return differences(normalise(a.data), normalise(b.data), [a.server, b.server]);
}
