import type { NetworkEdgeKind, Sector } from '#lib/graphql/enums.ts';
import { type CsvValue, toCsv } from './csv.ts';
import type { NetworkEdge, NetworkNode } from './network-model.ts';

/** The words the CSV files use, in the reader's language. */
export interface CsvWords {
  nodeHeader: readonly string[];
  edgeHeader: readonly string[];
  /** The kind of an actor in words: its organisation kind, body kind or "person". */
  kind(node: NetworkNode): string;
  sector(sector: Sector | null | undefined): string;
  edgeKind(kind: NetworkEdgeKind): string;
  yes: string;
  no: string;
}

/** Joins the values of a list cell. */
const joined = (values: readonly string[]) => values.join(' | ');

/** The actors as CSV, one row each, in the order given; `newIds` marks those new since the compare day. */
export function nodesCsv(nodes: readonly NetworkNode[], words: CsvWords, newIds: ReadonlySet<string>): string {
  const rows = nodes.map((node): CsvValue[] => [
    node.id,
    node.label,
    words.kind(node),
    words.sector(node.sector),
    node.degree,
    node.weightedDegree,
    node.betweenness,
    node.community,
    node.isolated ? words.yes : words.no,
    node.bridgedCommunities,
    joined(node.neighbourSectors.map((sector) => words.sector(sector))),
    newIds.has(node.id) ? words.yes : words.no,
    node.x,
    node.y,
  ]);
  return toCsv(words.nodeHeader, rows);
}

/** The ties as CSV with both ends' names and the reasons for each tie. */
export function edgesCsv(
  edges: readonly NetworkEdge[],
  byId: ReadonlyMap<string, Pick<NetworkNode, 'label'>>,
  words: CsvWords,
  newKeys: ReadonlySet<string>,
): string {
  const rows = edges.map((edge): CsvValue[] => [
    edge.key,
    words.edgeKind(edge.kind),
    edge.source,
    byId.get(edge.source)?.label ?? '',
    edge.target,
    byId.get(edge.target)?.label ?? '',
    edge.weight,
    joined(edge.reasons.map((reason) => reason.label)),
    newKeys.has(edge.key) ? words.yes : words.no,
  ]);
  return toCsv(words.edgeHeader, rows);
}

/** Saves a file the page made: a temporary link to a blob, clicked and taken away again. */
export function download(content: Blob | string, fileName: string, type = 'text/plain;charset=utf-8'): void {
  // A byte-order mark lets spreadsheet programs read CSV files as UTF-8 (umlauts, ß).
  const blob = typeof content === 'string' ? new Blob([type.startsWith('text/csv') ? '\uFEFF' : '', content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the blob after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
