/**
 * Compares message catalogues with the German one, the base of every
 * translation: the same ids, each a string in both. Used before every build
 * (scripts/check-catalogues.ts) and by the unit test beside it.
 */

/** The message ids of a nested catalogue as dotted paths, with their values. */
export function messageIds(catalogue: unknown, prefix = ''): Map<string, unknown> {
  const ids = new Map<string, unknown>();
  if (typeof catalogue !== 'object' || catalogue === null || Array.isArray(catalogue)) return ids;
  for (const [key, value] of Object.entries(catalogue)) {
    const id = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      for (const [inner, text] of messageIds(value, id)) ids.set(inner, text);
    } else {
      ids.set(id, value);
    }
  }
  return ids;
}

export interface CatalogueProblems {
  /** Ids German has and the catalogue lacks (or holds as something other than text). */
  missing: string[];
  /** Ids the catalogue has and German does not. */
  extra: string[];
  /** Ids whose text is empty. */
  empty: string[];
}

/** What a catalogue lacks or has too much compared with the German one. */
export function compareCatalogues(base: unknown, other: unknown): CatalogueProblems {
  const want = messageIds(base);
  const have = messageIds(other);
  const isText = (value: unknown) => typeof value === 'string';
  return {
    missing: [...want.keys()].filter((id) => !isText(have.get(id))),
    extra: [...have.keys()].filter((id) => !want.has(id)),
    empty: [...have.entries()].filter(([id, text]) => want.has(id) && isText(text) && !(text as string).trim()).map(([id]) => id),
  };
}

/** Whether nothing is wrong. */
export const isComplete = (problems: CatalogueProblems) =>
  problems.missing.length === 0 && problems.extra.length === 0 && problems.empty.length === 0;
