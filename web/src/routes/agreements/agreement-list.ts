import { addDays, localDay } from '#lib/dates.ts';
import { type AgreementStatus, agreementStatuses, pick } from '#lib/graphql/enums.ts';
import type { VariablesOf } from '#lib/graphql/graphql.ts';
import type { AgreementsQuery } from '#lib/graphql/operations.ts';

type AgreementFilter = NonNullable<VariablesOf<typeof AgreementsQuery>['filter']>;

/** "Expires soon" means: in force, and its end or notice date within this many days. */
export const EXPIRING_WITHIN_DAYS = 60;

/** The list's filters as the URL carries them: `?status=IN_FORCE&organisation=…&expiring=1`. */
export interface AgreementParams {
  statuses: AgreementStatus[];
  organisationId: string;
  expiring: boolean;
}

export function readAgreementParams(search: Pick<URLSearchParams, 'get' | 'getAll'>): AgreementParams {
  const organisation = search.get('organisation') ?? '';
  return {
    statuses: [...new Set(search.getAll('status').flatMap((v) => pick(agreementStatuses, v) ?? []))],
    organisationId: organisation.length <= 64 ? organisation : '',
    expiring: search.get('expiring') === '1',
  };
}

export function writeAgreementParams(params: AgreementParams): string {
  const out = new URLSearchParams();
  for (const status of params.statuses) out.append('status', status);
  if (params.organisationId) out.set('organisation', params.organisationId);
  if (params.expiring) out.set('expiring', '1');
  return out.toString();
}

/** The API filter; only admins filter by organisation (editors see their own organisations' agreements anyway). */
export function toAgreementFilter(params: AgreementParams, admin: boolean): AgreementFilter {
  const filter: AgreementFilter = {};
  if (params.statuses.length) filter.statuses = params.statuses;
  if (admin && params.organisationId) filter.organisationId = params.organisationId;
  if (params.expiring) filter.expiringWithinDays = EXPIRING_WITHIN_DAYS;
  return filter;
}

/** Whether an agreement in force ends, or must be given notice, within the next days (as the API's filter counts it). */
export function expiresSoon(
  agreement: { status: AgreementStatus; validTo?: string | null; noticeOn?: string | null },
  today = localDay(),
  days = EXPIRING_WITHIN_DAYS,
): boolean {
  if (agreement.status !== 'IN_FORCE') return false;
  const until = addDays(today, days);
  const within = (day: string | null | undefined) => !!day && day >= today && day <= until;
  return within(agreement.validTo) || within(agreement.noticeOn);
}
