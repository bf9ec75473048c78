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

  @Field(() => String, { nullable: true, description: 'Arabic label. On update, omitted = unchanged, null = none.' })
  labelAr?: string | null;

  @Field(() => String, { nullable: true, description: 'Farsi label. On update, omitted = unchanged, null = none.' })
  labelFa?: string | null;

  @Field(() => String, { nullable: true, description: 'Turkish label. On update, omitted = unchanged, null = none.' })
  labelTr?: string | null;

  @Field(() => String, { nullable: true, description: 'Ukrainian label. On update, omitted = unchanged, null = none.' })
  labelUk?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Languages only: the name in the language itself (العربية, Türkçe …). On update, omitted = unchanged.',
  })
  nativeName?: string | null;

  @Field(() => Int, { nullable: true })
  position?: number | null;
}

/** A translated label: omitted stays undefined (unchanged on update), empty or null is none. */
const translatedLabel = () =>
  z
    .string()
    .trim()
    .max(120)
    .nullish()
    .transform((v) => (v === undefined ? undefined : v || null));

export const referenceEntrySchema = z.object({
  code: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'must be 1-40 lower case letters, digits or dashes'),
  labelDe: rules.text(120, 1),
  labelEn: rules.text(120, 1),
  labelAr: translatedLabel(),
  labelFa: translatedLabel(),
  labelTr: translatedLabel(),
  labelUk: translatedLabel(),
  nativeName: translatedLabel(),
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
