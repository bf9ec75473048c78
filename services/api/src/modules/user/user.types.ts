import { Field, ObjectType } from 'type-graphql';
import { RecordView, VersionedView } from '../../graphql/record.types.js';
import { UserRole } from './user.entity.js';

/** A login account as its owner or an admin sees it. */
@ObjectType('User', { simpleResolvers: true })
export class UserView extends VersionedView {
  @Field(() => String)
  email!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => UserRole)
  role!: UserRole;

  @Field(() => Date, { nullable: true })
  disabledAt!: Date | null;

  @Field(() => Date, { nullable: true })
  lastLoginAt!: Date | null;
}

/** An invitation to create an account, as admins see it. */
@ObjectType('Invitation', { simpleResolvers: true })
export class InvitationView extends RecordView {
  @Field(() => String)
  email!: string;

  @Field(() => UserRole)
  role!: UserRole;

  @Field(() => Date)
  expiresAt!: Date;

  @Field(() => Date, { nullable: true })
  acceptedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  revokedAt!: Date | null;

  @Field(() => String, { nullable: true })
  invitedByName!: string | null;
}

@ObjectType('InvitationPreview', { simpleResolvers: true, description: 'What an invitation link is for.' })
export class InvitationPreview {
  @Field(() => String)
  email!: string;

  @Field(() => Date)
  expiresAt!: Date;
}
