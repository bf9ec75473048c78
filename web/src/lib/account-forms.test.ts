import { describe, expect, it } from 'vitest';
import { looksLikeEmail, minutesToWait, newPasswordProblems, PASSWORD_MAX, PASSWORD_MIN } from './account-forms.ts';

describe('new password checks', () => {
  it('accepts a long enough password typed twice alike', () => {
    expect(newPasswordProblems('a'.repeat(PASSWORD_MIN), 'a'.repeat(PASSWORD_MIN))).toEqual({});
  });

  it('names a short or overlong password and a differing repetition', () => {
    expect(newPasswordProblems('kurz', 'kurz')).toEqual({ password: 'tooShort' });
    expect(newPasswordProblems('x'.repeat(PASSWORD_MAX + 1), 'x'.repeat(PASSWORD_MAX + 1))).toEqual({ password: 'tooLong' });
    expect(newPasswordProblems('ein langes Passwort', 'ein langes passwort')).toEqual({ repeat: 'mismatch' });
    expect(newPasswordProblems('', 'x')).toEqual({ password: 'tooShort', repeat: 'mismatch' });
  });
});

describe('email check before sending', () => {
  it('accepts addresses and refuses typing slips', () => {
    expect(looksLikeEmail(' anna.becker@caritas-lindenau.de ')).toBe(true);
    for (const slip of ['', 'anna', 'anna@', '@caritas.de', 'anna@caritas', 'anna becker@caritas.de']) {
      expect(looksLikeEmail(slip), slip).toBe(false);
    }
  });
});

describe('waiting time', () => {
  it('rounds up to whole minutes, at least one', () => {
    expect(minutesToWait(1)).toBe(1);
    expect(minutesToWait(61)).toBe(2);
    expect(minutesToWait(900)).toBe(15);
    expect(minutesToWait(undefined)).toBe(1);
  });
});
