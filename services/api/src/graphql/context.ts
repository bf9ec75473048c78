import type { Scope } from '../auth/scope.js';
import type { Services } from '../services.js';
import type { Loaders } from './loaders.js';

/** Lets a resolver set or clear the session cookie; a no-op outside HTTP. */
export interface SessionCookie {
  set(token: string, expiresAt: Date): void;
  clear(): void;
  /** The raw token of the current request, if any. */
  current(): string | undefined;
}

/** Per-request context: a fresh EntityManager fork, the actor, services and batch loaders. */
export interface GraphQLContext extends Scope {
  services: Services;
  loaders: Loaders;
  cookie: SessionCookie;
  /** The client's IP address (behind a proxy on loopback: the forwarded one), for per-address limits. */
  clientAddress: string;
}
