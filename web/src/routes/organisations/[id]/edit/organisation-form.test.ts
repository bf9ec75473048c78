import { describe, expect, it } from 'vitest';
import type { MessageKey } from '#lib/i18n/i18n.ts';
import { type EditableOrganisation, fromOrganisation, locateField, toInput } from './organisation-form.ts';

const organisation: EditableOrganisation = {
  id: 'o1',
  version: 3,
  name: 'Caritasverband Lindenau e. V.',
  shortName: null,
  kind: 'WELFARE_ASSOCIATION',
  sector: 'WELFARE',
  description: 'Beratung',
  website: null,
  visibility: 'PUBLIC',
  isStale: false,
  lastConfirmedAt: '2026-01-01T00:00:00.000Z',
  viewerCanEdit: true,
  address: { street: 'Domplatz 4', postalCode: '39102', city: 'Lindenau', latitude: 52.1, longitude: 11.6 },
  contactChannels: [{ kind: 'EMAIL', value: 'info@caritas.example', label: null }],
  fieldsOfAction: [{ id: 'f1' }],
  districts: [],
  languages: [{ id: 'de' }],
  targetGroups: [],
};

const t = (key: MessageKey, values?: Record<string, string | number>) => (values ? `${key} ${JSON.stringify(values)}` : key);

describe('organisation form', () => {
  it('sends the whole profile, clearing empty optional fields and keeping coordinates', () => {
    const form = fromOrganisation(organisation);
    form.description = '  ';
    form.website = ' https://caritas.example ';
    const input = toInput(form, false);
    expect(input).toMatchObject({
      name: 'Caritasverband Lindenau e. V.',
      shortName: null,
      description: null,
      website: 'https://caritas.example',
      fieldOfActionIds: ['f1'],
      languageIds: ['de'],
      address: { street: 'Domplatz 4', postalCode: '39102', city: 'Lindenau', latitude: 52.1, longitude: 11.6 },
      contactChannels: [{ kind: 'EMAIL', value: 'info@caritas.example', label: null }],
    });
    expect(input).not.toHaveProperty('visibility');
    expect(toInput(form, true)).toHaveProperty('visibility', 'PUBLIC');
  });

  it('drops empty contact rows and maps API indexes back to the rows on screen', () => {
    const form = fromOrganisation(organisation);
    form.contactChannels = [
      { key: 1, kind: 'PHONE', value: '', label: '' },
      { key: 2, kind: 'PHONE', value: 'abc', label: '' },
    ];
    expect(toInput(form, false).contactChannels).toEqual([{ kind: 'PHONE', value: 'abc', label: null }]);
    // The API's index 0 is the second row on screen.
    expect(locateField('input.contactChannels.0.value', form, t)).toMatchObject({
      target: 'org-contact-1-value',
      hint: 'edit.hints.phone',
    });
  });

  it('finds nested and unknown fields', () => {
    const form = fromOrganisation(organisation);
    expect(locateField('input.address.postalCode', form, t)?.target).toBe('org-postal-code');
    expect(locateField('input.districtIds.0', form, t)?.target).toBe('org-districts');
    expect(locateField('input.somethingElse', form, t)).toBeUndefined();
  });
});
