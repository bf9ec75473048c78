import { error } from '@sveltejs/kit';
import { loadQuery } from '#lib/graphql/load.ts';
import { ReferralGuideQuery } from '#lib/graphql/referral-operations.ts';
import type { PageLoad } from './$types';
import { answersFromUrl } from './guide.ts';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Rendered on the server (the public group's layout): a shared link opens at the same step, or the same result, with its title. */
export const load: PageLoad = async ({ fetch, params, url }) => {
  if (!uuid.test(params.id)) error(404, 'Not found');
  // The API evaluates whatever the address carries and ignores what the path does not know.
  const { referralPath } = await loadQuery(fetch, ReferralGuideQuery, { id: params.id, answers: answersFromUrl(url.searchParams) });
  return { path: referralPath };
};
