import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { Opt } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { registerEnumType } from 'type-graphql';

/** The four admin-maintained vocabularies the directory is filtered by. */
export enum ReferenceKind {
  FIELD_OF_ACTION = 'FIELD_OF_ACTION',
  DISTRICT = 'DISTRICT',
  LANGUAGE = 'LANGUAGE',
  TARGET_GROUP = 'TARGET_GROUP',
}
registerEnumType(ReferenceKind, { name: 'ReferenceKind', description: 'A vocabulary of reference data.' });

/** One entry of a vocabulary: a stable code with a German label and its translations. */
export abstract class ReferenceEntry {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'datetime', onCreate: () => new Date() })
  createdAt: Opt<Date> = new Date();

  @Property({ type: 'datetime', onCreate: () => new Date(), onUpdate: () => new Date() })
  updatedAt: Opt<Date> = new Date();

  @Property({ type: 'string', length: 40 })
  code!: string;

  @Property({ type: 'string', length: 120 })
  labelDe!: string;

  @Property({ type: 'string', length: 120 })
  labelEn!: string;

  /** Arabic label; null = not translated (readers see the German one). */
  @Property({ type: 'string', length: 120, nullable: true })
  labelAr?: string | null;

  /** Farsi label; null = not translated. */
  @Property({ type: 'string', length: 120, nullable: true })
  labelFa?: string | null;

  /** Turkish label; null = not translated. */
  @Property({ type: 'string', length: 120, nullable: true })
  labelTr?: string | null;

  /** Ukrainian label; null = not translated. */
  @Property({ type: 'string', length: 120, nullable: true })
  labelUk?: string | null;

  @Property({ type: 'integer', default: 0 })
  position: number = 0;
}

/** Handlungsfeld: a theme such as language & education or housing. */
@Entity({ tableName: 'field_of_action' })
@Unique({ name: 'field_of_action_code_unique', properties: ['code'] })
export class FieldOfAction extends ReferenceEntry {}

/** Stadtbezirk or Stadtteil the network serves. */
@Entity({ tableName: 'district' })
@Unique({ name: 'district_code_unique', properties: ['code'] })
export class District extends ReferenceEntry {}

/** A language offered, identified by its ISO 639 code. */
@Entity({ tableName: 'language' })
@Unique({ name: 'language_code_unique', properties: ['code'] })
export class Language extends ReferenceEntry {
  /** The language's name in itself (autonym): العربية, فارسی, Türkçe, Українська … */
  @Property({ type: 'string', length: 120, nullable: true })
  nativeName?: string | null;
}

/** Zielgruppe: who an offer is for, often by legal status or age. */
@Entity({ tableName: 'target_group' })
@Unique({ name: 'target_group_code_unique', properties: ['code'] })
export class TargetGroup extends ReferenceEntry {}

export const referenceEntityByKind = {
  [ReferenceKind.FIELD_OF_ACTION]: FieldOfAction,
  [ReferenceKind.DISTRICT]: District,
  [ReferenceKind.LANGUAGE]: Language,
  [ReferenceKind.TARGET_GROUP]: TargetGroup,
} as const;
export type AnyReferenceEntity = FieldOfAction | District | Language | TargetGroup;
