import { Field, InputType } from 'type-graphql';
import { z } from 'zod';
import { UUIDScalar } from '../../graphql/scalars.js';
import { rules } from '../../validation/parse-input.js';
import { UserRole } from './user.entity.js';

@InputType()
export class InviteUserInput {
  @Field(() => String)
  email!: string;

  @Field(() => UserRole)
  role!: UserRole;

  @Field(() => [UUIDScalar], { nullable: true, description: 'Organisations an editor will edit.' })
  organisationIds?: string[];
}

@InputType()
export class AcceptInvitationInput {
  @Field(() => String)
  token!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => String, { description: 'At least 10 characters.' })
  password!: string;
}

@InputType()
export class UpdateUserInput {
  @Field(() => UserRole, { nullable: true })
  role?: UserRole;

  @Field(() => [UUIDScalar], { nullable: true })
  organisationIds?: string[];

  @Field(() => Boolean, { nullable: true, description: 'Disabling ends all sessions of the user.' })
  disabled?: boolean;
}

export const passwordSchema = z.string().min(10, 'must have at least 10 characters').max(200, 'must have at most 200 characters');

export const inviteUserSchema = z.object({
  email: rules.email(),
  role: z.enum(UserRole),
  organisationIds: rules.tagIds().default([]),
});

export const acceptInvitationSchema = z.object({
  token: z.string().min(10).max(100),
  displayName: rules.text(120, 2),
  password: passwordSchema,
});

export const updateUserSchema = z.object({
  role: z.enum(UserRole).optional(),
  organisationIds: rules.tagIds().optional(),
  disabled: z.boolean().optional(),
});

export const resetPasswordRequestSchema = rules.email();

export const loginSchema = z.object({
  email: z.string().trim().toLowerCase().max(254),
  password: z.string().max(200),
});
