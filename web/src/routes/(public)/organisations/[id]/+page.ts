import { error } from '@sveltejs/kit';
import { loadQuery } from '#lib/graphql/load.ts';
import { OrganisationDetailQuery } from '#lib/graphql/operations.ts';
import type { PageLoad } from './$types';

// Server-rendered, as every page under (public)/: title, description and structured data are in the HTML.

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const load: PageLoad = async ({ fetch, params }) => {
  // An address that cannot name an organisation is a page that does not exist, not a bad request.
  if (!uuid.test(params.id)) error(404, 'Not found');
  const { organisation } = await loadQuery(fetch, OrganisationDetailQuery, { id: params.id });
  return { organisation };
};
