import {
  type OrganisationKind,
  organisationKinds,
  pick,
  type Sector,
  type Staleness,
  sectors,
  stalenessValues,
} from '#lib/graphql/enums.ts';
import type { VariablesOf } from '#lib/graphql/graphql.ts';
import type { DirectoryQuery } from '#lib/graphql/operations.ts';

type OrganisationFilter = NonNullable<VariablesOf<typeof DirectoryQuery>['filter']>;

/** The directory's search and filters, as the URL carries them so a search can be shared. */
export interface DirectoryParams {
  search: string;
  kinds: OrganisationKind[];
  sectors: Sector[];
  fieldOfActionIds: string[];
  districtIds: string[];
  languageIds: string[];
  targetGroupIds: string[];
  staleness: Staleness | undefined;
}

export type ListFilter = 'kinds' | 'sectors' | 'fieldOfActionIds' | 'districtIds' | 'languageIds' | 'targetGroupIds';

/** Short, readable names for the URL: `/?q=sprachkurs&district=…&kind=ASSOCIATION`. */
const param = {
  search: 'q',
  kinds: 'kind',
  sectors: 'sector',
  fieldOfActionIds: 'field',
  districtIds: 'district',
  languageIds: 'language',
  targetGroupIds: 'target',
  staleness: 'stale',
} as const satisfies Record<keyof DirectoryParams, string>;

const unique = <T>(values: T[]) => [...new Set(values)];
const ids = (search: Pick<URLSearchParams, 'getAll'>, name: string) =>
  unique(search.getAll(name).filter((v) => v.length > 0 && v.length <= 64));

/** Reads the params from a URL, dropping values that are not valid. */
export function readDirectoryParams(search: Pick<URLSearchParams, 'get' | 'getAll'>): DirectoryParams {
  return {
    search: (search.get(param.search) ?? '').slice(0, 200),
    kinds: unique(search.getAll(param.kinds).flatMap((v) => pick(organisationKinds, v) ?? [])),
    sectors: unique(search.getAll(param.sectors).flatMap((v) => pick(sectors, v) ?? [])),
    fieldOfActionIds: ids(search, param.fieldOfActionIds),
    districtIds: ids(search, param.districtIds),
    languageIds: ids(search, param.languageIds),
    targetGroupIds: ids(search, param.targetGroupIds),
    staleness: pick(stalenessValues, search.get(param.staleness)),
  };
}

/** Writes the params as a query string (without `?`); empty filters are left out. */
export function writeDirectoryParams(params: DirectoryParams): string {
  const out = new URLSearchParams();
  const search = params.search.trim();
  if (search) out.set(param.search, search);
  const lists: ListFilter[] = ['kinds', 'sectors', 'fieldOfActionIds', 'districtIds', 'languageIds', 'targetGroupIds'];
  for (const key of lists) for (const value of params[key]) out.append(param[key], value);
  if (params.staleness) out.set(param.staleness, params.staleness);
  return out.toString();
}

/** Whether any filter or search is set. */
export function hasFilters(params: DirectoryParams): boolean {
  return writeDirectoryParams(params) !== '';
}

/** The API filter for these params. Staleness is for members only, so visitors never send it. */
export function toOrganisationFilter(params: DirectoryParams, member: boolean): OrganisationFilter {
  const filter: OrganisationFilter = {};
  const search = params.search.trim();
  if (search) filter.search = search;
  if (params.kinds.length) filter.kinds = params.kinds;
  if (params.sectors.length) filter.sectors = params.sectors;
  if (params.fieldOfActionIds.length) filter.fieldOfActionIds = params.fieldOfActionIds;
  if (params.districtIds.length) filter.districtIds = params.districtIds;
  if (params.languageIds.length) filter.languageIds = params.languageIds;
  if (params.targetGroupIds.length) filter.targetGroupIds = params.targetGroupIds;
  if (member && params.staleness) filter.staleness = params.staleness;
  return filter;
}
