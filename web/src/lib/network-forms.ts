import type { BodyStatus } from './graphql/enums.ts';
import type { MessageKey } from './i18n/i18n.ts';

/** The steps a body may take from its current status; ended bodies have none. */
const transitions: Record<BodyStatus, readonly BodyStatus[]> = {
  FOUNDED: ['ACTIVE', 'DISSOLVED'],
  ACTIVE: ['PAUSED', 'MERGED', 'DISSOLVED', 'HANDED_OVER'],
  PAUSED: ['ACTIVE', 'MERGED', 'DISSOLVED', 'HANDED_OVER'],
  MERGED: [],
  DISSOLVED: [],
  HANDED_OVER: [],
};

export function nextBodyStatuses(status: BodyStatus): readonly BodyStatus[] {
  return transitions[status];
}

/** Membership rules the API checks; their catalogue message is shown beside the field concerned. */
const membershipReasons = [
  'TOO_MANY_LEADS',
  'SAME_ORGANISATION_LEADS',
  'NO_TANDEM_FOR_KIND',
  'DUPLICATE_MEMBERSHIP',
  'BODY_ENDED',
  'ORGANISATION_REQUIRED',
] as const;
type MembershipReason = (typeof membershipReasons)[number];

/** The message for a broken membership rule, or undefined for other reasons. */
export function membershipReasonKey(reason: string | undefined): MessageKey | undefined {
  return membershipReasons.includes(reason as MembershipReason) ? `errors.reason.${reason as MembershipReason}` : undefined;
}

interface OrganisationRef {
  id: string;
  name: string;
}

/** The organisations a person acts for, once each, by name. */
export function affiliationOrganisations(affiliations: readonly { organisation: OrganisationRef }[]): OrganisationRef[] {
  const byId = new Map<string, OrganisationRef>();
  for (const { organisation } of affiliations) byId.set(organisation.id, { id: organisation.id, name: organisation.name });
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, 'de'));
}

interface PersonRef {
  id: string;
  givenName: string;
  familyName: string;
}

/** The people among a body's members, once each (a person may hold two roles), by family name. */
export function distinctPeople(members: readonly { person: PersonRef }[]): PersonRef[] {
  const byId = new Map<string, PersonRef>();
  for (const { person } of members) byId.set(person.id, person);
  return [...byId.values()].sort((a, b) => a.familyName.localeCompare(b.familyName, 'de') || a.givenName.localeCompare(b.givenName, 'de'));
}

/** Reads a whole number of weeks from a form field; empty is null, anything else not a positive integer undefined. */
export function parseWeeks(value: string | number | null | undefined): number | null | undefined {
  if (value === null || value === undefined || value === '') return null;
  const text = String(value).trim();
  if (text === '') return null;
  if (!/^\d+$/.test(text)) return undefined;
  const weeks = Number(text);
  return weeks >= 1 && weeks <= 104 ? weeks : undefined;
}
