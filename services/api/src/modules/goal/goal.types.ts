import { Field, Int, ObjectType } from 'type-graphql';
import { VersionedView } from '../../graphql/record.types.js';
import { DateScalar } from '../../graphql/scalars.js';

/** A numbered guiding goal of the city's integration concept, e.g. "1. Steigerung der Sprachkompetenz". */
@ObjectType('IntegrationGoal', { simpleResolvers: true, description: 'A numbered goal of the integration concept.' })
export class IntegrationGoalView extends VersionedView {
  @Field(() => Int)
  number!: number;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  fieldOfActionId!: string | null;
  conceptId!: string;
}

/** An integration concept (Integrationskonzept): the document a city's goals come from. */
@ObjectType('IntegrationConcept', { simpleResolvers: true, description: 'An integration concept with its numbered goals.' })
export class IntegrationConceptView extends VersionedView {
  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => DateScalar, { nullable: true })
  validFrom!: string | null;

  @Field(() => DateScalar, { nullable: true })
  validTo!: string | null;

  @Field(() => Boolean, { description: 'The concept in force; goals without a concept named belong to it.' })
  isCurrent!: boolean;
}
