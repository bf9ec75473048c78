import { Extensions, Field, ID, Int, ObjectType } from 'type-graphql';
import { VersionedView } from '../../graphql/record.types.js';
import { translationLocales } from '../../shared/locales.js';
import type { OfferView } from '../offer/offer.types.js';
import { referralLimits } from './referral.inputs.js';

const TRANSLATIONS = translationLocales.length;

@ObjectType('ReferralPathTranslation', { simpleResolvers: true })
export class ReferralPathTranslationView {
  @Field(() => String)
  locale!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true, description: 'None: show the German introduction.' })
  intro!: string | null;
}

@ObjectType('ReferralQuestionTranslation', { simpleResolvers: true })
export class ReferralQuestionTranslationView {
  @Field(() => String)
  locale!: string;

  @Field(() => String)
  label!: string;

  @Field(() => String, { nullable: true, description: 'None: show the German hint.' })
  hint!: string | null;
}

@ObjectType('ReferralOptionTranslation', { simpleResolvers: true })
export class ReferralOptionTranslationView {
  @Field(() => String)
  locale!: string;

  @Field(() => String)
  label!: string;
}

@ObjectType('ReferralReasonTranslation', { simpleResolvers: true })
export class ReferralReasonTranslationView {
  @Field(() => String)
  locale!: string;

  @Field(() => String)
  reason!: string;
}

@ObjectType('ReferralOption', { simpleResolvers: true, description: 'One answer a question offers.' })
export class ReferralOptionView {
  @Field(() => String, { description: 'Stable within its question; answers name it.' })
  key!: string;

  @Field(() => String, { description: 'German.' })
  label!: string;

  @Field(() => [ReferralOptionTranslationView])
  @Extensions({ maxItems: TRANSLATIONS })
  translations!: ReferralOptionTranslationView[];
}

@ObjectType('ReferralQuestion', { simpleResolvers: true, description: 'One step of a referral path: a single-choice question.' })
export class ReferralQuestionView {
  @Field(() => String, { description: 'Stable within its path; answers name it.' })
  key!: string;

  @Field(() => String, { description: 'German.' })
  label!: string;

  @Field(() => String, { nullable: true, description: 'German.' })
  hint!: string | null;

  @Field(() => [ReferralQuestionTranslationView])
  @Extensions({ maxItems: TRANSLATIONS })
  translations!: ReferralQuestionTranslationView[];

  @Field(() => [ReferralOptionView])
  @Extensions({ maxItems: referralLimits.options })
  options!: ReferralOptionView[];
}

@ObjectType('ReferralCondition', { simpleResolvers: true, description: 'Holds when the question was answered with one of the options.' })
export class ReferralConditionView {
  @Field(() => String)
  questionKey!: string;

  @Field(() => [String])
  @Extensions({ maxItems: referralLimits.options })
  optionKeys!: string[];
}

/** A referral path as a reader sees it; its outcomes are read by their own list. */
@ObjectType('ReferralPath', {
  simpleResolvers: true,
  description: 'A decision guide of the coordination office ("Welche Beratung passt zu mir?") that leads to offers.',
})
export class ReferralPathView extends VersionedView {
  @Field(() => String, { description: 'German.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'German.' })
  intro!: string | null;

  @Field(() => [ReferralPathTranslationView])
  @Extensions({ maxItems: TRANSLATIONS })
  translations!: ReferralPathTranslationView[];

  @Field(() => Boolean, { description: 'Visitors see published paths only.' })
  published!: boolean;

  @Field(() => [ReferralQuestionView], { description: 'The steps of the guide, in order.' })
  @Extensions({ maxItems: referralLimits.questions })
  questions!: ReferralQuestionView[];
}

/** Where a path leads: an offer, the reason shown for it, and when it applies. */
@ObjectType('ReferralOutcome', { simpleResolvers: true, description: 'An offer a referral path leads to, with the reason shown.' })
export class ReferralOutcomeView {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'Order within the path, from 1.' })
  position!: number;

  @Field(() => String, { description: 'German: why this offer fits.' })
  reason!: string;

  @Field(() => [ReferralReasonTranslationView])
  @Extensions({ maxItems: TRANSLATIONS })
  translations!: ReferralReasonTranslationView[];

  @Field(() => [ReferralConditionView], { description: 'All must hold; none means always.' })
  @Extensions({ maxItems: referralLimits.questions })
  conditions!: ReferralConditionView[];

  @Field(() => Boolean, { description: 'Shown only when no other outcome of the path matches.' })
  fallback!: boolean;

  pathId!: string;
  offerId!: string;
  /** Read in the outcome's own statement, under the offer's rule; served by the preloaded field. */
  offer?: OfferView;
}

@ObjectType('ReferralResult', { simpleResolvers: true, description: 'Where a visitor’s answers lead.' })
export class ReferralResultView {
  @Field(() => [ReferralOutcomeView], {
    description:
      'Outcomes whose every condition holds, in path order; when none does, the fallback outcomes that hold. Outcomes whose offer the reader may not see are left out.',
  })
  @Extensions({ maxItems: referralLimits.outcomes })
  outcomes!: ReferralOutcomeView[];

  @Field(() => Boolean, { description: 'Whether `outcomes` are the path’s fallbacks because no other outcome matched.' })
  fallback!: boolean;

  @Field(() => [String], { description: 'Keys of the questions not answered (or answered with an unknown option), in path order.' })
  @Extensions({ maxItems: referralLimits.questions })
  unansweredQuestionKeys!: string[];

  @Field(() => Boolean, { description: 'Whether every question is answered.' })
  complete!: boolean;
}
