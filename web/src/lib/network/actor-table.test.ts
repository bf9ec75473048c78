import { describe, expect, it } from 'vitest';
import type { OrganisationKind, Sector } from '#lib/graphql/enums.ts';
import { filterActors, nextSort, sortActors } from './actor-table.ts';
import type { NetworkNode } from './network-model.ts';
import { testNode } from './test-network.ts';

const node = testNode;

const kinds = (...values: OrganisationKind[]) => values;
const sectorsOf = (...values: Sector[]) => values;

const rows = [
  node('1', 'Caritas', {
    organisationKind: 'WELFARE_ASSOCIATION',
    sector: 'WELFARE',
    degree: 5,
    betweenness: 0.2,
    neighbourKinds: kinds('MIGRANT_ORGANISATION'),
  }),
  node('2', 'Bürgerverein', {
    degree: 3,
    betweenness: 0.5,
    neighbourKinds: kinds('WELFARE_ASSOCIATION', 'MIGRANT_ORGANISATION'),
    neighbourSectors: sectorsOf('WELFARE', 'MIGRANT_SELF_ORGANISATION'),
  }),
  node('3', 'Ämterrunde', { organisationKind: 'MUNICIPAL_DEPARTMENT', sector: 'PUBLIC_ADMINISTRATION', isolated: true }),
  node('4', 'Arbeitskreis', { isolated: true, degree: 0 }),
  node('5', 'Jobcenter', {
    organisationKind: 'PUBLIC_AGENCY',
    sector: 'PUBLIC_ADMINISTRATION',
    degree: 3,
    neighbourKinds: kinds('WELFARE_ASSOCIATION'),
  }),
];

const text = (row: NetworkNode, column: 'kind' | 'sector') => (column === 'kind' ? (row.organisationKind ?? '') : (row.sector ?? ''));

describe('filterActors', () => {
  it('keeps only the isolated actors', () => {
    expect(filterActors(rows, { onlyIsolated: true, linkA: undefined, linkB: undefined }).map((r) => r.id)).toEqual(['3', '4']);
  });

  it('finds who links two kinds of organisation', () => {
    const linking = filterActors(rows, { onlyIsolated: false, linkA: 'WELFARE_ASSOCIATION', linkB: 'MIGRANT_ORGANISATION' });
    expect(linking.map((r) => r.id)).toEqual(['2']);
  });

  it('with one kind chosen, finds who is tied to that kind', () => {
    expect(filterActors(rows, { onlyIsolated: false, linkA: undefined, linkB: 'WELFARE_ASSOCIATION' }).map((r) => r.id)).toEqual([
      '2',
      '5',
    ]);
  });
});

describe('sortActors', () => {
  it('sorts labels with German collation (umlauts beside their vowel)', () => {
    expect(sortActors(rows, 'label', 'ascending', text).map((r) => r.label)).toEqual([
      'Ämterrunde',
      'Arbeitskreis',
      'Bürgerverein',
      'Caritas',
      'Jobcenter',
    ]);
    expect(sortActors(rows, 'label', 'descending', text).map((r) => r.label)[0]).toBe('Jobcenter');
  });

  it('sorts numbers by value, ties by label', () => {
    expect(sortActors(rows, 'degree', 'descending', text).map((r) => r.id)).toEqual(['1', '5', '2', '4', '3']);
    expect(sortActors(rows, 'degree', 'ascending', text).map((r) => r.id)).toEqual(['3', '4', '2', '5', '1']);
  });

  it('puts the isolated first when ascending, and sorts text columns by the words shown', () => {
    expect(sortActors(rows, 'isolated', 'ascending', text).map((r) => r.id)).toEqual(['3', '4', '2', '1', '5']);
    expect(sortActors(rows, 'kind', 'ascending', text).map((r) => r.id)).toEqual(['4', '2', '3', '5', '1']);
    expect(sortActors(rows, 'neighbourSectors', 'descending', text)[0]?.id).toBe('2');
  });

  it('does not change the rows it was given', () => {
    const before = rows.map((r) => r.id);
    sortActors(rows, 'degree', 'descending', text);
    expect(rows.map((r) => r.id)).toEqual(before);
  });
});

describe('nextSort', () => {
  it('turns the direction round on the current column, and starts metrics largest first', () => {
    expect(nextSort({ column: 'label', direction: 'ascending' }, 'label')).toEqual({ column: 'label', direction: 'descending' });
    expect(nextSort({ column: 'label', direction: 'ascending' }, 'betweenness')).toEqual({
      column: 'betweenness',
      direction: 'descending',
    });
    expect(nextSort({ column: 'degree', direction: 'descending' }, 'sector')).toEqual({ column: 'sector', direction: 'ascending' });
  });
});
