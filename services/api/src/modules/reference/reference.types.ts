import { Field, ID, Int, InterfaceType, ObjectType } from 'type-graphql';

/** One entry of a vocabulary: a stable code with a German label and its translations. */
@InterfaceType('ReferenceEntry', {
  description: 'An entry of a reference vocabulary.',
  resolveType: (value: ReferenceEntryView) => value.typename,
})
export abstract class ReferenceEntryView {
  /** The GraphQL type of the entry. */
  abstract readonly typename: 'FieldOfAction' | 'District' | 'Language' | 'TargetGroup';

  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Stable code; ISO 639-1 for languages.' })
  code!: string;

  @Field(() => String)
  labelDe!: string;

  @Field(() => String)
  labelEn!: string;

  @Field(() => String, { nullable: true, description: 'Arabic label; null when not translated (show labelDe).' })
  labelAr!: string | null;

  @Field(() => String, { nullable: true, description: 'Farsi label; null when not translated (show labelDe).' })
  labelFa!: string | null;

  @Field(() => String, { nullable: true, description: 'Turkish label; null when not translated (show labelDe).' })
  labelTr!: string | null;

  @Field(() => String, { nullable: true, description: 'Ukrainian label; null when not translated (show labelDe).' })
  labelUk!: string | null;

  @Field(() => Int)
  position!: number;
}

/** Handlungsfeld: a theme such as language & education or housing. */
@ObjectType('FieldOfAction', { simpleResolvers: true, implements: ReferenceEntryView })
export class FieldOfActionView extends ReferenceEntryView {
  readonly typename = 'FieldOfAction' as const;
}

/** Stadtbezirk or Stadtteil the network serves. */
@ObjectType('District', { simpleResolvers: true, implements: ReferenceEntryView })
export class DistrictView extends ReferenceEntryView {
  readonly typename = 'District' as const;
}

/** A language offered, identified by its ISO 639 code. */
@ObjectType('Language', { simpleResolvers: true, implements: ReferenceEntryView })
export class LanguageView extends ReferenceEntryView {
  readonly typename = 'Language' as const;

  @Field(() => String, { nullable: true, description: 'The language’s name in itself: العربية, فارسی, Türkçe, Українська …' })
  nativeName!: string | null;
}

/** Zielgruppe: who an offer is for, often by legal status or age. */
@ObjectType('TargetGroup', { simpleResolvers: true, implements: ReferenceEntryView })
export class TargetGroupView extends ReferenceEntryView {
  readonly typename = 'TargetGroup' as const;
}
