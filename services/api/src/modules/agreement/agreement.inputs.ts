import { Field, InputType, Int } from 'type-graphql';
import { z } from 'zod';
import { DateScalar, UUIDScalar } from '../../graphql/scalars.js';
import { rules } from '../../validation/parse-input.js';
import { AgreementKind, AgreementStatus } from './agreement.entity.js';

@InputType()
export class AgreementPartyInput {
  @Field(() => UUIDScalar)
  organisationId!: string;

  @Field(() => String, { description: 'e.g. "Träger", "Kooperationspartner", "Fördermittelgeber".' })
  role!: string;
}

@InputType({
  description: 'Agreement fields. On update, omitted fields are left unchanged; status changes go through changeAgreementStatus.',
})
export class AgreementInput {
  @Field(() => String, { nullable: true })
  title?: string;

  @Field(() => AgreementKind, { nullable: true })
  kind?: AgreementKind;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => [AgreementPartyInput], { nullable: true, description: 'Two or more different organisations.' })
  parties?: AgreementPartyInput[];

  @Field(() => DateScalar, { nullable: true })
  signedOn?: string | null;

  @Field(() => DateScalar, { nullable: true })
  validFrom?: string | null;

  @Field(() => DateScalar, { nullable: true })
  validTo?: string | null;

  @Field(() => DateScalar, { nullable: true })
  noticeOn?: string | null;

  @Field(() => UUIDScalar, { nullable: true })
  bodyId?: string | null;

  @Field(() => UUIDScalar, { nullable: true })
  measureId?: string | null;
}

@InputType()
export class AgreementStatusInput {
  @Field(() => AgreementStatus)
  status!: AgreementStatus;

  @Field(() => DateScalar, { nullable: true, description: 'Default today.' })
  on?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType()
export class AgreementFilter {
  @Field(() => UUIDScalar, { nullable: true, description: 'Agreements this organisation is a party to.' })
  organisationId?: string | null;

  @Field(() => [AgreementStatus], { nullable: true })
  statuses?: AgreementStatus[] | null;

  @Field(() => Int, { nullable: true, description: 'Only agreements in force whose end or notice date falls within this many days.' })
  expiringWithinDays?: number | null;
}

const partySchema = z.object({ organisationId: rules.uuid(), role: rules.text(120, 2) });
const parties = z
  .array(partySchema)
  .min(2, 'an agreement needs at least two parties')
  .max(20)
  .refine((p) => new Set(p.map((x) => x.organisationId)).size === p.length, 'each organisation can be a party only once');
const validity = <T extends { validFrom?: string | null; validTo?: string | null }>(a: T) =>
  !a.validFrom || !a.validTo || a.validTo >= a.validFrom;

const agreementFields = {
  title: rules.text(300, 3),
  kind: z.enum(AgreementKind),
  description: rules.optionalText(10000),
  parties,
  signedOn: rules.isoDate().nullish(),
  validFrom: rules.isoDate().nullish(),
  validTo: rules.isoDate().nullish(),
  noticeOn: rules.isoDate().nullish(),
  bodyId: rules.uuid().nullish(),
  measureId: rules.uuid().nullish(),
};

export const createAgreementSchema = z
  .object(agreementFields)
  .refine(validity, { path: ['validTo'], message: 'must not be before the start date' });

export const updateAgreementSchema = z
  .object({
    title: agreementFields.title.optional(),
    kind: agreementFields.kind.optional(),
    description: agreementFields.description.optional(),
    parties: agreementFields.parties.optional(),
    signedOn: agreementFields.signedOn,
    validFrom: agreementFields.validFrom,
    validTo: agreementFields.validTo,
    noticeOn: agreementFields.noticeOn,
    bodyId: agreementFields.bodyId,
    measureId: agreementFields.measureId,
  })
  .refine(validity, { path: ['validTo'], message: 'must not be before the start date' });

export const agreementStatusSchema = z.object({
  status: z.enum(AgreementStatus),
  on: rules.isoDate().nullish(),
  note: rules.optionalText(2000),
});

export const agreementFilterSchema = z
  .object({
    organisationId: rules.uuid().nullish(),
    statuses: z.array(z.enum(AgreementStatus)).max(6).nullish(),
    expiringWithinDays: z.number().int().min(0).max(3650).nullish(),
  })
  .nullish()
  .transform((v) => v ?? {});
