import { Field, InputType, Int } from 'type-graphql';
import { z } from 'zod';
import { UUIDScalar } from '../../graphql/scalars.js';
import { rules } from '../../validation/parse-input.js';

@InputType()
export class GoalInput {
  @Field(() => Int)
  number!: number;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => UUIDScalar, { nullable: true })
  fieldOfActionId?: string | null;
}

export const goalSchema = z.object({
  number: z.number().int().min(1).max(999),
  title: rules.text(300, 3),
  description: rules.optionalText(5000),
  fieldOfActionId: rules.uuid().nullish(),
});
