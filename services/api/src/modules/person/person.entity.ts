import { Collection } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, OneToMany, Property } from '@mikro-orm/decorators/legacy';

import { BaseEntity, VersionedEntity } from '../../db/base.entity.js';
import type { ContactChannel } from '../organisation/contact.types.js';
import { Organisation } from '../organisation/organisation.entity.js';

/** A contact person acting for one or more organisations. */
@Entity({ tableName: 'person' })
@Index({ name: 'person_name_index', properties: ['familyName', 'givenName'] })
export class Person extends VersionedEntity {
  @Property({ type: 'string', length: 100 })
  givenName!: string;

  @Property({ type: 'string', length: 100 })
  familyName!: string;

  @Property({ type: 'string', length: 200, nullable: true })
  function?: string | null;

  /** Private unless the person consented to publication; exposed by the resolver after a policy check. */
  @Property({ type: 'json', defaultRaw: "'[]'" })
  contactChannels: ContactChannel[] = [];

  @Property({ type: 'boolean', default: false })
  consentToPublishContact: boolean = false;

  @Property({ type: 'datetime', nullable: true })
  archivedAt?: Date | null;

  /** When the coordination office erased the person's data (a pseudonym stands in the name since). */
  @Property({ type: 'datetime', nullable: true })
  erasedAt?: Date | null;

  @OneToMany({ entity: () => Affiliation, mappedBy: 'person', orderBy: { validFrom: 'desc' } })
  affiliations = new Collection<Affiliation>(this);
}

/** A person's role at an organisation over a period of time. */
@Entity({ tableName: 'affiliation' })
@Index({ name: 'affiliation_organisation_index', properties: ['organisation'] })
// The person read rule asks, for every person it judges, for their current affiliations.
@Index({ name: 'affiliation_person_index', properties: ['person'] })
export class Affiliation extends BaseEntity {
  @ManyToOne({ entity: () => Person, deleteRule: 'cascade' })
  person!: Person;

  @ManyToOne({ entity: () => Organisation })
  organisation!: Organisation;

  @Property({ type: 'string', length: 200 })
  role!: string;

  @Property({ type: 'date', nullable: true })
  validFrom?: string | null;

  @Property({ type: 'date', nullable: true })
  validTo?: string | null;

  /** Current on the given day (YYYY-MM-DD). */
  isCurrent(today: string): boolean {
    return (!this.validFrom || this.validFrom <= today) && (!this.validTo || this.validTo >= today);
  }
}
