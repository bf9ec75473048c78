import { Field, Int, ObjectType } from 'type-graphql';
import { VersionedView } from '../../graphql/record.types.js';

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
}
