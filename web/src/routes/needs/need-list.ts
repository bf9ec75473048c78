import type { VariablesOf } from '#lib/graphql/graphql.ts';
import type { NeedsQuery } from '#lib/graphql/steering-operations.ts';
import { type NeedClassification, type NeedStatus, needClassifications, needStatuses, pickOf } from '#lib/steering.ts';

type NeedFilter = NonNullable<VariablesOf<typeof NeedsQuery>['filter']>;

/** The list's filters as the URL carries them: `?status=RAISED&class=DESIRABLE&field=…&district=…&open=1&q=…`. */
export interface NeedParams {
  statuses: NeedStatus[];
  classifications: NeedClassification[];
  fieldOfActionId: string;
  districtId: string;
  open: boolean;
  text: string;
}

const id = (value: string | null) => (value && value.length <= 64 ? value : '');

export function readNeedParams(search: Pick<URLSearchParams, 'get' | 'getAll'>): NeedParams {
  return {
    statuses: [...new Set(search.getAll('status').flatMap((v) => pickOf(needStatuses, v) ?? []))],
    classifications: [...new Set(search.getAll('class').flatMap((v) => pickOf(needClassifications, v) ?? []))],
    fieldOfActionId: id(search.get('field')),
    districtId: id(search.get('district')),
    open: search.get('open') === '1',
    text: (search.get('q') ?? '').slice(0, 200),
  };
}

export function writeNeedParams(params: NeedParams): string {
  const out = new URLSearchParams();
  for (const status of params.statuses) out.append('status', status);
  for (const classification of params.classifications) out.append('class', classification);
  if (params.fieldOfActionId) out.set('field', params.fieldOfActionId);
  if (params.districtId) out.set('district', params.districtId);
  if (params.open) out.set('open', '1');
  if (params.text.trim()) out.set('q', params.text.trim());
  return out.toString();
}

/** The API filter for the URL's filters; empty parts are left out. */
export function toNeedFilter(params: NeedParams): NeedFilter {
  const filter: NeedFilter = {};
  if (params.statuses.length) filter.statuses = params.statuses;
  if (params.classifications.length) filter.classifications = params.classifications;
  if (params.fieldOfActionId) filter.fieldOfActionId = params.fieldOfActionId;
  if (params.districtId) filter.districtId = params.districtId;
  if (params.open) filter.open = true;
  if (params.text.trim()) filter.text = params.text.trim();
  return filter;
}

/** How many of the listed needs fall in each class, every class included. */
export function countByClassification(needs: readonly { classification: NeedClassification }[]): Record<NeedClassification, number> {
  const counts = Object.fromEntries(needClassifications.map((c) => [c, 0])) as Record<NeedClassification, number>;
  for (const need of needs) counts[need.classification] += 1;
  return counts;
}
