import { Field, InputType, Int } from 'type-graphql';
import { z } from 'zod';
import { rules } from '../../validation/parse-input.js';

@InputType({ description: 'A vocabulary entry to create or change.' })
export class ReferenceEntryInput {
  @Field(() => String, { description: 'Stable code: lower case letters, digits and dashes; ISO 639-1 for languages.' })
  code!: string;

  @Field(() => String)
  labelDe!: string;

  @Field(() => String)
  labelEn!: string;

  @Field(() => Int, { nullable: true })
  position?: number | null;
}

export const referenceEntrySchema = z.object({
  code: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'must be 1-40 lower case letters, digits or dashes'),
  labelDe: rules.text(120, 1),
  labelEn: rules.text(120, 1),
  position: z
    .number()
    .int()
    .min(0)
    .max(10000)
    .nullish()
    .transform((v) => v ?? 0),
});

/** ISO 639-1 (two letters) or ISO 639-3 (three letters). */
export const languageCodeSchema = z.string().regex(/^[a-z]{2,3}$/, 'must be an ISO 639 language code');
