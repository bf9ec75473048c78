import { describe, expect, it } from 'vitest';
import {
  clearedParams,
  directoryBackHref,
  filterCount,
  hasFilters,
  organisationOffersHref,
  readDirectoryParams,
  toOfferFilter,
  toOrganisationFilter,
  withDirectoryReturn,
  withTab,
  writeDirectoryParams,
} from './directory-params.ts';

const read = (query: string) => readDirectoryParams(new URLSearchParams(query));

describe('directory params', () => {
  it('round-trips search and filters through the query string', () => {
    const query = 'tab=organisations&q=Sprachkurs&kind=ASSOCIATION&kind=WELFARE_ASSOCIATION&district=d1&language=l1&stale=STALE';
    const params = read(query);
    expect(params).toMatchObject({
      tab: 'organisations',
      search: 'Sprachkurs',
      kinds: ['ASSOCIATION', 'WELFARE_ASSOCIATION'],
      districtIds: ['d1'],
      languageIds: ['l1'],
      staleness: 'STALE',
    });
    expect(writeDirectoryParams(params)).toBe(query);
    const offers = 'q=Beratung&type=COUNSELLING&type=LANGUAGE_CAFE&district=d1&open=1';
    expect(read(offers)).toMatchObject({ tab: 'offers', offerKinds: ['COUNSELLING', 'LANGUAGE_CAFE'], openNow: true });
    expect(writeDirectoryParams(read(offers))).toBe(offers);
  });

  it('shows offers first, and organisations for links that filter organisations only', () => {
    expect(read('').tab).toBe('offers');
    expect(read('q=Caritas').tab).toBe('offers');
    expect(read('kind=ASSOCIATION').tab).toBe('organisations');
    expect(read('tab=organisations').tab).toBe('organisations');
    expect(read('tab=nonsense').tab).toBe('offers');
  });

  it('keeps each list’s own filters to that list', () => {
    // An offer list does not read organisation kinds, nor the organisation list offer kinds or "open now".
    expect(read('tab=offers&kind=ASSOCIATION&type=HEALTH')).toMatchObject({ kinds: [], offerKinds: ['HEALTH'] });
    expect(read('tab=organisations&type=HEALTH&open=1&kind=ASSOCIATION')).toMatchObject({
      offerKinds: [],
      openNow: false,
      kinds: ['ASSOCIATION'],
    });
    // Switching lists keeps the search and the shared filters.
    const switched = withTab(read('q=Beratung&type=HEALTH&district=d1&open=1'), 'organisations');
    expect(writeDirectoryParams(switched)).toBe('tab=organisations&q=Beratung&district=d1');
  });

  it('lists one organisation’s offers, and drops that when switching to organisations', () => {
    const params = read(organisationOffersHref('o1').slice(2));
    expect(params).toMatchObject({ tab: 'offers', organisationIds: ['o1'] });
    expect(toOfferFilter(params)).toEqual({ organisationIds: ['o1'] });
    expect(withTab(params, 'organisations').organisationIds).toEqual([]);
  });

  it('drops values that are not valid enum values and repeated ids', () => {
    const params = read('kind=NOPE&sector=WELFARE&field=a&field=a&stale=SOMETIMES&type=NOPE&open=yes');
    expect(params.kinds).toEqual([]);
    expect(params.sectors).toEqual(['WELFARE']);
    expect(params.fieldOfActionIds).toEqual(['a']);
    expect(params.staleness).toBeUndefined();
    expect(params.offerKinds).toEqual([]);
    expect(params.openNow).toBe(false);
  });

  it('leaves empty filters out of the URL', () => {
    const empty = read('q=%20%20');
    expect(writeDirectoryParams(empty)).toBe('');
    expect(hasFilters(empty)).toBe(false);
    expect(hasFilters(read('tab=organisations'))).toBe(false);
    expect(writeDirectoryParams(clearedParams('organisations'))).toBe('tab=organisations');
  });

  it('sends the staleness filter for members only', () => {
    const params = read('q=%20Jobcenter%20&stale=FRESH');
    expect(toOrganisationFilter(params, false)).toEqual({ search: 'Jobcenter' });
    expect(toOrganisationFilter(params, true)).toEqual({ search: 'Jobcenter', staleness: 'FRESH' });
  });

  it('builds the offer filter from the offer list’s params', () => {
    expect(toOfferFilter(read('q=استشارة&type=COUNSELLING&district=d1&open=1'))).toEqual({
      search: 'استشارة',
      kinds: ['COUNSELLING'],
      districtIds: ['d1'],
      openNow: true,
    });
    expect(toOfferFilter(read(''))).toEqual({});
  });

  it('counts the chosen filter values for the filter button, not the search', () => {
    expect(filterCount(read('q=Beratung'))).toBe(0);
    expect(filterCount(read('tab=organisations&q=x&district=d1&district=d2&language=l1&stale=STALE'))).toBe(4);
    expect(filterCount(read('type=HEALTH&open=1'))).toBe(2);
  });

  it('carries the search to a detail page and back', () => {
    const from = writeDirectoryParams(read('q=Beratung arabisch&district=d1'));
    const href = withDirectoryReturn('/offers/o1', from);
    expect(href).toBe('/offers/o1?from=q%3DBeratung%2Barabisch%26district%3Dd1');
    expect(directoryBackHref(new URL(href, 'http://x').searchParams)).toBe('/?q=Beratung+arabisch&district=d1');
    expect(withDirectoryReturn('/offers/o1', '')).toBe('/offers/o1');
  });

  it('leads back only to the directory, whatever the link carries', () => {
    expect(directoryBackHref(new URLSearchParams())).toBe('/');
    expect(directoryBackHref(new URLSearchParams({ from: '//evil.example/x' }))).toBe('/');
    expect(directoryBackHref(new URLSearchParams({ from: 'q=a&next=https://evil.example' }))).toBe('/?q=a');
  });
});
