import { Extensions, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Edge, FacetCount } from '../../graphql/connection.js';
import { VersionedView } from '../../graphql/record.types.js';
import { DateScalar } from '../../graphql/scalars.js';
import { DirectoryConnection, DirectoryFacets } from '../directory/directory.types.js';
import { ContactChannel } from '../organisation/contact.types.js';
import { Visibility } from '../organisation/organisation.enums.js';
import { OfferCost, OfferKind } from './offer.enums.js';
import { MAX_LOCATIONS, MAX_OPENING_HOURS } from './offer.inputs.js';

/** One weekly opening slot, local time in Europe/Berlin. */
@ObjectType('OpeningHours', { simpleResolvers: true, description: 'A weekly slot, local time in Europe/Berlin.' })
export class OpeningHoursView {
  @Field(() => Int, { description: '1 = Monday … 7 = Sunday.' })
  weekday!: number;

  @Field(() => String, { description: '"HH:MM".' })
  opens!: string;

  @Field(() => String, { description: '"HH:MM", later than `opens`; "24:00" is the end of the day.' })
  closes!: string;
}

/** How accessible a place is; null where unknown. */
@ObjectType('OfferAccessibility', { simpleResolvers: true })
export class OfferAccessibilityView {
  @Field(() => Boolean, { nullable: true, description: 'Reachable without steps (ramp, lift, level entrance).' })
  stepFree!: boolean | null;

  @Field(() => Boolean, { nullable: true })
  accessibleToilet!: boolean | null;

  @Field(() => String, { nullable: true })
  note!: string | null;
}

/** A place an offer takes place at, with its weekly schedule. */
@ObjectType('OfferLocation', { simpleResolvers: true })
export class OfferLocationView {
  @Field(() => String, { nullable: true, description: 'E.g. "Beratungsstelle Nord" or "Stadtteiltreff".' })
  name!: string | null;

  @Field(() => String, { nullable: true })
  street!: string | null;

  @Field(() => String, { nullable: true })
  postalCode!: string | null;

  @Field(() => String, { nullable: true })
  city!: string | null;

  @Field(() => Float, { nullable: true })
  latitude!: number | null;

  @Field(() => Float, { nullable: true })
  longitude!: number | null;

  @Field(() => OfferAccessibilityView, { nullable: true })
  accessibility!: OfferAccessibilityView | null;

  @Field(() => [OpeningHoursView])
  @Extensions({ maxItems: MAX_OPENING_HOURS })
  openingHours!: OpeningHoursView[];

  @Field(() => Boolean, { description: 'Also (or only) by appointment.' })
  byAppointment!: boolean;
}

/** An offer's title and description in another language than German. */
@ObjectType('OfferTranslation', { simpleResolvers: true })
export class OfferTranslationView {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'One of en, ar, fa, tr, uk.' })
  locale!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  offerId!: string;
}

/** Something an organisation offers, as a reader sees it. */
@ObjectType('Offer', { simpleResolvers: true, description: 'An offer of an organisation: counselling, a course, a café…' })
export class OfferView extends VersionedView {
  /** The organisation's id, which `organisation` follows. */
  organisationId!: string;

  @Field(() => String, { description: 'German title (the base text).' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'German description, plain text.' })
  description!: string | null;

  @Field(() => OfferKind)
  kind!: OfferKind;

  @Field(() => [OfferLocationView])
  @Extensions({ maxItems: MAX_LOCATIONS })
  locations!: OfferLocationView[];

  @Field(() => OfferCost)
  cost!: OfferCost;

  @Field(() => String, { nullable: true, description: 'E.g. "5 € pro Termin, mit Lindenau-Pass kostenlos".' })
  costNote!: string | null;

  @Field(() => Boolean)
  registrationRequired!: boolean;

  @Field(() => [ContactChannel])
  @Extensions({ maxItems: 10 })
  contactChannels!: ContactChannel[];

  @Field(() => DateScalar, { nullable: true, description: 'First day the offer runs; none = already running.' })
  validFrom!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day the offer runs; none = open-ended.' })
  validUntil!: string | null;

  @Field(() => Visibility)
  visibility!: Visibility;

  @Field(() => Date, { nullable: true })
  archivedAt!: Date | null;

  @Field(() => Date, { description: 'When the offer was last confirmed as correct.' })
  lastConfirmedAt!: Date;
}

@ObjectType('OfferEdge', { simpleResolvers: true })
export class OfferEdge extends Edge(OfferView) {}

@ObjectType('OfferFacets', {
  simpleResolvers: true,
  description: 'Facet counts for the current search; each ignores its own filter.',
})
export class OfferFacets extends DirectoryFacets {
  @Field(() => [FacetCount])
  @Extensions({ maxItems: Object.keys(OfferKind).length })
  kinds!: FacetCount[];
}

@ObjectType('OfferConnection', { simpleResolvers: true })
export class OfferConnection extends DirectoryConnection(OfferEdge, OfferFacets, [
  'kinds',
  'fieldsOfAction',
  'districts',
  'languages',
  'targetGroups',
]) {}
