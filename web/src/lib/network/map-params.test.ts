import { describe, expect, it } from 'vitest';
import {
  activeFilterCount,
  compareDay,
  defaultMapParams,
  nearestStop,
  readMapParams,
  shownDay,
  timelineDays,
  toNetworkFilter,
  withoutFilters,
  writeMapParams,
} from './map-params.ts';

const today = '2026-05-15';
const read = (query: string) => readMapParams(new URLSearchParams(query), today);

describe('map params', () => {
  it('reads an empty URL as the plain map of today', () => {
    expect(read('')).toEqual(defaultMapParams);
    expect(writeMapParams(read(''))).toBe('');
  });

  it('round-trips filters, day, views, focus and table settings through the query string', () => {
    const query = [
      'view=table',
      'at=2025-06-30',
      'since=2024-01-31',
      'kind=WELFARE_ASSOCIATION',
      'kind=MIGRANT_ORGANISATION',
      'sector=WELFARE',
      'field=f1',
      'district=d1',
      'district=d2',
      'body=b1',
      'people=1',
      'bodies=1',
      'edge=CO_MEMBERSHIP',
      'edge=TANDEM',
      'size=betweenness',
      'colour=community',
      'focus=org-1',
      'depth=2',
      'actor=org-2',
      'sort=degree',
      'dir=desc',
      'isolated=1',
      'linkA=WELFARE_ASSOCIATION',
      'linkB=MIGRANT_ORGANISATION',
    ].join('&');
    const params = read(query);
    expect(params).toMatchObject({
      view: 'table',
      at: '2025-06-30',
      since: '2024-01-31',
      kinds: ['WELFARE_ASSOCIATION', 'MIGRANT_ORGANISATION'],
      sectors: ['WELFARE'],
      districtIds: ['d1', 'd2'],
      bodyId: 'b1',
      includePeople: true,
      includeBodies: true,
      edgeKinds: ['CO_MEMBERSHIP', 'TANDEM'],
      size: 'betweenness',
      colour: 'community',
      focus: 'org-1',
      depth: 2,
      node: 'org-2',
      sort: 'degree',
      direction: 'descending',
      onlyIsolated: true,
      linkA: 'WELFARE_ASSOCIATION',
      linkB: 'MIGRANT_ORGANISATION',
    });
    expect(writeMapParams(params)).toBe(query);
  });

  it('drops values that are not valid', () => {
    const params = read(
      'view=graph&at=2025-02-30&kind=NOPE&edge=FRIENDSHIP&size=age&colour=rainbow&focus=a%20b&depth=3&sort=name&dir=up&linkA=X&body=' +
        'x'.repeat(65),
    );
    expect(params).toEqual(defaultMapParams);
  });

  it('counts today or a later day as today, and a compare day only before the day shown', () => {
    expect(read('at=2026-05-15').at).toBeUndefined();
    expect(read('at=2027-01-01').at).toBeUndefined();
    expect(read('at=2025-06-30&since=2025-07-01').since).toBeUndefined();
    expect(read('since=2026-05-15').since).toBeUndefined();
  });

  it('writes the depth only with a focus', () => {
    expect(writeMapParams({ ...defaultMapParams, depth: 2 })).toBe('');
    expect(writeMapParams({ ...defaultMapParams, focus: 'o1', depth: 2 })).toBe('focus=o1&depth=2');
  });

  it('shows today and compares with a year before the day shown unless told otherwise', () => {
    expect(shownDay(defaultMapParams, today)).toBe('2026-05-15');
    expect(compareDay(defaultMapParams, today)).toBe('2025-05-15');
    expect(compareDay({ ...defaultMapParams, at: '2024-02-29' }, today)).toBe('2023-02-28');
    expect(compareDay({ ...defaultMapParams, since: '2020-01-01' }, today)).toBe('2020-01-01');
  });

  it('sends only the filters that narrow the network, always with the day', () => {
    expect(toNetworkFilter(defaultMapParams, today)).toEqual({ at: today });
    const params = read('at=2025-06-30&sector=WELFARE&people=1&edge=AGREEMENT&focus=o1&view=table');
    expect(toNetworkFilter(params, today)).toEqual({
      at: '2025-06-30',
      sectors: ['WELFARE'],
      includePeople: true,
      edgeKinds: ['AGREEMENT'],
    });
  });

  it('counts and clears the active filters, keeping the day and the views', () => {
    const params = read('at=2025-06-30&sector=WELFARE&sector=FAITH&body=b1&edge=AGREEMENT&edge=TANDEM&people=1&view=table');
    expect(activeFilterCount(params)).toBe(4);
    const cleared = withoutFilters(params);
    expect(activeFilterCount(cleared)).toBe(0);
    expect(writeMapParams(cleared)).toBe('view=table&at=2025-06-30&people=1');
  });
});

describe('timeline', () => {
  it('steps back month by month for three years, ending today', () => {
    const days = timelineDays('2026-03-31');
    expect(days).toHaveLength(37);
    expect(days[0]).toBe('2023-03-31');
    expect(days[35]).toBe('2026-02-28');
    expect(days.at(-1)).toBe('2026-03-31');
  });

  it('finds the stop nearest to a day', () => {
    const days = timelineDays(today);
    expect(nearestStop(days, today)).toBe(36);
    expect(nearestStop(days, '2025-05-20')).toBe(24);
    expect(nearestStop(days, '2001-01-01')).toBe(0);
  });
});
