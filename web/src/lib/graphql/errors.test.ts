import { CombinedError } from '@urql/core';
import { describe, expect, it } from 'vitest';
import { toProblem } from './errors.ts';

const apiError = (message: string, extensions: Record<string, unknown>) => new CombinedError({ graphQLErrors: [{ message, extensions }] });

describe('toProblem', () => {
  it('maps a known reason to its catalogue message', () => {
    const problem = toProblem(apiError('Email or password is wrong', { code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' }));
    expect(problem.messageKey).toBe('errors.reason.INVALID_CREDENTIALS');
    expect(problem.issues).toEqual([]);
  });

  it('falls back to the code when the reason is unknown', () => {
    const problem = toProblem(apiError('Organisation x was not found', { code: 'NOT_FOUND', reason: 'PERSON_NOT_FOUND' }));
    expect(problem.messageKey).toBe('errors.code.NOT_FOUND');
  });

  it('lists every field issue, with the reason on the field the error names', () => {
    const problem = toProblem(
      apiError('input.website: must be an http(s) web address', {
        code: 'BAD_USER_INPUT',
        reason: 'VALIDATION_FAILED',
        field: 'input.website',
        details: {
          issues: [
            { field: 'input.website', message: 'must be an http(s) web address' },
            { field: 'input.contactChannels.0.value', message: 'must be a valid email address' },
          ],
        },
      }),
    );
    expect(problem.issues.map((i) => i.field)).toEqual(['input.website', 'input.contactChannels.0.value']);
    expect(problem.issues[0]?.reason).toBe('VALIDATION_FAILED');
  });

  it('keeps a single field error without details', () => {
    const problem = toProblem(
      apiError('An editor needs at least one organisation', {
        code: 'BAD_USER_INPUT',
        reason: 'ORGANISATION_REQUIRED',
        field: 'input.organisationIds',
      }),
    );
    expect(problem.issues).toEqual([
      { field: 'input.organisationIds', message: 'An editor needs at least one organisation', reason: 'ORGANISATION_REQUIRED' },
    ]);
  });

  it('reads how long a throttled login has to wait', () => {
    const problem = toProblem(
      apiError('Too many failed attempts', { code: 'TOO_MANY_REQUESTS', reason: 'LOGIN_THROTTLED', details: { retryAfterSeconds: 90 } }),
    );
    expect(problem.retryAfterSeconds).toBe(90);
    expect(problem.messageKey).toBe('errors.reason.LOGIN_THROTTLED');
  });

  it('reports network failures apart from API errors', () => {
    const problem = toProblem(new CombinedError({ networkError: new Error('fetch failed') }));
    expect(problem.messageKey).toBe('errors.network');
  });
});
