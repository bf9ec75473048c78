import { Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';

import { BaseEntity } from '../../db/base.entity.js';
import { localizedTsVectorSql } from '../../shared/locales.js';
import { Organisation } from './organisation.entity.js';

/** Full-text document of a translation row, in its own locale's configuration. */
const translationDocument = `(setweight(${localizedTsVectorSql('locale', "coalesce(name, '')")}, 'A') || setweight(${localizedTsVectorSql('locale', "coalesce(description, '')")}, 'B')) stored`;

/** An organisation's name and description in one of the other five languages. */
@Entity({ tableName: 'organisation_translation' })
@Unique({ name: 'organisation_translation_locale_unique', properties: ['organisation', 'locale'] })
@Index({ name: 'organisation_translation_search_index', properties: ['searchVector'], type: 'gin' })
export class OrganisationTranslation extends BaseEntity {
  @ManyToOne({ entity: () => Organisation, deleteRule: 'cascade' })
  organisation!: Organisation;

  /** One of `locales` (shared/locales.ts) other than the German base. */
  @Property({ type: 'string', length: 5 })
  locale!: string;

  /** The name as written in that language (often a transliteration), or none. */
  @Property({ type: 'string', length: 200, nullable: true })
  name?: string | null;

  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @Property({ type: 'tsvector', columnType: 'tsvector', generated: translationDocument, lazy: true, hidden: true })
  searchVector?: string;
}
