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

/** The controls of a new password and its repetition in one form. */
export interface NewPasswordIds {
  password: string;
  confirm: string;
}

/** The translated words of the new-password fields (`newPasswordTexts`, or a form's own labels over them). */
export interface NewPasswordTexts {
  label: string;
  hint: string;
  tooLong: string;
  confirm: string;
  mismatch: string;
}

type Translate = (
  key: 'newPassword.label' | 'newPassword.hint' | 'newPassword.tooLong' | 'newPassword.confirm' | 'newPassword.mismatch',
  values?: Record<string, number>,
) => string;

/** The words of the new-password fields in the current language. */
export function newPasswordTexts(t: Translate): NewPasswordTexts {
  return {
    label: t('newPassword.label'),
    hint: t('newPassword.hint', { min: PASSWORD_MIN }),
    tooLong: t('newPassword.tooLong', { max: PASSWORD_MAX }),
    confirm: t('newPassword.confirm'),
    mismatch: t('newPassword.mismatch'),
  };
}

/** Flags what is wrong with a new password and its repetition, beside each field and in the form's summary. */
export function flagNewPassword(
  flag: (target: string, label: string, message: string) => void,
  ids: NewPasswordIds,
  texts: NewPasswordTexts,
  password: string,
  repeat: string,
): void {
  const found = newPasswordProblems(password, repeat);
  if (found.password === 'tooShort') flag(ids.password, texts.label, texts.hint);
  if (found.password === 'tooLong') flag(ids.password, texts.label, texts.tooLong);
  if (found.repeat) flag(ids.confirm, texts.confirm, texts.mismatch);
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
