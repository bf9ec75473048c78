import type { ErrorSummaryItem } from './components/ErrorSummary.svelte';
import type { ApiProblem } from './graphql/errors.ts';
import type { MessageKey } from './i18n/i18n.ts';

/** Where an API field path (`input.website`) lives in a form, and how to explain a problem with it. */
export interface FieldTarget {
  /** The id of the control (or fieldset) in the form. */
  target: string;
  /** The visible label of the field, already translated. */
  label: string;
  /** A translated explanation of what the field expects; the generic message is used when absent. */
  hint?: string;
}

/** Field problems of one failed submit: messages by control id, and the list for the error summary. */
export interface FieldErrors {
  byTarget: Record<string, string>;
  summary: ErrorSummaryItem[];
}

export const noFieldErrors: FieldErrors = { byTarget: {}, summary: [] };

/** Reasons with their own field message; others get the field's hint or the generic one. */
const fieldReasons = [
  'ALREADY_EXISTS',
  'ALREADY_REGISTERED',
  'UNKNOWN_REFERENCE',
  'ORGANISATION_REQUIRED',
  'SELF_LOCKOUT',
  'INVALID_CREDENTIALS',
] as const;
type FieldReason = (typeof fieldReasons)[number];
const isFieldReason = (value: string | undefined): value is FieldReason => fieldReasons.includes(value as FieldReason);

/**
 * Turns the API's field issues into translated messages beside the fields.
 * The API's own (English) wording is not shown; each field gets a translated
 * message instead. Issues for fields the form does not know land in the
 * summary under the form's name.
 */
export function toFieldErrors(
  problem: ApiProblem,
  locate: (path: string) => FieldTarget | undefined,
  translate: (key: MessageKey) => string,
): FieldErrors {
  const byTarget: Record<string, string> = {};
  const summary: ErrorSummaryItem[] = [];
  for (const issue of problem.issues) {
    const field = locate(issue.field);
    if (!field || byTarget[field.target]) continue;
    const reason = issue.reason ?? (problem.issues.length === 1 ? problem.reason : undefined);
    const message = isFieldReason(reason) ? translate(`errors.field.${reason}`) : (field.hint ?? translate('errors.field.INVALID'));
    byTarget[field.target] = message;
    summary.push({ target: field.target, label: field.label, message });
  }
  return { byTarget, summary };
}

/** The problem shown above a form whose own checks failed before anything was sent. */
export const invalidInputProblem: ApiProblem = {
  code: 'BAD_USER_INPUT',
  reason: undefined,
  messageKey: 'errors.code.BAD_USER_INPUT',
  issues: [],
  retryAfterSeconds: undefined,
};

/** Collects the problems a form finds before sending, in the same shape as the API's field errors. */
export function collectFieldErrors() {
  const errors: FieldErrors = { byTarget: {}, summary: [] };
  return {
    errors,
    add(target: string, label: string, message: string) {
      errors.byTarget[target] = message;
      errors.summary.push({ target, label, message });
    },
  };
}
