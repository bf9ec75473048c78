import { Field, ID, ObjectType } from 'type-graphql';
import { DocumentView, StatusChangeView, VersionedView } from '../../graphql/record.types.js';
import { DateScalar } from '../../graphql/scalars.js';
import type { OrganisationView } from '../organisation/organisation.types.js';
import { AgreementKind, AgreementStatus } from './agreement.entity.js';

/** An agreement by which two or more actors bind themselves, as a reader sees it. */
@ObjectType('Agreement', { simpleResolvers: true, description: 'An agreement between two or more organisations.' })
export class AgreementView extends VersionedView {
  @Field(() => String)
  title!: string;

  @Field(() => AgreementKind)
  kind!: AgreementKind;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => AgreementStatus)
  status!: AgreementStatus;

  @Field(() => DateScalar, { nullable: true })
  signedOn!: string | null;

  @Field(() => DateScalar, { nullable: true })
  validFrom!: string | null;

  @Field(() => DateScalar, { nullable: true })
  validTo!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Notice or renewal date.' })
  noticeOn!: string | null;

  bodyId!: string | null;
  measureId!: string | null;
}

/** An organisation bound by an agreement, in a role such as "Träger" or "Fördermittelgeber". */
@ObjectType('AgreementParty', { simpleResolvers: true })
export class AgreementPartyView {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  role!: string;

  organisationId!: string;
  /** Read in the same statement as the party, when the reader may see it. */
  organisation?: OrganisationView | null;
}

/** One step of an agreement's status timeline. */
@ObjectType('AgreementStatusChange', { simpleResolvers: true })
export class AgreementStatusChangeView extends StatusChangeView {
  @Field(() => AgreementStatus, { nullable: true })
  fromStatus!: AgreementStatus | null;

  @Field(() => AgreementStatus)
  toStatus!: AgreementStatus;

  @Field(() => String, { nullable: true })
  note!: string | null;
}

/** A file attached to an agreement. */
@ObjectType('AgreementDocument', { simpleResolvers: true })
export class AgreementDocumentView extends DocumentView {}
