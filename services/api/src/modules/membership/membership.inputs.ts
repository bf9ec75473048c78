import { Field, InputType } from 'type-graphql';
import { z } from 'zod';
import { DateScalar, UUIDScalar } from '../../graphql/scalars.js';
import { rules } from '../../validation/parse-input.js';
import { MembershipRole } from './membership.entity.js';

@InputType({ description: 'A person in a body. On update, omitted fields are left unchanged; body and person cannot change.' })
export class MembershipInput {
  @Field(() => UUIDScalar, { nullable: true, description: 'Only when adding.' })
  bodyId?: string;

  @Field(() => UUIDScalar, { nullable: true, description: 'Only when adding.' })
  personId?: string;

  @Field(() => UUIDScalar, { nullable: true, description: 'The organisation the person acts for; null for none.' })
  organisationId?: string | null;

  @Field(() => MembershipRole, { nullable: true })
  role?: MembershipRole;

  @Field(() => Boolean, { nullable: true })
  votingRight?: boolean;

  @Field(() => DateScalar, { nullable: true, description: 'Default today.' })
  validFrom?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Null while current.' })
  validTo?: string | null;
}

const period = <T extends { validFrom?: string; validTo?: string | null }>(m: T) => !m.validFrom || !m.validTo || m.validTo >= m.validFrom;

export const addMembershipSchema = z
  .object({
    bodyId: rules.uuid(),
    personId: rules.uuid(),
    organisationId: rules.uuid().nullish(),
    role: z.enum(MembershipRole),
    votingRight: z
      .boolean()
      .nullish()
      .transform((v) => v ?? undefined),
    validFrom: rules.isoDate().optional(),
    validTo: rules.isoDate().nullish(),
  })
  .refine(period, { path: ['validTo'], message: 'must not be before the start date' });

export const updateMembershipSchema = z
  .object({
    bodyId: z.undefined({ error: 'a membership cannot move to another body' }).or(z.null()).optional(),
    personId: z.undefined({ error: 'a membership cannot move to another person' }).or(z.null()).optional(),
    organisationId: rules.uuid().nullish(),
    role: z.enum(MembershipRole).optional(),
    votingRight: z
      .boolean()
      .nullish()
      .transform((v) => v ?? undefined),
    validFrom: rules.isoDate().optional(),
    validTo: rules.isoDate().nullish(),
  })
  .refine(period, { path: ['validTo'], message: 'must not be before the start date' });
