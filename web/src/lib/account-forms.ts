/**
 * The API's password rule (`passwordSchema` in the API's user inputs): the same
 * for invitations, resets and changes. Checked here before sending, so nobody
 * waits for the server to learn it; the server checks again.
 */
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;

/** What is wrong with a new password and its repetition; empty when nothing is. */
export interface NewPasswordProblems {
  password?: 'tooShort' | 'tooLong';
  repeat?: 'mismatch';
}

export function newPasswordProblems(password: string, repeat: string): NewPasswordProblems {
  const problems: NewPasswordProblems = {};
  if (password.length < PASSWORD_MIN) problems.password = 'tooShort';
  else if (password.length > PASSWORD_MAX) problems.password = 'tooLong';
  if (repeat !== password) problems.repeat = 'mismatch';
  return problems;
}

/**
 * Whether a string can be an email address at all (something@domain.tld). The
 * API decides finally; this only catches typing slips before sending.
 */
export function looksLikeEmail(value: string): boolean {
  const trimmed = value.trim();
  return trimmed.length <= 254 && /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/.test(trimmed);
}

/** Whole minutes to wait, at least one, for a throttled request's `retryAfterSeconds`. */
export function minutesToWait(retryAfterSeconds: number | undefined): number {
  return Math.max(1, Math.ceil((retryAfterSeconds ?? 60) / 60));
}
