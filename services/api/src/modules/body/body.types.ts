import { Field, Int, ObjectType } from 'type-graphql';
import { StatusChangeView, VersionedView } from '../../graphql/record.types.js';
import { DateScalar } from '../../graphql/scalars.js';
import { Visibility } from '../organisation/organisation.enums.js';
import { BodyKind, BodyStatus } from './body.enums.js';

/** A committee, working group, sub-project, council… as a reader sees it. */
@ObjectType('Body', {
  simpleResolvers: true,
  description: 'A body (Gremium) of the network: steering committee, working group, sub-project…',
})
export class BodyView extends VersionedView {
  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  shortName!: string | null;

  @Field(() => BodyKind)
  kind!: BodyKind;

  @Field(() => String, { nullable: true, description: 'The work mandate (Arbeitsauftrag).' })
  mandate!: string | null;

  @Field(() => Int, { nullable: true, description: 'Meets at least every … weeks.' })
  meetingIntervalMinWeeks!: number | null;

  @Field(() => Int, { nullable: true, description: 'Meets at most every … weeks.' })
  meetingIntervalMaxWeeks!: number | null;

  @Field(() => String, { nullable: true })
  meetingNote!: string | null;

  @Field(() => Visibility)
  visibility!: Visibility;

  @Field(() => BodyStatus)
  status!: BodyStatus;

  @Field(() => DateScalar)
  foundedOn!: string;

  @Field(() => DateScalar, { nullable: true, description: 'When the body was merged, dissolved or handed over.' })
  endedOn!: string | null;

  @Field(() => Boolean, { description: 'Whether two tandem leads may come from the same organisation.' })
  allowSameOrganisationLeads!: boolean;

  parentId!: string | null;
  mergedIntoId!: string | null;
}

/** One step in a body's life, with its date and reason. */
@ObjectType('BodyStatusChange', { simpleResolvers: true })
export class BodyStatusChangeView extends StatusChangeView {
  @Field(() => BodyStatus, { nullable: true })
  fromStatus!: BodyStatus | null;

  @Field(() => BodyStatus)
  toStatus!: BodyStatus;

  @Field(() => String)
  reason!: string;

  bodyId!: string;
  mergedIntoId!: string | null;
}

@ObjectType('BodyPermissions', { simpleResolvers: true })
export class BodyPermissions {
  @Field(() => Boolean, { description: 'May change the body’s fields and lifecycle (admins).' })
  change!: boolean;

  @Field(() => Boolean, { description: 'May manage memberships and measures (admins, chairs, tandem leads).' })
  manage!: boolean;
}
