import { Arg, Ctx, Extensions, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { firstArg, listSizes, MAX_TAGS } from '../../graphql/lists.js';
import { UUIDScalar } from '../../graphql/scalars.js';
import { OrganisationView } from '../organisation/organisation.types.js';
import { AcceptInvitationInput, InviteUserInput, UpdateUserInput } from './user.inputs.js';
import { InvitationPreview, InvitationView, UserView } from './user.types.js';

/** The account a session token belongs to, read as that account: the request itself is still anonymous. */
async function sessionUser(ctx: GraphQLContext, token: string, userId: string): Promise<UserView> {
  const actor = await ctx.services.sessions.authenticate(ctx.em, token);
  return ctx.read.as(actor ?? ctx.actor).users.get(userId);
}

@Resolver(() => UserView)
export class UserResolver {
  @Query(() => UserView, { nullable: true, description: 'The logged-in user, or null.' })
  me(@Ctx() ctx: GraphQLContext) {
    return ctx.read.users.me();
  }

  @Mutation(() => UserView, { description: 'Starts a new session (a new session id) and sets the session cookie.' })
  async login(@Ctx() ctx: GraphQLContext, @Arg('email', () => String) email: string, @Arg('password', () => String) password: string) {
    const previous = ctx.actor.kind === 'user' ? ctx.actor.sessionId : undefined;
    const { user, token, expiresAt } = await ctx.services.users.login(ctx.em, email, password, ctx.clientAddress);
    if (previous) await ctx.services.sessions.revoke(ctx.em, previous);
    ctx.cookie.set(token, expiresAt);
    return sessionUser(ctx, token, user.id);
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

  @Mutation(() => String, {
    description:
      'Logged-in users: a secret URL of an iCalendar feed of the meetings you are invited to or whose body you sit in. Shown only now; calling again replaces the old URL.',
  })
  createCalendarFeed(@Ctx() ctx: GraphQLContext) {
    return ctx.services.calendarFeeds.create(ctx);
  }

  @Mutation(() => Boolean, { description: 'Ends your calendar feed URL; false when you had none.' })
  revokeCalendarFeed(@Ctx() ctx: GraphQLContext) {
    return ctx.services.calendarFeeds.revoke(ctx);
  }

  @Query(() => [UserView], { description: 'Admins only.' })
  users(@Ctx() ctx: GraphQLContext, @Arg('first', () => Int, firstArg(listSizes.root)) first: number) {
    return ctx.read.users.list(first);
  }

  @Mutation(() => UserView, { description: 'Admins only. Disabling ends the user’s sessions.' })
  async updateUser(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => UUIDScalar) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => UpdateUserInput) input: UpdateUserInput,
  ) {
    await ctx.services.users.update(ctx, id, version, input);
    return ctx.read.refresh().users.get(id);
  }

  @Mutation(() => Int, { description: 'Admins only. Ends every session of a user; returns how many.' })
  revokeUserSessions(@Ctx() ctx: GraphQLContext, @Arg('userId', () => UUIDScalar) userId: string) {
    return ctx.services.users.revokeSessions(ctx, userId);
  }

  @FieldResolver(() => [OrganisationView], { description: 'Organisations this user edits.' })
  @Extensions({ maxItems: MAX_TAGS })
  organisations(@Ctx() ctx: GraphQLContext, @Root() user: UserView) {
    return ctx.read.users.organisationsOfUser(user.id);
  }
}

@Resolver(() => InvitationView)
export class InvitationResolver {
  @Query(() => [InvitationView], { description: 'Admins only. Open invitations, or all with includeClosed.' })
  invitations(
    @Ctx() ctx: GraphQLContext,
    @Arg('includeClosed', () => Boolean, { defaultValue: false }) includeClosed: boolean,
    @Arg('first', () => Int, firstArg(listSizes.root)) first: number,
  ) {
    return ctx.read.users.invitations(includeClosed, first);
  }

  @Query(() => InvitationPreview, { description: 'Checks an invitation link before the form is shown.' })
  async invitationPreview(@Ctx() ctx: GraphQLContext, @Arg('token', () => String) token: string) {
    const invitation = await ctx.services.users.inspectInvitation(ctx.em, token);
    return Object.assign(new InvitationPreview(), { email: invitation.email, expiresAt: invitation.expiresAt });
  }

  @Mutation(() => InvitationView, { description: 'Admins only. Mails a single-use link that expires.' })
  async inviteUser(@Ctx() ctx: GraphQLContext, @Arg('input', () => InviteUserInput) input: InviteUserInput) {
    const invitation = await ctx.services.users.invite(ctx, input);
    return ctx.read.refresh().users.getInvitation(invitation.id);
  }

  @Mutation(() => InvitationView, { description: 'Admins only.' })
  async revokeInvitation(@Ctx() ctx: GraphQLContext, @Arg('id', () => UUIDScalar) id: string) {
    await ctx.services.users.revokeInvitation(ctx, id);
    return ctx.read.refresh().users.getInvitation(id);
  }

  @Mutation(() => UserView, { description: 'Creates the account from an invitation and logs it in.' })
  async acceptInvitation(@Ctx() ctx: GraphQLContext, @Arg('input', () => AcceptInvitationInput) input: AcceptInvitationInput) {
    const { user, token, expiresAt } = await ctx.services.users.accept(ctx.em, input);
    ctx.cookie.set(token, expiresAt);
    return sessionUser(ctx, token, user.id);
  }

  @FieldResolver(() => [OrganisationView])
  @Extensions({ maxItems: MAX_TAGS })
  organisations(@Ctx() ctx: GraphQLContext, @Root() invitation: InvitationView) {
    return ctx.read.users.organisationsOfInvitation(invitation.id);
  }

  @FieldResolver(() => String, { description: 'OPEN, ACCEPTED, EXPIRED or REVOKED.' })
  status(@Root() invitation: InvitationView) {
    if (invitation.acceptedAt) return 'ACCEPTED';
    if (invitation.revokedAt) return 'REVOKED';
    return invitation.expiresAt.getTime() <= Date.now() ? 'EXPIRED' : 'OPEN';
  }
}
