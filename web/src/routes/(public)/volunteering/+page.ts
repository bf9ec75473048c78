import { loadQuery } from '#lib/graphql/load.ts';
import { VolunteeringDirectoryQuery, VolunteeringOptionsQuery, VolunteerMatchesQuery } from '#lib/graphql/volunteering-operations.ts';
import type { PageLoad } from './$types';
import {
  hasMatchInput,
  matchCount,
  readVolunteeringParams,
  toMatchInput,
  toOpportunityFilter,
  volunteeringPageSize,
} from './volunteering-params.ts';

// Public, as every page under (public)/: rendered on the server with the results of the filters or answers in the URL.

export const load: PageLoad = async ({ fetch, url }) => {
  const params = readVolunteeringParams(url.searchParams);
  const matching = params.mode === 'match' && hasMatchInput(params);
  const [options, list, matches] = await Promise.all([
    loadQuery(fetch, VolunteeringOptionsQuery, {}),
    matching
      ? undefined
      : loadQuery(fetch, VolunteeringDirectoryQuery, { filter: toOpportunityFilter(params), first: volunteeringPageSize * params.more }),
    matching ? loadQuery(fetch, VolunteerMatchesQuery, { input: toMatchInput(params), first: matchCount }) : undefined,
  ]);
  return { params, options, opportunities: list?.volunteerOpportunities, matches: matches?.volunteerMatches };
};
