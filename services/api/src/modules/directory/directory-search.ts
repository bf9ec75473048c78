import { and, ident, or, type Sql, sql, TRUE } from '../../db/sql.js';
import {
  type DirectoryQuery,
  directoryCtes,
  type NameTable,
  namedEntries,
  namedLanguageIds,
  skipped,
  translationMatches,
  translationRank,
  type Vocabulary,
} from './directory-query.js';

/** Facets the directory counts; each is counted with every filter applied but its own. */
export type Dimension = 'kind' | 'sector' | 'fieldOfAction' | 'district' | 'language' | 'targetGroup';
export type TagDimension = 'fieldOfAction' | 'district' | 'language' | 'targetGroup';

/** The filters organisations and offers share. */
export interface DirectoryFilterData {
  search?: string | null;
  kinds?: readonly string[] | null;
  fieldOfActionIds?: readonly string[] | null;
  districtIds?: readonly string[] | null;
  languageIds?: readonly string[] | null;
  targetGroupIds?: readonly string[] | null;
}

const tagFilters: Record<TagDimension, { vocabulary: string; filter: keyof DirectoryFilterData }> = {
  fieldOfAction: { vocabulary: 'field_of_action', filter: 'fieldOfActionIds' },
  district: { vocabulary: 'district', filter: 'districtIds' },
  language: { vocabulary: 'language', filter: 'languageIds' },
  targetGroup: { vocabulary: 'target_group', filter: 'targetGroupIds' },
};

/**
 * What the directory searches: a table under the alias `o`, its translations,
 * its pivot tables (`<table>_field_of_action` …), its enum facets, and the
 * conditions of its own (the read rule first).
 */
export interface DirectorySubject<F extends DirectoryFilterData> {
  table: 'organisation' | 'offer';
  /** Enum columns counted as facets, with the filter lists that narrow them. */
  enums: readonly { dimension: Dimension; column: string; values: (filter: F) => readonly string[] | null | undefined }[];
  /** The names of the `kind` values in all six languages, when a search word may match them. */
  kindNames?: NameTable;
  /** The subject's own conditions (read rule, archived, ids…); the facets share them all. */
  conditions(filter: F): Sql[];
  /** The column ordered by without a search, and after relevance with one (the name or title). */
  nameColumn: string;
}

export interface DirectorySearch<F extends DirectoryFilterData> {
  subject: DirectorySubject<F>;
  filter: F;
  /** The interpreted search text, undefined without one. */
  query: DirectoryQuery | undefined;
}

const pivotTable = (subject: DirectorySubject<DirectoryFilterData>, dimension: TagDimension) =>
  ident(`${subject.table}_${tagFilters[dimension].vocabulary}`);
const pivotColumn = (dimension: TagDimension) => ident(`${tagFilters[dimension].vocabulary}_id`);
const pivotKey = (subject: DirectorySubject<DirectoryFilterData>) => ident(`${subject.table}_id`);

/**
 * Whether the row `o` matches every text word of the search: each word
 * that is no language word and no stop word must match the German base text,
 * a translation, a vocabulary entry the row is tagged with, or (offers) its
 * kind's name. Each branch is a set of ids read through its own index.
 */
function textCondition(subject: DirectorySubject<DirectoryFilterData>, q: DirectoryQuery): Sql {
  const key = pivotKey(subject);
  const table = ident(subject.table);
  const translations = ident(`${subject.table}_translation`);
  const conditions = q.words.map((w) => {
    const vocabularies: Vocabulary[] = ['fieldOfAction', 'targetGroup', 'district'];
    const matching = [
      sql`select x.id from ${table} x where x.search_vector @@ to_tsquery('german', ${w.query})`,
      sql`select t.${key} from ${translations} t where ${translationMatches('t', w.query)}`,
      ...vocabularies.map(
        (v) => sql`select p.${key} from ${pivotTable(subject, v)} p where p.${pivotColumn(v)} in ${namedEntries(w.pos, v)}`,
      ),
    ];
    const kind = w.kinds.length > 0 ? sql`o.kind::text = any(${w.kinds}::text[])` : undefined;
    return or(skipped(w.pos), sql`o.id in (${sql.join(matching, ' union all ')})`, ...(kind ? [kind] : []));
  });
  return and(...conditions);
}

/** The language filter: the languages chosen, and those the search names (either may be given). */
function languageCondition(subject: DirectorySubject<DirectoryFilterData>, chosen: readonly string[], q: DirectoryQuery | undefined): Sql {
  const ids = q ? sql`(${[...chosen]}::uuid[] || ${namedLanguageIds})` : sql`${[...chosen]}::uuid[]`;
  const match = sql`exists (select 1 from ${pivotTable(subject, 'language')} p where p.${pivotKey(subject)} = o.id and p.language_id = any(${ids}))`;
  if (!q) return chosen.length ? match : TRUE;
  return chosen.length ? match : sql`(cardinality(${namedLanguageIds}) = 0 or ${match})`;
}

/** The conditions of the search every facet shares: the subject's own (its read rule first) and the text. */
function baseConditions<F extends DirectoryFilterData>(search: DirectorySearch<F>): Sql[] {
  const { subject, filter, query } = search;
  const conditions: Sql[] = [...subject.conditions(filter)];
  if (query) conditions.push(textCondition(subject as unknown as DirectorySubject<DirectoryFilterData>, query));
  return conditions;
}

/** The filter of each facet dimension, true where it filters nothing. */
function dimensionFilters<F extends DirectoryFilterData>(search: DirectorySearch<F>): { dimension: Dimension; condition: Sql }[] {
  const { subject, filter, query } = search;
  const generic = subject as unknown as DirectorySubject<DirectoryFilterData>;
  const filters: { dimension: Dimension; condition: Sql }[] = [];
  for (const e of subject.enums) {
    const values = e.values(filter);
    filters.push({
      dimension: e.dimension,
      condition: values?.length ? sql`o.${ident(e.column)}::text = any(${[...values]}::text[])` : TRUE,
    });
  }
  for (const [dimension, tag] of Object.entries(tagFilters) as [TagDimension, (typeof tagFilters)[TagDimension]][]) {
    const ids = (filter[tag.filter] as readonly string[] | null | undefined) ?? [];
    const condition =
      dimension === 'language'
        ? languageCondition(generic, ids, query)
        : ids.length
          ? sql`exists (select 1 from ${pivotTable(generic, dimension)} p where p.${pivotKey(generic)} = o.id and p.${pivotColumn(dimension)} = any(${[...ids]}::uuid[]))`
          : TRUE;
    filters.push({ dimension, condition });
  }
  return filters;
}

/**
 * The WHERE condition of a directory search over `<table> o`. The subject's
 * conditions (its read rule first) come first: whatever the filter, nobody
 * finds what they may not see.
 */
export function directoryCondition<F extends DirectoryFilterData>(search: DirectorySearch<F>): Sql {
  return and(...baseConditions(search), ...dimensionFilters(search).map((f) => f.condition));
}

/** A statement of a search: with the search's common table expressions in front when there is a search. */
export function withQuery(query: DirectoryQuery | undefined, statement: Sql): Sql {
  return query ? sql`with ${directoryCtes(query)} ${statement}` : statement;
}

/** The columns a page statement returns besides the subject's own. */
export interface PageRow {
  total: number | null;
  /** Positions of the search's words that were no text condition, with a search. */
  dq_skip?: number[] | null;
  /** The languages the search named, as JSON rows of `language`, with a search. */
  dq_languages?: LanguageJson[] | string | null;
}

export interface LanguageJson {
  id: string;
  code: string;
  label_de: string;
  label_en: string;
  label_ar: string | null;
  label_fa: string | null;
  label_tr: string | null;
  label_uk: string | null;
  native_name: string | null;
  position: number;
}

/**
 * One page of a search and its total, in one statement: the matching rows
 * are counted and ordered by their keys alone, and only the page's rows are
 * read whole. With a search, the page hangs off the search's one
 * interpretation row, so the statement also answers which languages the
 * search named when nothing matches (then it returns a single row without a
 * record).
 */
export function pageStatement<F extends DirectoryFilterData>(
  search: DirectorySearch<F>,
  columns: Sql,
  page: { limit: number; offset: number },
): Sql {
  const { subject, query } = search;
  const table = ident(subject.table);
  const key = pivotKey(subject as unknown as DirectorySubject<DirectoryFilterData>);
  // Relevance first when searching: the German base text and the best-matching translation, each for any word.
  const rank = query ? sql`ts_rank(o.search_vector, to_tsquery('german', ${query.rank})) + coalesce(tr.rank, 0)` : sql`0::real`;
  const from = query
    ? sql`${table} o left join (select t.${key} as id, max(${translationRank('t', query.rank)}) as rank from ${ident(`${subject.table}_translation`)} t
        where ${translationMatches('t', query.rank)} group by t.${key}) tr on tr.id = o.id`
    : sql`${table} o`;
  // Then by name; the id makes the order total, so pages never overlap.
  const order = sql`k.dq_rank desc, k.dq_name, k.id`;
  const keys = sql`select k.id, count(*) over ()::int as total, row_number() over (order by ${order}) as dq_rn
    from (select o.id, ${rank} as dq_rank, o.${ident(subject.nameColumn)} as dq_name from ${from} where ${directoryCondition(search)}) k
    order by ${order} limit ${page.limit} offset ${page.offset}`;
  const rows = sql`select ${columns}, k.total, k.dq_rn from (${keys}) k join ${table} o on o.id = k.id`;
  if (!query) return sql`${rows} order by k.dq_rn`;
  return withQuery(
    query,
    sql`select page.*, dq.skip as dq_skip, dq.languages as dq_languages from dq left join lateral (${rows}) page on true order by page.dq_rn`,
  );
}

/** The total alone, for a page past the end. */
export function countStatement<F extends DirectoryFilterData>(search: DirectorySearch<F>): Sql {
  return withQuery(
    search.query,
    sql`select count(*)::int as total from ${ident(search.subject.table)} o where ${directoryCondition(search)}`,
  );
}

export interface FacetRow {
  facet: Dimension;
  value: string;
  count: number;
}

/**
 * All facet counts in one statement. The rows matching everything but the
 * dimension filters are found once, with one flag per dimension filter; each
 * facet counts the rows that pass every other dimension's flag.
 */
export function facetStatement<F extends DirectoryFilterData>(search: DirectorySearch<F>): Sql {
  const { subject } = search;
  const generic = subject as unknown as DirectorySubject<DirectoryFilterData>;
  const table = ident(subject.table);
  const filters = dimensionFilters(search);
  const flag = (dimension: Dimension) => ident(`dq_f_${dimension.toLowerCase()}`);
  const flags = sql.join(
    filters.map((f) => sql`${f.condition} as ${flag(f.dimension)}`),
    ', ',
  );
  const enumColumns = subject.enums.map((e) => sql`, o.${ident(e.column)}`);
  const base = sql`dq_base as materialized (select o.id${sql.join(enumColumns, '')}, ${flags} from ${table} o where ${and(...baseConditions(search))})`;
  const others = (dimension: Dimension) =>
    and(...filters.filter((f) => f.dimension !== dimension && f.condition !== TRUE).map((f) => sql`b.${flag(f.dimension)}`));
  const parts: Sql[] = [];
  for (const e of subject.enums) {
    const col = sql`b.${ident(e.column)}`;
    parts.push(
      sql`select ${e.dimension}::text as facet, ${col}::text as value, count(*)::int as count from dq_base b where ${others(e.dimension)} group by ${col}`,
    );
  }
  for (const dimension of Object.keys(tagFilters) as TagDimension[]) {
    const col = sql`p.${pivotColumn(dimension)}`;
    parts.push(
      sql`select ${dimension}::text as facet, ${col}::text as value, count(*)::int as count
            from dq_base b join ${pivotTable(generic, dimension)} p on p.${pivotKey(generic)} = b.id
           where ${others(dimension)} group by ${col}`,
    );
  }
  const statement = sql`${sql.join(parts, ' union all ')} order by 1, 3 desc`;
  return search.query ? sql`with ${directoryCtes(search.query)}, ${base} ${statement}` : sql`with ${base} ${statement}`;
}
