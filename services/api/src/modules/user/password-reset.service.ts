import { randomUUID } from 'node:crypto';
import { hashPassword } from '../../auth/password.js';
import type { PasswordResetThrottle } from '../../auth/reset-throttle.js';
import type { SessionService } from '../../auth/session.service.js';
import { newToken, tokenHash } from '../../auth/tokens.js';
import { type Config, publicBaseUrl } from '../../config/config.js';
import type { EntityManager } from '../../db/orm.js';
import { DomainError, ErrorCode } from '../../errors/domain-error.js';
import type { Mailer } from '../../mail/mailer.js';
import { parseInput } from '../../validation/parse-input.js';
import type { AuditService } from '../audit/audit.service.js';
import { PasswordReset, User } from './user.entity.js';
import { passwordSchema, resetPasswordRequestSchema } from './user.inputs.js';

/** Longer strings are no token of ours; they are refused without hashing. */
const MAX_TOKEN_LENGTH = 200;

/** Password reset by mail: a single-use link that expires, and the new password set with it. */
export class PasswordResetService {
  constructor(
    private readonly config: Pick<Config, 'passwordResetTtlMinutes' | 'publicUrl' | 'host' | 'port'>,
    private readonly audit: AuditService,
    private readonly sessions: SessionService,
    private readonly throttle: PasswordResetThrottle,
    private readonly mailer: Mailer,
  ) {}

  /**
   * Mails a reset link to an active account with this email. The answer is the
   * same, after the same statements, whether or not such an account exists:
   * the three statements below run either way and simply touch no rows for an
   * unknown or disabled account, and the mail is not waited for. A new request
   * revokes the account's older open links.
   */
  async request(scope: { em: EntityManager; clientAddress: string }, emailInput: string): Promise<true> {
    const email = parseInput(resetPasswordRequestSchema, emailInput, 'email');
    const wait = await this.throttle.attempt(email, scope.clientAddress);
    if (wait > 0) {
      throw new DomainError(ErrorCode.TOO_MANY_REQUESTS, 'Too many reset requests; please wait before asking again', {
        reason: 'RESET_THROTTLED',
        details: { retryAfterSeconds: wait },
      });
    }
    const token = newToken();
    const created = await scope.em.transactional(async (em) => {
      // Locks the account row, so two requests at once cannot both leave an open link.
      await em.execute('select id from app_user where email = ? and disabled_at is null for update', [email]);
      await em.execute(
        `update password_reset set revoked_at = now()
          where user_id in (select id from app_user where email = ? and disabled_at is null)
            and used_at is null and revoked_at is null`,
        [email],
      );
      return em.execute<{ expires_at: Date | string }[]>(
        `insert into password_reset (id, user_id, token_hash, created_at, expires_at)
         select ?, id, ?, now(), now() + make_interval(mins => ?::int)
           from app_user where email = ? and disabled_at is null
         returning expires_at`,
        [randomUUID(), tokenHash(token), this.config.passwordResetTtlMinutes, email],
      );
    });
    const row = created[0];
    if (row) {
      const link = `${publicBaseUrl(this.config)}/reset-password/${token}`;
      const until = new Date(row.expires_at).toISOString().slice(0, 16).replace('T', ' ');
      // Not awaited: how long delivery takes must not tell whether the account exists. The mailer logs failures.
      this.mailer
        .send({ to: email, subject: 'Neues Passwort für Verbund / Reset your Verbund password', text: resetMail(link, until) })
        .catch(() => {});
    }
    return true;
  }

  /**
   * Sets a new password with a reset link and ends every session of the
   * account. The link is claimed atomically, so of two uses at once only one
   * succeeds; the other gets `RESET_USED`.
   */
  async reset(em: EntityManager, token: string, newPassword: string): Promise<true> {
    const reset =
      token.length <= MAX_TOKEN_LENGTH ? await em.findOne(PasswordReset, { tokenHash: tokenHash(token) }, { populate: ['user'] }) : null;
    assertUsable(reset);
    const usable = reset as PasswordReset;
    const password = parseInput(passwordSchema, newPassword, 'newPassword');
    const passwordHash = await hashPassword(password);
    await em.transactional(async (tem) => {
      const now = new Date();
      const claimed = await tem.nativeUpdate(
        PasswordReset,
        { id: usable.id, usedAt: null, revokedAt: null, expiresAt: { $gt: now } },
        { usedAt: now },
      );
      if (claimed !== 1) {
        assertUsable(await tem.findOne(PasswordReset, { id: usable.id }, { populate: ['user'], refresh: true }));
        throw usedReset();
      }
      const user = await tem.findOneOrFail(User, { id: usable.user.id }, { populate: ['passwordHash'], refresh: true });
      if (user.disabledAt) throw invalidReset();
      user.passwordHash = passwordHash;
      // Other links of the account are void once one of them set a password.
      await tem.nativeUpdate(PasswordReset, { user: user.id, usedAt: null, revokedAt: null }, { revokedAt: now });
      this.audit.record(tem, { kind: 'system' }, { entityType: 'User', entityId: user.id, action: 'RESET_PASSWORD' });
      await tem.flush();
      // Whoever knew the old password is logged out everywhere.
      await this.sessions.revokeAllOf(tem, user.id);
    });
    return true;
  }
}

function assertUsable(reset: PasswordReset | null): void {
  if (!reset || reset.revokedAt || reset.user.disabledAt) throw invalidReset();
  if (reset.usedAt) throw usedReset();
  if (reset.expiresAt.getTime() <= Date.now()) {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, 'This reset link has expired; ask for a new one', {
      reason: 'RESET_EXPIRED',
      field: 'token',
    });
  }
}

const invalidReset = () => new DomainError(ErrorCode.NOT_FOUND, 'This reset link is not valid', { reason: 'RESET_INVALID' });

const usedReset = () => new DomainError(ErrorCode.CONFLICT, 'This reset link has already been used', { reason: 'RESET_USED' });

function resetMail(link: string, until: string): string {
  return [
    'Guten Tag,',
    '',
    'für Ihr Konto bei Verbund, dem Netzwerkverzeichnis, wurde ein neues Passwort angefordert. Mit diesem Link legen Sie es fest:',
    link,
    '',
    `Der Link gilt einmal und bis ${until} UTC. Danach sind Sie auf allen Geräten abgemeldet.`,
    'Wenn Sie kein neues Passwort angefordert haben, können Sie diese Nachricht ignorieren; Ihr Passwort bleibt unverändert.',
    '',
    '---',
    '',
    'Hello,',
    '',
    'a new password was requested for your Verbund account. Use the link above to set it.',
    `The link works once and until ${until} UTC. Afterwards you are logged out on every device.`,
    'If you did not ask for this, ignore this message; your password stays as it is.',
  ].join('\n');
}
