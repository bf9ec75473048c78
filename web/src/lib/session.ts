import { createContext } from 'svelte';
import type { ResultOf } from './graphql/graphql.ts';
import type { MeQuery } from './graphql/operations.ts';

export type SessionUser = NonNullable<ResultOf<typeof MeQuery>['me']>;

/** Who is logged in, as the root layout learned it from the `me` query. */
export interface Session {
  /** The logged-in user, or null for visitors. */
  readonly user: SessionUser | null;
  /** False until the first answer to `me` arrived; views that depend on the user wait for it. */
  readonly known: boolean;
}

export const [getSession, setSession] = createContext<Session>();

/** Editors and admins maintain organisation profiles. */
export const canEditProfiles = (user: SessionUser | null): boolean => user?.role === 'EDITOR' || user?.role === 'ADMIN';

/** Editors see the agreements of their organisations, admins all of them. */
export const canSeeAgreements = (user: SessionUser | null): boolean => canEditProfiles(user);

/** The coordination office manages users and invitations. */
export const isAdmin = (user: SessionUser | null): boolean => user?.role === 'ADMIN';

/**
 * Where to go after logging in: only paths inside this app, never another site
 * (`//evil.example` or `https://…` are ignored).
 */
export function safeRedirect(target: string | null | undefined): string {
  if (!target?.startsWith('/') || target.startsWith('//') || target.startsWith('/\\')) return '/';
  return target;
}

/** The login page, remembering where to come back to. */
export function loginHref(returnTo: string): string {
  const back = safeRedirect(returnTo);
  return back === '/' ? '/login' : `/login?redirect=${encodeURIComponent(back)}`;
}
