import {
  type OfferKind,
  type OrganisationKind,
  offerKinds,
  organisationKinds,
  pick,
  type Sector,
  type Staleness,
  sectors,
  stalenessValues,
} from '#lib/graphql/enums.ts';
import type { VariablesOf } from '#lib/graphql/graphql.ts';
import type { DirectoryOffersQuery } from '#lib/graphql/offer-operations.ts';
import type { DirectoryQuery } from '#lib/graphql/operations.ts';

type OrganisationFilter = NonNullable<VariablesOf<typeof DirectoryQuery>['filter']>;
type OfferFilter = NonNullable<VariablesOf<typeof DirectoryOffersQuery>['filter']>;

/** Results per page, in both lists. */
export const directoryPageSize = 20;

/** The two lists of the directory: offers first (what newcomers look for), then the organisations behind them. */
export const directoryTabs = ['offers', 'organisations'] as const;
export type DirectoryTab = (typeof directoryTabs)[number];

/** The directory's search and filters, as the URL carries them so a search can be shared. */
export interface DirectoryParams {
  tab: DirectoryTab;
  search: string;
  /** Offers only. */
  offerKinds: OfferKind[];
  /** Organisations only. */
  kinds: OrganisationKind[];
  /** Organisations only. */
  sectors: Sector[];
  fieldOfActionIds: string[];
  districtIds: string[];
  languageIds: string[];
  targetGroupIds: string[];
  /** Offers only: open now by their opening hours. */
  openNow: boolean;
  /** Offers only: the offers of these organisations (linked from an organisation's or an offer's page). */
  organisationIds: string[];
  /** Organisations only, and for members. */
  staleness: Staleness | undefined;
}

export type ListFilter =
  | 'offerKinds'
  | 'kinds'
  | 'sectors'
  | 'fieldOfActionIds'
  | 'districtIds'
  | 'languageIds'
  | 'targetGroupIds'
  | 'organisationIds';

const lists: ListFilter[] = [
  'offerKinds',
  'kinds',
  'sectors',
  'fieldOfActionIds',
  'districtIds',
  'languageIds',
  'targetGroupIds',
  'organisationIds',
];

/** The filters that belong to one list only; switching lists drops them. */
const onlyFor: Record<DirectoryTab, readonly (ListFilter | 'openNow' | 'staleness')[]> = {
  offers: ['offerKinds', 'openNow', 'organisationIds'],
  organisations: ['kinds', 'sectors', 'staleness'],
};

/** Short, readable names for the URL: `/?q=beratung&type=COUNSELLING&district=…`. */
const param = {
  tab: 'tab',
  search: 'q',
  offerKinds: 'type',
  kinds: 'kind',
  sectors: 'sector',
  fieldOfActionIds: 'field',
  districtIds: 'district',
  languageIds: 'language',
  targetGroupIds: 'target',
  openNow: 'open',
  organisationIds: 'org',
  staleness: 'stale',
} as const satisfies Record<keyof DirectoryParams, string>;

const unique = <T>(values: T[]) => [...new Set(values)];
const ids = (search: Pick<URLSearchParams, 'getAll'>, name: string) =>
  unique(search.getAll(name).filter((v) => v.length > 0 && v.length <= 64));

/** The directory's offers of one organisation, e.g. for "all offers of …" links. */
export const organisationOffersHref = (organisationId: string) => `/?${param.organisationIds}=${encodeURIComponent(organisationId)}`;

/** Reads the params from a URL, dropping values that are not valid. */
export function readDirectoryParams(search: Pick<URLSearchParams, 'get' | 'getAll'>): DirectoryParams {
  const read: Omit<DirectoryParams, 'tab'> = {
    search: (search.get(param.search) ?? '').slice(0, 200),
    offerKinds: unique(search.getAll(param.offerKinds).flatMap((v) => pick(offerKinds, v) ?? [])),
    kinds: unique(search.getAll(param.kinds).flatMap((v) => pick(organisationKinds, v) ?? [])),
    sectors: unique(search.getAll(param.sectors).flatMap((v) => pick(sectors, v) ?? [])),
    fieldOfActionIds: ids(search, param.fieldOfActionIds),
    districtIds: ids(search, param.districtIds),
    languageIds: ids(search, param.languageIds),
    targetGroupIds: ids(search, param.targetGroupIds),
    openNow: search.get(param.openNow) === '1',
    organisationIds: ids(search, param.organisationIds),
    staleness: pick(stalenessValues, search.get(param.staleness)),
  };
  // Links from before there were offers name organisation filters only: they keep showing organisations.
  const organisationLink = read.kinds.length > 0 || read.sectors.length > 0 || read.staleness !== undefined;
  const tab = pick(directoryTabs, search.get(param.tab)) ?? (organisationLink ? 'organisations' : 'offers');
  return withTab(read, tab);
}

/** The params for a list, without the other list's own filters. */
export function withTab(params: Omit<DirectoryParams, 'tab'>, tab: DirectoryTab): DirectoryParams {
  const other = onlyFor[tab === 'offers' ? 'organisations' : 'offers'];
  const next: DirectoryParams = { ...params, tab };
  for (const key of other) {
    if (key === 'openNow') next.openNow = false;
    else if (key === 'staleness') next.staleness = undefined;
    else next[key] = [];
  }
  return next;
}

/** Writes the params as a query string (without `?`); empty filters and the default list are left out. */
export function writeDirectoryParams(params: DirectoryParams): string {
  const out = new URLSearchParams();
  if (params.tab !== 'offers') out.set(param.tab, params.tab);
  const search = params.search.trim();
  if (search) out.set(param.search, search);
  for (const key of lists) for (const value of params[key]) out.append(param[key], value);
  if (params.openNow) out.set(param.openNow, '1');
  if (params.staleness) out.set(param.staleness, params.staleness);
  return out.toString();
}

/** Whether any filter or search is set. */
export function hasFilters(params: DirectoryParams): boolean {
  return filterCount(params) > 0 || params.search.trim() !== '';
}

/** How many filter values are chosen (the search not counted), for the "Filter (3)" button. */
export function filterCount(params: DirectoryParams): number {
  return lists.reduce((sum, key) => sum + params[key].length, 0) + (params.openNow ? 1 : 0) + (params.staleness ? 1 : 0);
}

/** The same list with no search and no filters. */
export function clearedParams(tab: DirectoryTab): DirectoryParams {
  return readDirectoryParams(new URLSearchParams(tab === 'offers' ? '' : `${param.tab}=${tab}`));
}

/** The filters both lists share (search, topics, districts, languages, target groups). */
function sharedFilter(params: DirectoryParams) {
  const filter: Pick<OfferFilter, 'search' | 'fieldOfActionIds' | 'districtIds' | 'languageIds' | 'targetGroupIds'> = {};
  const search = params.search.trim();
  if (search) filter.search = search;
  if (params.fieldOfActionIds.length) filter.fieldOfActionIds = params.fieldOfActionIds;
  if (params.districtIds.length) filter.districtIds = params.districtIds;
  if (params.languageIds.length) filter.languageIds = params.languageIds;
  if (params.targetGroupIds.length) filter.targetGroupIds = params.targetGroupIds;
  return filter;
}

/** The API filter of the organisation list. Staleness is for members only, so visitors never send it. */
export function toOrganisationFilter(params: DirectoryParams, member: boolean): OrganisationFilter {
  const filter: OrganisationFilter = sharedFilter(params);
  if (params.kinds.length) filter.kinds = params.kinds;
  if (params.sectors.length) filter.sectors = params.sectors;
  if (member && params.staleness) filter.staleness = params.staleness;
  return filter;
}

/** The API filter of the offer list. */
export function toOfferFilter(params: DirectoryParams): OfferFilter {
  const filter: OfferFilter = sharedFilter(params);
  if (params.offerKinds.length) filter.kinds = params.offerKinds;
  if (params.openNow) filter.openNow = true;
  if (params.organisationIds.length) filter.organisationIds = params.organisationIds;
  return filter;
}

/** The query parameter of a detail page that carries the directory search it was opened from. */
export const returnParam = 'from';

/**
 * A link to a detail page that remembers the directory search (`from`, the
 * directory's query string), so "back to the directory" restores it.
 */
export function withDirectoryReturn(href: string, from: string): string {
  return from ? `${href}?${new URLSearchParams({ [returnParam]: from })}` : href;
}

/**
 * Where "back to the directory" leads from a detail page: the directory with
 * the search the page was opened from. The carried query is read and written
 * again, so only directory parameters pass (never another path or origin).
 */
export function directoryBackHref(search: Pick<URLSearchParams, 'get'>): string {
  const from = search.get(returnParam);
  if (!from) return '/';
  const query = writeDirectoryParams(readDirectoryParams(new URLSearchParams(from.slice(0, 2000))));
  return query ? `/?${query}` : '/';
}
