import type { ResultOf } from '#lib/graphql/graphql.ts';
import type { OfferDetailQuery } from '#lib/graphql/offer-operations.ts';

export type OfferDetail = ResultOf<typeof OfferDetailQuery>['offer'];

const schemaDays = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** Organisation kinds of the city and other public bodies: their offers are a `GovernmentService`. */
const governmentKinds: ReadonlySet<string> = new Set(['MUNICIPAL_DEPARTMENT', 'PUBLIC_AGENCY']);

/**
 * The schema.org description of an offer: a `GovernmentService` when a public
 * body provides it, else a `Service`, with the provider, the districts it
 * serves, its languages and its weekly hours. Texts are the ones the page
 * shows (in the visitor's language where translated); `labels` names the
 * reference entries in that language.
 */
export function offerJsonLd(
  offer: OfferDetail,
  texts: { name: string; description: string; language: string; serviceType: string },
  url: string,
  label: (entry: { labelDe: string; labelEn: string }) => string,
): Record<string, unknown> {
  const hours = offer.locations.flatMap((location) =>
    location.openingHours.map((h) => ({
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: `https://schema.org/${schemaDays[h.weekday - 1]}`,
      opens: h.opens,
      closes: h.closes,
    })),
  );
  const places = offer.locations
    .filter((l) => l.street || l.city)
    .map((l) => ({
      '@type': 'Place',
      name: l.name ?? undefined,
      address: {
        '@type': 'PostalAddress',
        streetAddress: l.street ?? undefined,
        postalCode: l.postalCode ?? undefined,
        addressLocality: l.city ?? undefined,
        addressCountry: 'DE',
      },
      geo:
        l.latitude != null && l.longitude != null ? { '@type': 'GeoCoordinates', latitude: l.latitude, longitude: l.longitude } : undefined,
    }));
  return {
    '@type': governmentKinds.has(offer.organisation.kind) ? 'GovernmentService' : 'Service',
    '@id': url,
    url,
    name: texts.name,
    description: texts.description,
    inLanguage: texts.language,
    serviceType: texts.serviceType,
    provider: {
      '@type': governmentKinds.has(offer.organisation.kind) ? 'GovernmentOrganization' : 'Organization',
      name: offer.organisation.name,
      url: offer.organisation.website ?? undefined,
    },
    areaServed: offer.districts.map((d) => ({ '@type': 'Place', name: label(d) })),
    availableLanguage: offer.languages.map((l) => ({ '@type': 'Language', name: label(l), alternateName: l.code })),
    hoursAvailable: hours,
    availableChannel: places.length ? places.map((place) => ({ '@type': 'ServiceChannel', serviceLocation: place })) : undefined,
    isAccessibleForFree: offer.cost === 'FREE',
  };
}
