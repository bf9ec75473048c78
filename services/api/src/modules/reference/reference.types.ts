import { Field, ID, Int, InterfaceType, ObjectType } from 'type-graphql';

/** One entry of a vocabulary: a stable code with a German and an English label. */
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
}

/** Zielgruppe: who an offer is for, often by legal status or age. */
@ObjectType('TargetGroup', { simpleResolvers: true, implements: ReferenceEntryView })
export class TargetGroupView extends ReferenceEntryView {
  readonly typename = 'TargetGroup' as const;
}
