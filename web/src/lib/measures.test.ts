import { describe, expect, it } from 'vitest';
import type { MeasureStatus } from './graphql/enums.ts';
import { filterMeasures, groupByBody, ownerOrganisations, parseProgress, sortForBoard, summariseMeasures } from './measures.ts';

const caritas = { id: 'o1', name: 'Caritasverband' };
const stadt = { id: 'o2', name: 'Amt für Soziales' };
const body = (id: string, name: string) => ({ id, name });

const measure = (id: string, status: MeasureStatus, overdue = false, owners = [caritas], onBody = body('b1', 'AG Sprache')) => ({
  id,
  status,
  overdue,
  owners,
  body: onBody,
});

const list = [
  measure('m1', 'PLANNED', true),
  measure('m2', 'IN_PROGRESS', false, [stadt]),
  measure('m3', 'IN_PROGRESS', true, [caritas, stadt], body('b2', 'AG Arbeit')),
  measure('m4', 'DONE'),
];

describe('summariseMeasures', () => {
  it('counts every status, zero included, and the overdue ones', () => {
    expect(summariseMeasures(list)).toEqual({
      byStatus: { PLANNED: 1, IN_PROGRESS: 2, STALLED: 0, DONE: 1, DROPPED: 0 },
      overdue: 2,
    });
  });
});

describe('filterMeasures', () => {
  const ids = (filter: Parameters<typeof filterMeasures>[1]) => filterMeasures(list, filter).map((m) => m.id);

  it('keeps everything without a filter', () => {
    expect(ids({ statuses: [], ownerId: '', overdueOnly: false })).toEqual(['m1', 'm2', 'm3', 'm4']);
  });

  it('combines status, owner and overdue', () => {
    expect(ids({ statuses: ['IN_PROGRESS'], ownerId: '', overdueOnly: false })).toEqual(['m2', 'm3']);
    expect(ids({ statuses: ['IN_PROGRESS'], ownerId: 'o1', overdueOnly: false })).toEqual(['m3']);
    expect(ids({ statuses: [], ownerId: 'o1', overdueOnly: true })).toEqual(['m1', 'm3']);
  });

  it('keeps measures that were just edited although they no longer match', () => {
    const kept = filterMeasures(list, { statuses: ['PLANNED'], ownerId: '', overdueOnly: false }, new Set(['m4']));
    expect(kept.map((m) => m.id)).toEqual(['m1', 'm4']);
  });
});

describe('sortForBoard', () => {
  const item = (title: string, status: MeasureStatus, dueOn: string | null) => ({ title, status, dueOn });

  it('puts open measures first by due date, undated last, then closed ones newest first', () => {
    const sorted = sortForBoard([
      item('done 2019', 'DONE', '2019-06-30'),
      item('open, no date', 'PLANNED', null),
      item('open 2027', 'IN_PROGRESS', '2027-06-30'),
      item('dropped 2023', 'DROPPED', '2023-01-31'),
      item('stalled 2025', 'STALLED', '2025-12-31'),
      item('b open 2026', 'PLANNED', '2026-03-31'),
      item('a open 2026', 'IN_PROGRESS', '2026-03-31'),
    ]);
    expect(sorted.map((m) => m.title)).toEqual([
      'stalled 2025',
      'a open 2026',
      'b open 2026',
      'open 2027',
      'open, no date',
      'dropped 2023',
      'done 2019',
    ]);
  });
});

describe('ownerOrganisations', () => {
  it('lists each owner once, by name', () => {
    expect(ownerOrganisations(list).map((o) => o.name)).toEqual(['Amt für Soziales', 'Caritasverband']);
  });
});

describe('groupByBody', () => {
  it('groups by body, bodies by name, keeping the measures’ order', () => {
    expect(groupByBody(list).map((g) => [g.body.name, g.measures.map((m) => m.id)])).toEqual([
      ['AG Arbeit', ['m3']],
      ['AG Sprache', ['m1', 'm2', 'm4']],
    ]);
  });
});

describe('parseProgress', () => {
  it.each([
    [0, 0],
    [100, 100],
    ['45', 45],
    [' 7 ', 7],
  ])('accepts %j', (input, expected) => {
    expect(parseProgress(input)).toBe(expected);
  });

  it.each([-1, 101, 12.5, '', 'abc', null, undefined, Number.NaN])('rejects %j', (input) => {
    expect(parseProgress(input)).toBeUndefined();
  });
});
