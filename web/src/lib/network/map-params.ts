import { addMonths, localDay, parseDay } from '#lib/dates.ts';
import {
  type NetworkEdgeKind,
  networkEdgeKinds,
  type OrganisationKind,
  organisationKinds,
  pick,
  type Sector,
  sectors,
} from '#lib/graphql/enums.ts';
import type { VariablesOf } from '#lib/graphql/graphql.ts';
import type { NetworkQuery } from '#lib/graphql/network-operations.ts';

export type NetworkFilter = NonNullable<VariablesOf<typeof NetworkQuery>['filter']>;

/** What node sizes stand for. */
export const sizeMetrics = ['degree', 'weightedDegree', 'betweenness'] as const;
export type SizeMetric = (typeof sizeMetrics)[number];

/** What node colours stand for. */
export const colourModes = ['sector', 'kind', 'community'] as const;
export type ColourMode = (typeof colourModes)[number];

export const mapViews = ['map', 'table'] as const;
export type MapView = (typeof mapViews)[number];

/** The columns the actor table sorts by. */
export const tableColumns = [
  'label',
  'kind',
  'sector',
  'degree',
  'weightedDegree',
  'betweenness',
  'community',
  'isolated',
  'bridgedCommunities',
  'neighbourSectors',
] as const;
export type TableColumn = (typeof tableColumns)[number];
export type SortDirection = 'ascending' | 'descending';

/** How far the focus reaches: the actor's direct neighbours, or theirs too. */
export type FocusDepth = 1 | 2;

/** How many months the time slider reaches back from today. */
export const TIMELINE_MONTHS = 36;

/** The actor map's whole state as the URL carries it, so every view can be shared and survives a reload. */
export interface MapParams {
  /** The day shown; undefined for today. */
  at: string | undefined;
  /** The day changes are counted from; undefined for a year before {@link MapParams.at}. */
  since: string | undefined;
  kinds: OrganisationKind[];
  sectors: Sector[];
  fieldOfActionIds: string[];
  districtIds: string[];
  bodyId: string | undefined;
  includePeople: boolean;
  includeBodies: boolean;
  /** The kinds of ties shown; empty for all. */
  edgeKinds: NetworkEdgeKind[];
  size: SizeMetric;
  colour: ColourMode;
  /** The actor whose neighbourhood is in focus. */
  focus: string | undefined;
  depth: FocusDepth;
  /** The actor whose details are open. */
  node: string | undefined;
  view: MapView;
  sort: TableColumn;
  direction: SortDirection;
  onlyIsolated: boolean;
  /** "Links kind A with kind B": rows whose organisation neighbours include both kinds. */
  linkA: OrganisationKind | undefined;
  linkB: OrganisationKind | undefined;
}

/** Short names for the URL: `/map?at=2025-06-30&sector=WELFARE&colour=community&focus=…`. */
const param = {
  at: 'at',
  since: 'since',
  kinds: 'kind',
  sectors: 'sector',
  fieldOfActionIds: 'field',
  districtIds: 'district',
  bodyId: 'body',
  includePeople: 'people',
  includeBodies: 'bodies',
  edgeKinds: 'edge',
  size: 'size',
  colour: 'colour',
  focus: 'focus',
  depth: 'depth',
  node: 'actor',
  view: 'view',
  sort: 'sort',
  direction: 'dir',
  onlyIsolated: 'isolated',
  linkA: 'linkA',
  linkB: 'linkB',
} as const satisfies Record<keyof MapParams, string>;

type Search = Pick<URLSearchParams, 'get' | 'getAll'>;

const unique = <T>(values: T[]) => [...new Set(values)];
const validId = (value: string | null | undefined): value is string => !!value && value.length <= 64 && /^[\w-]+$/.test(value);
const ids = (search: Search, name: string) => unique(search.getAll(name).filter(validId));
const listOf = <T extends string>(list: readonly T[], search: Search, name: string) =>
  unique(search.getAll(name).flatMap((value) => pick(list, value) ?? []));
const day = (value: string | null) => (value && parseDay(value) ? value : undefined);

/** The params of an empty URL: today's network of organisations, sized by degree and coloured by sector. */
export const defaultMapParams: Readonly<MapParams> = {
  at: undefined,
  since: undefined,
  kinds: [],
  sectors: [],
  fieldOfActionIds: [],
  districtIds: [],
  bodyId: undefined,
  includePeople: false,
  includeBodies: false,
  edgeKinds: [],
  size: 'degree',
  colour: 'sector',
  focus: undefined,
  depth: 1,
  node: undefined,
  view: 'map',
  sort: 'label',
  direction: 'ascending',
  onlyIsolated: false,
  linkA: undefined,
  linkB: undefined,
};

/** Reads the params from a URL, dropping what is not valid; a day after `today` counts as today. */
export function readMapParams(search: Search, today = localDay()): MapParams {
  const at = day(search.get(param.at));
  const shown = at && at < today ? at : undefined;
  const since = day(search.get(param.since));
  const direction = search.get(param.direction) === 'desc' ? 'descending' : 'ascending';
  return {
    at: shown,
    since: since && since < (shown ?? today) ? since : undefined,
    kinds: listOf(organisationKinds, search, param.kinds),
    sectors: listOf(sectors, search, param.sectors),
    fieldOfActionIds: ids(search, param.fieldOfActionIds),
    districtIds: ids(search, param.districtIds),
    bodyId: validId(search.get(param.bodyId)) ? (search.get(param.bodyId) ?? undefined) : undefined,
    includePeople: search.get(param.includePeople) === '1',
    includeBodies: search.get(param.includeBodies) === '1',
    edgeKinds: listOf(networkEdgeKinds, search, param.edgeKinds),
    size: pick(sizeMetrics, search.get(param.size)) ?? defaultMapParams.size,
    colour: pick(colourModes, search.get(param.colour)) ?? defaultMapParams.colour,
    focus: validId(search.get(param.focus)) ? (search.get(param.focus) ?? undefined) : undefined,
    depth: search.get(param.depth) === '2' ? 2 : 1,
    node: validId(search.get(param.node)) ? (search.get(param.node) ?? undefined) : undefined,
    view: pick(mapViews, search.get(param.view)) ?? defaultMapParams.view,
    sort: pick(tableColumns, search.get(param.sort)) ?? defaultMapParams.sort,
    direction,
    onlyIsolated: search.get(param.onlyIsolated) === '1',
    linkA: pick(organisationKinds, search.get(param.linkA)),
    linkB: pick(organisationKinds, search.get(param.linkB)),
  };
}

/** Writes the params as a query string (without `?`); defaults are left out, so the plain map is `/map`. */
export function writeMapParams(params: MapParams): string {
  const out = new URLSearchParams();
  const set = (name: string, value: string | undefined, fallback?: string) => {
    if (value !== undefined && value !== fallback) out.set(name, value);
  };
  const flag = (name: string, value: boolean) => {
    if (value) out.set(name, '1');
  };
  const list = (name: string, values: readonly string[]) => {
    for (const value of values) out.append(name, value);
  };
  set(param.view, params.view, defaultMapParams.view);
  set(param.at, params.at);
  set(param.since, params.since);
  list(param.kinds, params.kinds);
  list(param.sectors, params.sectors);
  list(param.fieldOfActionIds, params.fieldOfActionIds);
  list(param.districtIds, params.districtIds);
  set(param.bodyId, params.bodyId);
  flag(param.includePeople, params.includePeople);
  flag(param.includeBodies, params.includeBodies);
  list(param.edgeKinds, params.edgeKinds);
  set(param.size, params.size, defaultMapParams.size);
  set(param.colour, params.colour, defaultMapParams.colour);
  set(param.focus, params.focus);
  if (params.focus && params.depth === 2) out.set(param.depth, '2');
  set(param.node, params.node);
  set(param.sort, params.sort, defaultMapParams.sort);
  if (params.direction === 'descending') out.set(param.direction, 'desc');
  flag(param.onlyIsolated, params.onlyIsolated);
  set(param.linkA, params.linkA);
  set(param.linkB, params.linkB);
  return out.toString();
}

/** The day the map shows: the chosen one, or today. */
export const shownDay = (params: MapParams, today = localDay()): string => params.at ?? today;

/** The day changes are counted from: the chosen one, or a year before the day shown. */
export const compareDay = (params: MapParams, today = localDay()): string => params.since ?? addMonths(shownDay(params, today), -12);

/** The API filter for these params; lists left empty mean "all" and are not sent. */
export function toNetworkFilter(params: MapParams, today = localDay()): NetworkFilter {
  const filter: NetworkFilter = { at: shownDay(params, today) };
  if (params.bodyId) filter.bodyId = params.bodyId;
  if (params.districtIds.length) filter.districtIds = params.districtIds;
  if (params.fieldOfActionIds.length) filter.fieldOfActionIds = params.fieldOfActionIds;
  if (params.kinds.length) filter.kinds = params.kinds;
  if (params.sectors.length) filter.sectors = params.sectors;
  if (params.includePeople) filter.includePeople = true;
  if (params.includeBodies) filter.includeBodies = true;
  if (params.edgeKinds.length) filter.edgeKinds = params.edgeKinds;
  return filter;
}

/** How many filters narrow the network (the day, views and table settings do not count). */
export function activeFilterCount(params: MapParams): number {
  return (
    params.kinds.length +
    params.sectors.length +
    params.fieldOfActionIds.length +
    params.districtIds.length +
    (params.bodyId ? 1 : 0) +
    (params.edgeKinds.length ? 1 : 0)
  );
}

/** The params with every network filter cleared; the day, the people and bodies switches and the views stay. */
export function withoutFilters(params: MapParams): MapParams {
  return { ...params, kinds: [], sectors: [], fieldOfActionIds: [], districtIds: [], bodyId: undefined, edgeKinds: [] };
}

/**
 * The time slider's stops, oldest first: the same day of the month in each of the
 * last {@link TIMELINE_MONTHS} months, then today.
 */
export function timelineDays(today = localDay(), months = TIMELINE_MONTHS): string[] {
  return Array.from({ length: months + 1 }, (_, index) => addMonths(today, index - months));
}

/** The slider stop nearest to a day (the first for days before the timeline, the last for today and later). */
export function nearestStop(days: readonly string[], shown: string): number {
  let best = days.length - 1;
  let bestDistance = Number.POSITIVE_INFINITY;
  const time = Date.parse(shown);
  days.forEach((stop, index) => {
    const distance = Math.abs(Date.parse(stop) - time);
    if (distance < bestDistance) {
      best = index;
      bestDistance = distance;
    }
  });
  return best;
}
