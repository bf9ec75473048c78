import { type ClassType, Extensions, Field, ObjectType } from 'type-graphql';
import type { Sql } from '../../db/sql.js';
import { Connection, FacetCount, toPage } from '../../graphql/connection.js';
import { MAX_TAGS } from '../../graphql/lists.js';
import { ReferenceKind } from '../reference/reference.entity.js';
import { toEntry } from '../reference/reference.read.js';
import { LanguageView } from '../reference/reference.types.js';
import { type DirectoryQuery, MAX_SEARCH_WORDS, remainingTerms } from './directory-query.js';
import {
  countStatement,
  type Dimension,
  type DirectoryFilterData,
  type DirectorySearch,
  type FacetRow,
  facetStatement,
  type LanguageJson,
  type PageRow,
  pageStatement,
} from './directory-search.js';

/** How the directory read the search text. */
@ObjectType('SearchInterpretation', { simpleResolvers: true, description: 'How the directory read the search text.' })
export class SearchInterpretation {
  @Field(() => [LanguageView], {
    description: 'Languages the search named ("arabisch", "Arabic", "عربي"…), used as a language filter and left out of the text search.',
  })
  @Extensions({ maxItems: MAX_TAGS })
  languages!: LanguageView[];

  @Field(() => [String], { description: 'The words searched for as text, in every language and in the vocabularies.' })
  @Extensions({ maxItems: MAX_SEARCH_WORDS })
  terms!: string[];
}

/** Picks the facet counts of one dimension. */
export const facetsOf = (rows: FacetRow[], facet: FacetRow['facet']) =>
  rows.filter((r) => r.facet === facet).map(({ value, count }) => Object.assign(new FacetCount(), { value, count }));

/** The interpretation a page statement answered (`pageStatement`), or the empty one without a search. */
export function interpretationOf(query: DirectoryQuery | undefined, row: PageRow | undefined): SearchInterpretation {
  const interpretation = new SearchInterpretation();
  if (!query) return Object.assign(interpretation, { languages: [], terms: [] });
  const skip = row?.dq_skip ?? [];
  const json = row?.dq_languages ?? [];
  const languages = (typeof json === 'string' ? (JSON.parse(json) as LanguageJson[]) : json).slice(0, MAX_TAGS);
  return Object.assign(interpretation, {
    languages: languages.map((l) => toEntry(ReferenceKind.LANGUAGE, l)),
    terms: remainingTerms(query, skip),
  });
}

/** The fields of a directory connection that need the page statement; `totalCount` alone needs only a count. */
export const directoryPageFields = ['edges', 'pageInfo', 'interpretation'] as const;

/** The facets organisations and offers share; each ignores its own filter. */
@ObjectType()
export abstract class DirectoryFacets {
  @Field(() => [FacetCount])
  @Extensions({ maxItems: MAX_TAGS })
  fieldsOfAction!: FacetCount[];

  @Field(() => [FacetCount])
  @Extensions({ maxItems: MAX_TAGS })
  districts!: FacetCount[];

  @Field(() => [FacetCount])
  @Extensions({ maxItems: MAX_TAGS })
  languages!: FacetCount[];

  @Field(() => [FacetCount])
  @Extensions({ maxItems: MAX_TAGS })
  targetGroups!: FacetCount[];
}

/** The facet a field of a facets type counts. */
const facetOfField = {
  kinds: 'kind',
  sectors: 'sector',
  fieldsOfAction: 'fieldOfAction',
  districts: 'district',
  languages: 'language',
  targetGroups: 'targetGroup',
} as const satisfies Record<string, Dimension>;

type FacetField = keyof typeof facetOfField;

/**
 * A page of a directory search: the connection with the search's
 * interpretation and its facets, counted on first use only (many pages never
 * show them). Subclass it with the connection's GraphQL name.
 */
export function DirectoryConnection<TEdge extends object, TFacets extends DirectoryFacets>(
  EdgeOf: ClassType<TEdge>,
  Facets: ClassType<TFacets>,
  fields: readonly (keyof TFacets & FacetField)[],
) {
  @ObjectType()
  abstract class DirectoryConnectionType extends Connection(EdgeOf) {
    @Field(() => SearchInterpretation)
    interpretation!: SearchInterpretation;

    loadFacets!: () => Promise<FacetRow[]>;

    @Field(() => Facets)
    async facets(): Promise<TFacets> {
      const rows = await this.loadFacets();
      return Object.assign(new Facets(), Object.fromEntries(fields.map((field) => [field, facetsOf(rows, facetOfField[field])])));
    }
  }
  return DirectoryConnectionType;
}

interface DirectoryConnectionData<TEdge> {
  edges: TEdge[];
  pageInfo: unknown;
  totalCount: number;
  interpretation: SearchInterpretation;
  loadFacets: () => Promise<FacetRow[]>;
}

/**
 * Answers one page of a directory search: one statement for the page with
 * its total and interpretation (a count alone for a page past the end, or
 * when only the total is asked for), the facets' statement on first use.
 */
export async function directoryPage<
  F extends DirectoryFilterData,
  TRow,
  TNode extends object,
  TEdge extends object,
  TConnection extends object,
>(
  reader: { rows<T>(statement: Sql): Promise<T[]> },
  page: {
    search: DirectorySearch<F>;
    columns: Sql;
    /** False for the interpretation's row of a search that matched nothing. */
    isRecord: (row: TRow) => boolean;
    toNode: (row: TRow) => TNode;
    first: number;
    offset: number;
    /** Only the total is asked for (no edges, page info or interpretation): one count statement answers it. */
    countOnly?: boolean;
  },
  types: { Connection: ClassType<TConnection>; Edge: ClassType<TEdge> },
): Promise<TConnection> {
  const { search, first, offset } = page;
  let facets: Promise<FacetRow[]> | undefined;
  const loadFacets = () => (facets ??= reader.rows<FacetRow>(facetStatement(search)));
  if (page.countOnly) {
    const [row] = await reader.rows<{ total: number }>(countStatement(search));
    const { pageInfo } = toPage([], first, offset);
    const data: DirectoryConnectionData<TEdge> = {
      edges: [],
      pageInfo,
      totalCount: row?.total ?? 0,
      interpretation: interpretationOf(search.query, undefined),
      loadFacets,
    };
    return Object.assign(new types.Connection(), data);
  }
  const rows = await reader.rows<TRow & PageRow>(pageStatement(search, page.columns, { limit: first + 1, offset }));
  const records = rows.filter(page.isRecord);
  let total = records[0]?.total ?? 0;
  if (records.length === 0 && offset > 0) {
    const [row] = await reader.rows<{ total: number }>(countStatement(search));
    total = row?.total ?? 0;
  }
  const { edges, pageInfo } = toPage(records.map(page.toNode), first, offset);
  const data: DirectoryConnectionData<TEdge> = {
    edges: edges.map((e) => Object.assign(new types.Edge(), e)),
    pageInfo,
    totalCount: total,
    interpretation: interpretationOf(search.query, rows[0]),
    loadFacets,
  };
  return Object.assign(new types.Connection(), data);
}
