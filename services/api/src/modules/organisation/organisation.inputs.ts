import { ArgsType, Field, Float, InputType, Int, registerEnumType } from 'type-graphql';
import { z } from 'zod';
import { MAX_CONNECTION_PAGE } from '../../graphql/lists.js';
import { UUIDScalar } from '../../graphql/scalars.js';
import { rules } from '../../validation/parse-input.js';
import { translationList, translationLocale } from '../directory/translations.js';
import { ContactChannelKind, OrganisationKind, Sector, Visibility } from './organisation.enums.js';

@InputType()
export class ContactChannelInput {
  @Field(() => ContactChannelKind)
  kind!: ContactChannelKind;

  @Field(() => String)
  value!: string;

  @Field(() => String, { nullable: true })
  label?: string | null;
}

@InputType()
export class AddressInput {
  @Field(() => String, { nullable: true })
  street?: string | null;

  @Field(() => String, { nullable: true })
  postalCode?: string | null;

  @Field(() => String, { nullable: true })
  city?: string | null;

  @Field(() => Float, { nullable: true })
  latitude?: number | null;

  @Field(() => Float, { nullable: true })
  longitude?: number | null;
}

/** An organisation's name and description in one of the other languages. */
@InputType()
export class OrganisationTranslationInput {
  @Field(() => String, { description: 'en, ar, fa, tr or uk (German is the base text).' })
  locale!: string;

  @Field(() => String, { nullable: true, description: 'The name in that language, if it has one (else the German name is shown).' })
  name?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;
}

/** Fields of an organisation profile. On update, omitted fields stay as they are. */
@InputType({ description: 'Organisation profile fields. On update, omitted fields are left unchanged.' })
export class OrganisationInput {
  @Field(() => String, { nullable: true })
  name?: string;

  @Field(() => String, { nullable: true })
  shortName?: string | null;

  @Field(() => OrganisationKind, { nullable: true })
  kind?: OrganisationKind;

  @Field(() => Sector, { nullable: true })
  sector?: Sector;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => [UUIDScalar], { nullable: true })
  fieldOfActionIds?: string[];

  @Field(() => [UUIDScalar], { nullable: true })
  districtIds?: string[];

  @Field(() => [UUIDScalar], { nullable: true })
  languageIds?: string[];

  @Field(() => [UUIDScalar], { nullable: true })
  targetGroupIds?: string[];

  @Field(() => AddressInput, { nullable: true })
  address?: AddressInput | null;

  @Field(() => [ContactChannelInput], { nullable: true })
  contactChannels?: ContactChannelInput[];

  @Field(() => String, { nullable: true })
  website?: string | null;

  @Field(() => Visibility, { nullable: true })
  visibility?: Visibility;

  @Field(() => [OrganisationTranslationInput], {
    nullable: true,
    description: 'Name and description in other languages; replaces all translations when given. At most one per language.',
  })
  translations?: OrganisationTranslationInput[];
}

const phonePattern = /^\+?[0-9][0-9 ()/-]{4,29}$/;

export const contactChannelSchema = z
  .object({
    kind: z.enum(ContactChannelKind),
    value: rules.text(200, 1),
    label: rules.optionalText(60),
  })
  .superRefine((c, ctx) => {
    if (c.kind === ContactChannelKind.EMAIL && !z.email().safeParse(c.value).success) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'must be a valid email address' });
    }
    if ([ContactChannelKind.PHONE, ContactChannelKind.MOBILE, ContactChannelKind.FAX].includes(c.kind) && !phonePattern.test(c.value)) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'must be a phone number such as +49 391 123456' });
    }
  });

export const addressSchema = z.object({
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
});

const profileFields = {
  name: rules.text(200, 2),
  shortName: rules.optionalText(40),
  kind: z.enum(OrganisationKind),
  sector: z.enum(Sector),
  description: rules.optionalText(5000),
  fieldOfActionIds: rules.tagIds(),
  districtIds: rules.tagIds(),
  languageIds: rules.tagIds(),
  targetGroupIds: rules.tagIds(),
  address: addressSchema.nullish().transform((v) => v ?? {}),
  contactChannels: z.array(contactChannelSchema).max(10, 'at most 10 contact channels'),
  website: rules.url(),
  visibility: z.enum(Visibility),
  translations: translationList(
    z
      .object({ locale: translationLocale(), name: rules.optionalText(200), description: rules.optionalText(5000) })
      .refine((t) => t.name !== null || t.description !== null, { message: 'needs a name or a description', path: ['description'] }),
  ),
};

/** Creating needs name, kind and sector; lists default to empty. */
export const createOrganisationSchema = z.object({
  ...profileFields,
  fieldOfActionIds: profileFields.fieldOfActionIds.default([]),
  districtIds: profileFields.districtIds.default([]),
  languageIds: profileFields.languageIds.default([]),
  targetGroupIds: profileFields.targetGroupIds.default([]),
  contactChannels: profileFields.contactChannels.default([]),
  visibility: profileFields.visibility.default(Visibility.PUBLIC),
  translations: profileFields.translations.default([]),
});

/** Updating changes only what is given; `null` clears optional fields. */
export const updateOrganisationSchema = z.object({
  name: profileFields.name.optional(),
  shortName: profileFields.shortName.optional(),
  kind: profileFields.kind.optional(),
  sector: profileFields.sector.optional(),
  description: profileFields.description.optional(),
  fieldOfActionIds: profileFields.fieldOfActionIds.optional(),
  districtIds: profileFields.districtIds.optional(),
  languageIds: profileFields.languageIds.optional(),
  targetGroupIds: profileFields.targetGroupIds.optional(),
  address: profileFields.address.optional(),
  contactChannels: profileFields.contactChannels.optional(),
  website: profileFields.website.optional(),
  visibility: profileFields.visibility.optional(),
  translations: profileFields.translations.optional(),
});

export type CreateOrganisationData = z.output<typeof createOrganisationSchema>;
export type UpdateOrganisationData = z.output<typeof updateOrganisationSchema>;

/** How stale a profile is, for the staleness filter. */
export enum Staleness {
  FRESH = 'FRESH',
  STALE = 'STALE',
}
registerEnumType(Staleness, { name: 'Staleness' });

@InputType({ description: 'Directory filters; within a list any value matches, across lists all must match.' })
export class OrganisationFilter {
  @Field(() => String, {
    nullable: true,
    description:
      'Words to search for, in any of the six languages (prefixes match, German word forms too); words naming a language ("arabisch", "Arabic", "عربي") filter by it.',
  })
  search?: string | null;

  @Field(() => [OrganisationKind], { nullable: true })
  kinds?: OrganisationKind[] | null;

  @Field(() => [Sector], { nullable: true })
  sectors?: Sector[] | null;

  @Field(() => [UUIDScalar], { nullable: true })
  fieldOfActionIds?: string[] | null;

  @Field(() => [UUIDScalar], { nullable: true })
  districtIds?: string[] | null;

  @Field(() => [UUIDScalar], { nullable: true })
  languageIds?: string[] | null;

  @Field(() => [UUIDScalar], { nullable: true })
  targetGroupIds?: string[] | null;

  @Field(() => Staleness, { nullable: true, description: 'Members only.' })
  staleness?: Staleness | null;

  @Field(() => Boolean, { nullable: true, description: 'Members only: include archived organisations.' })
  includeArchived?: boolean | null;

  @Field(() => [UUIDScalar], { nullable: true, description: 'Only these organisations, e.g. the ones I edit.' })
  ids?: string[] | null;
}

export const organisationFilterSchema = z
  .object({
    search: z.string().trim().max(200).nullish(),
    kinds: z.array(z.enum(OrganisationKind)).max(20).nullish(),
    sectors: z.array(z.enum(Sector)).max(20).nullish(),
    fieldOfActionIds: rules.uuids().nullish(),
    districtIds: rules.uuids().nullish(),
    languageIds: rules.uuids().nullish(),
    targetGroupIds: rules.uuids().nullish(),
    staleness: z.enum(Staleness).nullish(),
    includeArchived: z.boolean().nullish(),
    ids: rules.uuids().nullish(),
  })
  .nullish()
  .transform((v) => v ?? {});

export type OrganisationFilterData = z.output<typeof organisationFilterSchema>;

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, defaultValue: 20, description: 'Page size, 1-100 (default 20).' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item of the previous page.' })
  after?: string | null;
}

export const connectionArgsSchema = z.object({
  first: z
    .number()
    .int()
    .min(1)
    .max(MAX_CONNECTION_PAGE)
    .nullish()
    .transform((v) => v ?? 20),
  after: z.string().max(100).nullish(),
});
