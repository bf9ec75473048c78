import type { Response } from 'express';
import { toDomainError } from '../errors/format-error.js';
import type { Logger } from '../logging/logger.js';

/** The HTTP status of each error code, for routes outside GraphQL. */
export const statusOf: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
  TIMEOUT: 503,
};

/**
 * Answers a failed plain-HTTP read (a feed, an export) in the GraphQL error
 * shape: typed code and reason for domain errors; anything else is logged and
 * answered as an internal error without its text.
 */
export function sendError(res: Response, error: unknown, logger: Logger, what: string): void {
  const domain = toDomainError(error);
  if (!domain) logger.error({ err: error }, `${what} failed`);
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const code = domain?.code ?? 'INTERNAL_SERVER_ERROR';
  res
    .status(statusOf[code] ?? 500)
    .set('Cache-Control', 'no-store')
    .json({
      errors: [
        {
          message: domain?.message ?? 'Internal server error',
          extensions: { code, ...(domain?.reason ? { reason: domain.reason } : {}) },
        },
      ],
    });
}
