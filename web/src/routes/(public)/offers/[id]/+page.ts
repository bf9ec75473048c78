import { error } from '@sveltejs/kit';
import { loadQuery } from '#lib/graphql/load.ts';
import { OfferDetailQuery } from '#lib/graphql/offer-operations.ts';
import type { PageLoad } from './$types';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const load: PageLoad = async ({ fetch, params }) => {
  // An address that cannot name an offer is as unknown as one that names none.
  if (!uuid.test(params.id)) error(404, 'Not found');
  const { offer } = await loadQuery(fetch, OfferDetailQuery, { id: params.id });
  return { offer };
};
