import type { OrganisationKind } from '#lib/graphql/enums.ts';
import type { SortDirection, TableColumn } from './map-params.ts';
import type { NetworkNode } from './network-model.ts';

/** What the actor table can narrow its rows to. */
export interface ActorTableFilter {
  onlyIsolated: boolean;
  /** Rows whose organisation neighbours include this kind… */
  linkA: OrganisationKind | undefined;
  /** …and this one: the organisations that link kind A with kind B. */
  linkB: OrganisationKind | undefined;
}

/**
 * The rows that pass the table's filters. With two kinds chosen, a row passes
 * when its organisation neighbours include both (an actor that links, say, the
 * welfare associations with the migrant organisations); with one, when they
 * include that one.
 */
export function filterActors<Row extends Pick<NetworkNode, 'isolated' | 'neighbourKinds'>>(
  rows: readonly Row[],
  filter: ActorTableFilter,
): Row[] {
  const wanted = [filter.linkA, filter.linkB].filter((kind): kind is OrganisationKind => kind !== undefined);
  return rows.filter((row) => (!filter.onlyIsolated || row.isolated) && wanted.every((kind) => row.neighbourKinds.includes(kind)));
}

/** The words a row shows in the text columns (kind and sector, translated), which is what they sort by. */
export type ColumnText = (row: NetworkNode, column: 'kind' | 'sector') => string;

/**
 * Sorts rows by a column: text columns by their shown words (German collation),
 * numbers by value, "isolated" with the isolated first when ascending,
 * neighbour sectors by how many there are. Ties fall back to the label, so the
 * order is stable whatever the data's order.
 */
export function sortActors<Row extends NetworkNode>(
  rows: readonly Row[],
  column: TableColumn,
  direction: SortDirection,
  text: ColumnText,
): Row[] {
  const collator = new Intl.Collator('de', { sensitivity: 'base', numeric: true });
  const byLabel = (a: Row, b: Row) => collator.compare(a.label, b.label) || a.id.localeCompare(b.id);
  const compare = (a: Row, b: Row): number => {
    switch (column) {
      case 'label':
        return 0;
      case 'kind':
      case 'sector':
        return collator.compare(text(a, column), text(b, column));
      case 'isolated':
        return Number(b.isolated) - Number(a.isolated);
      case 'neighbourSectors':
        return a.neighbourSectors.length - b.neighbourSectors.length;
      default:
        return a[column] - b[column];
    }
  };
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => sign * (compare(a, b) || byLabel(a, b)));
}

/** The direction a column sorts in when its header is clicked: the other one if it is the current column, else its natural one. */
export function nextSort(
  current: { column: TableColumn; direction: SortDirection },
  clicked: TableColumn,
): { column: TableColumn; direction: SortDirection } {
  if (current.column === clicked) return { column: clicked, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  // Metrics are most useful largest first; words and "isolated first" ascending.
  const numeric: TableColumn[] = ['degree', 'weightedDegree', 'betweenness', 'bridgedCommunities', 'neighbourSectors'];
  return { column: clicked, direction: numeric.includes(clicked) ? 'descending' : 'ascending' };
}
