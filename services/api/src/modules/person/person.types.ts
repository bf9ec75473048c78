import { Extensions, Field, ObjectType } from 'type-graphql';
import { Connection, Edge } from '../../graphql/connection.js';
import { RecordView, VersionedView } from '../../graphql/record.types.js';
import { DateScalar } from '../../graphql/scalars.js';
import { ContactChannel } from '../organisation/contact.types.js';
import type { OrganisationView } from '../organisation/organisation.types.js';

/** A contact person as a reader sees them. */
@ObjectType('Person', { simpleResolvers: true, description: 'A person in the network, acting for organisations.' })
export class PersonView extends VersionedView {
  @Field(() => String)
  givenName!: string;

  @Field(() => String)
  familyName!: string;

  @Field(() => String, { nullable: true, description: 'Function or job title, e.g. "Integrationsbeauftragte".' })
  function!: string | null;

  @Field(() => [ContactChannel], {
    nullable: true,
    description: 'Null when hidden: visitors see contact data only with the person’s consent.',
  })
  @Extensions({ maxItems: 10 })
  contactChannels!: ContactChannel[] | null;

  @Field(() => Boolean, { description: 'Consent to publish contact data to the public directory.' })
  consentToPublishContact!: boolean;

  @Field(() => Date, { nullable: true })
  archivedAt!: Date | null;
}

/** A person's role at an organisation over a period. */
@ObjectType('Affiliation', { simpleResolvers: true, description: 'A person acting for an organisation, with a role and dates.' })
export class AffiliationView extends RecordView {
  @Field(() => String, { description: 'Role at the organisation, e.g. "Geschäftsführung".' })
  role!: string;

  @Field(() => DateScalar, { nullable: true, description: 'First day.' })
  validFrom!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day; open when empty.' })
  validTo!: string | null;

  personId!: string;
  organisationId!: string;
  /** Present when the statement that read the affiliation also read its person or organisation. */
  person?: PersonView;
  organisation?: OrganisationView;
}

@ObjectType('PersonEdge', { simpleResolvers: true })
export class PersonEdge extends Edge(PersonView) {}

@ObjectType('PersonConnection', { simpleResolvers: true })
export class PersonConnection extends Connection(PersonEdge) {}
