import type { ResultOf } from '#lib/graphql/graphql.ts';
import { loadQuery } from '#lib/graphql/load.ts';
import { DirectoryOffersQuery } from '#lib/graphql/offer-operations.ts';
import { DirectoryQuery, ReferencesQuery } from '#lib/graphql/operations.ts';
import { browser } from '$app/env';
import type { PageLoad } from './$types';
import { directoryPageSize, readDirectoryParams, toOfferFilter, toOrganisationFilter } from './directory-params.ts';

// The directory is public: rendered on the server with the results of the search in the URL.
export const ssr = true;

// The vocabularies change rarely: the browser asks once per visit, not on every change of the filters.
let references: Promise<ResultOf<typeof ReferencesQuery>> | undefined;

export const load: PageLoad = async ({ fetch, url }) => {
  const params = readDirectoryParams(url.searchParams);
  const offersShown = params.tab === 'offers';
  let vocabularies = browser ? references : undefined;
  if (!vocabularies) {
    vocabularies = loadQuery(fetch, ReferencesQuery, {});
    if (browser) {
      references = vocabularies;
      // A failed answer is not kept: the next navigation asks again.
      vocabularies.catch(() => {
        references = undefined;
      });
    }
  }
  // Both lists are counted for their tabs; only the one shown brings its results and facets.
  const [offers, organisations, vocabulary] = await Promise.all([
    loadQuery(fetch, DirectoryOffersQuery, { filter: toOfferFilter(params), first: directoryPageSize, list: offersShown }),
    // The staleness filter is offered to members only, so only their links carry it.
    loadQuery(fetch, DirectoryQuery, { filter: toOrganisationFilter(params, true), first: directoryPageSize, list: !offersShown }),
    vocabularies,
  ]);
  return { params, offers: offers.offers, organisations: organisations.organisations, references: vocabulary };
};
