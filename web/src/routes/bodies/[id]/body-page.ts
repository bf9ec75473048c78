import { type MembershipRole, membershipRoles } from '#lib/graphql/enums.ts';

/** The least a membership needs to be listed under its role. */
interface MemberLike {
  role: MembershipRole;
  person: { givenName: string; familyName: string };
}

/** Members under their roles, leadership first (chair, deputy, tandem leads, members…), each group by family name. */
export function groupMembersByRole<M extends MemberLike>(members: readonly M[]): { role: MembershipRole; members: M[] }[] {
  const byName = (a: M, b: M) =>
    a.person.familyName.localeCompare(b.person.familyName, 'de') || a.person.givenName.localeCompare(b.person.givenName, 'de');
  return membershipRoles
    .map((role) => ({ role, members: members.filter((m) => m.role === role).sort(byName) }))
    .filter((group) => group.members.length > 0);
}

/** How often a body meets, as a catalogue message and its values; null when nothing is known. */
export type MeetingCadence =
  | { key: 'bodyPage.cadence.range'; values: { min: number; max: number } }
  | { key: 'bodyPage.cadence.every'; values: { weeks: number } };

export function meetingCadence(minWeeks: number | null | undefined, maxWeeks: number | null | undefined): MeetingCadence | null {
  const min = minWeeks ?? null;
  const max = maxWeeks ?? null;
  if (min !== null && max !== null && min !== max) {
    return { key: 'bodyPage.cadence.range', values: { min: Math.min(min, max), max: Math.max(min, max) } };
  }
  const weeks = min ?? max;
  return weeks === null ? null : { key: 'bodyPage.cadence.every', values: { weeks } };
}
