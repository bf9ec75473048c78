import type { Scope } from '../auth/scope.js';
import type { Services } from '../services.js';
import type { ReadModels } from './read-models.js';

/** Lets a resolver set or clear the session cookie; a no-op outside HTTP. */
export interface SessionCookie {
  set(token: string, expiresAt: Date): void;
  clear(): void;
  /** The raw token of the current request, if any. */
  current(): string | undefined;
}

/**
 * Per-request context: the actor, an EntityManager fork for the services'
 * writes, and the read models every GraphQL read goes through.
 */
export interface GraphQLContext extends Scope {
  services: Services;
  read: ReadModels;
  cookie: SessionCookie;
  /** The client's IP address (behind a proxy on loopback: the forwarded one), for per-address limits. */
  clientAddress: string;
}
