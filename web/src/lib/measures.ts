import { type MeasureStatus, measureStatuses } from './graphql/enums.ts';

/** The least a measure needs for the helpers below. */
interface MeasureLike {
  status: MeasureStatus;
  overdue: boolean;
}

/** How many measures are in each status (every status listed, zero included) and how many are overdue. */
export function summariseMeasures(measures: readonly MeasureLike[]): { byStatus: Record<MeasureStatus, number>; overdue: number } {
  const byStatus = Object.fromEntries(measureStatuses.map((status) => [status, 0])) as Record<MeasureStatus, number>;
  let overdue = 0;
  for (const measure of measures) {
    byStatus[measure.status] += 1;
    if (measure.overdue) overdue += 1;
  }
  return { byStatus, overdue };
}

/** What the measures board can be narrowed to. */
export interface MeasureFilter {
  statuses: readonly MeasureStatus[];
  /** Owner organisation id; empty for all. */
  ownerId: string;
  overdueOnly: boolean;
}

/**
 * The measures that match a filter; an empty status list means every status.
 * Measures in `keep` stay although they no longer match, so a measure does not
 * vanish (taking the keyboard focus with it) right after its status was changed.
 */
export function filterMeasures<M extends MeasureLike & { id: string; owners: readonly { id: string }[] }>(
  measures: readonly M[],
  filter: MeasureFilter,
  keep: ReadonlySet<string> = new Set(),
): M[] {
  return measures.filter(
    (m) =>
      keep.has(m.id) ||
      ((filter.statuses.length === 0 || filter.statuses.includes(m.status)) &&
        (!filter.ownerId || m.owners.some((o) => o.id === filter.ownerId)) &&
        (!filter.overdueOnly || m.overdue)),
  );
}

const openStatuses: readonly MeasureStatus[] = ['PLANNED', 'IN_PROGRESS', 'STALLED'];

/**
 * The order of a board: open measures first, the most urgent (earliest due,
 * overdue ones therefore at the top) before later ones and those without a
 * date; then done and dropped measures, the most recent first.
 */
export function sortForBoard<M extends { status: MeasureStatus; dueOn?: string | null; title: string }>(measures: readonly M[]): M[] {
  const isOpen = (m: M) => openStatuses.includes(m.status);
  return [...measures].sort((a, b) => {
    if (isOpen(a) !== isOpen(b)) return isOpen(a) ? -1 : 1;
    const dueA = a.dueOn ?? '';
    const dueB = b.dueOn ?? '';
    if (dueA !== dueB) {
      if (!dueA) return 1;
      if (!dueB) return -1;
      return isOpen(a) ? dueA.localeCompare(dueB) : dueB.localeCompare(dueA);
    }
    return a.title.localeCompare(b.title, 'de');
  });
}

/** Every owner organisation of the measures, once, by name. */
export function ownerOrganisations(
  measures: readonly { owners: readonly { id: string; name: string }[] }[],
): { id: string; name: string }[] {
  const byId = new Map<string, { id: string; name: string }>();
  for (const measure of measures) for (const owner of measure.owners) byId.set(owner.id, { id: owner.id, name: owner.name });
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, 'de'));
}

/** Measures under their bodies, bodies by name; measures keep their order (by due date from the API). */
export function groupByBody<M extends { body: { id: string; name: string } }>(
  measures: readonly M[],
): { body: M['body']; measures: M[] }[] {
  const groups = new Map<string, { body: M['body']; measures: M[] }>();
  for (const measure of measures) {
    const group = groups.get(measure.body.id);
    if (group) group.measures.push(measure);
    else groups.set(measure.body.id, { body: measure.body, measures: [measure] });
  }
  return [...groups.values()].sort((a, b) => a.body.name.localeCompare(b.body.name, 'de'));
}

/** Reads a progress value as typed: a whole number from 0 to 100, else undefined. */
export function parseProgress(value: unknown): number | undefined {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof number === 'number' && Number.isInteger(number) && number >= 0 && number <= 100 ? number : undefined;
}
