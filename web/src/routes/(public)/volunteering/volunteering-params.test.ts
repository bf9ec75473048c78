import { describe, expect, it } from 'vitest';
import { splitSkills } from '#lib/volunteering.ts';
import { hasMatchInput, readVolunteeringParams, toMatchInput, toOpportunityFilter, volunteeringHref } from './volunteering-params.ts';

const district = '0b8f2d44-5f65-4a0e-9a9e-0a1d2c3b4e5f';
const arabic = '1c9e3e55-6a76-4b1f-8bab-1b2e3d4c5f60';

describe('the volunteering page’s URL', () => {
  it('reads the filters of the list and drops what is malformed', () => {
    const params = readVolunteeringParams(
      new URLSearchParams(`q=+Lesen+&district=${district.toUpperCase()}&language=${arabic}&language=kein&time=WEEKLY&group=x&more=9`),
    );
    expect(params).toMatchObject({
      mode: 'list',
      search: 'Lesen',
      districtId: district,
      languageIds: [arabic],
      time: 'WEEKLY',
      targetGroupId: '',
      more: 3,
    });
    expect(toOpportunityFilter(params)).toEqual({
      search: 'Lesen',
      districtIds: [district],
      languageIds: [arabic],
      targetGroupIds: null,
      timeNeeded: ['WEEKLY'],
    });
    expect(readVolunteeringParams(new URLSearchParams('time=SOMETIMES&more=-2'))).toMatchObject({ time: undefined, more: 1 });
  });

  it('reads the answers of "Was passt zu mir?" and writes them back', () => {
    const params = readVolunteeringParams(
      new URLSearchParams(`match=1&district=${district}&time=ONCE&skills=Geduld,+F%C3%BChrerschein,,Geduld`),
    );
    expect(params.mode).toBe('match');
    expect(hasMatchInput(params)).toBe(true);
    expect(toMatchInput(params)).toEqual({
      districtId: district,
      languageIds: [],
      timeAvailable: 'ONCE',
      skills: ['Geduld', 'Führerschein'],
    });
    expect(volunteeringHref(params)).toBe(`/volunteering?match=1&district=${district}&time=ONCE&skills=Geduld%2C+F%C3%BChrerschein`);
    expect(hasMatchInput(readVolunteeringParams(new URLSearchParams('match=1')))).toBe(false);
    expect(volunteeringHref(readVolunteeringParams(new URLSearchParams('')))).toBe('/volunteering');
  });

  it('splits skills as the API takes them', () => {
    expect(splitSkills(` Kochen ;  Erste   Hilfe\n${'x'.repeat(61)}, kochen`)).toEqual(['Kochen', 'Erste Hilfe']);
    expect(splitSkills(Array.from({ length: 25 }, (_, i) => `s${i}`).join(','))).toHaveLength(20);
  });
});
