import { registerEnumType } from 'type-graphql';

/** What kind of actor an organisation is. */
export enum OrganisationKind {
  MUNICIPAL_DEPARTMENT = 'MUNICIPAL_DEPARTMENT',
  PUBLIC_AGENCY = 'PUBLIC_AGENCY',
  WELFARE_ASSOCIATION = 'WELFARE_ASSOCIATION',
  CHURCH_OR_PARISH = 'CHURCH_OR_PARISH',
  MIGRANT_ORGANISATION = 'MIGRANT_ORGANISATION',
  VOLUNTEER_INITIATIVE = 'VOLUNTEER_INITIATIVE',
  ASSOCIATION = 'ASSOCIATION',
  EDUCATION_PROVIDER = 'EDUCATION_PROVIDER',
  EMPLOYER_OR_CHAMBER = 'EMPLOYER_OR_CHAMBER',
  OTHER = 'OTHER',
}

/** The sector an organisation belongs to; tandems pair two different ones. */
export enum Sector {
  PUBLIC_ADMINISTRATION = 'PUBLIC_ADMINISTRATION',
  WELFARE = 'WELFARE',
  CIVIL_SOCIETY = 'CIVIL_SOCIETY',
  MIGRANT_SELF_ORGANISATION = 'MIGRANT_SELF_ORGANISATION',
  FAITH = 'FAITH',
  EDUCATION = 'EDUCATION',
  BUSINESS = 'BUSINESS',
}

/** Who may read a record: everyone, or only logged-in network members. */
export enum Visibility {
  PUBLIC = 'PUBLIC',
  INTERNAL = 'INTERNAL',
}

/** How a contact channel is reached. */
export enum ContactChannelKind {
  EMAIL = 'EMAIL',
  PHONE = 'PHONE',
  MOBILE = 'MOBILE',
  FAX = 'FAX',
  MESSENGER = 'MESSENGER',
}

registerEnumType(OrganisationKind, { name: 'OrganisationKind' });
registerEnumType(Sector, { name: 'Sector' });
registerEnumType(Visibility, { name: 'Visibility' });
registerEnumType(ContactChannelKind, { name: 'ContactChannelKind' });
