import { badInput } from '../errors/domain-error.js';

/**
 * How long a list field may get. Lists that grow with the data take a
 * `first` argument with a default and a maximum; lists bounded by
 * construction (a vocabulary, an enum) declare their bound as the field
 * extension `maxItems`. The cost limit multiplies by either, and a test
 * checks that no list field of the schema has neither.
 */
export interface ListSize {
  default: number;
  max: number;
}

/** The largest page any plain list field returns; connections page by at most `MAX_CONNECTION_PAGE`. */
export const MAX_PAGE = 500;
export const MAX_CONNECTION_PAGE = 100;

/** Page sizes of the lists in the schema, named by what they hold. */
export const listSizes = {
  /** Root lists of bodies, measures, agreements, goals, users, invitations, tandems. */
  root: { default: 100, max: MAX_PAGE },
  /** Members, representations, memberships, affiliations of one record. */
  people: { default: 100, max: MAX_PAGE },
  /** Measures, children, status history, documents, parties, indicators of one record. */
  items: { default: 100, max: MAX_PAGE },
} as const satisfies Record<string, ListSize>;

/** Upper bound of lists bounded by construction: tags from a vocabulary, facet values, contact channels. */
export const MAX_TAGS = 50;

/** The page size a list field was asked for, refused with a typed error beyond its maximum. */
export function pageSize(first: number | null | undefined, size: ListSize, field = 'first'): number {
  if (first === null || first === undefined) return size.default;
  if (!Number.isInteger(first) || first < 1 || first > size.max) {
    throw badInput(field, `must be between 1 and ${size.max}`, 'INVALID_PAGE_SIZE');
  }
  return first;
}

/** The description every `first` argument carries. */
export const firstDescription = (size: ListSize) => `At most this many (default ${size.default}, at most ${size.max}).`;

/** Options of a `first` argument: nullable, with the default and the maximum in its description. */
export const firstArg = (size: ListSize) => ({ nullable: true, defaultValue: size.default, description: firstDescription(size) }) as const;
