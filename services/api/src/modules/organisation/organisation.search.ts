import type { Actor } from '../../auth/actor.js';
import { policy } from '../../auth/policy.js';
import { readRules } from '../../auth/read-rules.js';
import { and, ident, type Sql, sql } from '../../db/sql.js';
import { type OrganisationFilterData, Staleness } from './organisation.inputs.js';

/** Facets the directory counts; each is counted with every filter applied but its own. */
export type Dimension = 'kind' | 'sector' | 'fieldOfAction' | 'district' | 'language' | 'targetGroup';

const pivots = {
  fieldOfAction: { table: 'organisation_field_of_action', column: 'field_of_action_id', filter: 'fieldOfActionIds' },
  district: { table: 'organisation_district', column: 'district_id', filter: 'districtIds' },
  language: { table: 'organisation_language', column: 'language_id', filter: 'languageIds' },
  targetGroup: { table: 'organisation_target_group', column: 'target_group_id', filter: 'targetGroupIds' },
} as const;

export interface SearchOptions {
  filter: OrganisationFilterData;
  actor: Actor;
  staleAfterDays: number;
}

/**
 * Turns free text into a German prefix query: "Sprachkurs arab" matches
 * "Sprachkurse auf Arabisch". Only letters and digits reach the query.
 */
export function toTsQuery(search: string | null | undefined): string | undefined {
  const words = (search ?? '')
    .split(/\s+/)
    .map((w) => w.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter((w) => w.length > 0)
    .slice(0, 10);
  return words.length ? words.map((w) => `${w}:*`).join(' & ') : undefined;
}

/**
 * The WHERE condition of a directory search over `organisation o`, leaving
 * out one dimension when counting its facet. The read rule comes first:
 * whatever the filter, nobody finds what they may not see.
 */
export function searchCondition(options: SearchOptions, omit?: Dimension): Sql {
  const { filter, actor } = options;
  const conditions: Sql[] = [readRules.organisation(actor, 'o')];
  // Members see archived organisations only when they ask for them.
  if (policy.readInternal(actor) && !filter.includeArchived) conditions.push(sql`o.archived_at is null`);
  const query = toTsQuery(filter.search);
  if (query) conditions.push(sql`o.search_vector @@ to_tsquery('german', ${query})`);
  if (filter.ids?.length) conditions.push(sql`o.id = any(${filter.ids}::uuid[])`);
  if (omit !== 'kind' && filter.kinds?.length) conditions.push(sql`o.kind::text = any(${filter.kinds}::text[])`);
  if (omit !== 'sector' && filter.sectors?.length) conditions.push(sql`o.sector::text = any(${filter.sectors}::text[])`);
  for (const [dimension, pivot] of Object.entries(pivots) as [Dimension, (typeof pivots)[keyof typeof pivots]][]) {
    const ids = filter[pivot.filter];
    if (omit === dimension || !ids?.length) continue;
    conditions.push(
      sql`exists (select 1 from ${ident(pivot.table)} p where p.organisation_id = o.id and p.${ident(pivot.column)} = any(${ids}::uuid[]))`,
    );
  }
  if (filter.staleness) {
    const op = sql.raw(filter.staleness === Staleness.STALE ? '<' : '>=');
    conditions.push(sql`o.last_confirmed_at ${op} now() - make_interval(days => ${options.staleAfterDays})`);
  }
  return and(...conditions);
}

/** Relevance first when searching, then by name; the id makes the order total, so pages never overlap. */
export function searchOrder(options: SearchOptions): Sql {
  const query = toTsQuery(options.filter.search);
  return query ? sql`ts_rank(o.search_vector, to_tsquery('german', ${query})) desc, o.name, o.id` : sql`o.name, o.id`;
}

export interface FacetRow {
  facet: Dimension;
  value: string;
  count: number;
}

/** All facet counts in one statement. */
export function facetQuery(options: SearchOptions): Sql {
  const parts: Sql[] = [];
  for (const column of ['kind', 'sector'] as const) {
    const c = searchCondition(options, column);
    const col = ident(`o.${column}`);
    parts.push(
      sql`select ${column}::text as facet, ${col}::text as value, count(*)::int as count from organisation o where ${c} group by ${col}`,
    );
  }
  for (const [dimension, pivot] of Object.entries(pivots) as [Dimension, (typeof pivots)[keyof typeof pivots]][]) {
    const c = searchCondition(options, dimension);
    const col = ident(`p.${pivot.column}`);
    parts.push(
      sql`select ${dimension}::text as facet, ${col}::text as value, count(*)::int as count
            from organisation o join ${ident(pivot.table)} p on p.organisation_id = o.id where ${c} group by ${col}`,
    );
  }
  return sql`${sql.join(parts, ' union all ')} order by 1, 3 desc`;
}
