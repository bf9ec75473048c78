import { randomUUID } from 'node:crypto';
import { Collection, type Opt } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToMany, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { registerEnumType } from 'type-graphql';
import { BaseEntity, VersionedEntity } from '../../db/base.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Person } from '../person/person.entity.js';

/** What an account may do; see `auth/policy.ts` for the rules. */
export enum UserRole {
  ADMIN = 'ADMIN',
  EDITOR = 'EDITOR',
  MEMBER = 'MEMBER',
}
registerEnumType(UserRole, {
  name: 'UserRole',
  valuesConfig: {
    ADMIN: { description: 'Coordination office: may do everything.' },
    EDITOR: { description: 'Edits the organisations assigned to them and their people.' },
    MEMBER: { description: 'Reads the internal directory.' },
  },
});

/** A login account. */
@Entity({ tableName: 'app_user' })
@Unique({ name: 'user_email_unique', properties: ['email'] })
export class User extends VersionedEntity {
  @Property({ type: 'string', length: 254 })
  email!: string;

  @Property({ type: 'string', length: 120 })
  displayName!: string;

  @Property({ type: 'string', length: 255, hidden: true, lazy: true })
  passwordHash!: string;

  @Enum({ items: () => UserRole, nativeEnumName: 'user_role' })
  role!: UserRole;

  /** Organisations an editor may edit. */
  @ManyToMany({ entity: () => Organisation, pivotTable: 'user_organisation', owner: true })
  organisations = new Collection<Organisation>(this);

  /** The person record of this user, if they are part of the directory. */
  @ManyToOne({ entity: () => Person, nullable: true })
  person?: Person | null;

  @Property({ type: 'datetime', nullable: true })
  disabledAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  lastLoginAt?: Date | null;

  /**
   * SHA-256 of the secret in the user's personal calendar feed URL; null
   * without a feed. Set and cleared in plain SQL: a feed is not an edit of the
   * account, so it raises no version.
   */
  @Property({ type: 'string', length: 64, nullable: true, hidden: true })
  @Unique({ name: 'user_calendar_feed_token_unique' })
  calendarFeedTokenHash?: string | null;
}

/** A server-side session; the cookie holds a random token whose SHA-256 is the id. */
@Entity({ tableName: 'session' })
@Index({ name: 'session_user_index', properties: ['user'] })
export class Session {
  @Property({ type: 'string', length: 64, primary: true })
  id!: string;

  @ManyToOne({ entity: () => User, deleteRule: 'cascade' })
  user!: User;

  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date | null;
}

/** An invitation to create an account; the mailed link carries a single-use token. */
@Entity({ tableName: 'invitation' })
export class Invitation extends BaseEntity {
  @Property({ type: 'string', length: 254 })
  email!: string;

  @Enum({ items: () => UserRole, nativeEnumName: 'user_role' })
  role!: UserRole;

  @ManyToMany({ entity: () => Organisation, pivotTable: 'invitation_organisation', owner: true })
  organisations = new Collection<Organisation>(this);

  @Property({ type: 'string', length: 64, hidden: true })
  @Unique({ name: 'invitation_token_unique' })
  tokenHash!: string;

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  acceptedAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date | null;

  @ManyToOne({ entity: () => User, nullable: true })
  invitedBy?: User | null;
}

/**
 * A password reset link; the mailed link carries a token whose SHA-256 is
 * stored here. It works once, until `expiresAt`; a newer request revokes it.
 */
@Entity({ tableName: 'password_reset' })
@Index({ name: 'password_reset_user_index', properties: ['user'] })
export class PasswordReset {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => User, deleteRule: 'cascade' })
  user!: User;

  @Property({ type: 'string', length: 64 })
  @Unique({ name: 'password_reset_token_unique' })
  tokenHash!: string;

  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  usedAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date | null;
}
