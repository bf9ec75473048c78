import type { ResultOf } from '#lib/graphql/graphql.ts';
import type { OrganisationDetailQuery } from '#lib/graphql/operations.ts';

type Organisation = NonNullable<ResultOf<typeof OrganisationDetailQuery>['organisation']>;

/**
 * The profile as a schema.org `Organization`: name, description, address,
 * website and the organisation's own e-mail addresses and phone numbers (those
 * the reader may see: the page shows the same).
 */
export function organisationJsonLd(
  organisation: Pick<Organisation, 'name' | 'shortName' | 'website' | 'address' | 'contactChannels'>,
  texts: { description: string },
  pageUrl: string,
): Record<string, unknown> {
  const { street, postalCode, city } = organisation.address;
  const channel = (kinds: string[]) => organisation.contactChannels.filter((c) => kinds.includes(c.kind)).map((c) => c.value);
  const emails = channel(['EMAIL']);
  const phones = channel(['PHONE', 'MOBILE']);
  const faxes = channel(['FAX']);
  return {
    '@type': 'Organization',
    '@id': pageUrl,
    name: organisation.name,
    alternateName: organisation.shortName ?? undefined,
    description: texts.description || undefined,
    url: organisation.website ?? pageUrl,
    mainEntityOfPage: pageUrl,
    address:
      street || postalCode || city
        ? { '@type': 'PostalAddress', streetAddress: street, postalCode, addressLocality: city, addressCountry: 'DE' }
        : undefined,
    email: emails.length === 1 ? emails[0] : emails,
    telephone: phones.length === 1 ? phones[0] : phones,
    faxNumber: faxes[0],
  };
}
