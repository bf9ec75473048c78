import { EventEmitter } from 'node:events';
import type { EntityManager } from '../db/orm.js';
import { Session, User } from '../modules/user/user.entity.js';
import type { UserActor } from './actor.js';
import { newToken, tokenHash } from './tokens.js';

/** What ended or changed: one session, or every session of an account. */
export type SessionEnd = { sessionId: string } | { userId: string };

/** Server-side sessions. The same lookup authenticates HTTP requests and WebSocket connections. */
export class SessionService {
  private readonly events = new EventEmitter();

  constructor(private readonly ttlHours: number) {}

  /**
   * Called when sessions end (logout, revocation, a disabled account) or an
   * account's role or organisations change: open sockets hold the actor they
   * were opened with, so they must close and reconnect.
   */
  onEnd(listener: (end: SessionEnd) => void): () => void {
    this.events.on('end', listener);
    return () => this.events.off('end', listener);
  }

  /** The account's rights changed: its sockets must reconnect with the new ones. */
  accountChanged(userId: string): void {
    this.events.emit('end', { userId } satisfies SessionEnd);
  }

  /** Starts a session and returns the raw token for the cookie; only its hash is stored. */
  async start(em: EntityManager, user: User): Promise<{ token: string; expiresAt: Date }> {
    const token = newToken();
    const expiresAt = new Date(Date.now() + this.ttlHours * 3600_000);
    em.create(Session, { id: tokenHash(token), user, expiresAt, createdAt: new Date() });
    await em.flush();
    return { token, expiresAt };
  }

  /** The actor for a session token, or undefined when it is unknown, expired, revoked or its user disabled. */
  async authenticate(em: EntityManager, token: string | undefined): Promise<UserActor | undefined> {
    if (!token || token.length > 100) return undefined;
    const id = tokenHash(token);
    const rows = await em.execute<
      { user_id: string; display_name: string; role: UserActor['role']; person_id: string | null; organisation_ids: string[] | null }[]
    >(
      `select u.id as user_id, u.display_name, u.role, u.person_id,
              array(select uo.organisation_id from user_organisation uo where uo.user_id = u.id) as organisation_ids
         from session s join app_user u on u.id = s.user_id
        where s.id = ? and s.revoked_at is null and s.expires_at > now() and u.disabled_at is null`,
      [id],
    );
    const row = rows[0];
    if (!row) return undefined;
    return {
      kind: 'user',
      userId: row.user_id,
      displayName: row.display_name,
      role: row.role,
      organisationIds: new Set(row.organisation_ids ?? []),
      personId: row.person_id,
      sessionId: id,
    };
  }

  async revoke(em: EntityManager, sessionId: string): Promise<void> {
    await em.nativeUpdate(Session, { id: sessionId, revokedAt: null }, { revokedAt: new Date() });
    this.events.emit('end', { sessionId } satisfies SessionEnd);
  }

  /** Ends every session of a user, e.g. when an admin disables the account or changes its role. */
  async revokeAllOf(em: EntityManager, userId: string): Promise<number> {
    const revoked = await em.nativeUpdate(Session, { user: userId, revokedAt: null }, { revokedAt: new Date() });
    this.events.emit('end', { userId } satisfies SessionEnd);
    return revoked;
  }
}
