import { Collection } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, OneToMany, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity, VersionedEntity } from '../../db/base.entity.js';
import type { ContactChannel } from '../organisation/contact.types.js';
import { Organisation } from '../organisation/organisation.entity.js';

/** A contact person acting for one or more organisations. */
@ObjectType({ description: 'A person in the network, acting for organisations.' })
@Entity({ tableName: 'person' })
@Index({ name: 'person_name_index', properties: ['familyName', 'givenName'] })
export class Person extends VersionedEntity {
  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  givenName!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  familyName!: string;

  @Field(() => String, { nullable: true, description: 'Function or job title, e.g. "Integrationsbeauftragte".' })
  @Property({ type: 'string', length: 200, nullable: true })
  function?: string | null;

  /** Private unless the person consented to publication; exposed by the resolver after a policy check. */
  @Property({ type: 'json', defaultRaw: "'[]'" })
  contactChannels: ContactChannel[] = [];

  @Field(() => Boolean, { description: 'Consent to publish contact data to the public directory.' })
  @Property({ type: 'boolean', default: false })
  consentToPublishContact: boolean = false;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  archivedAt?: Date | null;

  @OneToMany({ entity: () => Affiliation, mappedBy: 'person', orderBy: { validFrom: 'desc' } })
  affiliations = new Collection<Affiliation>(this);
}

/** A person's role at an organisation over a period of time. */
@ObjectType({ description: 'A person acting for an organisation, with a role and dates.' })
@Entity({ tableName: 'affiliation' })
@Index({ name: 'affiliation_organisation_index', properties: ['organisation'] })
export class Affiliation extends BaseEntity {
  @ManyToOne({ entity: () => Person, deleteRule: 'cascade' })
  person!: Person;

  @ManyToOne({ entity: () => Organisation })
  organisation!: Organisation;

  @Field(() => String, { description: 'Role at the organisation, e.g. "Geschäftsführung".' })
  @Property({ type: 'string', length: 200 })
  role!: string;

  @Field(() => String, { nullable: true, description: 'First day (YYYY-MM-DD).' })
  @Property({ type: 'date', nullable: true })
  validFrom?: string | null;

  @Field(() => String, { nullable: true, description: 'Last day (YYYY-MM-DD); open when empty.' })
  @Property({ type: 'date', nullable: true })
  validTo?: string | null;

  /** Current on the given day (YYYY-MM-DD). */
  isCurrent(today: string): boolean {
    return (!this.validFrom || this.validFrom <= today) && (!this.validTo || this.validTo >= today);
  }
}
