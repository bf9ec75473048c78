import { describe, expect, it } from 'vitest';
import { hasFilters, readDirectoryParams, toOrganisationFilter, writeDirectoryParams } from './directory-params.ts';

describe('directory params', () => {
  it('round-trips search and filters through the query string', () => {
    const query = 'q=Sprachkurs&kind=ASSOCIATION&kind=WELFARE_ASSOCIATION&district=d1&language=l1&stale=STALE';
    const params = readDirectoryParams(new URLSearchParams(query));
    expect(params).toMatchObject({
      search: 'Sprachkurs',
      kinds: ['ASSOCIATION', 'WELFARE_ASSOCIATION'],
      districtIds: ['d1'],
      languageIds: ['l1'],
      staleness: 'STALE',
    });
    expect(writeDirectoryParams(params)).toBe(query);
  });

  it('drops values that are not valid enum values and repeated ids', () => {
    const params = readDirectoryParams(new URLSearchParams('kind=NOPE&sector=WELFARE&field=a&field=a&stale=SOMETIMES'));
    expect(params.kinds).toEqual([]);
    expect(params.sectors).toEqual(['WELFARE']);
    expect(params.fieldOfActionIds).toEqual(['a']);
    expect(params.staleness).toBeUndefined();
  });

  it('leaves empty filters out of the URL', () => {
    const empty = readDirectoryParams(new URLSearchParams('q=%20%20'));
    expect(writeDirectoryParams(empty)).toBe('');
    expect(hasFilters(empty)).toBe(false);
  });

  it('sends the staleness filter for members only', () => {
    const params = readDirectoryParams(new URLSearchParams('q=%20Jobcenter%20&stale=FRESH'));
    expect(toOrganisationFilter(params, false)).toEqual({ search: 'Jobcenter' });
    expect(toOrganisationFilter(params, true)).toEqual({ search: 'Jobcenter', staleness: 'FRESH' });
  });
});
