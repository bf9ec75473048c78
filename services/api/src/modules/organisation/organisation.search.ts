import type { Actor } from '../../auth/actor.js';
import { policy } from '../../auth/policy.js';
import { readRules } from '../../auth/read-rules.js';
import { type Sql, sql } from '../../db/sql.js';
import { parseDirectoryQuery, searchWords } from '../directory/directory-query.js';
import type { DirectorySearch, DirectorySubject } from '../directory/directory-search.js';
import { type OrganisationFilterData, Staleness } from './organisation.inputs.js';

export type { Dimension, FacetRow } from '../directory/directory-search.js';

/**
 * Turns free text into a prefix query: "Sprachkurs arab" matches
 * "Sprachkurse auf Arabisch". Only letters and digits reach the query.
 */
export function toTsQuery(search: string | null | undefined): string | undefined {
  const words = searchWords(search);
  return words.length ? words.map((w) => `${w}:*`).join(' & ') : undefined;
}

export interface SearchOptions {
  filter: OrganisationFilterData;
  actor: Actor;
  staleAfterDays: number;
}

/** Organisations as the directory searches them, under the alias `o`. */
function organisationSubject({ actor, staleAfterDays }: SearchOptions): DirectorySubject<OrganisationFilterData> {
  return {
    table: 'organisation',
    enums: [
      { dimension: 'kind', column: 'kind', values: (f) => f.kinds },
      { dimension: 'sector', column: 'sector', values: (f) => f.sectors },
    ],
    nameColumn: 'name',
    conditions(filter) {
      const conditions: Sql[] = [readRules.organisation(actor, 'o')];
      // Members see archived organisations only when they ask for them.
      if (policy.readInternal(actor) && !filter.includeArchived) conditions.push(sql`o.archived_at is null`);
      if (filter.ids?.length) conditions.push(sql`o.id = any(${filter.ids}::uuid[])`);
      if (filter.staleness) {
        const op = sql.raw(filter.staleness === Staleness.STALE ? '<' : '>=');
        conditions.push(sql`o.last_confirmed_at ${op} now() - make_interval(days => ${staleAfterDays})`);
      }
      return conditions;
    },
  };
}

/**
 * A directory search of organisations: the words of the search text match
 * the German profile, its translations and the names of its vocabulary
 * entries in any language; words naming a language filter by it
 * (`directory/directory-query.ts`).
 */
export function organisationSearch(options: SearchOptions): DirectorySearch<OrganisationFilterData> {
  return { subject: organisationSubject(options), filter: options.filter, query: parseDirectoryQuery(options.filter.search) };
}
