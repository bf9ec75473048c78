import { Field, InputType, Int } from 'type-graphql';
import { z } from 'zod';
import { DateScalar, UUIDScalar } from '../../graphql/scalars.js';
import { rules } from '../../validation/parse-input.js';
import { translationList, translationLocale } from '../directory/translations.js';
import { Visibility } from '../organisation/organisation.enums.js';
import { AddressInput, ContactChannelInput, contactChannelSchema } from '../organisation/organisation.inputs.js';
import { OfferCost, OfferKind } from './offer.enums.js';

/** Bounds of an offer's lists. */
export const MAX_LOCATIONS = 10;
/** Slots of one location's week: up to four a day. */
export const MAX_OPENING_HOURS = 28;

@InputType()
export class OpeningHoursInput {
  @Field(() => Int, { description: '1 = Monday … 7 = Sunday.' })
  weekday!: number;

  @Field(() => String, { description: '"HH:MM", Europe/Berlin.' })
  opens!: string;

  @Field(() => String, { description: '"HH:MM", later than `opens`; "24:00" for the end of the day.' })
  closes!: string;
}

@InputType()
export class OfferAccessibilityInput {
  @Field(() => Boolean, { nullable: true })
  stepFree?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  accessibleToilet?: boolean | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

/** A place where the offer is held: an address with a name, its accessibility and its weekly schedule. */
@InputType()
export class OfferLocationInput extends AddressInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => OfferAccessibilityInput, { nullable: true })
  accessibility?: OfferAccessibilityInput | null;

  @Field(() => [OpeningHoursInput], { nullable: true, description: `At most ${MAX_OPENING_HOURS}.` })
  openingHours?: OpeningHoursInput[] | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  byAppointment?: boolean | null;
}

/** A title and description in one of the other languages; shared by offers and organisations' inputs. */
@InputType()
export class OfferTranslationInput {
  @Field(() => String, { description: 'en, ar, fa, tr or uk (German is the base text).' })
  locale!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;
}

/** Fields of an offer. On update, omitted fields stay as they are. */
@InputType({
  description: 'Offer fields. `organisationId`, `title` and `kind` are needed to create; on update, omitted fields are left unchanged.',
})
export class OfferInput {
  @Field(() => UUIDScalar, { nullable: true, description: 'The organisation offering it; set on creation only.' })
  organisationId?: string | null;

  @Field(() => String, { nullable: true, description: 'German title.' })
  title?: string;

  @Field(() => String, { nullable: true, description: 'German description, plain text.' })
  description?: string | null;

  @Field(() => OfferKind, { nullable: true })
  kind?: OfferKind;

  @Field(() => [UUIDScalar], { nullable: true })
  fieldOfActionIds?: string[];

  @Field(() => [UUIDScalar], { nullable: true })
  districtIds?: string[];

  @Field(() => [UUIDScalar], { nullable: true })
  languageIds?: string[];

  @Field(() => [UUIDScalar], { nullable: true })
  targetGroupIds?: string[];

  @Field(() => [OfferLocationInput], { nullable: true, description: `At most ${MAX_LOCATIONS}.` })
  locations?: OfferLocationInput[];

  @Field(() => OfferCost, { nullable: true })
  cost?: OfferCost;

  @Field(() => String, { nullable: true })
  costNote?: string | null;

  @Field(() => Boolean, { nullable: true })
  registrationRequired?: boolean;

  @Field(() => [ContactChannelInput], { nullable: true })
  contactChannels?: ContactChannelInput[];

  @Field(() => DateScalar, { nullable: true })
  validFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Not before `validFrom`.' })
  validUntil?: string | null;

  @Field(() => Visibility, { nullable: true })
  visibility?: Visibility;

  @Field(() => [OfferTranslationInput], {
    nullable: true,
    description: 'Title and description in other languages; replaces all translations when given. At most one per language.',
  })
  translations?: OfferTranslationInput[];
}

/** A time of day "HH:MM"; `end` allows "24:00". */
const timeOfDay = (end: boolean) =>
  z
    .string()
    .trim()
    .regex(end ? /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/ : /^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time HH:MM');

export const openingHoursSchema = z
  .object({
    weekday: z.number().int().min(1, 'must be 1 (Monday) to 7 (Sunday)').max(7, 'must be 1 (Monday) to 7 (Sunday)'),
    opens: timeOfDay(false),
    closes: timeOfDay(true),
  })
  .superRefine((h, ctx) => {
    if (h.closes <= h.opens) ctx.addIssue({ code: 'custom', path: ['closes'], message: 'must be later than the opening time' });
  });

const optionalFlag = () =>
  z
    .boolean()
    .nullish()
    .transform((v) => v ?? null);

export const locationSchema = z.object({
  name: rules.optionalText(200),
  street: rules.optionalText(200),
  postalCode: rules.optionalText(10).refine((v) => v === null || /^\d{5}$/.test(v), 'must be a five-digit German postal code'),
  city: rules.optionalText(100),
  latitude: z
    .number()
    .min(-90)
    .max(90)
    .nullish()
    .transform((v) => v ?? null),
  longitude: z
    .number()
    .min(-180)
    .max(180)
    .nullish()
    .transform((v) => v ?? null),
  accessibility: z
    .object({ stepFree: optionalFlag(), accessibleToilet: optionalFlag(), note: rules.optionalText(500) })
    .nullish()
    .transform((v) => v ?? null),
  openingHours: z
    .array(openingHoursSchema)
    .max(MAX_OPENING_HOURS, `at most ${MAX_OPENING_HOURS} opening hours`)
    .nullish()
    .transform((v) => v ?? []),
  byAppointment: z
    .boolean()
    .nullish()
    .transform((v) => v ?? false),
});

export const offerTranslationSchema = z.object({
  locale: translationLocale(),
  title: rules.text(200, 2),
  description: rules.optionalText(5000),
});

const offerFields = {
  organisationId: rules.uuid(),
  title: rules.text(200, 2),
  description: rules.optionalText(5000),
  kind: z.enum(OfferKind),
  fieldOfActionIds: rules.tagIds(),
  districtIds: rules.tagIds(),
  languageIds: rules.tagIds(),
  targetGroupIds: rules.tagIds(),
  locations: z.array(locationSchema).max(MAX_LOCATIONS, `at most ${MAX_LOCATIONS} locations`),
  cost: z.enum(OfferCost),
  costNote: rules.optionalText(300),
  registrationRequired: z.boolean(),
  contactChannels: z.array(contactChannelSchema).max(10, 'at most 10 contact channels'),
  validFrom: rules.isoDate().nullish(),
  validUntil: rules.isoDate().nullish(),
  visibility: z.enum(Visibility),
  translations: translationList(offerTranslationSchema),
};

/** `validUntil` is not before `validFrom`, where both are known. */
export const validityProblem = (validFrom: string | null | undefined, validUntil: string | null | undefined) =>
  validFrom && validUntil && validUntil < validFrom ? 'must not be before validFrom' : null;

/** Creating needs the organisation, a title and a kind; lists default to empty. */
export const createOfferSchema = z
  .object({
    ...offerFields,
    fieldOfActionIds: offerFields.fieldOfActionIds.default([]),
    districtIds: offerFields.districtIds.default([]),
    languageIds: offerFields.languageIds.default([]),
    targetGroupIds: offerFields.targetGroupIds.default([]),
    locations: offerFields.locations.nullish().transform((v) => v ?? []),
    cost: offerFields.cost.default(OfferCost.FREE),
    registrationRequired: offerFields.registrationRequired.nullish().transform((v) => v ?? false),
    contactChannels: offerFields.contactChannels.default([]),
    visibility: offerFields.visibility.default(Visibility.PUBLIC),
    translations: offerFields.translations.default([]),
  })
  .superRefine((o, ctx) => {
    const problem = validityProblem(o.validFrom, o.validUntil);
    if (problem) ctx.addIssue({ code: 'custom', path: ['validUntil'], message: problem });
  });

/** Updating changes only what is given; `null` clears optional fields. The organisation stays. */
export const updateOfferSchema = z.object({
  organisationId: offerFields.organisationId.nullish(),
  title: offerFields.title.optional(),
  description: offerFields.description.optional(),
  kind: offerFields.kind.optional(),
  fieldOfActionIds: offerFields.fieldOfActionIds.optional(),
  districtIds: offerFields.districtIds.optional(),
  languageIds: offerFields.languageIds.optional(),
  targetGroupIds: offerFields.targetGroupIds.optional(),
  locations: offerFields.locations.optional(),
  cost: offerFields.cost.optional(),
  costNote: offerFields.costNote.optional(),
  registrationRequired: offerFields.registrationRequired.optional(),
  contactChannels: offerFields.contactChannels.optional(),
  validFrom: offerFields.validFrom,
  validUntil: offerFields.validUntil,
  visibility: offerFields.visibility.optional(),
  translations: offerFields.translations.optional(),
});

export type CreateOfferData = z.output<typeof createOfferSchema>;
export type UpdateOfferData = z.output<typeof updateOfferSchema>;

@InputType({ description: 'Offer filters; within a list any value matches, across lists all must match.' })
export class OfferFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Words to search for, in any of the six languages; words naming a language ("arabisch", "Arabic", "عربي") filter by it.',
  })
  search?: string | null;

  @Field(() => [OfferKind], { nullable: true })
  kinds?: OfferKind[] | null;

  @Field(() => [UUIDScalar], { nullable: true })
  fieldOfActionIds?: string[] | null;

  @Field(() => [UUIDScalar], { nullable: true })
  districtIds?: string[] | null;

  @Field(() => [UUIDScalar], { nullable: true })
  languageIds?: string[] | null;

  @Field(() => [UUIDScalar], { nullable: true })
  targetGroupIds?: string[] | null;

  @Field(() => [UUIDScalar], { nullable: true, description: 'Only offers of these organisations.' })
  organisationIds?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Only offers open now (Europe/Berlin) by their opening hours.' })
  openNow?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Also offers whose last day has passed; for members, archived offers too.',
  })
  includeArchived?: boolean | null;
}

export const offerFilterSchema = z
  .object({
    search: z.string().trim().max(200).nullish(),
    kinds: z.array(z.enum(OfferKind)).max(20).nullish(),
    fieldOfActionIds: rules.uuids().nullish(),
    districtIds: rules.uuids().nullish(),
    languageIds: rules.uuids().nullish(),
    targetGroupIds: rules.uuids().nullish(),
    organisationIds: rules.uuids().nullish(),
    openNow: z.boolean().nullish(),
    includeArchived: z.boolean().nullish(),
  })
  .nullish()
  .transform((v) => v ?? {});

export type OfferFilterData = z.output<typeof offerFilterSchema>;
