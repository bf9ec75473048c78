import { describe, expect, it } from 'vitest';
import { affiliationOrganisations, distinctPeople, membershipReasonKey, nextBodyStatuses, parseWeeks } from './network-forms.ts';

describe('nextBodyStatuses', () => {
  it('offers the allowed steps', () => {
    expect(nextBodyStatuses('FOUNDED')).toEqual(['ACTIVE', 'DISSOLVED']);
    expect(nextBodyStatuses('ACTIVE')).toEqual(['PAUSED', 'MERGED', 'DISSOLVED', 'HANDED_OVER']);
    expect(nextBodyStatuses('PAUSED')).toEqual(['ACTIVE', 'MERGED', 'DISSOLVED', 'HANDED_OVER']);
  });
  it('offers nothing for ended bodies', () => {
    expect(nextBodyStatuses('MERGED')).toEqual([]);
    expect(nextBodyStatuses('DISSOLVED')).toEqual([]);
    expect(nextBodyStatuses('HANDED_OVER')).toEqual([]);
  });
});

describe('membershipReasonKey', () => {
  it('maps the tandem and membership rules', () => {
    expect(membershipReasonKey('TOO_MANY_LEADS')).toBe('errors.reason.TOO_MANY_LEADS');
    expect(membershipReasonKey('SAME_ORGANISATION_LEADS')).toBe('errors.reason.SAME_ORGANISATION_LEADS');
    expect(membershipReasonKey('DUPLICATE_MEMBERSHIP')).toBe('errors.reason.DUPLICATE_MEMBERSHIP');
  });
  it('ignores other reasons', () => {
    expect(membershipReasonKey('VALIDATION_FAILED')).toBeUndefined();
    expect(membershipReasonKey(undefined)).toBeUndefined();
  });
});

describe('affiliationOrganisations', () => {
  it('lists each organisation once, by name', () => {
    const result = affiliationOrganisations([
      { organisation: { id: '2', name: 'Caritas' } },
      { organisation: { id: '1', name: 'AWO' } },
      { organisation: { id: '2', name: 'Caritas' } },
    ]);
    expect(result).toEqual([
      { id: '1', name: 'AWO' },
      { id: '2', name: 'Caritas' },
    ]);
  });
});

describe('distinctPeople', () => {
  it('lists each person once, by family name', () => {
    const a = { id: 'a', givenName: 'Eva', familyName: 'Yilmaz' };
    const b = { id: 'b', givenName: 'Jan', familyName: 'Öztürk' };
    const c = { id: 'c', givenName: 'Ali', familyName: 'Arslan' };
    expect(distinctPeople([{ person: a }, { person: b }, { person: a }, { person: c }]).map((p) => p.id)).toEqual(['c', 'b', 'a']);
  });
});

describe('parseWeeks', () => {
  it('reads whole weeks', () => {
    expect(parseWeeks('4')).toBe(4);
    expect(parseWeeks(6)).toBe(6);
  });
  it('treats empty as none', () => {
    expect(parseWeeks('')).toBeNull();
    expect(parseWeeks(null)).toBeNull();
    expect(parseWeeks('  ')).toBeNull();
  });
  it('rejects other input', () => {
    expect(parseWeeks('0')).toBeUndefined();
    expect(parseWeeks('2.5')).toBeUndefined();
    expect(parseWeeks('abc')).toBeUndefined();
    expect(parseWeeks('200')).toBeUndefined();
  });
});
