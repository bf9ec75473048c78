import type { LoginThrottle } from '../../auth/login-throttle.js';
import { hashPassword, verifyPassword } from '../../auth/password.js';
import { ensure, policy } from '../../auth/policy.js';
import type { Scope } from '../../auth/scope.js';
import type { SessionService } from '../../auth/session.service.js';
import { newToken, tokenHash } from '../../auth/tokens.js';
import { type Config, publicBaseUrl } from '../../config/config.js';
import type { EntityManager } from '../../db/orm.js';
import { badInput, DomainError, ErrorCode, notFound, versionConflict } from '../../errors/domain-error.js';
import type { Mailer } from '../../mail/mailer.js';
import { isUuid } from '../../validation/ids.js';
import { parseInput } from '../../validation/parse-input.js';
import { AuditService, diffSnapshots, type Snapshot } from '../audit/audit.service.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Invitation, User, UserRole } from './user.entity.js';
import {
  type AcceptInvitationInput,
  acceptInvitationSchema,
  type InviteUserInput,
  inviteUserSchema,
  loginSchema,
  passwordSchema,
  type UpdateUserInput,
  updateUserSchema,
} from './user.inputs.js';

const invalidCredentials = () =>
  new DomainError(ErrorCode.UNAUTHENTICATED, 'Email or password is wrong', { reason: 'INVALID_CREDENTIALS' });

function userSnapshot(u: User): Snapshot {
  return {
    email: u.email,
    displayName: u.displayName,
    role: u.role,
    organisations: u.organisations.isInitialized()
      ? u.organisations
          .getItems()
          .map((o) => o.id)
          .sort()
      : undefined,
    disabledAt: u.disabledAt?.toISOString() ?? null,
  };
}

/** Accounts: login, invitations, roles. */
export class UserService {
  constructor(
    private readonly config: Pick<Config, 'invitationTtlHours' | 'publicUrl' | 'host' | 'port'>,
    private readonly audit: AuditService,
    private readonly sessions: SessionService,
    private readonly throttle: LoginThrottle,
    private readonly mailer: Mailer,
  ) {}

  /**
   * Checks email and password. Unknown accounts, disabled accounts and wrong
   * passwords get the same answer after the same work; repeated failures for
   * one account name, or from one client address, are throttled before the
   * password is checked.
   */
  async login(em: EntityManager, emailInput: string, passwordInput: string, clientAddress: string) {
    const { email, password } = parseInput(loginSchema, { email: emailInput, password: passwordInput });
    const wait = await this.throttle.attempt(email, clientAddress);
    if (wait > 0) {
      throw new DomainError(ErrorCode.TOO_MANY_REQUESTS, 'Too many failed attempts; please wait before trying again', {
        reason: 'LOGIN_THROTTLED',
        details: { retryAfterSeconds: wait },
      });
    }
    const user = await em.findOne(User, { email }, { populate: ['passwordHash'] });
    const usable = user && !user.disabledAt ? user : undefined;
    const ok = await verifyPassword(usable?.passwordHash, password);
    if (!ok || !usable) throw invalidCredentials();
    await this.throttle.succeeded(email, clientAddress);
    // A login is not an edit of the account: no version bump, no history entry.
    // (nativeUpdate would bump the version column, so plain SQL.)
    await em.execute('update app_user set last_login_at = now() where id = ?', [usable.id]);
    const session = await this.sessions.start(em, usable);
    return { user: usable, ...session };
  }

  async changePassword(scope: Scope, currentPassword: string, newPassword: string): Promise<boolean> {
    ensure(scope.actor.kind === 'user', scope.actor);
    const actor = scope.actor;
    if (actor.kind !== 'user') return false;
    const password = parseInput(passwordSchema, newPassword, 'newPassword');
    return scope.em.transactional(async (em) => {
      const user = await em.findOneOrFail(User, { id: actor.userId }, { populate: ['passwordHash'] });
      if (!(await verifyPassword(user.passwordHash, currentPassword))) {
        throw badInput('currentPassword', 'The current password is wrong', 'INVALID_CREDENTIALS');
      }
      user.passwordHash = await hashPassword(password);
      this.audit.record(em, actor, { entityType: 'User', entityId: user.id, action: 'CHANGE_PASSWORD' });
      await em.flush();
      // Other devices must log in again.
      await em.execute('update session set revoked_at = now() where user_id = ? and id <> ? and revoked_at is null', [
        user.id,
        actor.sessionId,
      ]);
      return true;
    });
  }

  /** Creates a single-use invitation and mails its link. */
  async invite(scope: Scope, input: InviteUserInput): Promise<Invitation> {
    ensure(policy.manageUsers(scope.actor), scope.actor);
    const data = parseInput(inviteUserSchema, input);
    if (data.role === UserRole.EDITOR && data.organisationIds.length === 0) {
      throw badInput('input.organisationIds', 'An editor needs at least one organisation', 'ORGANISATION_REQUIRED');
    }
    const token = newToken();
    const invitation = await scope.em.transactional(async (em) => {
      if (await em.count(User, { email: data.email })) {
        throw badInput('input.email', 'There is already an account with this email', 'ALREADY_REGISTERED');
      }
      const organisations = await this.organisationsById(em, data.organisationIds);
      const actor = scope.actor.kind === 'user' ? await em.findOne(User, { id: scope.actor.userId }) : null;
      const inv = em.create(Invitation, {
        email: data.email,
        role: data.role,
        tokenHash: tokenHash(token),
        expiresAt: new Date(Date.now() + this.config.invitationTtlHours * 3600_000),
        invitedBy: actor,
      });
      inv.organisations.set(organisations);
      this.audit.record(em, scope.actor, {
        entityType: 'Invitation',
        entityId: inv.id,
        action: 'CREATE',
        after: { email: data.email, role: data.role, organisations: data.organisationIds },
        organisationIds: data.organisationIds,
      });
      await em.flush();
      return inv;
    });
    const link = `${publicBaseUrl(this.config)}/invitation/${token}`;
    await this.mailer.send({
      to: data.email,
      subject: 'Einladung zu Verbund / Invitation to Verbund',
      text: [
        'Guten Tag,',
        '',
        'Sie wurden zu Verbund, dem Netzwerkverzeichnis, eingeladen. Mit diesem Link legen Sie Ihr Konto an:',
        link,
        '',
        `Der Link gilt einmal und bis ${invitation.expiresAt.toISOString().slice(0, 16).replace('T', ' ')} UTC.`,
        '',
        'You have been invited to Verbund. Use the link above to create your account.',
      ].join('\n'),
    });
    return invitation;
  }

  /** What an invitation link is for, so the page can greet the person; fails like `accept` would. */
  async inspectInvitation(em: EntityManager, token: string): Promise<Invitation> {
    const invitation = await em.findOne(Invitation, { tokenHash: tokenHash(token) });
    this.assertUsable(invitation);
    return invitation as Invitation;
  }

  /** Creates the account and logs it in. The token works once: a second use gets CONFLICT. */
  async accept(em: EntityManager, input: AcceptInvitationInput) {
    const data = parseInput(acceptInvitationSchema, input);
    const passwordHash = await hashPassword(data.password);
    const user = await em.transactional(async (tem) => {
      const invitation = await tem.findOne(Invitation, { tokenHash: tokenHash(data.token) }, { populate: ['organisations'] });
      this.assertUsable(invitation);
      const inv = invitation as Invitation;
      // Claim the token atomically, so two concurrent uses cannot both succeed.
      const claimed = await tem.nativeUpdate(Invitation, { id: inv.id, acceptedAt: null }, { acceptedAt: new Date() });
      if (claimed !== 1) throw usedInvitation();
      if (await tem.count(User, { email: inv.email })) {
        throw new DomainError(ErrorCode.CONFLICT, 'There is already an account with this email', { reason: 'ALREADY_REGISTERED' });
      }
      const created = tem.create(User, { email: inv.email, displayName: data.displayName, role: inv.role, passwordHash });
      created.organisations.set(inv.organisations.getItems());
      this.audit.record(
        tem,
        { kind: 'system' },
        {
          entityType: 'User',
          entityId: created.id,
          action: 'CREATE',
          after: userSnapshot(created),
          organisationIds: inv.organisations.getItems().map((o) => o.id),
        },
      );
      await tem.flush();
      return created;
    });
    const session = await this.sessions.start(em, user);
    return { user, ...session };
  }

  async revokeInvitation(scope: Scope, id: string): Promise<Invitation> {
    ensure(policy.manageUsers(scope.actor), scope.actor);
    return scope.em.transactional(async (em) => {
      const inv = isUuid(id) ? await em.findOne(Invitation, { id }) : null;
      if (!inv) throw notFound('Invitation', id);
      if (inv.acceptedAt) throw usedInvitation();
      inv.revokedAt ??= new Date();
      this.audit.record(em, scope.actor, { entityType: 'Invitation', entityId: id, action: 'REVOKE' });
      await em.flush();
      return inv;
    });
  }

  /** Changes role, organisations or the disabled flag. Admins cannot lock themselves out. */
  async update(scope: Scope, id: string, version: number, input: UpdateUserInput): Promise<User> {
    ensure(policy.manageUsers(scope.actor), scope.actor);
    const data = parseInput(updateUserSchema, input);
    const self = scope.actor.kind === 'user' && scope.actor.userId === id;
    if (self && ((data.role && data.role !== UserRole.ADMIN) || data.disabled)) {
      throw badInput(data.disabled ? 'input.disabled' : 'input.role', 'You cannot demote or disable your own account', 'SELF_LOCKOUT');
    }
    const updated = await scope.em.transactional(async (em) => {
      const user = isUuid(id) ? await em.findOne(User, { id }, { populate: ['organisations'] }) : null;
      if (!user) throw notFound('User', id);
      if (user.version !== version) throw versionConflict('User', user.version);
      const before = userSnapshot(user);
      if (data.role) user.role = data.role;
      if (data.organisationIds) user.organisations.set(await this.organisationsById(em, data.organisationIds));
      if (data.disabled !== undefined) user.disabledAt = data.disabled ? (user.disabledAt ?? new Date()) : null;
      const diff = diffSnapshots(before, userSnapshot(user));
      this.audit.record(em, scope.actor, {
        entityType: 'User',
        entityId: id,
        action: 'UPDATE',
        ...diff,
        organisationIds: [...new Set([...((before.organisations as string[]) ?? []), ...(data.organisationIds ?? [])])],
      });
      await em.flush();
      if (data.disabled) await this.sessions.revokeAllOf(em, id);
      return { user, rightsChanged: 'role' in diff.after || 'organisations' in diff.after };
    });
    // After the commit: open sockets of the account reconnect with the new rights.
    if (updated.rightsChanged) this.sessions.accountChanged(id);
    return updated.user;
  }

  /** Ends every session of a user (e.g. a lost laptop). */
  async revokeSessions(scope: Scope, userId: string): Promise<number> {
    ensure(policy.manageUsers(scope.actor), scope.actor);
    return scope.em.transactional(async (em) => {
      const user = isUuid(userId) ? await em.findOne(User, { id: userId }) : null;
      if (!user) throw notFound('User', userId);
      const n = await this.sessions.revokeAllOf(em, userId);
      this.audit.record(em, scope.actor, { entityType: 'User', entityId: userId, action: 'REVOKE_SESSIONS', after: { sessions: n } });
      await em.flush();
      return n;
    });
  }

  private assertUsable(invitation: Invitation | null) {
    if (!invitation || invitation.revokedAt) {
      throw new DomainError(ErrorCode.NOT_FOUND, 'This invitation link is not valid', { reason: 'INVITATION_INVALID' });
    }
    if (invitation.acceptedAt) throw usedInvitation();
    if (invitation.expiresAt.getTime() <= Date.now()) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, 'This invitation has expired; ask for a new one', {
        reason: 'INVITATION_EXPIRED',
        field: 'input.token',
      });
    }
  }

  private async organisationsById(em: EntityManager, ids: string[]) {
    const unique = [...new Set(ids)];
    const found = unique.length ? await em.find(Organisation, { id: { $in: unique } }) : [];
    if (found.length !== unique.length) throw badInput('input.organisationIds', 'Unknown organisation', 'UNKNOWN_REFERENCE');
    return found;
  }
}

const usedInvitation = () => new DomainError(ErrorCode.CONFLICT, 'This invitation has already been used', { reason: 'INVITATION_USED' });
