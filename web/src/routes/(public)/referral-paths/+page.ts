import { loadQuery } from '#lib/graphql/load.ts';
import { ReferralPathsQuery } from '#lib/graphql/referral-operations.ts';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch }) => {
  const { referralPaths } = await loadQuery(fetch, ReferralPathsQuery, {});
  return { referralPaths };
};
