import type { CombinedError } from '@urql/core';
import type { ErrorSummaryItem } from './components/ErrorSummary.svelte';
import type { FieldErrors, FieldTarget } from './field-errors.ts';
import type { ApiProblem } from './graphql/errors.ts';
import type { graphql } from './graphql/graphql.ts';
import type { MessageKey } from './i18n/i18n.ts';
import { centsToMoney, parseMoney } from './money.ts';
import type { Tone } from './status.ts';

/*
 * Shared pieces of the integration fund's pages: the enums in the order the
 * UI lists them with their badge tones, the budget arithmetic (exact, on
 * integer cents) and the messages for the fund API's error reasons.
 */

type EnumOf<Name extends string> = ReturnType<typeof graphql.scalar<Name>>;
export type ApplicationStatus = EnumOf<'ApplicationStatus'>;
export type FundVoteChoice = EnumOf<'FundVoteChoice'>;
export type FundOutcome = EnumOf<'FundOutcome'>;

/**
 * An application's life: submitted → checked → approved (→ report due →
 * closed), rejected, or deferred to the next round. Keys in the order the
 * filters list them.
 */
export const applicationStatusTone: Record<ApplicationStatus, Tone> = {
  SUBMITTED: 'neutral',
  CHECKED: 'info',
  DEFERRED: 'warning',
  APPROVED: 'success',
  REPORT_DUE: 'warning',
  CLOSED: 'muted',
  REJECTED: 'danger',
};

// The record above lists every value (the type demands it), so its keys are the complete list.
export const applicationStatuses = Object.keys(applicationStatusTone) as ApplicationStatus[];

/** The choices of a vote, in the order they are offered. */
export const voteChoices: readonly FundVoteChoice[] = ['FOR', 'AGAINST', 'ABSTAIN'] satisfies readonly FundVoteChoice[];

/** The outcomes of a decision, in the order they are offered. */
export const fundOutcomes: readonly FundOutcome[] = ['APPROVED', 'REJECTED', 'DEFERRED'] satisfies readonly FundOutcome[];

/** Funded: approved, with the report due, or closed. These make up the fund's `approved`. */
export const isFunded = (status: ApplicationStatus): boolean => status === 'APPROVED' || status === 'REPORT_DUE' || status === 'CLOSED';

// ─── Budget ──────────────────────────────────────────────────────────────────

/** The sum of `Money` strings, as one; amounts that are not money count nothing. */
export function sumMoney(amounts: readonly string[]): string {
  return centsToMoney(amounts.reduce((sum, amount) => sum + (parseMoney(amount) ?? 0), 0));
}

/**
 * What an approval leaves of the remaining budget: "147559.70" less 4000.00 €
 * is "143559.70"; negative when the approval does not fit. Undefined when the
 * remaining budget is not an amount.
 */
export function remainingAfter(remaining: string, approvedCents: number): string | undefined {
  const left = parseMoney(remaining);
  return left === undefined ? undefined : centsToMoney(left - approvedCents);
}

/** Whether an approval of that many cents fits into the remaining budget. */
export function fitsBudget(remaining: string, approvedCents: number): boolean {
  const left = parseMoney(remaining);
  return left !== undefined && approvedCents <= left;
}

// ─── Rounds ──────────────────────────────────────────────────────────────────

/** The open round that closes first: where a new application goes. */
export function nextOpenRound<R extends { isOpen: boolean; deadline: string; number: number }>(rounds: readonly R[]): R | undefined {
  return [...rounds].filter((r) => r.isOpen).sort((a, b) => a.deadline.localeCompare(b.deadline) || a.number - b.number)[0];
}

// ─── Errors ──────────────────────────────────────────────────────────────────

/** The reasons of the fund API that have their own message under `fund.errors`. */
const fundReasons = [
  'BUDGET_EXCEEDED',
  'DEADLINE_PASSED',
  'NO_NEXT_ROUND',
  'DECISION_OUTSIDE_BODY',
  'RECUSED',
  'VOTING_CLOSED',
  'NOT_EDITABLE',
  'ANSWER_MISSING',
  'ABOVE_REQUESTED',
  'VERSION_CONFLICT',
] as const;
type FundReason = (typeof fundReasons)[number];
const isFundReason = (value: string | undefined): value is FundReason => fundReasons.includes(value as FundReason);

/** The message for a failed fund call: the fund reason's own, else the general one. */
export function fundMessageKey(problem: ApiProblem): MessageKey {
  return isFundReason(problem.reason) ? `fund.errors.${problem.reason}` : problem.messageKey;
}

/**
 * A detail of the API's typed error (`extensions.details`), such as the
 * `remaining` budget of a `BUDGET_EXCEEDED` or the `deadline` of a
 * `DEADLINE_PASSED`; undefined when it is not there or not text.
 */
export function errorDetail(error: CombinedError | undefined, key: string): string | undefined {
  const extensions = error?.graphQLErrors[0]?.extensions;
  const details = extensions && typeof extensions.details === 'object' ? (extensions.details as Record<string, unknown> | null) : null;
  const value = details?.[key];
  return typeof value === 'string' ? value : undefined;
}

/** One field's problem as a form shows it: beside the field and in the summary. */
export function fieldError(field: FieldTarget, message: string): FieldErrors {
  const item: ErrorSummaryItem = { target: field.target, label: field.label, message };
  return { byTarget: { [field.target]: message }, summary: [item] };
}
