import { CombinedError } from '@urql/core';
import { describe, expect, it } from 'vitest';
import {
  applicationStatuses,
  errorDetail,
  fieldError,
  fitsBudget,
  fundMessageKey,
  isFunded,
  nextOpenRound,
  remainingAfter,
  sumMoney,
} from './fund.ts';
import { toProblem } from './graphql/errors.ts';

const apiError = (extensions: Record<string, unknown>) => new CombinedError({ graphQLErrors: [{ message: 'refused', extensions }] });

describe('sumMoney', () => {
  it('adds amounts exactly, to the cent', () => {
    // As floats, 0.1 + 0.2 is 0.30000000000000004; as cents it is 30.
    expect(sumMoney(['0.10', '0.20'])).toBe('0.30');
    expect(sumMoney(['1413.37', '2000.00', '4000.50', '45026.43'])).toBe('52440.30');
    expect(sumMoney([])).toBe('0.00');
  });

  it('counts nothing for text that is not money', () => {
    expect(sumMoney(['12.50', 'n/a'])).toBe('12.50');
  });
});

describe('remainingAfter and fitsBudget', () => {
  it('takes an approval off the remaining budget', () => {
    expect(remainingAfter('147559.70', 400_000)).toBe('143559.70');
    expect(remainingAfter('200000.00', 1)).toBe('199999.99');
    expect(remainingAfter('0.29', 29)).toBe('0.00');
  });

  it('goes below zero when the approval does not fit', () => {
    expect(remainingAfter('100.00', 10_001)).toBe('-0.01');
    expect(fitsBudget('100.00', 10_001)).toBe(false);
  });

  it('lets an approval of exactly the remaining budget through', () => {
    expect(fitsBudget('147559.70', 14_755_970)).toBe(true);
    expect(fitsBudget('147559.70', 14_755_971)).toBe(false);
  });

  it('knows nothing of a remaining budget that is not an amount', () => {
    expect(remainingAfter('n/a', 100)).toBeUndefined();
    expect(fitsBudget('n/a', 100)).toBe(false);
  });
});

describe('applicationStatuses and isFunded', () => {
  it('lists every status once, in the order of an application’s life', () => {
    expect(applicationStatuses).toEqual(['SUBMITTED', 'CHECKED', 'DEFERRED', 'APPROVED', 'REPORT_DUE', 'CLOSED', 'REJECTED']);
  });

  it('counts approved, report due and closed as funded', () => {
    expect(applicationStatuses.filter(isFunded)).toEqual(['APPROVED', 'REPORT_DUE', 'CLOSED']);
  });
});

describe('nextOpenRound', () => {
  const round = (number: number, deadline: string, isOpen: boolean) => ({ id: `r${number}`, number, deadline, isOpen });

  it('is the open round that closes first', () => {
    const rounds = [round(4, '2026-09-01', false), round(6, '2026-12-15', true), round(5, '2026-11-20', true)];
    expect(nextOpenRound(rounds)?.id).toBe('r5');
  });

  it('is undefined when every round is closed', () => {
    expect(nextOpenRound([round(1, '2026-03-01', false)])).toBeUndefined();
  });
});

describe('fundMessageKey and errorDetail', () => {
  it('gives a fund reason its own message, with the remaining budget in the details', () => {
    const error = apiError({
      code: 'CONFLICT',
      reason: 'BUDGET_EXCEEDED',
      field: 'input.approvedAmount',
      details: { remaining: '1234.56' },
    });
    expect(fundMessageKey(toProblem(error))).toBe('fund.errors.BUDGET_EXCEEDED');
    expect(errorDetail(error, 'remaining')).toBe('1234.56');
  });

  it('falls back to the general message for other reasons', () => {
    expect(fundMessageKey(toProblem(apiError({ code: 'CONFLICT', reason: 'MINUTES_LOCKED' })))).toBe('errors.reason.MINUTES_LOCKED');
    expect(fundMessageKey(toProblem(apiError({ code: 'FORBIDDEN' })))).toBe('errors.code.FORBIDDEN');
  });

  it('finds no detail that is missing or not text', () => {
    expect(errorDetail(apiError({ code: 'CONFLICT', details: { remaining: 12 } }), 'remaining')).toBeUndefined();
    expect(errorDetail(apiError({ code: 'CONFLICT' }), 'remaining')).toBeUndefined();
    expect(errorDetail(undefined, 'remaining')).toBeUndefined();
  });
});

describe('fieldError', () => {
  it('puts one message beside the field and into the summary', () => {
    expect(fieldError({ target: 'decision-amount', label: 'Bewilligter Betrag' }, 'Zu viel')).toEqual({
      byTarget: { 'decision-amount': 'Zu viel' },
      summary: [{ target: 'decision-amount', label: 'Bewilligter Betrag', message: 'Zu viel' }],
    });
  });
});
