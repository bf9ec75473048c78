import { Collection } from '@mikro-orm/core';
import { Embedded, Entity, Enum, Index, ManyToMany, Property, Unique } from '@mikro-orm/decorators/legacy';

import { VersionedEntity } from '../../db/base.entity.js';
import { District, FieldOfAction, Language, TargetGroup } from '../reference/reference.entity.js';
import { Address, ContactChannel } from './contact.types.js';
import { OrganisationKind, Sector, Visibility } from './organisation.enums.js';

/** German full-text document of an organisation, kept by PostgreSQL itself. */
const searchDocument =
  "(setweight(to_tsvector('german', coalesce(name, '') || ' ' || coalesce(short_name, '')), 'A') || setweight(to_tsvector('german', coalesce(description, '')), 'B')) stored";

/** An actor of the network: a department, association, parish, initiative… */
@Entity({ tableName: 'organisation' })
@Unique({ name: 'organisation_name_unique', properties: ['name'] })
@Index({ name: 'organisation_search_index', properties: ['searchVector'], type: 'gin' })
@Index({ name: 'organisation_name_index', properties: ['name', 'id'] })
export class Organisation extends VersionedEntity {
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Property({ type: 'string', length: 40, nullable: true })
  shortName?: string | null;

  @Enum({ items: () => OrganisationKind, nativeEnumName: 'organisation_kind' })
  kind!: OrganisationKind;

  @Enum({ items: () => Sector, nativeEnumName: 'sector' })
  sector!: Sector;

  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @ManyToMany({ entity: () => FieldOfAction, pivotTable: 'organisation_field_of_action', owner: true })
  fieldsOfAction = new Collection<FieldOfAction>(this);

  @ManyToMany({ entity: () => District, pivotTable: 'organisation_district', owner: true })
  districts = new Collection<District>(this);

  @ManyToMany({ entity: () => Language, pivotTable: 'organisation_language', owner: true })
  languages = new Collection<Language>(this);

  @ManyToMany({ entity: () => TargetGroup, pivotTable: 'organisation_target_group', owner: true })
  targetGroups = new Collection<TargetGroup>(this);

  @Embedded({ entity: () => Address, prefix: 'address_' })
  address: Address = new Address();

  @Property({ type: 'json', defaultRaw: "'[]'" })
  contactChannels: ContactChannel[] = [];

  @Property({ type: 'string', length: 300, nullable: true })
  website?: string | null;

  @Enum({ items: () => Visibility, nativeEnumName: 'visibility', default: Visibility.PUBLIC })
  visibility: Visibility = Visibility.PUBLIC;

  @Property({ type: 'datetime', nullable: true })
  archivedAt?: Date | null;

  @Property({ type: 'datetime' })
  lastConfirmedAt: Date = new Date();

  @Property({ type: 'tsvector', columnType: 'tsvector', generated: searchDocument, lazy: true, hidden: true })
  searchVector?: string;
}
