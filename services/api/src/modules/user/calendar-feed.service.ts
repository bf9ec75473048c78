import type { UserActor } from '../../auth/actor.js';
import { ensure } from '../../auth/policy.js';
import type { Scope } from '../../auth/scope.js';
import { newToken, tokenHash } from '../../auth/tokens.js';
import { type Config, publicBaseUrl } from '../../config/config.js';
import type { EntityManager } from '../../db/orm.js';
import type { AuditService } from '../audit/audit.service.js';

/** The path of a personal feed under the server's base URL; the token is its secret. */
export const personalFeedPath = (token: string) => `/api/calendar/personal/${token}.ics`;

/**
 * Personal calendar feeds: a secret URL per user that calendar programs poll
 * without a session. Only the token's SHA-256 is stored; a new feed replaces
 * the old one, and the feed reads as its user would, rights of today.
 */
export class CalendarFeedService {
  constructor(
    private readonly config: Pick<Config, 'publicUrl' | 'host' | 'port'>,
    private readonly audit: AuditService,
  ) {}

  /** Creates (or replaces) the logged-in user's feed and returns its full URL, the only time it is shown. */
  async create(scope: Scope): Promise<string> {
    const actor = this.user(scope);
    const token = newToken();
    await scope.em.transactional(async (em) => {
      // Not an edit of the account: no version raised (an admin's pending edit of the user must not conflict).
      await em.execute('update app_user set calendar_feed_token_hash = ? where id = ?', [tokenHash(token), actor.userId]);
      this.audit.record(em, actor, { entityType: 'User', entityId: actor.userId, action: 'CREATE_CALENDAR_FEED' });
      await em.flush();
    });
    return `${publicBaseUrl(this.config)}${personalFeedPath(token)}`;
  }

  /** Ends the logged-in user's feed; false when there was none. */
  async revoke(scope: Scope): Promise<boolean> {
    const actor = this.user(scope);
    return scope.em.transactional(async (em) => {
      const ended = await em.execute<{ id: string }[]>(
        'update app_user set calendar_feed_token_hash = null where id = ? and calendar_feed_token_hash is not null returning id',
        [actor.userId],
      );
      if (ended.length === 0) return false;
      this.audit.record(em, actor, { entityType: 'User', entityId: actor.userId, action: 'REVOKE_CALENDAR_FEED' });
      await em.flush();
      return true;
    });
  }

  /** The actor a feed token reads as, or undefined for an unknown token or a disabled account. */
  async actorFor(em: EntityManager, token: string): Promise<UserActor | undefined> {
    if (!token || token.length > 100) return undefined;
    const hash = tokenHash(token);
    const [row] = await em.execute<
      { user_id: string; display_name: string; role: UserActor['role']; person_id: string | null; organisation_ids: string[] | null }[]
    >(
      `select u.id as user_id, u.display_name, u.role, u.person_id,
              array(select uo.organisation_id from user_organisation uo where uo.user_id = u.id) as organisation_ids
         from app_user u where u.calendar_feed_token_hash = ? and u.disabled_at is null`,
      [hash],
    );
    if (!row) return undefined;
    return {
      kind: 'user',
      userId: row.user_id,
      displayName: row.display_name,
      role: row.role,
      organisationIds: new Set(row.organisation_ids ?? []),
      personId: row.person_id,
      // No session: the feed's own token hash stands in, so nothing keyed by sessions matches it.
      sessionId: `feed:${hash}`,
    };
  }

  private user(scope: Scope): UserActor {
    ensure(scope.actor.kind === 'user', scope.actor);
    return scope.actor as UserActor;
  }
}
