import { isDeepStrictEqual } from 'node:util';
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const vocabularies = new Set(['fieldsOfAction', 'districts', 'languages', 'targetGroups']);

/**
 * Within each run of neighbours that share the ordering key, sort by id: the
 * query fixes the order of the keys, not of equal keys among themselves.
 */
function sortTies(list: Json[], key: (item: any) => string): Json[] {
  const out: Json[] = [];
  let run: any[] = [];
  const flush = () => {
    out.push(...run.sort((a, b) => String(a.id).localeCompare(String(b.id))));
    run = [];
  };
  for (const item of list) {
    if (run.length && key(run[0]) !== key(item)) flush();
    run.push(item);
  }
  flush();
  return out;
}

/**
 * The answer with every order the query does not define made canonical:
 * vocabulary lists (unordered in the API) by id; members with the same role
 * and family name, and affiliations with the same names, by id.
 */
export function normalise(value: Json, field?: string): Json {
  if (Array.isArray(value)) {
    let list = value.map((v) => normalise(v));
    if (field && vocabularies.has(field)) list = [...list].sort((a: any, b: any) => String(a.id).localeCompare(String(b.id)));
    if (field === 'members') list = sortTies(list, (m) => `${m.role}\u0000${m.person?.familyName}`);
    if (field === 'affiliations') list = sortTies(list, (a) => `${a.person?.familyName}\u0000${a.person?.givenName}`);
    return list;
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalise(v, k)]));
  }
  return value;
}

const show = (v: unknown) => {
  const text = JSON.stringify(v);
  return text === undefined ? 'undefined' : text.length > 160 ? `${text.slice(0, 157)}...` : text;
};

const label = (item: any) => item?.name ?? (item?.person ? `${item.person.givenName} ${item.person.familyName}` : (item?.id ?? show(item)));

/**
 * Readable differences between two answers: for lists of records with ids,
 * the records only one side has (by id and name), then field by field.
 */
export function differences(a: Json, b: Json, names: [string, string], path = 'data', out: string[] = []): string[] {
  if (isDeepStrictEqual(a, b)) return out;
  if (Array.isArray(a) && Array.isArray(b)) {
    const ids = (list: Json[]) => list.map((x: any) => x?.id).filter((id) => typeof id === 'string');
    if (ids(a).length === a.length && ids(b).length === b.length) {
      const inB = new Set(ids(b));
      const inA = new Set(ids(a));
      const onlyA = a.filter((x: any) => !inB.has(x.id));
      const onlyB = b.filter((x: any) => !inA.has(x.id));
      if (onlyA.length) out.push(`${path}: ${onlyA.length} only in ${names[0]}: ${onlyA.map(label).join('; ')}`);
      if (onlyB.length) out.push(`${path}: ${onlyB.length} only in ${names[1]}: ${onlyB.map(label).join('; ')}`);
      const commonA = a.filter((x: any) => inB.has(x.id));
      const commonB = b.filter((x: any) => inA.has(x.id));
      const order = (list: Json[]) => list.map((x: any) => x.id).join();
      if (order(commonA) !== order(commonB)) out.push(`${path}: the records both have come in a different order`);
      const byId = new Map(commonB.map((x: any) => [x.id, x]));
      for (const x of commonA as any[]) differences(x, byId.get(x.id), names, `${path}[${label(x)}]`, out);
      return out;
    }
    if (a.length !== b.length) out.push(`${path}: ${a.length} entries in ${names[0]}, ${b.length} in ${names[1]}`);
    for (let i = 0; i < Math.min(a.length, b.length); i++) differences(a[i] as Json, b[i] as Json, names, `${path}[${i}]`, out);
    return out;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      differences((a as any)[key], (b as any)[key], names, `${path}.${key}`, out);
    }
    return out;
  }
  out.push(`${path}: ${show(a)} in ${names[0]}, ${show(b)} in ${names[1]}`);
  return out;
}

/** One server's answer to a shape, as fetched before the load. */
export interface Answer {
  server: string;
  data: Json;
}

/** The pairs of servers whose normalised answers differ, each with readable differences. */
export function compareAnswers(answers: Answer[]): { pair: [string, string]; lines: string[] }[] {
  const normalised = answers.map((a) => ({ ...a, data: normalise(a.data) }));
  const found: { pair: [string, string]; lines: string[] }[] = [];
  for (let i = 0; i < normalised.length; i++) {
    for (let j = i + 1; j < normalised.length; j++) {
      const [a, b] = [normalised[i] as Answer, normalised[j] as Answer];
      const lines = differences(a.data, b.data, [a.server, b.server]);
      if (lines.length) found.push({ pair: [a.server, b.server], lines });
    }
  }
  return found;
}
