import type { CombinedError } from '@urql/core';
import type { MessageKey } from '../i18n/i18n.ts';

/** The `extensions.reason` values the API uses; each has a message under `errors.reason.*` in the catalogues. */
const knownReasons = [
  'INVALID_CREDENTIALS',
  'LOGIN_THROTTLED',
  'VERSION_CONFLICT',
  'VALIDATION_FAILED',
  'ALREADY_EXISTS',
  'ALREADY_REGISTERED',
  'INVITATION_INVALID',
  'INVITATION_USED',
  'INVITATION_EXPIRED',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'ORGANISATION_NOT_FOUND',
  'UNKNOWN_REFERENCE',
  'ORGANISATION_REQUIRED',
  'SELF_LOCKOUT',
  'INVALID_TRANSITION',
  'TOO_MANY_LEADS',
  'SAME_ORGANISATION_LEADS',
  'NO_TANDEM_FOR_KIND',
  'DUPLICATE_MEMBERSHIP',
  'BODY_ENDED',
  'FILE_TOO_LARGE',
  'UNSUPPORTED_FILE_TYPE',
  'FILE_EMPTY',
  'MALFORMED_UPLOAD',
  'FOREIGN_ORIGIN',
  'DOCUMENT_FILE_MISSING',
  'RESET_INVALID',
  'RESET_EXPIRED',
  'RESET_USED',
  'RESET_THROTTLED',
  'MINUTES_LOCKED',
  'MINUTES_NOT_APPROVED',
  'MEETING_CANCELLED',
  'NEXT_MEETING_EXISTS',
  'UPDATE_OUT_OF_ORDER',
  'MALFORMED_UPDATE',
  'TOO_LONG',
  'EVENTS_EXPIRED',
  'UNKNOWN_QUESTION',
  'UNKNOWN_OPTION',
  'INCOMPLETE_PATH',
  'OPPORTUNITY_NOT_OPEN',
  'INTEREST_THROTTLED',
  'ALREADY_ERASED',
  'SELF_ERASURE',
  'TOO_MANY_MESSAGES',
  'INVALID_PERIOD',
] as const;
type Reason = (typeof knownReasons)[number];

/** The `extensions.code` values; the fallback when a reason is missing or unknown (`errors.code.*`). */
const knownCodes = [
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
  'INTERNAL_SERVER_ERROR',
] as const;
type Code = (typeof knownCodes)[number];

const isReason = (value: string | undefined): value is Reason => knownReasons.includes(value as Reason);
const isCode = (value: string | undefined): value is Code => knownCodes.includes(value as Code);

/** One input field the API found fault with, as a dotted path such as `input.contactChannels.0.value`. */
export interface FieldIssue {
  field: string;
  /** The API's English explanation; shown only as a hint for developers, never as the message. */
  message: string;
  /** The reason the API gave for this field, when it is the one the error is about. */
  reason?: string;
}

/** A failed API call, reduced to what the UI needs to explain it in the user's language. */
export interface ApiProblem {
  code: string | undefined;
  reason: string | undefined;
  /** Catalogue key of the message for the whole operation. */
  messageKey: MessageKey;
  /** Problems with single input fields; empty when the failure is not about input. */
  issues: FieldIssue[];
  /** For `LOGIN_THROTTLED` and `RESET_THROTTLED`: how long to wait before trying again. */
  retryAfterSeconds: number | undefined;
}

const asRecord = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};

const asString = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** Reads the typed error the API reports (`extensions.code/reason/field/details`) from an urql error. */
export function toProblem(error: CombinedError): ApiProblem {
  const first = error.graphQLErrors[0];
  if (!first) {
    return {
      code: undefined,
      reason: undefined,
      messageKey: error.networkError ? 'errors.network' : 'errors.unknown',
      issues: [],
      retryAfterSeconds: undefined,
    };
  }
  const extensions = asRecord(first.extensions);
  const code = asString(extensions.code);
  const reason = asString(extensions.reason);
  const field = asString(extensions.field);
  const details = asRecord(extensions.details);

  const issues: FieldIssue[] = [];
  if (Array.isArray(details.issues)) {
    for (const raw of details.issues) {
      const issue = asRecord(raw);
      const path = asString(issue.field);
      if (path) issues.push({ field: path, message: asString(issue.message) ?? '' });
    }
  }
  if (field && !issues.some((i) => i.field === field)) {
    issues.unshift({ field, message: first.message, reason });
  } else if (field) {
    for (const issue of issues) if (issue.field === field) issue.reason = reason;
  }

  const retry = details.retryAfterSeconds;
  let messageKey: MessageKey = 'errors.unknown';
  if (isReason(reason)) messageKey = `errors.reason.${reason}`;
  else if (isCode(code)) messageKey = `errors.code.${code}`;

  return {
    code,
    reason,
    messageKey,
    issues,
    retryAfterSeconds: typeof retry === 'number' ? retry : undefined,
  };
}

/** Whether the record asked for does not exist (or is hidden from this user, which the API reports alike). */
export const isNotFound = (problem: ApiProblem) => problem.code === 'NOT_FOUND';
