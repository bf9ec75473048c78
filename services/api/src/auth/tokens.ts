import { createHash, randomBytes } from 'node:crypto';

/** A fresh, unguessable token for cookies and invitation links (256 bits). */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Tokens are stored only as their SHA-256, so a database leak does not leak sessions or invitations. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
