import { describe, expect, it } from 'vitest';
import { type OfferDetail, offerJsonLd } from './offer-json-ld.ts';

const entry = (id: string, labelDe: string, code = id) => ({
  id,
  code,
  labelDe,
  labelEn: labelDe,
  labelAr: null,
  labelFa: null,
  labelTr: null,
  labelUk: null,
  position: 1,
});

const offer = (kind: string): OfferDetail =>
  ({
    id: 'o1',
    cost: 'FREE',
    organisation: { id: 'org1', name: 'Sozialamt Lindenau', kind, website: 'https://lindenau.example' },
    districts: [entry('d1', 'Neustadt')],
    languages: [{ ...entry('l1', 'Arabisch', 'ar'), nativeName: 'العربية' }],
    locations: [
      {
        name: 'Rathaus',
        street: 'Markt 1',
        postalCode: '39120',
        city: 'Lindenau',
        latitude: null,
        longitude: null,
        accessibility: null,
        byAppointment: false,
        openingHours: [
          { weekday: 1, opens: '09:00', closes: '12:00' },
          { weekday: 7, opens: '10:00', closes: '11:00' },
        ],
      },
    ],
  }) as unknown as OfferDetail;

const texts = { name: 'استشارة', description: 'نص', language: 'ar', serviceType: 'استشارة' };

describe('an offer as schema.org', () => {
  it('is a GovernmentService when a city department provides it, else a Service', () => {
    const city = offerJsonLd(offer('MUNICIPAL_DEPARTMENT'), texts, 'https://x/offers/o1', (e) => e.labelDe);
    expect(city['@type']).toBe('GovernmentService');
    expect(city.provider).toMatchObject({ '@type': 'GovernmentOrganization', name: 'Sozialamt Lindenau' });
    expect(offerJsonLd(offer('WELFARE_ASSOCIATION'), texts, 'u', (e) => e.labelDe)['@type']).toBe('Service');
  });

  it('carries districts, languages and the week as OpeningHoursSpecification', () => {
    const data = offerJsonLd(offer('ASSOCIATION'), texts, 'u', (e) => e.labelDe);
    expect(data.areaServed).toEqual([{ '@type': 'Place', name: 'Neustadt' }]);
    expect(data.availableLanguage).toEqual([{ '@type': 'Language', name: 'Arabisch', alternateName: 'ar' }]);
    expect(data.hoursAvailable).toEqual([
      { '@type': 'OpeningHoursSpecification', dayOfWeek: 'https://schema.org/Monday', opens: '09:00', closes: '12:00' },
      { '@type': 'OpeningHoursSpecification', dayOfWeek: 'https://schema.org/Sunday', opens: '10:00', closes: '11:00' },
    ]);
    expect(data.inLanguage).toBe('ar');
    expect(data.isAccessibleForFree).toBe(true);
  });
});
