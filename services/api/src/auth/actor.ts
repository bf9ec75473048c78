import type { UserRole } from '../modules/user/user.entity.js';

/** Who is acting in a request: nobody, or a logged-in user with their role and organisations. */
export type Actor = AnonymousActor | UserActor;

export interface AnonymousActor {
  kind: 'anonymous';
}

export interface UserActor {
  kind: 'user';
  userId: string;
  displayName: string;
  role: UserRole;
  /** Organisations an editor is assigned to. */
  organisationIds: ReadonlySet<string>;
  /** The user's own person record, through which they sit in bodies and own measures. */
  personId: string | null;
  /** Hash of the session token; never logged. */
  sessionId: string;
}

export const anonymous: AnonymousActor = { kind: 'anonymous' };

/** An actor for system jobs such as the demo seed; it is recorded as "system" in the history. */
export const systemActor = { kind: 'system' } as const;
export type SystemActor = typeof systemActor;
