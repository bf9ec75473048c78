import { Extensions, Field, Float, ID, ObjectType } from 'type-graphql';
import { Edge, FacetCount } from '../../graphql/connection.js';
import { VersionedView } from '../../graphql/record.types.js';
import { DirectoryConnection, DirectoryFacets } from '../directory/directory.types.js';
import { ContactChannel } from './contact.types.js';
import { OrganisationKind, Sector, Visibility } from './organisation.enums.js';

/** A postal address with optional coordinates for the map. */
@ObjectType('Address', { simpleResolvers: true })
export class AddressView {
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
}

/** An organisation's name and description in another language than German. */
@ObjectType('OrganisationTranslation', { simpleResolvers: true })
export class OrganisationTranslationView {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'One of en, ar, fa, tr, uk.' })
  locale!: string;

  @Field(() => String, { nullable: true, description: 'The name as written in that language; none = the German name.' })
  name!: string | null;

  @Field(() => String, { nullable: true })
  description!: string | null;

  organisationId!: string;
}

/** An actor of the network as a reader sees it. */
@ObjectType('Organisation', { simpleResolvers: true, description: 'An organisation in the network directory.' })
export class OrganisationView extends VersionedView {
  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  shortName!: string | null;

  @Field(() => OrganisationKind)
  kind!: OrganisationKind;

  @Field(() => Sector)
  sector!: Sector;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => AddressView)
  address!: AddressView;

  @Field(() => [ContactChannel])
  @Extensions({ maxItems: 10 })
  contactChannels!: ContactChannel[];

  @Field(() => String, { nullable: true })
  website!: string | null;

  @Field(() => Visibility)
  visibility!: Visibility;

  @Field(() => Date, { nullable: true })
  archivedAt!: Date | null;

  @Field(() => Date, { description: 'When the profile was last confirmed as correct.' })
  lastConfirmedAt!: Date;
}

@ObjectType('OrganisationEdge', { simpleResolvers: true })
export class OrganisationEdge extends Edge(OrganisationView) {}

@ObjectType('OrganisationFacets', {
  simpleResolvers: true,
  description: 'Facet counts for the current search; each ignores its own filter.',
})
export class OrganisationFacets extends DirectoryFacets {
  @Field(() => [FacetCount])
  @Extensions({ maxItems: Object.keys(OrganisationKind).length })
  kinds!: FacetCount[];

  @Field(() => [FacetCount])
  @Extensions({ maxItems: Object.keys(Sector).length })
  sectors!: FacetCount[];
}

@ObjectType('OrganisationConnection', { simpleResolvers: true })
export class OrganisationConnection extends DirectoryConnection(OrganisationEdge, OrganisationFacets, [
  'kinds',
  'sectors',
  'fieldsOfAction',
  'districts',
  'languages',
  'targetGroups',
]) {}
