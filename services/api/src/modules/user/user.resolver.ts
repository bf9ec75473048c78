import { Arg, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Invitation, User } from './user.entity.js';
import { AcceptInvitationInput, InviteUserInput, UpdateUserInput } from './user.inputs.js';

@ObjectType({ description: 'What an invitation link is for.' })
class InvitationPreview {
  @Field(() => String)
  email!: string;

  @Field(() => Date)
  expiresAt!: Date;
}

@Resolver(() => User)
export class UserResolver {
  @Query(() => User, { nullable: true, description: 'The logged-in user, or null.' })
  me(@Ctx() ctx: GraphQLContext) {
    return ctx.services.users.me(ctx);
  }

  @Mutation(() => User, { description: 'Starts a new session (a new session id) and sets the session cookie.' })
  async login(@Ctx() ctx: GraphQLContext, @Arg('email', () => String) email: string, @Arg('password', () => String) password: string) {
    const previous = ctx.actor.kind === 'user' ? ctx.actor.sessionId : undefined;
    const { user, token, expiresAt } = await ctx.services.users.login(ctx.em, email, password, ctx.clientAddress);
    if (previous) await ctx.services.sessions.revoke(ctx.em, previous);
    ctx.cookie.set(token, expiresAt);
    return user;
  }

  @Mutation(() => Boolean, { description: 'Ends the current session on the server and clears the cookie.' })
  async logout(@Ctx() ctx: GraphQLContext) {
    if (ctx.actor.kind === 'user') await ctx.services.sessions.revoke(ctx.em, ctx.actor.sessionId);
    ctx.cookie.clear();
    return true;
  }

  @Mutation(() => Boolean)
  changePassword(
    @Ctx() ctx: GraphQLContext,
    @Arg('currentPassword', () => String) currentPassword: string,
    @Arg('newPassword', () => String) newPassword: string,
  ) {
    return ctx.services.users.changePassword(ctx, currentPassword, newPassword);
  }

  @Mutation(() => Boolean, {
    description:
      'Mails a single-use link to set a new password to an active account with this email. Answers true whether or not such an account exists; TOO_MANY_REQUESTS (RESET_THROTTLED) when asked too often for one email or from one address.',
  })
  requestPasswordReset(@Ctx() ctx: GraphQLContext, @Arg('email', () => String) email: string) {
    return ctx.services.passwordResets.request(ctx, email);
  }

  @Mutation(() => Boolean, {
    description: 'Sets a new password with a link from requestPasswordReset and ends every session of the account.',
  })
  resetPassword(
    @Ctx() ctx: GraphQLContext,
    @Arg('token', () => String) token: string,
    @Arg('newPassword', () => String, { description: 'At least 10 characters.' }) newPassword: string,
  ) {
    return ctx.services.passwordResets.reset(ctx.em, token, newPassword);
  }

  @Query(() => [User], { description: 'Admins only.' })
  users(@Ctx() ctx: GraphQLContext) {
    return ctx.services.users.list(ctx);
  }

  @Mutation(() => User, { description: 'Admins only. Disabling ends the user’s sessions.' })
  updateUser(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => UpdateUserInput) input: UpdateUserInput,
  ) {
    return ctx.services.users.update(ctx, id, version, input);
  }

  @Mutation(() => Int, { description: 'Admins only. Ends every session of a user; returns how many.' })
  revokeUserSessions(@Ctx() ctx: GraphQLContext, @Arg('userId', () => ID) userId: string) {
    return ctx.services.users.revokeSessions(ctx, userId);
  }

  @FieldResolver(() => [Organisation], { description: 'Organisations this user edits.' })
  async organisations(@Root() user: User) {
    return (await user.organisations.load({ dataloader: true })).getItems();
  }
}

@Resolver(() => Invitation)
export class InvitationResolver {
  @Query(() => [Invitation], { description: 'Admins only. Open invitations, or all with includeClosed.' })
  invitations(@Ctx() ctx: GraphQLContext, @Arg('includeClosed', () => Boolean, { defaultValue: false }) includeClosed: boolean) {
    return ctx.services.users.invitations(ctx, includeClosed);
  }

  @Query(() => InvitationPreview, { description: 'Checks an invitation link before the form is shown.' })
  invitationPreview(@Ctx() ctx: GraphQLContext, @Arg('token', () => String) token: string) {
    return ctx.services.users.inspectInvitation(ctx.em, token);
  }

  @Mutation(() => Invitation, { description: 'Admins only. Mails a single-use link that expires.' })
  inviteUser(@Ctx() ctx: GraphQLContext, @Arg('input', () => InviteUserInput) input: InviteUserInput) {
    return ctx.services.users.invite(ctx, input);
  }

  @Mutation(() => Invitation, { description: 'Admins only.' })
  revokeInvitation(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string) {
    return ctx.services.users.revokeInvitation(ctx, id);
  }

  @Mutation(() => User, { description: 'Creates the account from an invitation and logs it in.' })
  async acceptInvitation(@Ctx() ctx: GraphQLContext, @Arg('input', () => AcceptInvitationInput) input: AcceptInvitationInput) {
    const { user, token, expiresAt } = await ctx.services.users.accept(ctx.em, input);
    ctx.cookie.set(token, expiresAt);
    return user;
  }

  @FieldResolver(() => [Organisation])
  async organisations(@Root() invitation: Invitation) {
    return (await invitation.organisations.load({ dataloader: true })).getItems();
  }

  @FieldResolver(() => String, { nullable: true })
  invitedByName(@Root() invitation: Invitation) {
    return invitation.invitedBy?.displayName ?? null;
  }

  @FieldResolver(() => String, { description: 'OPEN, ACCEPTED, EXPIRED or REVOKED.' })
  status(@Root() invitation: Invitation) {
    if (invitation.acceptedAt) return 'ACCEPTED';
    if (invitation.revokedAt) return 'REVOKED';
    return invitation.expiresAt.getTime() <= Date.now() ? 'EXPIRED' : 'OPEN';
  }
}
