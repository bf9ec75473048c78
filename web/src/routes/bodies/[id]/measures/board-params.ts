import { measureStatuses, pick } from '#lib/graphql/enums.ts';
import type { MeasureFilter } from '#lib/measures.ts';

/** The board's filter in the URL, so a filtered board can be linked: `?status=IN_PROGRESS&owner=…&overdue=1`. */
export function readBoardParams(search: Pick<URLSearchParams, 'get' | 'getAll'>): MeasureFilter {
  const statuses = [...new Set(search.getAll('status').flatMap((v) => pick(measureStatuses, v) ?? []))];
  const owner = search.get('owner') ?? '';
  return { statuses, ownerId: owner.length <= 64 ? owner : '', overdueOnly: search.get('overdue') === '1' };
}

/** The query string (without `?`) for a filter; empty parts are left out. */
export function writeBoardParams(filter: MeasureFilter): string {
  const out = new URLSearchParams();
  for (const status of filter.statuses) out.append('status', status);
  if (filter.ownerId) out.set('owner', filter.ownerId);
  if (filter.overdueOnly) out.set('overdue', '1');
  return out.toString();
}
