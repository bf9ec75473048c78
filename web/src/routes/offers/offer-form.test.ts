import { describe, expect, it } from 'vitest';
import type { MessageKey } from '#lib/i18n/i18n.ts';
import { type EditableOffer, fromOffer, locateOfferField, newOffer, nextHoursRow, toInput } from './offer-form.ts';

const t = (key: MessageKey, values?: Record<string, string | number>) => (values ? `${key} ${JSON.stringify(values)}` : key);

const saved: EditableOffer = {
  id: 'o1',
  version: 3,
  title: 'Sprechstunde',
  description: null,
  kind: 'COUNSELLING',
  cost: 'FREE',
  costNote: null,
  registrationRequired: false,
  validFrom: null,
  validUntil: '2026-12-31',
  visibility: 'PUBLIC',
  archivedAt: null,
  isStale: false,
  lastConfirmedAt: '2026-01-01T00:00:00Z',
  confirmationDueAt: '2027-01-01T00:00:00Z',
  viewerCanEdit: true,
  organisation: { id: 'org1', name: 'Caritas' },
  translations: [{ locale: 'ar', title: 'استشارة', description: null }],
  fieldsOfAction: [{ id: 'f1' }],
  targetGroups: [],
  languages: [{ id: 'l1' }, { id: 'l2' }],
  districts: [{ id: 'd1' }],
  locations: [
    {
      name: 'Beratungsstelle',
      street: 'Breite Straße 21',
      postalCode: '39120',
      city: 'Lindenau',
      latitude: 52.1,
      longitude: 11.6,
      accessibility: { stepFree: true, accessibleToilet: null, note: null },
      openingHours: [{ weekday: 3, opens: '09:00', closes: '12:00' }],
      byAppointment: true,
    },
  ],
  contactChannels: [{ kind: 'EMAIL', value: 'info@example.org', label: null }],
};

describe('the offer form', () => {
  it('sends back what it loaded, empty fields as null, coordinates kept', () => {
    const input = toInput(fromOffer(saved), 'org1');
    expect(input).toMatchObject({
      organisationId: 'org1',
      title: 'Sprechstunde',
      description: null,
      validFrom: null,
      validUntil: '2026-12-31',
      languageIds: ['l1', 'l2'],
      translations: [{ locale: 'ar', title: 'استشارة', description: null }],
      contactChannels: [{ kind: 'EMAIL', value: 'info@example.org', label: null }],
    });
    expect(input.locations).toEqual([
      {
        name: 'Beratungsstelle',
        street: 'Breite Straße 21',
        postalCode: '39120',
        city: 'Lindenau',
        latitude: 52.1,
        longitude: 11.6,
        accessibility: { stepFree: true, accessibleToilet: null, note: null },
        byAppointment: true,
        openingHours: [{ weekday: 3, opens: '09:00', closes: '12:00' }],
      },
    ]);
  });

  it('leaves out languages without any text, and trims what is sent', () => {
    const form = newOffer();
    form.title = '  Sprachcafé  ';
    const english = form.translations.find((row) => row.locale === 'en');
    if (english) english.title = ' Language café ';
    form.contactChannels = [{ key: 1, kind: 'PHONE', value: '  ', label: '' }];
    const input = toInput(form, 'org1');
    expect(input.title).toBe('Sprachcafé');
    expect(input.translations).toEqual([{ locale: 'en', title: 'Language café', description: null }]);
    expect(input.contactChannels).toEqual([]);
  });

  it('starts a new opening span on the day after the last, with its times, and Monday after Sunday', () => {
    expect(nextHoursRow([])).toMatchObject({ weekday: 1, opens: '09:00', closes: '17:00' });
    expect(nextHoursRow([{ key: 1, weekday: 2, opens: '10:00', closes: '12:30' }])).toMatchObject({
      weekday: 3,
      opens: '10:00',
      closes: '12:30',
    });
    expect(nextHoursRow([{ key: 1, weekday: 7, opens: '10:00', closes: '12:00' }]).weekday).toBe(1);
  });

  it('finds the control of an opening span the API refused', () => {
    const form = fromOffer(saved);
    const target = locateOfferField('input.locations.0.openingHours.0.closes', form, t);
    expect(target).toMatchObject({ target: 'offer-location-0-hours-0-closes', hint: 'offerForm.hints.hours' });
    expect(locateOfferField('input.locations.0.openingHours.0.weekday', form, t)?.target).toBe('offer-location-0-hours-0-weekday');
    // A span the form does not have points at the location's schedule.
    expect(locateOfferField('input.locations.0.openingHours.9.closes', form, t)?.target).toBe('offer-location-0-hours');
    expect(locateOfferField('input.locations.0.postalCode', form, t)?.target).toBe('offer-location-0-postalCode');
  });

  it('maps a translation’s index to its language, counting only the languages sent', () => {
    const form = newOffer();
    const turkish = form.translations.find((row) => row.locale === 'tr');
    if (turkish) turkish.title = 'D';
    // Only Turkish is sent: index 0 is Turkish, not English.
    expect(locateOfferField('input.translations.0.title', form, t)?.target).toBe('offer-translation-tr-title');
    expect(locateOfferField('input.translations.0.description', form, t)?.target).toBe('offer-translation-tr-description');
    expect(locateOfferField('input.translations.3.title', form, t)?.target).toBe('offer-translations');
  });

  it('maps contact channels by the rows sent, past empty ones', () => {
    const form = newOffer();
    form.contactChannels = [
      { key: 1, kind: 'EMAIL', value: '', label: '' },
      { key: 2, kind: 'EMAIL', value: 'nope', label: '' },
    ];
    expect(locateOfferField('input.contactChannels.0.value', form, t)?.target).toBe('org-contact-1-value');
  });
});
