import { describe, expect, it } from 'vitest';
import type { MembershipRole } from '#lib/graphql/enums.ts';
import { groupMembersByRole, meetingCadence } from './body-page.ts';

const member = (givenName: string, familyName: string, role: MembershipRole) => ({
  id: familyName,
  role,
  person: { givenName, familyName },
});

describe('groupMembersByRole', () => {
  it('lists leadership first and members by family name', () => {
    const groups = groupMembersByRole([
      member('Kerem', 'Aksoy', 'MEMBER'),
      member('Henrike', 'Voßberg', 'SECRETARIAT'),
      member('Frank', 'Terhorst', 'TANDEM_LEAD'),
      member('Birte', 'Clausen', 'MEMBER'),
      member('Helge', 'Martens', 'TANDEM_LEAD'),
      member('Birgit', 'Holländer', 'CHAIR'),
      member('Ömer', 'Öztürk', 'MEMBER'),
    ]);
    expect(groups.map((g) => [g.role, g.members.map((m) => m.person.familyName)])).toEqual([
      ['CHAIR', ['Holländer']],
      ['TANDEM_LEAD', ['Martens', 'Terhorst']],
      ['MEMBER', ['Aksoy', 'Clausen', 'Öztürk']],
      ['SECRETARIAT', ['Voßberg']],
    ]);
  });

  it('leaves out roles nobody holds', () => {
    expect(groupMembersByRole([])).toEqual([]);
  });
});

describe('meetingCadence', () => {
  it('gives a range of weeks', () => {
    expect(meetingCadence(4, 8)).toEqual({ key: 'bodyPage.cadence.range', values: { min: 4, max: 8 } });
  });

  it('gives a single interval when both ends agree or only one is known', () => {
    expect(meetingCadence(6, 6)).toEqual({ key: 'bodyPage.cadence.every', values: { weeks: 6 } });
    expect(meetingCadence(null, 12)).toEqual({ key: 'bodyPage.cadence.every', values: { weeks: 12 } });
  });

  it('says nothing when nothing is known', () => {
    expect(meetingCadence(null, undefined)).toBeNull();
  });
});
