import { Field, InputType } from 'type-graphql';
import { z } from 'zod';
import { UUIDScalar } from '../../graphql/scalars.js';
import { isLocale } from '../../shared/locales.js';
import { rules } from '../../validation/parse-input.js';

/** Bounds of one path: a guide of a few steps, not a questionnaire. */
export const referralLimits = {
  questions: 8,
  options: 12,
  outcomes: 60,
  answers: 20,
} as const;

@InputType()
export class ReferralPathTranslationInput {
  @Field(() => String, { description: 'One of en, ar, fa, tr, uk (German is the base text).' })
  locale!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  intro?: string | null;
}

@InputType()
export class ReferralQuestionTranslationInput {
  @Field(() => String)
  locale!: string;

  @Field(() => String)
  label!: string;

  @Field(() => String, { nullable: true })
  hint?: string | null;
}

@InputType()
export class ReferralOptionTranslationInput {
  @Field(() => String)
  locale!: string;

  @Field(() => String)
  label!: string;
}

@InputType()
export class ReferralOptionInput {
  @Field(() => String, { description: 'Stable key within the question: lower-case letters, digits, - and _.' })
  key!: string;

  @Field(() => String, { description: 'German label.' })
  label!: string;

  @Field(() => [ReferralOptionTranslationInput], { nullable: true })
  translations?: ReferralOptionTranslationInput[] | null;
}

@InputType()
export class ReferralQuestionInput {
  @Field(() => String, { description: 'Stable key within the path: lower-case letters, digits, - and _.' })
  key!: string;

  @Field(() => String, { description: 'German label.' })
  label!: string;

  @Field(() => String, { nullable: true, description: 'German hint shown below the question.' })
  hint?: string | null;

  @Field(() => [ReferralQuestionTranslationInput], { nullable: true })
  translations?: ReferralQuestionTranslationInput[] | null;

  @Field(() => [ReferralOptionInput])
  options!: ReferralOptionInput[];
}

@InputType()
export class ReferralConditionInput {
  @Field(() => String)
  questionKey!: string;

  @Field(() => [String], { description: 'Holds when the question was answered with any of these options.' })
  optionKeys!: string[];
}

@InputType()
export class ReferralReasonTranslationInput {
  @Field(() => String)
  locale!: string;

  @Field(() => String)
  reason!: string;
}

@InputType()
export class ReferralOutcomeInput {
  @Field(() => UUIDScalar)
  offerId!: string;

  @Field(() => [ReferralConditionInput], { nullable: true, description: 'All must hold; none means always.' })
  conditions?: ReferralConditionInput[] | null;

  @Field(() => String, { description: 'German: why this offer fits.' })
  reason!: string;

  @Field(() => [ReferralReasonTranslationInput], { nullable: true })
  translations?: ReferralReasonTranslationInput[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Shown only when no other outcome of the path matches.' })
  fallback?: boolean | null;
}

/** A referral path's content. On update, omitted fields stay as they are; `questions` and `outcomes` replace the lists. */
@InputType({ description: 'Referral path fields. On update, omitted fields are left unchanged; given lists replace the old ones.' })
export class ReferralPathInput {
  @Field(() => String, { nullable: true, description: 'German title; required on create.' })
  title?: string;

  @Field(() => String, { nullable: true })
  intro?: string | null;

  @Field(() => [ReferralPathTranslationInput], { nullable: true })
  translations?: ReferralPathTranslationInput[];

  @Field(() => [ReferralQuestionInput], { nullable: true })
  questions?: ReferralQuestionInput[];

  @Field(() => [ReferralOutcomeInput], { nullable: true })
  outcomes?: ReferralOutcomeInput[];
}

@InputType({ description: 'One answer of a visitor: the option chosen for a question.' })
export class ReferralAnswerInput {
  @Field(() => String)
  questionKey!: string;

  @Field(() => String)
  optionKey!: string;
}

const key = () =>
  z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9_-]{0,39}$/, 'must be 1-40 lower-case letters, digits, - or _, starting with a letter');

const unique = <T>(list: T[], keyOf: (item: T) => string, ctx: z.RefinementCtx, field: string, message: string) => {
  const seen = new Set<string>();
  list.forEach((item, i) => {
    const k = keyOf(item);
    if (seen.has(k)) ctx.addIssue({ code: 'custom', path: [i, field], message });
    seen.add(k);
  });
};

/** A translation's language: one of the five besides German, each at most once per list. */
const translationList = <T extends z.ZodRawShape>(shape: T) =>
  z
    .array(
      z.object({
        locale: z
          .string()
          .refine(isLocale, 'unknown language code')
          .refine((l) => l !== 'de', 'German is the base text, not a translation'),
        ...shape,
      }),
    )
    .max(5, 'at most one translation per language')
    .nullish()
    .transform((v) => v ?? [])
    .superRefine((list, ctx) => unique(list as { locale: string }[], (t) => t.locale, ctx, 'locale', 'one translation per language'));

const optionSchema = z.object({
  key: key(),
  label: rules.text(200, 1),
  translations: translationList({ label: rules.text(200, 1) }),
});

const questionSchema = z.object({
  key: key(),
  label: rules.text(300, 3),
  hint: rules.optionalText(1000),
  translations: translationList({ label: rules.text(300, 3), hint: rules.optionalText(1000) }),
  options: z
    .array(optionSchema)
    .min(2, 'a question needs at least two options')
    .max(referralLimits.options, `at most ${referralLimits.options} options`)
    .superRefine((options, ctx) => unique(options, (o) => o.key, ctx, 'key', 'option keys must differ within a question')),
});

export const questionsSchema = z
  .array(questionSchema)
  .max(referralLimits.questions, `at most ${referralLimits.questions} questions`)
  .superRefine((questions, ctx) => unique(questions, (q) => q.key, ctx, 'key', 'question keys must differ within a path'));

const outcomeSchema = z.object({
  offerId: rules.uuid(),
  conditions: z
    .array(z.object({ questionKey: key(), optionKeys: z.array(key()).min(1, 'name at least one option').max(referralLimits.options) }))
    .max(referralLimits.questions)
    .nullish()
    .transform((v) => v ?? [])
    .superRefine((conditions, ctx) => unique(conditions, (c) => c.questionKey, ctx, 'questionKey', 'one condition per question')),
  reason: rules.text(1000, 3),
  translations: translationList({ reason: rules.text(1000, 3) }),
  fallback: z
    .boolean()
    .nullish()
    .transform((v) => v ?? false),
});

export const outcomesSchema = z.array(outcomeSchema).max(referralLimits.outcomes, `at most ${referralLimits.outcomes} outcomes`);

const pathFields = {
  title: rules.text(200, 3),
  intro: rules.optionalText(2000),
  translations: translationList({ title: rules.text(200, 3), intro: rules.optionalText(2000) }),
  questions: questionsSchema,
  outcomes: outcomesSchema,
};

export const createReferralPathSchema = z.object({
  ...pathFields,
  questions: pathFields.questions.default([]),
  outcomes: pathFields.outcomes.default([]),
});

export const updateReferralPathSchema = z.object({
  title: pathFields.title.optional(),
  intro: pathFields.intro.optional(),
  translations: pathFields.translations.optional(),
  questions: pathFields.questions.optional(),
  outcomes: pathFields.outcomes.optional(),
});

export type ReferralQuestionsData = z.output<typeof questionsSchema>;
export type ReferralOutcomesData = z.output<typeof outcomesSchema>;

export const answersSchema = z
  .array(z.object({ questionKey: z.string().max(40), optionKey: z.string().max(40) }))
  .max(referralLimits.answers, `at most ${referralLimits.answers} answers`)
  .superRefine((answers, ctx) => unique(answers, (a) => a.questionKey, ctx, 'questionKey', 'answer each question once'));
