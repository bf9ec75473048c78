import { Extensions, Field, Int, ObjectType } from 'type-graphql';
import { VersionedView } from '../../graphql/record.types.js';
import { DateScalar } from '../../graphql/scalars.js';
import { BodyView } from '../body/body.types.js';
import { Sector } from '../organisation/organisation.enums.js';
import type { OrganisationView } from '../organisation/organisation.types.js';
import type { PersonView } from '../person/person.types.js';
import { MembershipRole } from './membership.entity.js';

/** A person in a body, optionally on behalf of an organisation, as a reader sees it. */
@ObjectType('Membership', { simpleResolvers: true, description: 'A person in a body, optionally on behalf of an organisation.' })
export class MembershipView extends VersionedView {
  @Field(() => MembershipRole)
  role!: MembershipRole;

  @Field(() => Boolean)
  votingRight!: boolean;

  @Field(() => DateScalar, { description: 'First day.' })
  validFrom!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Last day; open while current.' })
  validTo!: string | null;

  bodyId!: string;
  personId!: string;
  organisationId!: string | null;
  /** Present when the statement that read the membership also read these (organisation: null when hidden). */
  body?: BodyView;
  person?: PersonView;
  organisation?: OrganisationView | null;
}

/** The leads of a body on a day, and whether they meet the tandem rules. */
@ObjectType('Tandem', { simpleResolvers: true, description: 'The leads of a body: usually two people from different sectors.' })
export class TandemView {
  /** Set when read in full with the leads (the `tandems` list); otherwise `Tandem.body` reads it for its selection. */
  body?: BodyView;
  bodyId!: string;

  @Field(() => [MembershipView], { description: 'Current tandem leads.' })
  @Extensions({ maxItems: 3 })
  leads!: MembershipView[];

  @Field(() => Boolean, { description: 'Whether the leads’ organisations span more than one sector, e.g. welfare and administration.' })
  bridgesSectors!: boolean;

  @Field(() => [Sector])
  @Extensions({ maxItems: Object.keys(Sector).length })
  sectors!: Sector[];

  @Field(() => Boolean, { description: 'Whether the number of leads fits what the body’s kind requires.' })
  complete!: boolean;

  @Field(() => Int)
  minLeads!: number;

  @Field(() => Int)
  maxLeads!: number;
}
