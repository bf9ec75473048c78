import { describe, expect, it } from 'vitest';
import {
  flagNewPassword,
  looksLikeEmail,
  minutesToWait,
  newPasswordProblems,
  newPasswordTexts,
  PASSWORD_MAX,
  PASSWORD_MIN,
} from './account-forms.ts';

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

describe('new password fields', () => {
  const texts = newPasswordTexts((key, values) => `${key}${values ? JSON.stringify(values) : ''}`);
  const ids = { password: 'pw', confirm: 'pw2' };
  const flagged = (password: string, repeat: string) => {
    const found: string[][] = [];
    flagNewPassword((target, label, message) => found.push([target, label, message]), ids, texts, password, repeat);
    return found;
  };

  it('words the rule with its numbers', () => {
    expect(texts.hint).toBe(`newPassword.hint{"min":${PASSWORD_MIN}}`);
    expect(texts.tooLong).toBe(`newPassword.tooLong{"max":${PASSWORD_MAX}}`);
  });

  it('flags each field with its own label and message, and nothing when both are right', () => {
    expect(flagged('a'.repeat(PASSWORD_MIN), 'a'.repeat(PASSWORD_MIN))).toEqual([]);
    expect(flagged('kurz', 'anders')).toEqual([
      ['pw', 'newPassword.label', texts.hint],
      ['pw2', 'newPassword.confirm', 'newPassword.mismatch'],
    ]);
    expect(flagged('x'.repeat(PASSWORD_MAX + 1), 'x'.repeat(PASSWORD_MAX + 1))).toEqual([['pw', 'newPassword.label', texts.tooLong]]);
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
