import { OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { GraphQLError, GraphQLFormattedError } from 'graphql';
import type { Logger } from '../logging/logger.js';
import { DomainError, ErrorCode } from './domain-error.js';

/** Apollo's own codes for requests that never reached a resolver; all are the client's fault. */
const clientSideCodes = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

/**
 * Turns a thrown value into the error a resolver reports. Domain errors pass
 * through; database errors with a known meaning become typed errors.
 */
export function toDomainError(error: unknown): DomainError | undefined {
  if (error instanceof DomainError) return error;
  if (error instanceof OptimisticLockError) {
    return new DomainError(ErrorCode.CONFLICT, 'The record was changed by someone else in the meantime', {
      reason: 'VERSION_CONFLICT',
    });
  }
  if (error instanceof UniqueConstraintViolationException) {
    // Two writes raced for one unique value, or a form repeated an existing one: the database decides, the client learns which field.
    const constraint = /constraint "([^"]+)"/.exec(error.message)?.[1] ?? '';
    const field = uniqueConstraintFields[constraint];
    return new DomainError(ErrorCode.CONFLICT, 'This value is already taken', {
      field: field ? `input.${field}` : undefined,
      reason: 'ALREADY_EXISTS',
    });
  }
  // 57014: PostgreSQL cancelled the statement at statement_timeout, the request's time budget.
  if ((error as { code?: unknown } | null)?.code === '57014') {
    return new DomainError(ErrorCode.TIMEOUT, 'The request took too long and was stopped', { reason: 'REQUEST_TIMEOUT' });
  }
  return undefined;
}

/** Unique constraints whose violation names a user-visible field. */
const uniqueConstraintFields: Record<string, string> = {
  organisation_name_unique: 'name',
  integration_goal_number_unique: 'number',
  user_email_unique: 'email',
  field_of_action_code_unique: 'code',
  district_code_unique: 'code',
  language_code_unique: 'code',
  target_group_code_unique: 'code',
};

/**
 * The one place that decides what a client sees of an error: typed codes and
 * safe messages, never stack traces. Unexpected errors are logged in full and
 * reported as a bare `INTERNAL_SERVER_ERROR`.
 */
export function createErrorFormatter(logger: Logger, options: { hideSuggestions?: boolean } = {}) {
  // graphql-js suggests names it knows ("Did you mean …?"); in production the schema is not advertised that way.
  const clean = (message: string) => (options.hideSuggestions ? message.replace(/ ?Did you mean [^?]*\?/g, '') : message);
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    // Duck-typed: graphql may be loaded twice (CJS and ESM), so instanceof GraphQLError is unreliable.
    const original = unwrap(error);
    const domain = toDomainError(original);
    if (domain) {
      return {
        message: domain.message,
        path: formatted.path,
        locations: formatted.locations,
        extensions: {
          code: domain.code,
          ...(domain.reason ? { reason: domain.reason } : {}),
          ...(domain.field ? { field: domain.field } : {}),
          ...(domain.details ? { details: domain.details } : {}),
        },
      };
    }
    const code = formatted.extensions?.code;
    if ((typeof code === 'string' && clientSideCodes.has(code)) || isGraphQLError(original)) {
      // Errors of graphql-js itself: parsing, validation, coercing variables and arguments.
      const field = inferFieldFromValidationMessage(formatted.message);
      const tokens = /Document contains more that (\d+) tokens/.exec(formatted.message);
      return {
        message: clean(formatted.message),
        locations: formatted.locations,
        path: formatted.path,
        extensions: {
          code: ErrorCode.BAD_USER_INPUT,
          ...(field ? { field } : {}),
          ...(tokens ? { reason: 'TOKEN_LIMIT', details: { limit: Number(tokens[1]) } } : {}),
        },
      };
    }
    logger.error({ err: original, path: formatted.path }, 'unexpected error in GraphQL request');
    return {
      message: 'Internal server error',
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

function isGraphQLError(error: unknown): error is GraphQLError {
  return error instanceof Error && error.name === 'GraphQLError';
}

/** The error a resolver threw, beneath graphql's wrapping. */
function unwrap(error: unknown): unknown {
  let current = error;
  // graphql-js's GraphQLError and Apollo's subclasses (ValidationError, SyntaxError…) all carry the cause here.
  for (let hops = 0; hops < 10 && current instanceof Error && 'originalError' in current && current.originalError; hops++) {
    current = current.originalError;
  }
  return current;
}

/** graphql-js names the offending variable or argument in its messages; surface it as `field`. */
function inferFieldFromValidationMessage(message: string): string | undefined {
  const variable = /Variable "\$([\w]+)" got invalid value .*? at "([\w.[\]]+)"/.exec(message);
  // Dotted like the services' own field paths: filter.districtIds.0, not filter.districtIds[0].
  if (variable) return variable[2]?.replace(/\[(\d+)\]/g, '.$1');
  const simple = /Variable "\$([\w]+)"/.exec(message);
  if (simple) return simple[1];
  const arg = /Argument "([\w]+)"/.exec(message);
  return arg?.[1];
}
