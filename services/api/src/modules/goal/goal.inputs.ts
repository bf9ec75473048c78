import { Field, InputType, Int } from 'type-graphql';
import { z } from 'zod';
import { DateScalar, UUIDScalar } from '../../graphql/scalars.js';
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

  @Field(() => UUIDScalar, { nullable: true, description: 'The concept the goal belongs to; the current one when left out.' })
  conceptId?: string | null;
}

@InputType()
export class ConceptInput {
  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => DateScalar, { nullable: true })
  validFrom?: string | null;

  @Field(() => DateScalar, { nullable: true })
  validTo?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Make this the current concept (the previous current one stays, as previous).' })
  isCurrent?: boolean | null;
}

export const goalSchema = z.object({
  number: z.number().int().min(1).max(999),
  title: rules.text(300, 3),
  description: rules.optionalText(5000),
  fieldOfActionId: rules.uuid().nullish(),
  conceptId: rules.uuid().nullish(),
});

export const conceptSchema = z
  .object({
    title: rules.text(300, 3),
    description: rules.optionalText(5000),
    validFrom: rules.isoDate().nullish(),
    validTo: rules.isoDate().nullish(),
    isCurrent: z.boolean().nullish(),
  })
  .refine((c) => !c.validFrom || !c.validTo || c.validTo >= c.validFrom, { message: 'must not end before it starts', path: ['validTo'] });
