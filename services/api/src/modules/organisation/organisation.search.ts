import type { Actor } from '../../auth/actor.js';
import { policy } from '../../auth/policy.js';
import type { EntityManager } from '../../db/orm.js';
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

const placeholders = (values: readonly unknown[]) => values.map(() => '?').join(', ');

/** WHERE conditions for a filter, leaving out one dimension when counting its facet. */
function conditions(options: SearchOptions, omit?: Dimension): { sql: string; params: unknown[] } {
  const { filter, actor } = options;
  const where: string[] = [];
  const params: unknown[] = [];
  if (!policy.readInternal(actor)) {
    where.push(`o.visibility = 'PUBLIC' and o.archived_at is null`);
  } else if (!filter.includeArchived) {
    where.push('o.archived_at is null');
  }
  const query = toTsQuery(filter.search);
  if (query) {
    where.push(`o.search_vector @@ to_tsquery('german', ?)`);
    params.push(query);
  }
  if (filter.ids?.length) {
    where.push(`o.id in (${placeholders(filter.ids)})`);
    params.push(...filter.ids);
  }
  if (omit !== 'kind' && filter.kinds?.length) {
    where.push(`o.kind::text in (${placeholders(filter.kinds)})`);
    params.push(...filter.kinds);
  }
  if (omit !== 'sector' && filter.sectors?.length) {
    where.push(`o.sector::text in (${placeholders(filter.sectors)})`);
    params.push(...filter.sectors);
  }
  for (const [dimension, pivot] of Object.entries(pivots) as [Dimension, (typeof pivots)[keyof typeof pivots]][]) {
    const ids = filter[pivot.filter];
    if (omit === dimension || !ids?.length) continue;
    where.push(`exists (select 1 from ${pivot.table} p where p.organisation_id = o.id and p.${pivot.column} in (${placeholders(ids)}))`);
    params.push(...ids);
  }
  if (filter.staleness) {
    const op = filter.staleness === Staleness.STALE ? '<' : '>=';
    where.push(`o.last_confirmed_at ${op} now() - make_interval(days => ?)`);
    params.push(options.staleAfterDays);
  }
  return { sql: where.length ? where.join(' and ') : 'true', params };
}

/**
 * One statement for the page: matching ids in order, with the total count of
 * matches carried on every row.
 */
export async function searchOrganisationIds(
  em: EntityManager,
  options: SearchOptions,
  limit: number,
  offset: number,
): Promise<{ ids: string[]; total: number }> {
  const { sql, params } = conditions(options);
  const query = toTsQuery(options.filter.search);
  const order = query ? `ts_rank(o.search_vector, to_tsquery('german', ?)) desc, o.name, o.id` : 'o.name, o.id';
  const rows = await em.execute<{ id: string; total: number }[]>(
    `select o.id, count(*) over ()::int as total from organisation o where ${sql} order by ${order} limit ? offset ?`,
    [...params, ...(query ? [query] : []), limit, offset],
  );
  if (rows.length === 0 && offset > 0) {
    const [row] = await em.execute<{ total: number }[]>(`select count(*)::int as total from organisation o where ${sql}`, params);
    return { ids: [], total: row?.total ?? 0 };
  }
  return { ids: rows.map((r) => r.id), total: rows[0]?.total ?? 0 };
}

export interface FacetRow {
  facet: Dimension;
  value: string;
  count: number;
}

/** All facet counts in one statement. */
export async function countFacets(em: EntityManager, options: SearchOptions): Promise<FacetRow[]> {
  const parts: string[] = [];
  const params: unknown[] = [];
  for (const column of ['kind', 'sector'] as const) {
    const c = conditions(options, column);
    parts.push(
      `select '${column}' as facet, o.${column}::text as value, count(*)::int as count from organisation o where ${c.sql} group by o.${column}`,
    );
    params.push(...c.params);
  }
  for (const [dimension, pivot] of Object.entries(pivots) as [Dimension, (typeof pivots)[keyof typeof pivots]][]) {
    const c = conditions(options, dimension);
    parts.push(
      `select '${dimension}' as facet, p.${pivot.column}::text as value, count(*)::int as count from organisation o join ${pivot.table} p on p.organisation_id = o.id where ${c.sql} group by p.${pivot.column}`,
    );
    params.push(...c.params);
  }
  return em.execute<FacetRow[]>(`${parts.join(' union all ')} order by 1, 3 desc`, params);
}
