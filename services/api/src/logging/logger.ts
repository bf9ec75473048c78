import { type DestinationStream, type Logger, pino } from 'pino';

/** Paths whose last segment is a secret token (links from mails, personal calendar feeds); only their prefix may be logged. */
const tokenPaths = /^\/(invitation|reset-password|api\/calendar\/personal)\/[^/?#]+/;

/** A request path fit for the log: tokens in link paths are replaced. Other values pass unchanged. */
export function loggablePath(value: unknown): unknown {
  return typeof value === 'string' ? value.replace(tokenPaths, '/$1/[redacted]') : value;
}

/**
 * Structured JSON logger. Secrets never reach the log: the paths below are
 * censored wherever they appear, a logged `path` loses the token of a mailed
 * link, and code never logs raw tokens, cookies or mail bodies.
 * `destination` defaults to standard output (tests pass their own).
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'verbund-api' },
      timestamp: pino.stdTimeFunctions.isoTime,
      serializers: { path: loggablePath },
      redact: {
        paths: [
          'password',
          '*.password',
          '*.*.password',
          'newPassword',
          '*.newPassword',
          'currentPassword',
          '*.currentPassword',
          'token',
          '*.token',
          'sessionId',
          '*.sessionId',
          'text',
          'req.headers.cookie',
          'req.headers.authorization',
          'res.headers["set-cookie"]',
          'variables.password',
          'variables.newPassword',
          'variables.currentPassword',
          'variables.token',
          '*.variables.password',
          '*.variables.newPassword',
          '*.variables.currentPassword',
          '*.variables.token',
        ],
        censor: '[redacted]',
      },
    },
    destination,
  );
}

export type { Logger };
