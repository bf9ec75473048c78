import { error } from '@sveltejs/kit';
import { loadQuery } from '#lib/graphql/load.ts';
import { VolunteeringOptionsQuery, VolunteerOpportunityDetailQuery } from '#lib/graphql/volunteering-operations.ts';
import type { PageLoad } from './$types';

// Public, as every page under (public)/: the opportunity is in the HTML, with its title, description and JSON-LD.

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const load: PageLoad = async ({ fetch, params }) => {
  // An address that cannot name an opportunity is as unknown as one that names none.
  if (!uuid.test(params.id)) error(404, 'Not found');
  const [{ volunteerOpportunity }, options] = await Promise.all([
    loadQuery(fetch, VolunteerOpportunityDetailQuery, { id: params.id }),
    loadQuery(fetch, VolunteeringOptionsQuery, {}),
  ]);
  return { opportunity: volunteerOpportunity, options };
};
