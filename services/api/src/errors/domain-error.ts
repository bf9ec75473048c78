/**
 * The codes a client can rely on, carried in GraphQL `extensions.code`.
 * Every domain error maps onto exactly one of them.
 */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  FORBIDDEN: 'FORBIDDEN',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  CONFLICT: 'CONFLICT',
  TOO_MANY_REQUESTS: 'TOO_MANY_REQUESTS',
  /** The request ran past its time budget; trying again later may work. */
  TIMEOUT: 'TIMEOUT',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export interface DomainErrorOptions {
  /** The input field at fault, as a dotted path (`input.website`). */
  field?: string;
  /** A domain-specific reason such as `VERSION_CONFLICT`; stable, for clients to branch on. */
  reason?: string;
  /** Extra, non-sensitive data for the client (e.g. the current version on a conflict). */
  details?: Record<string, unknown>;
}

/** An expected failure with a typed code. Its message is safe to show to users. */
export class DomainError extends Error {
  readonly field?: string;
  readonly reason?: string;
  readonly details?: Record<string, unknown>;

  constructor(
    readonly code: ErrorCode,
    message: string,
    options: DomainErrorOptions = {},
  ) {
    super(message);
    this.name = 'DomainError';
    this.field = options.field;
    this.reason = options.reason;
    this.details = options.details;
  }
}

export const badInput = (field: string, message: string, reason = 'INVALID') =>
  new DomainError(ErrorCode.BAD_USER_INPUT, message, { field, reason });

export const notFound = (entity: string, id: string) =>
  new DomainError(ErrorCode.NOT_FOUND, `${entity} ${id} was not found`, { reason: `${entity.toUpperCase()}_NOT_FOUND` });

export const forbidden = (message = 'You are not allowed to do this') =>
  new DomainError(ErrorCode.FORBIDDEN, message, { reason: 'FORBIDDEN' });

export const unauthenticated = (message = 'Please log in') =>
  new DomainError(ErrorCode.UNAUTHENTICATED, message, { reason: 'UNAUTHENTICATED' });

export const versionConflict = (entity: string, currentVersion: number) =>
  new DomainError(ErrorCode.CONFLICT, `${entity} was changed by someone else in the meantime`, {
    reason: 'VERSION_CONFLICT',
    details: { currentVersion },
  });
