import { Collection, type Opt } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToMany, ManyToOne, OneToMany, Property, Unique } from '@mikro-orm/decorators/legacy';

import { BaseEntity, VersionedEntity } from '../../db/base.entity.js';
import { localizedTsVectorSql } from '../../shared/locales.js';
import type { ContactChannel } from '../organisation/contact.types.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Visibility } from '../organisation/organisation.enums.js';
import { District, FieldOfAction, Language, TargetGroup } from '../reference/reference.entity.js';
import { OfferCost, OfferKind } from './offer.enums.js';

/** One weekly opening slot, local time in Europe/Berlin ("HH:MM", closes after opens). */
export interface OpeningHoursData {
  /** 1 = Monday … 7 = Sunday. */
  weekday: number;
  opens: string;
  closes: string;
}

/** How accessible a place is. */
export interface OfferAccessibilityData {
  stepFree?: boolean | null;
  accessibleToilet?: boolean | null;
  note?: string | null;
}

/** A place an offer takes place at, with its weekly schedule (stored as JSON on the offer). */
export interface OfferLocationData {
  name?: string | null;
  street?: string | null;
  postalCode?: string | null;
  city?: string | null;
  latitude?: number | null;
  longitude?: number | null;
  accessibility?: OfferAccessibilityData | null;
  openingHours: OpeningHoursData[];
  byAppointment: boolean;
}

/** German full-text document of an offer (its base text), kept by PostgreSQL itself. */
const searchDocument =
  "(setweight(to_tsvector('german', coalesce(title, '')), 'A') || setweight(to_tsvector('german', coalesce(description, '')), 'B')) stored";

/** Full-text document of a translation row, in its own locale's configuration. */
const translationDocument = (titleColumn: string) =>
  `(setweight(${localizedTsVectorSql('locale', `coalesce(${titleColumn}, '')`)}, 'A') || setweight(${localizedTsVectorSql('locale', "coalesce(description, '')")}, 'B')) stored`;

/** Something an organisation offers: counselling, a language course, a café… */
@Entity({ tableName: 'offer' })
@Index({ name: 'offer_organisation_index', properties: ['organisation', 'title', 'id'] })
@Index({ name: 'offer_title_index', properties: ['title', 'id'] })
@Index({ name: 'offer_search_index', properties: ['searchVector'], type: 'gin' })
export class Offer extends VersionedEntity {
  @ManyToOne({ entity: () => Organisation, deleteRule: 'cascade' })
  organisation!: Organisation;

  @Property({ type: 'string', length: 200 })
  title!: string;

  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @Enum({ items: () => OfferKind, nativeEnumName: 'offer_kind' })
  kind!: OfferKind;

  @ManyToMany({ entity: () => FieldOfAction, pivotTable: 'offer_field_of_action', owner: true })
  fieldsOfAction = new Collection<FieldOfAction>(this);

  @ManyToMany({ entity: () => District, pivotTable: 'offer_district', owner: true })
  districts = new Collection<District>(this);

  @ManyToMany({ entity: () => Language, pivotTable: 'offer_language', owner: true })
  languages = new Collection<Language>(this);

  @ManyToMany({ entity: () => TargetGroup, pivotTable: 'offer_target_group', owner: true })
  targetGroups = new Collection<TargetGroup>(this);

  @Property({ type: 'json', defaultRaw: "'[]'" })
  locations: Opt<OfferLocationData[]> = [];

  @Enum({ items: () => OfferCost, nativeEnumName: 'offer_cost', default: OfferCost.FREE })
  cost: Opt<OfferCost> = OfferCost.FREE;

  @Property({ type: 'string', length: 300, nullable: true })
  costNote?: string | null;

  @Property({ type: 'boolean', default: false })
  registrationRequired: Opt<boolean> = false;

  @Property({ type: 'json', defaultRaw: "'[]'" })
  contactChannels: Opt<ContactChannel[]> = [];

  /** First day the offer runs (YYYY-MM-DD), or open-ended. */
  @Property({ type: 'date', nullable: true })
  validFrom?: string | null;

  /** Last day the offer runs (YYYY-MM-DD), or open-ended. */
  @Property({ type: 'date', nullable: true })
  validUntil?: string | null;

  @Enum({ items: () => Visibility, nativeEnumName: 'visibility', default: Visibility.PUBLIC })
  visibility: Opt<Visibility> = Visibility.PUBLIC;

  @Property({ type: 'datetime', nullable: true })
  archivedAt?: Date | null;

  @Property({ type: 'datetime' })
  lastConfirmedAt: Opt<Date> = new Date();

  @OneToMany({ entity: () => OfferTranslation, mappedBy: 'offer', orderBy: { locale: 'asc' } })
  translations = new Collection<OfferTranslation>(this);

  @Property({ type: 'tsvector', columnType: 'tsvector', generated: searchDocument, lazy: true, hidden: true })
  searchVector?: string;
}

/** An offer's title and description in one of the other five languages. */
@Entity({ tableName: 'offer_translation' })
@Unique({ name: 'offer_translation_locale_unique', properties: ['offer', 'locale'] })
@Index({ name: 'offer_translation_search_index', properties: ['searchVector'], type: 'gin' })
export class OfferTranslation extends BaseEntity {
  @ManyToOne({ entity: () => Offer, deleteRule: 'cascade' })
  offer!: Offer;

  /** One of `locales` (shared/locales.ts) other than the German base. */
  @Property({ type: 'string', length: 5 })
  locale!: string;

  @Property({ type: 'string', length: 200 })
  title!: string;

  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @Property({
    type: 'tsvector',
    columnType: 'tsvector',
    generated: translationDocument('title'),
    lazy: true,
    hidden: true,
  })
  searchVector?: string;
}
