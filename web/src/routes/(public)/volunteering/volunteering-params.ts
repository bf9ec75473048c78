import { pick, type TimeCommitment, timeCommitments } from '#lib/graphql/enums.ts';
import type { VariablesOf } from '#lib/graphql/graphql.ts';
import type { VolunteeringDirectoryQuery, VolunteerMatchesQuery } from '#lib/graphql/volunteering-operations.ts';
import { splitSkills } from '#lib/volunteering.ts';

type OpportunityFilter = NonNullable<VariablesOf<typeof VolunteeringDirectoryQuery>['filter']>;
type MatchInput = VariablesOf<typeof VolunteerMatchesQuery>['input'];

/** Results per step of "show more"; the list shows at most `maxResults`. */
export const volunteeringPageSize = 30;
export const maxResults = 90;
/** Suggestions of "Was passt zu mir?". */
export const matchCount = 10;

/** The volunteering page's filters or match form, as the URL carries them so a search can be shared. */
export interface VolunteeringParams {
  /** `match`: the answers of "Was passt zu mir?" (`?match=1`); `list`: the filtered directory. */
  mode: 'list' | 'match';
  search: string;
  districtId: string;
  languageIds: string[];
  targetGroupId: string;
  time: TimeCommitment | undefined;
  /** Match only: what the visitor can do, comma-separated in the form. */
  skills: string[];
  /** List only: how many steps of results are shown. */
  more: number;
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const id = (value: string | null) => (value && uuid.test(value) ? value.toLowerCase() : '');

/** Reads the page's state from the URL; anything malformed is dropped, never an error. */
export function readVolunteeringParams(query: URLSearchParams): VolunteeringParams {
  const more = Number.parseInt(query.get('more') ?? '1', 10);
  return {
    mode: query.get('match') === '1' ? 'match' : 'list',
    search: (query.get('q') ?? '').trim().slice(0, 200),
    districtId: id(query.get('district')),
    languageIds: [...new Set(query.getAll('language').map(id).filter(Boolean))].slice(0, 20),
    targetGroupId: id(query.get('group')),
    time: pick(timeCommitments, query.get('time')),
    skills: splitSkills(query.getAll('skills').join(',')),
    more: Number.isFinite(more) ? Math.min(Math.max(more, 1), maxResults / volunteeringPageSize) : 1,
  };
}

/** The directory filter for the list. */
export function toOpportunityFilter(params: VolunteeringParams): OpportunityFilter {
  return {
    search: params.search || null,
    districtIds: params.districtId ? [params.districtId] : null,
    languageIds: params.languageIds.length ? params.languageIds : null,
    targetGroupIds: params.targetGroupId ? [params.targetGroupId] : null,
    timeNeeded: params.time ? [params.time] : null,
  };
}

/** What "Was passt zu mir?" sends. */
export function toMatchInput(params: VolunteeringParams): MatchInput {
  return {
    districtId: params.districtId || null,
    languageIds: params.languageIds,
    timeAvailable: params.time ?? null,
    skills: params.skills,
  };
}

/** Whether the match form was filled in at all (with nothing, nothing can fit). */
export const hasMatchInput = (params: VolunteeringParams) =>
  !!params.districtId || params.languageIds.length > 0 || !!params.time || params.skills.length > 0;

/** The page's address for the given state, with only what is set. */
export function volunteeringHref(params: VolunteeringParams): string {
  const query = new URLSearchParams();
  if (params.mode === 'match') query.set('match', '1');
  if (params.mode === 'list' && params.search) query.set('q', params.search);
  if (params.districtId) query.set('district', params.districtId);
  for (const language of params.languageIds) query.append('language', language);
  if (params.mode === 'list' && params.targetGroupId) query.set('group', params.targetGroupId);
  if (params.time) query.set('time', params.time);
  if (params.mode === 'match' && params.skills.length) query.set('skills', params.skills.join(', '));
  if (params.mode === 'list' && params.more > 1) query.set('more', String(params.more));
  const text = query.toString();
  return text ? `/volunteering?${text}` : '/volunteering';
}
