import { Field, InputType } from 'type-graphql';
import { z } from 'zod';
import { DateScalar, UUIDScalar } from '../../graphql/scalars.js';
import { rules } from '../../validation/parse-input.js';
import { ContactChannelInput, contactChannelSchema } from '../organisation/organisation.inputs.js';

@InputType({ description: 'A person acting for an organisation over a period.' })
export class AffiliationInput {
  @Field(() => UUIDScalar)
  organisationId!: string;

  @Field(() => String)
  role!: string;

  @Field(() => DateScalar, { nullable: true })
  validFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Empty while current.' })
  validTo?: string | null;
}

@InputType({ description: 'Person fields. On update, omitted fields are left unchanged.' })
export class PersonInput {
  @Field(() => String, { nullable: true })
  givenName?: string;

  @Field(() => String, { nullable: true })
  familyName?: string;

  @Field(() => String, { nullable: true })
  function?: string | null;

  @Field(() => [ContactChannelInput], { nullable: true })
  contactChannels?: ContactChannelInput[];

  @Field(() => Boolean, { nullable: true })
  consentToPublishContact?: boolean;

  @Field(() => [AffiliationInput], { nullable: true, description: 'Only when creating: the organisations the person acts for.' })
  affiliations?: AffiliationInput[];
}

export const affiliationSchema = z
  .object({
    organisationId: rules.uuid(),
    role: rules.text(200, 1),
    validFrom: rules
      .isoDate()
      .nullish()
      .transform((v) => v ?? null),
    validTo: rules
      .isoDate()
      .nullish()
      .transform((v) => v ?? null),
  })
  .refine((a) => !a.validFrom || !a.validTo || a.validTo >= a.validFrom, {
    path: ['validTo'],
    message: 'must not be before the start date',
  });

const personFields = {
  givenName: rules.text(100, 1),
  familyName: rules.text(100, 1),
  function: rules.optionalText(200),
  contactChannels: z.array(contactChannelSchema).max(10, 'at most 10 contact channels'),
  consentToPublishContact: z.boolean(),
};

export const createPersonSchema = z.object({
  ...personFields,
  contactChannels: personFields.contactChannels.default([]),
  consentToPublishContact: personFields.consentToPublishContact.default(false),
  affiliations: z.array(affiliationSchema).max(20).default([]),
});

export const updatePersonSchema = z.object({
  givenName: personFields.givenName.optional(),
  familyName: personFields.familyName.optional(),
  function: personFields.function.optional(),
  contactChannels: personFields.contactChannels.optional(),
  consentToPublishContact: personFields.consentToPublishContact.optional(),
  affiliations: z.undefined({ error: 'affiliations are changed with the affiliation mutations' }).or(z.null()).optional(),
});

@InputType()
export class PeopleFilter {
  @Field(() => String, { nullable: true })
  search?: string | null;

  @Field(() => UUIDScalar, { nullable: true })
  organisationId?: string | null;

  @Field(() => Boolean, { nullable: true })
  includeArchived?: boolean | null;
}

export const peopleFilterSchema = z
  .object({
    search: z.string().trim().max(200).nullish(),
    organisationId: rules.uuid().nullish(),
    includeArchived: z.boolean().nullish(),
  })
  .nullish()
  .transform((v) => v ?? {});
