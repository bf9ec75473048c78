import 'reflect-metadata';
import { Check, Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { registerEnumType } from 'type-graphql';
import { VersionedEntity } from '../../db/base.entity.js';
import { Body } from '../body/body.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Person } from '../person/person.entity.js';

/** A person's role in a body. */
export enum MembershipRole {
  CHAIR = 'CHAIR',
  DEPUTY_CHAIR = 'DEPUTY_CHAIR',
  TANDEM_LEAD = 'TANDEM_LEAD',
  MEMBER = 'MEMBER',
  DEPUTY_MEMBER = 'DEPUTY_MEMBER',
  ADVISORY = 'ADVISORY',
  GUEST = 'GUEST',
  SECRETARIAT = 'SECRETARIAT',
}
registerEnumType(MembershipRole, {
  name: 'MembershipRole',
  valuesConfig: { ADVISORY: { description: 'Advisory member or guest without a vote.' } },
});

/** Roles that lead a body: they manage its memberships and measures. */
export const leadingRoles: readonly MembershipRole[] = [MembershipRole.CHAIR, MembershipRole.DEPUTY_CHAIR, MembershipRole.TANDEM_LEAD];

/** Roles that run a body's meetings and task board: its leads and its secretariat (minute-takers). */
export const organisingRoles: readonly MembershipRole[] = [...leadingRoles, MembershipRole.SECRETARIAT];

/** Every role: whoever sits in a body (its members, who rank needs and vote on fund applications). */
export const memberRoles: readonly MembershipRole[] = Object.values(MembershipRole);

/** A person in a body, optionally on behalf of an organisation, over a period. */
@Entity({ tableName: 'membership' })
@Index({ name: 'membership_body_index', properties: ['body'] })
@Index({ name: 'membership_person_index', properties: ['person'] })
@Index({ name: 'membership_organisation_index', properties: ['organisation'] })
@Check({ name: 'membership_period', expression: 'valid_to is null or valid_to >= valid_from' })
export class Membership extends VersionedEntity {
  @ManyToOne({ entity: () => Body, deleteRule: 'cascade' })
  body!: Body;

  @ManyToOne({ entity: () => Person, deleteRule: 'cascade' })
  person!: Person;

  @ManyToOne({ entity: () => Organisation, nullable: true, deleteRule: 'set null' })
  organisation?: Organisation | null;

  @Enum({ items: () => MembershipRole, nativeEnumName: 'membership_role' })
  role!: MembershipRole;

  @Property({ type: 'boolean', default: true })
  votingRight: boolean = true;

  @Property({ type: 'date' })
  validFrom!: string;

  @Property({ type: 'date', nullable: true })
  validTo?: string | null;

  /** Whether the membership holds on the given day (YYYY-MM-DD). */
  holdsOn(day: string): boolean {
    return this.validFrom <= day && (!this.validTo || this.validTo >= day);
  }
}
