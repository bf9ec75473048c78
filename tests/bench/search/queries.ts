import { directorySearchOperation, webOperations } from './operation.ts';

/** One search of the benchmark: what a visitor typed, and the district chosen in the filters. */
export interface BenchQuery {
  id: string;
  label: string;
  search: string;
  /** Code of the district filter. */
  district: string;
}

/**
 * German, Arabic, and Arabic with a language word ("عربي" = Arabic, which
 * becomes a language filter), each in the same district: the newcomer's
 * search for counselling in their part of the city.
 */
export const benchQueries: BenchQuery[] = [
  { id: 'de', label: 'German', search: 'Beratung', district: 'innenstadt' },
  { id: 'ar', label: 'Arabic', search: 'استشارة', district: 'innenstadt' },
  { id: 'ar-language', label: 'Arabic + language word', search: 'استشارة عربي', district: 'innenstadt' },
];

/** The page size of the directory (web/src/routes/directory-params.ts `directoryPageSize`). */
export const pageSize = 20;

/** The filter the directory sends for a search (`sharedFilter` in directory-params.ts: search and district only). */
export function filterOf(q: BenchQuery, districts: { id: string; code: string }[]) {
  const district = districts.find((d) => d.code === q.district);
  if (!district) throw new Error(`No district ${q.district}`);
  return { search: q.search, districtIds: [district.id] };
}

/** The GraphQL request body of the directory page's search on its offers tab (the default). */
export function pageVariables(q: BenchQuery, districts: { id: string; code: string }[]) {
  const filter = filterOf(q, districts);
  return {
    query: directorySearchOperation,
    variables: { filter, first: pageSize, list: true, orgFilter: filter, orgFirst: pageSize, orgList: false },
  };
}

/** The same search as the page's two requests: the offer list with facets, and the organisations' count. */
export function webRequests(q: BenchQuery, districts: { id: string; code: string }[]) {
  const filter = filterOf(q, districts);
  return [
    { query: webOperations.offers, variables: { filter, first: pageSize, list: true } },
    { query: webOperations.organisations, variables: { filter, first: pageSize, list: false } },
  ];
}
